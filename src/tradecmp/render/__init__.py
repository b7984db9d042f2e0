"""Output: one module per format behind one interface, `render(records, stream)`.

Renderers never decide anything about trade law; they print the records the CLI hands them, and
they print data-file text as text (never markup, never a formula, never a terminal escape).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from importlib import import_module
from io import StringIO
from pathlib import Path
from typing import Any, TextIO

from ..errors import OutputError

SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".jsonl": "jsonl", ".md": "markdown", ".txt": "table"}


@dataclass
class Records:
    """Rows of one kind with their field names: what every format prints."""

    fields: list[str]
    rows: list[dict[str, Any]]
    title: str | None = None
    caption: str | None = None
    table_fields: list[str] | None = None  # the narrower set a terminal table shows, if different
    headers: dict[str, str] = field(default_factory=dict)  # table headers, where not the field name
    preamble: list[str] = field(default_factory=list)  # lines a table prints above itself
    vertical: bool = False  # a table shows one block per record instead of one row
    heat: bool = False  # colour numeric cells from 0 (cold) to 1 (hot) in a table


def choose_format(explicit: str | None, output: Path | None) -> str:
    """An explicit format wins; else the output file's suffix; else a table on a terminal, TSV in a pipe."""
    if explicit:
        return explicit
    if output is not None:
        return SUFFIXES.get(output.suffix.lower(), "csv")
    return "table" if sys.stdout.isatty() else "tsv"


def render(records: Records, fmt: str, stream: TextIO, *, to_terminal: bool = False) -> None:
    module = import_module(f".{'delimited' if fmt in ('csv', 'tsv') else 'jsonfmt' if fmt in ('json', 'jsonl') else fmt}", __name__)
    module.render(records, stream, fmt=fmt, to_terminal=to_terminal)


def emit(records: Records, fmt: str, output: Path | None) -> None:
    """Print to stdout, or write the output file whole (a temporary file renamed over it) or not at all."""
    if output is None:
        render(records, fmt, sys.stdout, to_terminal=sys.stdout.isatty())
        sys.stdout.flush()
        return
    buffer = StringIO()
    render(records, fmt, buffer)
    write_atomic(output, buffer.getvalue())


def write_atomic(path: Path, text: str) -> None:
    """Write text to path whole or not at all."""

    def write(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)

    replace_atomically(path, write)


def replace_atomically(path: Path, write) -> None:
    """Let `write` fill a temporary file beside `path`, then rename it over `path`.

    A failure leaves an existing file as it was and no temporary file behind; an OSError becomes one
    OutputError naming the file.
    """
    import tempfile

    folder = path.parent if str(path.parent) else Path(".")
    try:
        if path.is_dir():
            raise OutputError(f"cannot write {path}: it is a folder")
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    temporary = Path(name)
    try:
        write(temporary)
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException as exc:
        temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {getattr(exc, 'strerror', None) or exc}") from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def save_pictures(records: Records, *, svg: Path | None = None, html: Path | None = None) -> None:
    """Draw the records as a table and save it as SVG and/or HTML (Rich's console export), each file whole."""
    if svg is None and html is None:
        return
    from .table import recording_console, render as render_table

    console = recording_console()
    render_table(records, console.file, console=console)
    if svg is not None:
        write_atomic(svg, console.export_svg(title="tradecmp", clear=False))
    if html is not None:
        write_atomic(html, console.export_html(clear=False))
