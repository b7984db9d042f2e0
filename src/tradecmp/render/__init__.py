"""Output: one registry of formats, one module per format behind one interface.

Renderers never decide anything about trade law; they print the records the CLI hands them, and
they print data-file text as text (never markup, never a formula, never a terminal escape).
"""

from __future__ import annotations

import os
import sys
from importlib import import_module
from io import StringIO
from pathlib import Path
from typing import NamedTuple, TextIO

from ..errors import OutputError, UsageError
from ..records import Records


class Format(NamedTuple):
    """An output format: the module that writes it, the file suffixes that select it, and what it needs."""

    module: str
    suffixes: tuple[str, ...]
    file_only: bool = False  # writes a file of its own (SQLite): needs -o, draws no pictures


# The one registry of output formats; each module has `render(records, stream, fmt=...)`, or for a
# file-only format `write(records, path)`.
FORMATS: dict[str, Format] = {
    "table": Format("table", (".txt",)),
    "tsv": Format("delimited", (".tsv",)),
    "csv": Format("delimited", (".csv",)),
    "json": Format("jsonfmt", (".json",)),
    "jsonl": Format("jsonfmt", (".jsonl",)),
    "markdown": Format("markdown", (".md",)),
    "sqlite": Format("sqlite", (".db", ".sqlite", ".sqlite3"), file_only=True),
}
TEXT_FORMATS = tuple(name for name, f in FORMATS.items() if not f.file_only)
PICTURES = {"svg": (".svg",), "html": (".html", ".htm")}  # --save-svg and --save-html: the suffixes they write
STDOUT = "-"  # as an output file: standard output


class Display(NamedTuple):
    """How a table is shown: every column whole (--wide), at a width (--width), in colour (--color), paged."""

    wide: bool = False
    width: int | None = None
    color: str = "auto"  # auto, always or never
    pager: bool = True


def is_stdout(output: Path | None) -> bool:
    return output is not None and str(output) == STDOUT


def choose_format(explicit: str | None, output: Path | None) -> str:
    """An explicit format wins; else the output file's suffix; else a table on a terminal, TSV in a pipe."""
    if explicit:
        if explicit not in FORMATS:
            raise UsageError(f"--format: {explicit!r} is not one of {', '.join(FORMATS)}")
        return explicit
    if output is not None:
        suffix = output.suffix.lower()
        for name, fmt in FORMATS.items():
            if suffix in fmt.suffixes:
                return name
        known = ", ".join(s for f in FORMATS.values() for s in f.suffixes)
        raise UsageError(f"cannot tell the format of {output} from its suffix; give -f FORMAT, or use one of {known}")
    return "table" if sys.stdout.isatty() else "tsv"


def render(records: Records, fmt: str, stream: TextIO, *, to_terminal: bool = False, wide: bool = False,
           width: int | None = None, color: bool | None = None) -> None:
    module = import_module(f".{FORMATS[fmt].module}", __name__)
    if fmt == "table":
        module.render(records, stream, fmt=fmt, to_terminal=to_terminal, wide=wide, width=width, color=color)
    else:
        module.render(records, stream, fmt=fmt, to_terminal=to_terminal)


def select_fields(records: Records, fields: str, fmt: str | None) -> tuple[Records, str]:
    """`--json FIELDS`: the records with only these fields, as JSON (or JSON lines with -f jsonl). With no
    fields, a usage error that lists them (as gh does)."""
    if fmt not in (None, "json", "jsonl"):
        raise UsageError(f"--json writes JSON; it does not go with --format {fmt}")
    wanted = [name.strip() for name in fields.split(",") if name.strip()]
    available = "\n  ".join(records.fields)
    if not wanted:
        raise UsageError(f"--json takes the fields to keep, comma-separated; the fields are:\n  {available}")
    unknown = [name for name in wanted if name not in records.fields]
    if unknown:
        raise UsageError(f"--json: unknown field {', '.join(map(repr, unknown))}; the fields are:\n  {available}")
    chosen = Records(wanted, records.rows, summary=records.summary)
    chosen.exit_code = getattr(records, "exit_code", 0)  # type: ignore[attr-defined]
    return chosen, fmt or "json"


def check_pictures(svg: Path | None, html: Path | None) -> None:
    """--save-svg and --save-html write only files with their own suffixes (as -o checks its suffix)."""
    for kind, path in (("svg", svg), ("html", html)):
        if path is not None and (is_stdout(path) or path.suffix.lower() not in PICTURES[kind]):
            raise UsageError(f"--save-{kind}: {path} does not end in {' or '.join(PICTURES[kind])}; "
                             f"name a file such as table{PICTURES[kind][0]}")


def emit(records: Records, fmt: str | None, output: Path | None, *, svg: Path | None = None,
         html: Path | None = None, display: Display | None = None, label: str | None = None) -> str:
    """Print to stdout (`-o -` too), or write the output file whole (a temporary file renamed over it) or not
    at all. Returns the format chosen. An option that does not apply to the format is an error, before
    anything is written. On a terminal, long output goes through a pager."""
    display = display or Display()
    check_pictures(svg, html)
    if is_stdout(output):
        if fmt and FORMATS.get(fmt, FORMATS["table"]).file_only:
            raise UsageError(f"the {fmt} format writes a file, not standard output: give -o FILE")
        output = None
    chosen = choose_format(fmt, output)
    spec = FORMATS[chosen]
    options = {k: v for k, v in getattr(records, "write_options", {}).items() if v}  # e.g. sqlite's --replace
    if options and not spec.file_only:
        flags = ", ".join("--" + k.split("_")[0] for k in options)
        raise UsageError(f"{flags} {'apply' if len(options) > 1 else 'applies'} only to the sqlite format, not {chosen}")
    if spec.file_only:
        if output is None:
            raise UsageError(f"the {chosen} format writes a file: add -o FILE")
        if svg or html:
            raise UsageError(f"--save-svg and --save-html draw a table; they do not apply to the {chosen} format")
        import_module(f".{spec.module}", __name__).write(records, output, **options)
        return chosen
    if output is None and sys.stdout.isatty():
        from .terminal import page, use_color

        buffer = StringIO()
        render(records, chosen, buffer, to_terminal=True, wide=display.wide, width=display.width,
               color=use_color(display.color, True))
        if display.pager:
            page(buffer.getvalue())
        else:
            sys.stdout.write(buffer.getvalue())
            sys.stdout.flush()
    elif output is None:  # a pipe: nothing decided for a person, nothing imported for one
        color = None if display.color == "auto" else display.color == "always"
        render(records, chosen, sys.stdout, wide=display.wide, width=display.width, color=color)
        sys.stdout.flush()
    else:
        buffer = StringIO()
        render(records, chosen, buffer, wide=display.wide, width=display.width,
               color=True if display.color == "always" else None)
        write_atomic(output, buffer.getvalue())
    save_pictures(records, svg=svg, html=html, wide=display.wide, width=display.width, label=label)
    return chosen


def write_atomic(path: Path, text: str) -> None:
    """Write text to path whole or not at all; `-` is standard output."""
    if is_stdout(path):
        sys.stdout.write(text)
        sys.stdout.flush()
        return

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


def save_pictures(records: Records, *, svg: Path | None = None, html: Path | None = None, wide: bool = False,
                  width: int | None = None, label: str | None = None) -> None:
    """Save the table as an SVG picture (Rich's console export) and/or an HTML page with a real <table>
    (titled `label` where the records have no title), each file whole."""
    if html is not None:
        from .html import table_page

        write_atomic(html, table_page(records, label))
    if svg is None:
        return
    from .table import recording_console, render as render_table

    console = recording_console(width)
    render_table(records, console.file, console=console, wide=wide)
    write_atomic(svg, console.export_svg(title="tradecmp", clear=False))
