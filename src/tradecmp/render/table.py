"""A Rich table for people at a terminal. Cells are `Text` objects: data is never parsed as markup."""

from __future__ import annotations

import os
from typing import TextIO

from . import Records
from .layout import ELLIPSIS, fit, header
from .text import cell, visible

# Presentation only: colours for the vocabulary words people scan for.
_STYLES = {
    "binding": "green",
    "best-endeavour": "yellow",
    "absent": "dim",
    "a-stronger": "cyan",
    "b-stronger": "magenta",
    "differs": "yellow",
    "same": "dim",
    "unchecked": "red",
}


def table_width(to_terminal: bool, width: int | None = None) -> int:
    """--width N, else the terminal's width, else COLUMNS, else 120 (a file or a pipe)."""
    if width:
        return width
    if to_terminal:
        import shutil

        return shutil.get_terminal_size((80, 24)).columns
    return int(os.environ.get("COLUMNS") or 120)


def make_console(stream: TextIO, *, to_terminal: bool, width: int | None = None, color: bool | None = None):
    """A console for the table: `color` True or False forces colour on or off; None decides by the stream
    and by NO_COLOR and FORCE_COLOR (so colour can survive `| less -R`)."""
    from rich.console import Console

    if color is None:
        color = (to_terminal or bool(os.environ.get("FORCE_COLOR"))) and not os.environ.get("NO_COLOR")
    return Console(
        file=stream,
        markup=False,
        highlight=False,
        emoji=False,
        force_terminal=bool(color),
        width=table_width(to_terminal, width),
        no_color=not color,
        color_system="auto" if color else None,
        legacy_windows=False,
    )


def recording_console(width: int | None = None):
    """A console that keeps what it prints, in colour, for export as SVG or HTML."""
    from io import StringIO

    from rich.console import Console

    return Console(file=StringIO(), record=True, markup=False, highlight=False, emoji=False,
                   force_terminal=True, color_system="truecolor", width=width or int(os.environ.get("COLUMNS") or 120))


def render(records: Records, stream: TextIO, *, fmt: str = "table", to_terminal: bool = False, console=None,
           wide: bool = False, width: int | None = None, color: bool | None = None) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    out = console or make_console(stream, to_terminal=to_terminal, width=width, color=color)
    for line in records.preamble:
        out.print(Text(visible(line)))
    names = records.table_fields or records.fields
    if not records.table_rows:  # nothing to tabulate: the title and what was found, as sentences
        found = records.summary if records.summary and records.summary not in (records.caption or "") else None
        for line in filter(None, [records.title, found or ("" if records.caption else "nothing found"),
                                  records.caption]):
            out.print(Text(visible(line)))
        return
    if records.vertical:
        _render_vertical(out, records, names)
        return
    texts = [[_text(row.get(name)) for name in names] for row in records.table_rows]
    keep = [i for i in range(len(names)) if i == 0 or any(r[i] for r in texts)]  # an empty column says nothing
    names, texts = [names[i] for i in keep], [[r[i] for i in keep] for r in texts]
    heads = [records.headers.get(name, name) for name in names]
    # A heat map (matrix) may leave out its last agreements' columns rather than become blocks.
    tail = [n for n in reversed(names[1:]) if n in records.fields and n != "enforceable_share"] if records.heat else []
    shape = fit(names, heads, texts, out.width, wide=wide, optional=tail)
    if shape is None:  # not even the narrowest table fits: each record becomes a block of its own
        _render_vertical(out, records, names)
        return
    table = Table(
        title=Text(visible(records.title)) if records.title else None,
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=(0, 1, 0, 0),
        show_lines=False,
    )
    for index, w in zip(shape.columns, shape.widths):
        table.add_column(Text(header(heads[index], w)), overflow="fold", width=w, no_wrap=False)
    for number, (row, shown) in enumerate(zip(records.table_rows, texts)):
        cells = []
        for position, index in enumerate(shape.columns):
            value, text = row.get(names[index]), shown[index]
            style = _heat(value) if records.heat and isinstance(value, float) else _STYLES.get(text, "")
            cells.append(Text(shape.lines[number][position] if shape.lines else text, style=style))
        table.add_row(*cells)
    out.print(table)
    notes = [records.caption] if records.caption else []
    if shape.cut or shape.dropped:
        left = f"columns left out: {', '.join(heads[names.index(d)] for d in shape.dropped)}; " if shape.dropped else ""
        notes.append(f"{left}{'text cut short (' + ELLIPSIS + '); ' if shape.cut else ''}"
                     "--wide shows every column whole, -f csv or -f json gives every field")
    for line in notes:
        out.print(Text(visible(line)))


def _text(value) -> str:
    return visible(", ".join(map(cell, value)) if isinstance(value, list) else cell(value))


def _heat(value: float) -> str:
    """A background from blue (0) through to red (1), readable with black text."""
    level = max(0.0, min(1.0, value))
    red, blue = int(80 + 175 * level), int(80 + 175 * (1 - level))
    return f"black on rgb({red},{120},{blue})"


def _render_vertical(out, records: Records, names: list[str]) -> None:
    """One block per record, a line per field: for records too wide for one table row."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    if records.title:
        out.print(Text(visible(records.title), style="bold"))
    for row in records.table_rows:
        block = Table(box=box.SIMPLE_HEAD, show_header=False, padding=(0, 1))
        block.add_column(style="bold", no_wrap=True)
        block.add_column(overflow="fold", ratio=1)
        for name in names:
            value = row.get(name)
            text = visible(", ".join(map(cell, value)) if isinstance(value, list) else cell(value))
            if text:
                block.add_row(Text(records.headers.get(name, name)), Text(text, style=_STYLES.get(text, "")))
        out.print(block)
    if records.caption:
        out.print(Text(visible(records.caption)))
