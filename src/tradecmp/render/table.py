"""A Rich table for people at a terminal. Cells are `Text` objects: data is never parsed as markup."""

from __future__ import annotations

import os
from typing import TextIO

from . import Records
from .text import cell, visible

# Columns of running text: they take the width the others leave.
_PROSE = {"note", "text", "name", "short_name", "reductions", "remark", "excerpt", "when"}

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


def make_console(stream: TextIO, *, to_terminal: bool):
    from rich.console import Console

    width = None if to_terminal else int(os.environ.get("COLUMNS") or 120)
    return Console(
        file=stream,
        markup=False,
        highlight=False,
        emoji=False,
        force_terminal=None if to_terminal else False,
        width=width,
        no_color=None if to_terminal else True,
    )


def recording_console():
    """A console that keeps what it prints, in colour, for export as SVG or HTML."""
    from io import StringIO

    from rich.console import Console

    return Console(file=StringIO(), record=True, markup=False, highlight=False, emoji=False,
                   force_terminal=True, color_system="truecolor", width=int(os.environ.get("COLUMNS") or 120))


def render(records: Records, stream: TextIO, *, fmt: str = "table", to_terminal: bool = False, console=None) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    out = console or make_console(stream, to_terminal=to_terminal)
    for line in records.preamble:
        out.print(Text(visible(line)))
    names = records.table_fields or records.fields
    if records.vertical:
        _render_vertical(out, records, names)
        return
    table = Table(
        title=Text(visible(records.title)) if records.title else None,
        caption=Text(visible(records.caption)) if records.caption else None,
        box=box.SIMPLE_HEAD,
        show_lines=False,
    )
    texts = [[_text(row.get(name)) for name in names] for row in records.table_rows]
    keep = [i for i in range(len(names)) if i == 0 or any(r[i] for r in texts)]  # an empty column says nothing
    names, texts = [names[i] for i in keep], [[r[i] for i in keep] for r in texts]
    # Wrap at spaces, never inside a word: a column of short values is as wide as its widest value (up to
    # _FIXED), and never narrower than its longest word; running text takes what is left. Where that does
    # not fit the screen, each record becomes a block of its own.
    heads = [records.headers.get(name, name) for name in names]
    words = [min(_MAX_WORD, max([_longest_word(h), *(_longest_word(r[i]) for r in texts)], default=1)) for i, h in enumerate(heads)]
    natural = [max([len(h), *(len(r[i]) for r in texts)], default=1) for i, h in enumerate(heads)]
    prose = [name in _PROSE for name in names]
    fixed = [w if p else max(w, min(n, _FIXED)) for w, n, p in zip(words, natural, prose)]
    if sum(fixed) + 3 * len(names) + 1 > out.width:
        _render_vertical(out, records, names)
        return
    for index, head in enumerate(heads):
        if prose[index]:
            table.add_column(Text(head), overflow="fold", min_width=fixed[index], ratio=1)
        else:
            table.add_column(Text(head), overflow="fold", width=fixed[index], no_wrap=index == 0)
    for row, shown in zip(records.table_rows, texts):
        cells = []
        for name, text in zip(names, shown):
            value = row.get(name)
            style = _heat(value) if records.heat and isinstance(value, float) else _STYLES.get(text, "")
            cells.append(Text(text, style=style))
        table.add_row(*cells)
    out.print(table)


_MAX_WORD = 32  # a longer word (a URL) may fold rather than push every other column off the screen
_FIXED = 18  # a column of values wider than this wraps them at spaces


def _text(value) -> str:
    return visible(", ".join(map(cell, value)) if isinstance(value, list) else cell(value))


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


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
