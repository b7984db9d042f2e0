"""CSV (RFC 4180, for spreadsheets) and TSV (one record a line, for shell pipelines).

Both neutralise cells a spreadsheet would execute. TSV writes tab, newline, carriage return and
backslash as \\t, \\n, \\r and \\\\, so every record stays on one line and `cut -f` works.
"""

from __future__ import annotations

import csv
from typing import TextIO

from . import Records
from .text import cell, defuse_formula

_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def render(records: Records, stream: TextIO, *, fmt: str, to_terminal: bool = False) -> None:
    if fmt == "csv":
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(records.fields)
        for row in records.rows:
            writer.writerow([defuse_formula(cell(row.get(name))) for name in records.fields])
        return
    stream.write("\t".join(records.fields) + "\n")
    for row in records.rows:
        stream.write("\t".join(defuse_formula(cell(row.get(n))).translate(_TSV_ESCAPES) for n in records.fields) + "\n")
