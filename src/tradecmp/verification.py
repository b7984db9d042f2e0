"""Check each cell's quotation and article against the user's own copy of a treaty.

Pure logic: no Rich, no Typer. `assign_texts` decides which files are whose, `verify` finds each
quotation in them and compares the article heading above it with the article the cell cites. It
confirms words and places, not readings: nothing here changes a cell's `checked`.

A text is normalised once into a list of words (case-folded; hyphens, markdown marks and footnote
numbers glued to words removed; punctuation, quotes and spacing ignored), joined by single spaces so
that `str.find` does the matching; each word keeps its offsets in the original for the excerpt.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

from .names import Named, Resolver
from .textcopy import read_text, text_files
from .vocab import PROVISION_KEYS

FIELDS = ("agreement", "provision", "article", "checked", "result", "found_under", "excerpt")
RESULTS = ("ok", "article-differs", "not-found", "no-quotation")
MAX_GAP = 1500  # characters allowed between the parts of a quotation elided with "..."
EXCERPT = 160
MAX_OCCURRENCES = 50  # of one quotation in one text: enough to find the one under the cited article

# Text is case-folded before it is split into words. A word may hold the marks that can split one:
# a hyphen (also at a line end, `elec-\ntronic`) or any dash, and markdown emphasis, escapes and
# footnote brackets (`elec*tron*ic`, `charges[^1]`). The second alternative catches a footnote number
# glued to a word's punctuation (`information,12 and`) so that it can be dropped. Possessive
# quantifiers because nothing here needs to backtrack, and they make it a quarter faster.
_TOKEN = re.compile(
    r"[^\W_]++(?:(?:[-\u2010-\u2015\u00ad\u2212]\s*+|[*_\\^\[\]]++)[^\W_]++)*+"
    r"|[,;:.)\u201d\u2019\"'](?<=[^\W\d_].)\d{1,3}(?![^\W_])"
)
_NOT_ALNUM = re.compile(r"[\W_]+")
_GLUED_FOOTNOTE = re.compile(r"(.*[^\W\d_])\d{1,3}")  # "charges1" -> "charges"
_SUPERSCRIPTS = str.maketrans("", "", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_NO_BREAK_BEFORE = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u00ad\u2212*_\\^[]")
CHUNK = 2048  # characters: words are listed per chunk, and a chunk's offsets only found when needed
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")

_NUMBER = r"(?:[a-z]+\.)?\d+(?:[.\-](?:\d+|[a-z]{1,2}\b))*"  # 14.11, DIGIT.7, 8.61-F
# A heading line may start with markdown marks, or with a quotation mark where an amending treaty
# quotes the new article ("ARTICLE 8.54).
_HEADING = re.compile(
    rf"^[ \t#=*>|_\"\u201c\u2018']*(?:article|art\.)[ \t]*({_NUMBER})([^\n]*)", re.IGNORECASE | re.MULTILINE
)
# Some copies run a whole agreement into few lines ("... communications. ARTICLE 132-P Source Code 1. ..."):
# there, a capitalised ARTICLE and its number are a heading wherever they stand (references are "Article").
_INLINE_HEADING = re.compile(rf"(?<=[\s\"\u201c])(?-i:ARTICLE)[ \t]+({_NUMBER})(?=[ \t]+(?-i:[A-Z0-9(]))", re.IGNORECASE)
_CITED = re.compile(rf"\s*({_NUMBER}(?:\s*(?:,|and|&)\s*{_NUMBER})*)", re.IGNORECASE)


class Verification(NamedTuple):
    rows: list[dict]
    summaries: list[str]
    without_text: list[str]


class Assignment(dict):
    """Agreement id -> its text files; `ignored` holds the files that belong to no agreement verified."""

    def __init__(self) -> None:
        super().__init__()
        self.ignored: list[Path] = []


class _Heading(NamedTuple):
    offset: int
    label: str  # "Article 14.11"
    number: tuple[str, ...]  # ("14", "11")


class _Found(NamedTuple):
    text: _Text
    start: int  # offsets in the original
    end: int
    heading: _Heading | None


# --- assigning files to agreements -------------------------------------------------------------------


def _agreement_list(agreements) -> list:
    return list(agreements.values()) if isinstance(agreements, Mapping) else list(agreements)


def _owner(name: str, names: dict[str, str]) -> str | None:
    """The agreement whose id or alias `name` starts with, followed by a non-alphanumeric or the end."""
    folded = name.casefold()
    best = None
    for known, agreement_id in names.items():
        if folded.startswith(known) and (len(folded) == len(known) or not folded[len(known)].isalnum()):
            if best is None or len(known) > len(best[0]):
                best = (known, agreement_id)
    return best[1] if best else None


def assign_texts(agreements, ids: Iterable[str], paths: Iterable[Path]) -> Assignment:
    """Which text files belong to which agreement (`agreements`: a list of them, or a dict by id).

    With exactly one id every file given (folders read recursively) is that agreement's. Otherwise a
    file belongs to the agreement whose id or alias begins its name or the name of a folder above it
    (below or at the folder given); with several ids only those agreements get files. Files that
    belong to no agreement (or to one not chosen) are listed in the result's `ignored`. A path that does
    not exist is a TextCopyError (exit 2); an id that names no agreement is UnknownAgreement (names.py).
    """
    agreements = _agreement_list(agreements)
    names: dict[str, str] = {}
    for agreement in agreements:
        for name in (agreement.id, *agreement.aliases):
            names.setdefault(name.casefold(), agreement.id)
    resolver = Resolver(Named(a.id, tuple(a.aliases), getattr(a, "name", "")) for a in agreements)
    chosen = list(dict.fromkeys(resolver.resolve(wanted) for wanted in ids))

    result = Assignment()
    seen: set[tuple[str, Path]] = set()

    def add(agreement_id: str, file: Path) -> None:
        key = (agreement_id, file.resolve())
        if key not in seen:
            seen.add(key)
            result.setdefault(agreement_id, []).append(file)

    for path in paths:
        path = Path(path)
        files = text_files(path)
        for file in files:
            if len(chosen) == 1:
                add(chosen[0], file)
                continue
            # The folder given, then each folder below it, then the file itself: the first that names one wins.
            parts = [path.resolve().name, *file.relative_to(path).parts] if path.is_dir() else [file.name]
            owner = next((o for o in (_owner(part, names) for part in parts) if o), None)
            if owner is not None and (not chosen or owner in chosen):
                add(owner, file)
            else:
                result.ignored.append(file)
    return result


# --- normalising ------------------------------------------------------------------------------------


def _clean(token: str) -> str:
    """The word a token stands for; empty for a footnote number, which is dropped."""
    if not token[0].isalnum():
        return ""
    if not token.isalnum():
        token = _NOT_ALNUM.sub("", token)
    if not token.isascii():
        token = token.translate(_SUPERSCRIPTS)
    if token and not token.isdigit() and token[-1].isdigit():
        glued = _GLUED_FOOTNOTE.fullmatch(token)
        if glued:
            token = glued.group(1)
    return token


def _words(text: str) -> list[str]:
    words = [t if t.isalpha() else _clean(t) for t in _TOKEN.findall(text.casefold())]
    return [w for w in words if w] if "" in words else words


def _spans(text: str) -> list[tuple[int, int]]:
    """Where each of `_words(text)` is in `text`: the same tokens, kept by the same rule."""
    folded = text.casefold()
    back = None
    if len(folded) != len(text):  # "ß" -> "ss", "ﬁ" -> "fi": map folded offsets back
        back = [i for i, ch in enumerate(text) for _ in ch.casefold()] + [len(text)]
    spans = []
    for match in _TOKEN.finditer(folded):
        token = match.group()
        if token.isalpha() or _clean(token):
            start, end = match.span()
            spans.append((back[start], back[end - 1] + 1) if back else (start, end))
    return spans


def _needle(text: str) -> str:
    return " " + " ".join(_words(text)) + " "


def _headings(text: str) -> list[_Heading]:
    headings = []
    for match in _HEADING.finditer(text):
        number, rest = match.group(1), match.group(2).strip(" \t\r*_#=|")
        if rest:
            is_heading = rest[0] in ":.-–—" or rest[0].isupper()
        else:  # "Article 8.1" alone on a line is a heading unless the sentence goes on below it
            below = text[match.end() : match.end() + 200].lstrip()
            is_heading = not below or not (below[0] == "(" or below[0].islower())
        if is_heading:
            headings.append(_Heading(match.start(), f"Article {number}", tuple(number.casefold().split("."))))
    # The ARTICLE of a heading line already found ("=== ARTICLE 7 ...") starts a few characters into it.
    found = {h.offset + i for h in headings for i in range(16)}
    for match in _INLINE_HEADING.finditer(text):
        if match.start() not in found:
            number = match.group(1)
            headings.append(_Heading(match.start(), f"Article {number}", tuple(number.casefold().split("."))))
    return sorted(headings)


def _chunk_starts(text: str) -> list[int]:
    """Line starts about CHUNK apart where no word can run on from the line before."""
    starts, at = [0], CHUNK
    while at < len(text):
        newline = text.find("\n", at)
        if newline == -1:
            break
        before = text[newline - 1]
        at = newline + 1
        if not before.isspace() and before not in _NO_BREAK_BEFORE:
            starts.append(at)
            at += CHUNK
    return starts


class _Text:
    """One treaty copy, normalised once: its words joined by single spaces, and its article headings.

    The words' offsets in the original are found per chunk, only for chunks where a quotation was found.
    """

    def __init__(self, path: Path):
        self.path = path
        self.original = original = read_text(path)
        self.chunk_starts = _chunk_starts(original)
        bounds = [*self.chunk_starts, len(original)]
        words: list[str] = []
        self.chunk_words = []  # the index of each chunk's first word
        for start, end in pairwise(bounds):
            self.chunk_words.append(len(words))
            words += _words(original[start:end])
        self.joined = " " + " ".join(words) + " "
        self.headings = _headings(original)
        self.heading_offsets = [h.offset for h in self.headings]
        self._spans: dict[int, list[tuple[int, int]]] = {}

    def span(self, word: int) -> tuple[int, int]:
        """Start and end in the original of the word with this index."""
        chunk = bisect_right(self.chunk_words, word) - 1
        if chunk not in self._spans:
            start = self.chunk_starts[chunk]
            end = self.chunk_starts[chunk + 1] if chunk + 1 < len(self.chunk_starts) else len(self.original)
            self._spans[chunk] = [(s + start, e + start) for s, e in _spans(self.original[start:end])]
        return self._spans[chunk][word - self.chunk_words[chunk]]

    def heading_above(self, offset: int) -> _Heading | None:
        index = bisect_right(self.heading_offsets, offset) - 1
        return self.headings[index] if index >= 0 else None


# --- matching ---------------------------------------------------------------------------------------


def _find(text: _Text, parts: list[str]) -> list[_Found]:
    """Every place where the parts appear in order, each within MAX_GAP of the one before."""
    found: list[_Found] = []
    joined = text.joined
    spaces, counted = 0, 0  # spaces in joined[:counted]: the space before word i is the (i+1)th
    at = joined.find(parts[0])
    while at != -1 and len(found) < MAX_OCCURRENCES:
        end = at + len(parts[0]) - 1  # the space after the part's last word
        for part in parts[1:]:
            nxt = joined.find(part, end)
            if nxt == -1 or nxt - end > MAX_GAP:
                break
            end = nxt + len(part) - 1
        else:
            spaces += joined.count(" ", counted, at + 1)
            counted = at + 1
            first = spaces - 1
            last = first + joined.count(" ", at + 1, end)
            start = text.span(first)[0]
            found.append(_Found(text, start, text.span(last)[1], text.heading_above(start)))
        at = joined.find(parts[0], at + 1)
    return found


def _cited(article: str | None) -> list[tuple[str, ...]]:
    """The article numbers a cell cites, without paragraph letters: "14.11.2" -> [("14", "11", "2")].

    Empty when the cell names no article number (an annex section, a number not confirmed).
    """
    if not article or "?" in article:
        return []
    article = re.sub(r"\([a-z]+\)", "", article, flags=re.IGNORECASE)
    tail = re.split(r"\b(?:articles?\b|art\.)", article, flags=re.IGNORECASE)[-1]  # "Annex 8A Article 9" -> " 9"
    match = _CITED.match(tail)
    if not match:
        return []
    return [tuple(n.casefold().split(".")) for n in re.findall(_NUMBER, match.group(1), re.IGNORECASE)]


def _under(heading: _Heading | None, cited: list[tuple[str, ...]]) -> bool:
    return heading is not None and any(c[: len(heading.number)] == heading.number for c in cited)


def _excerpt(found: _Found) -> str:
    original = found.text.original
    room_before = max(0, found.start - EXCERPT * 2)
    before = re.sub(r"\s+", " ", original[room_before : found.start]).lstrip()
    core = re.sub(r"\s+", " ", original[found.start : found.end])
    after = re.sub(r"\s+", " ", original[found.end : found.end + EXCERPT * 2]).rstrip()
    if len(core) >= EXCERPT:
        return core[: EXCERPT - 1] + "…"
    room = EXCERPT - len(core)
    left = min(len(before), room // 2)
    right = min(len(after), room - left)
    left = min(len(before), room - right)
    head = before[len(before) - left :] if left else ""
    tail = after[:right]
    if left < len(before) and head:
        head = "…" + head[1:]
    if right < len(after) and tail:
        tail = tail[:-1] + "…"
    return head + core + tail


def _check(provision, texts: list[_Text]) -> tuple[str, str, str]:
    """(result, found_under, excerpt) of one present cell."""
    if not provision.text or not provision.text.strip():
        return "no-quotation", "", ""
    parts = [n for n in (_needle(p) for p in _ELLIPSIS.split(provision.text)) if n.strip()]
    if not parts:
        return "no-quotation", "", ""
    found = [f for text in texts for f in _find(text, parts)]
    if not found:
        return "not-found", "", ""
    cited = _cited(provision.article)
    if not cited:  # nothing to compare: the words alone are checked
        return "ok", found[0].heading.label if found[0].heading else "", _excerpt(found[0])
    best = next((f for f in found if _under(f.heading, cited)), None)
    if best is not None and best.heading is not None:
        return "ok", best.heading.label, _excerpt(best)
    first = found[0]
    return "article-differs", first.heading.label if first.heading else "no article heading above", _excerpt(first)


def verify(agreements, texts: Mapping[str, list[Path]]) -> Verification:
    """Check every present cell of each agreement given (pass only the ones to verify) against its texts.

    `texts` maps an agreement id to its files, as `assign_texts` returns it; an agreement without files
    is listed in `without_text`. Each file is read and normalised once, however many cells or agreements
    use it; a file that cannot be read raises TextCopyError.
    """
    cache: dict[Path, _Text] = {}

    def indexed(path: Path) -> _Text:
        key = Path(path).resolve()
        if key not in cache:
            cache[key] = _Text(Path(path))
        return cache[key]

    rows, summaries, without_text = [], [], []
    for agreement in _agreement_list(agreements):
        paths = texts.get(agreement.id) or []
        if not paths:
            without_text.append(agreement.id)
            continue
        copies = [indexed(p) for p in paths]
        counts = dict.fromkeys(RESULTS, 0)
        for key in PROVISION_KEYS:
            provision = agreement.provisions.get(key)
            if provision is None or provision.status == "absent":
                continue
            result, found_under, excerpt = _check(provision, copies)
            counts[result] += 1
            rows.append(
                {
                    "agreement": agreement.id,
                    "provision": key,
                    "article": provision.article or "",
                    "checked": provision.checked,
                    "result": result,
                    "found_under": found_under,
                    "excerpt": excerpt,
                }
            )
        quoted = counts["ok"] + counts["article-differs"] + counts["not-found"]
        summary = (
            f"{agreement.id}: {counts['ok']} of {quoted} quotations found; "
            f"{counts['article-differs']} under another article; {counts['not-found']} not found"
        )
        if counts["no-quotation"]:
            summary += f"; {counts['no-quotation']} without a quotation"
        summaries.append(summary)
    return Verification(rows, summaries, without_text)
