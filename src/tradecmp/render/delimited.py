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


_NUMBERS: dict[float, str] = {}  # a matrix repeats a few hundred distinct values a million times


def _safe(value) -> str:
    if type(value) is float:  # numbers: no text, nothing to defuse
        text = _NUMBERS.get(value)
        if text is None:
            text = _NUMBERS[value] = format(value, "g")
        return text
    return defuse_formula(cell(value))


def render(records: Records, stream: TextIO, *, fmt: str, to_terminal: bool = False) -> None:
    fields = records.fields
    if fmt == "csv":
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(fields)
        writer.writerows([_safe(row.get(name)) for name in fields] for row in records.rows)
        return
    stream.write("\t".join(fields) + "\n")
    for row in records.rows:
        stream.write("\t".join(_safe(row.get(n)).translate(_TSV_ESCAPES) for n in fields) + "\n")
