"""One clause, one code: findings where an agreement codes the same clause in two ways.

- `exception-kinds`: one exception article coded as different kinds in different cells.
- `exception-missing`: an exception from outside a cell's own article (a general, security or prudential
  exception, not a paragraph of the article itself) that is attached to cells of a chapter is missing from another
  present cell of the same chapter, and that cell's note does not mention its article to say why.

The chapter of a cell is read from its article number (`14.11.2` is in Chapter 14, `Annex 11-B, Section B` in
Annex 11-B); a cell whose chapter cannot be read (plain article numbers, `198.1`) is not judged. `validate --strict`
reports the findings as problems; docs/data-format.md states the conventions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .agreement import Agreement

_WHOLE_PARTS = ("chapter", "title", "section", "part", "module")  # too coarse to be one clause
_CHAPTER = re.compile(r"^(?:article\s+)?(\d+)\.\d")
_ANNEX = re.compile(r"^(annex\s+[\w-]+)", re.IGNORECASE)


class Finding(NamedTuple):
    code: str
    key: str
    message: str


def chapter(article: str | None) -> str | None:
    """The chapter a cell's article sits in, where its number says so."""
    if not article:
        return None
    text = article.strip()
    annex = _ANNEX.match(text)
    if annex:
        return annex.group(1).lower()
    number = _CHAPTER.match(text.lower())
    return number.group(1) if number else None


def _article(reference: str | None) -> str:
    return re.sub(r"\s+", " ", (reference or "").strip().lower().removeprefix("article").strip())


def _head(article: str | None) -> str:
    """The article a paragraph belongs to: 14.11 for 14.11.3 and 14.11.2(a)."""
    return ".".join(re.split(r"[.(\s]", _article(article))[:2])


def findings(agreement: Agreement) -> list[Finding]:
    if not agreement.encoded:
        return []
    out: list[Finding] = []
    present = {k: p for k, p in agreement.provisions.items() if p.status != "absent"}
    kinds: dict[str, dict[str, str]] = {}
    for key, p in present.items():
        for clause in p.exceptions:
            if clause.article:
                kinds.setdefault(_article(clause.article), {}).setdefault(clause.kind, key)
    for article, seen in kinds.items():
        if len(seen) > 1 and not article.startswith(_WHOLE_PARTS):  # a paragraph is one kind of clause
            where = ", ".join(f"{kind} in {key}" for kind, key in seen.items())
            out.append(Finding("exception-kinds", next(iter(seen.values())),
                               f"exception article {article} is coded as different kinds ({where})"))
    reach: dict[tuple[str, str], set[str]] = {}
    for p in present.values():
        home = chapter(p.article)
        for clause in p.exceptions:
            # An exception inside the cell's own article (14.11.3 on a 14.11.2 cell) qualifies that article only.
            if clause.article and home and _head(clause.article) != _head(p.article):
                reach.setdefault((clause.kind, _article(clause.article)), set()).add(home)
    for key, p in present.items():
        home = chapter(p.article)
        if home is None:
            continue
        mine = {(c.kind, _article(c.article)) for c in p.exceptions}
        note = (p.note or "").lower()
        for (kind, article), chapters in reach.items():
            if home in chapters and (kind, article) not in mine and article not in note:
                out.append(Finding("exception-missing", key,
                                   f"the {kind} exception ({article}) reaches other cells of chapter {home} but not this "
                                   "one, and the note does not say why"))
    return out
