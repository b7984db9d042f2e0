"""How a table fits a width, gh style: ids, keys, statuses and articles stay whole (wrapped at spaces),
running text is cut short with an ellipsis, low-priority columns go first, and only where nothing else fits
does each record become a block of its own. Pure arithmetic on strings: no Rich, so it is quick to test.
"""

from __future__ import annotations

import re
import textwrap
from typing import NamedTuple

# Columns of running text: they take the width the others leave, and are cut short when it is not enough.
PROSE = {"note", "text", "name", "short_name", "reductions", "remark", "excerpt", "when", "title", "source"}

# Columns a narrow table drops first, in this order; the others are kept or the table becomes blocks.
DROP_ORDER = ["checked_share", "signed", "dates_checked", "ended", "remark", "category", "checked", "source",
              "title", "ds", "exc", "secondary", "unchecked", "score", "bar", "dispute_settlement", "strength", "note"]
CHEAP_DROPS = DROP_ORDER[:4]  # bookkeeping: left out before any column is narrowed
# Short values that may break after a hyphen when the column is narrow: an article cited through another
# agreement ("EU-CENTRAL-AMERICA 198.1") would otherwise push the table into blocks.
HYPHENATED = {"article"}

GAP = 2  # between columns (a separator and one space of padding)
MAX_WORD = 32  # a longer word (a URL) may fold rather than push every other column off the screen
FIXED = 18  # a column of short values is at most this wide before it wraps them at spaces
MIN_PROSE = 20  # running text narrower than this is not worth reading: drop a column first
COMFORT = 40  # running text narrower than this gets width from short-value columns that can wrap
PROSE_LINES = 2  # running text takes at most this many lines, or as many as the row's other cells take
ELLIPSIS = "\u2026"


class Layout(NamedTuple):
    columns: list[int]  # indices of the columns shown, in order
    widths: list[int]  # their widths
    dropped: list[str]  # names of the columns left out
    lines: list[list[str]] | None  # running text cut to fit, per row and shown column (None: not cut)
    cut: bool  # some running text was cut short


def cells(text: str) -> int:
    """Columns the text takes on a terminal (wide East Asian characters take two)."""
    if text.isascii():
        return len(text)
    from rich.cells import cell_len

    return cell_len(text)


def longest_word(text: str) -> int:
    return max((cells(word) for word in text.split()), default=0)


def header_word(head: str) -> int:
    """A header (or running text) may wrap after a hyphen or underscore (digital-/products), so its longest
    part is what it needs. An id (upper case: NZL-SGP) stays whole."""
    if head.isupper():
        return longest_word(head)
    return max((cells(part) for part in re.findall(r"[^\s_-]+[_-]?", head)), default=0)


def hyphen_part(text: str) -> int:
    """The longest part of the text between spaces and after hyphens: what a column that may break there needs."""
    return max((cells(part) for part in re.findall(r"[^\s-]+-?", text)), default=0)


def header(head: str, width: int) -> str:
    if head.isupper() or cells(head) <= width:
        return head
    lines = textwrap.wrap(head.replace("_", "_ "), width, break_on_hyphens=True, break_long_words=True)
    return "\n".join(lines).replace("_ ", "_") or head


def fit(names: list[str], heads: list[str], rows: list[list[str]], width: int, *, wide: bool = False,
        optional: list[str] | None = None) -> Layout | None:
    """Widths for the columns at `width`, or None when even the narrowest table does not fit. `optional`
    names more columns that may be left out, after those of DROP_ORDER."""
    n = len(names)
    prose = [name in PROSE for name in names]
    breaks = [name in HYPHENATED and not wide for name in names]
    words = [min(MAX_WORD, max([header_word(h), *((header_word(r[i]) if prose[i] and not wide else
                                                   hyphen_part(r[i]) if breaks[i] else longest_word(r[i]))
                                                  for r in rows)], default=1) or 1)
             for i, h in enumerate(heads)]
    natural = [max([cells(h), *(max((cells(x) for x in r[i].splitlines()), default=0) for r in rows)], default=1) or 1
               for i, h in enumerate(heads)]
    found = None
    # First keep every short-value column at its natural width, leaving out only bookkeeping columns;
    # then narrow the short-value columns toward their longest word, leaving out anything DROP_ORDER names.
    for shrink, droppable in ((False, CHEAP_DROPS), (True, DROP_ORDER + (optional or []))):
        shown, dropped = list(range(n)), []
        while found is None:
            found = _widths(shown, prose, words, natural, width, wide, shrink)
            if found is not None:
                break
            candidates = [name for name in droppable if name in names and names.index(name) in shown[1:]]
            if shrink:  # a column with one value for every row says nothing a row needs
                candidates = [names[i] for i in shown if len(rows) > 1 and len({r[i] for r in rows}) == 1] + candidates
            if wide or not candidates:
                break
            shown.remove(names.index(candidates[0]))
            dropped.append(candidates[0])
        if found is not None:
            break
    if found is None:
        return None
    widths = found
    if wide:
        return Layout(shown, widths, dropped, None, False)
    cut_any = False
    lines: list[list[str]] = []
    for row in rows:
        height = max([PROSE_LINES, *(len(_wrap(row[i], w, breaks[i])) for i, w in zip(shown, widths) if not prose[i])])
        out = []
        for i, w in zip(shown, widths):
            if prose[i]:
                text, cut = shorten(row[i], w, height)
                cut_any = cut_any or cut
                out.append(text)
            elif breaks[i]:
                out.append("\n".join(_wrap(row[i], w, hyphens=True)))
            else:
                out.append(row[i])
        lines.append(out)
    return Layout(shown, widths, dropped, lines, cut_any)


def _widths(shown: list[int], prose: list[bool], words: list[int], natural: list[int], width: int,
            wide: bool, shrink: bool = True) -> list[int] | None:
    room = width - GAP * (len(shown) - 1)
    fixed = {i: max(words[i], min(natural[i], FIXED)) for i in shown if not prose[i]}
    texts = [i for i in shown if prose[i]]
    need = {i: min(natural[i], max(words[i], MIN_PROSE if not wide else MIN_PROSE // 2)) for i in texts}
    # Narrow the widest short-value columns toward their longest word before giving up a column.
    while sum(fixed.values()) + sum(need.values()) > room:
        slack = [(fixed[i] - words[i], i) for i in fixed if fixed[i] > words[i]]
        if not slack or not shrink:
            return None
        fixed[max(slack)[1]] -= 1
    if not wide:  # then narrow them (not below 15) while running text is narrower than is comfortable to read
        floor = {i: max(words[i], min(natural[i], 15)) for i in fixed}
        while texts and sum(fixed.values()) + sum(need.values()) < room:
            slack = [(fixed[i] - floor[i], i) for i in fixed if fixed[i] > floor[i]]
            spare = room - sum(fixed.values()) - sum(need.values())
            if not slack or spare >= COMFORT * len(texts) or all(natural[i] <= need[i] + spare for i in texts):
                break
            fixed[max(slack)[1]] -= 1
    spare = room - sum(fixed.values()) - sum(need.values())
    # Running text shares what is left, each column up to its natural width.
    give = dict(need)
    while spare > 0:
        hungry = [i for i in texts if give[i] < natural[i]]
        if not hungry:
            break
        for i in hungry:
            if spare == 0:
                break
            give[i] += 1
            spare -= 1
    return [fixed[i] if i in fixed else give[i] for i in shown]


def _wrap(text: str, width: int, hyphens: bool = False) -> list[str]:
    out: list[str] = []
    for paragraph in text.splitlines() or [""]:
        if cells(paragraph) <= width:
            out.append(paragraph)
            continue
        if hyphens:  # only a word too long for the column breaks, and then after one of its hyphens
            paragraph = " ".join(w.replace("-", "-\x1f ") if cells(w) > width else w for w in paragraph.split(" "))
        lines = textwrap.wrap(paragraph, width, break_long_words=True, break_on_hyphens=False) or [""]
        out.extend(line.replace("-\x1f ", "-").replace("\x1f", "") for line in lines)
    return out


def shorten(text: str, width: int, lines: int) -> tuple[str, bool]:
    """The text wrapped at `width`, at most `lines` lines, the last ending in an ellipsis if anything was cut."""
    wrapped = _wrap(text, width, hyphens=True)  # running text may break after a hyphen, as in print
    if len(wrapped) <= lines:
        return "\n".join(wrapped), False
    kept = wrapped[:lines]
    last = kept[-1]
    if len(last) + 1 > width:
        last = last[: width - 1].rstrip()
        cut = last.rfind(" ")
        if cut > width // 2:
            last = last[:cut]
    kept[-1] = last.rstrip(" ,;:") + ELLIPSIS
    return "\n".join(kept), True
