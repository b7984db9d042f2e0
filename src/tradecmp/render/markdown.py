"""A GitHub-flavoured Markdown table, for reports and issues."""

from __future__ import annotations

from typing import TextIO

from . import Records
from .text import cell, visible

_ESCAPES = str.maketrans({"|": "\\|", "\\": "\\\\", "<": "&lt;", ">": "&gt;", "\n": "<br>", "\r": "", "`": "\\`"})


def render(records: Records, stream: TextIO, *, fmt: str = "markdown", to_terminal: bool = False) -> None:
    stream.write("| " + " | ".join(records.fields) + " |\n")
    stream.write("|" + "---|" * len(records.fields) + "\n")
    for row in records.rows:
        stream.write("| " + " | ".join(visible(cell(row.get(n))).translate(_ESCAPES) for n in records.fields) + " |\n")
