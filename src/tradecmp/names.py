"""Finding an agreement by the names people use: its id, an alias, or words of its name.

The one resolver of agreement names (the API, the CLI, `verify` and the catalog all use it). An exact id
or alias wins; then a spelling that differs only in case and punctuation (`tpp11` is `TPP-11`). Anything
else is an `UnknownAgreement` whose suggestions are ranked first by the words and countries they share
with the name given (`US-Japan` finds USJDTA, `Korea-Singapore` KSDPA and KOR-SGP), then by edit distance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from . import vocab
from .errors import UnknownAgreement

STOP_WORDS = frozenset({"a", "and", "the", "of", "for", "on", "in", "between", "agreement", "to", "with"})


class Named(NamedTuple):
    """What the resolver knows of an agreement: enough to find it without reading it in full."""

    id: str
    aliases: tuple[str, ...] = ()
    name: str = ""


def fold(text: str) -> str:
    """Case and punctuation dropped: `TPP-11`, `tpp 11` and `tpp11` fold alike."""
    return re.sub(r"[\W_]+", "", text.casefold())


def words(text: str) -> list[str]:
    """The words of a name, case-folded; `U.S.` is one word, `us`."""
    return [w for w in re.split(r"[\W_]+", text.replace(".", "").casefold()) if w]


def _countries(tokens: list[str], *, short: bool) -> set[str]:
    """The party codes a run of words names: `united states` and (with `short`, for what people type) `us`."""
    codes = set()
    for i, token in enumerate(tokens):
        for phrase in (token, " ".join(tokens[i:i + 2])):
            code = vocab.COUNTRY_NAMES.get(phrase.upper())
            if code and (short or len(phrase) > 2):
                codes.add(code)
    return codes


def terms(entry: Named) -> set[str]:
    """Every word of an agreement's id, aliases and name, with the countries they name as ISO3 codes."""
    found: set[str] = set()
    for label in (entry.id, *entry.aliases):
        tokens = words(label)
        found.update(tokens)
        found.update(t.upper() for t in tokens if len(t) == 3 and vocab.is_party_code(t.upper()))
        found.update(_countries(tokens, short=False))
    name_tokens = words(entry.name)
    found.update(t for t in name_tokens if t not in STOP_WORDS)
    found.update(_countries(name_tokens, short=False))
    return found


def query_terms(text: str) -> set[str]:
    tokens = [t for t in words(text) if t not in STOP_WORDS]
    codes = _countries(tokens, short=True)
    codes.update(t.upper() for t in tokens if len(t) == 3 and vocab.is_party_code(t.upper()))
    return set(tokens) | codes


def _hits(wanted: set[str], known: set[str]) -> int:
    """How many of the words asked for the agreement has (a word of four letters or more may be a prefix)."""
    return sum(1 for w in wanted if w in known or (len(w) >= 4 and w.islower() and any(k.startswith(w) for k in known)))


def distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def closest(name: str, choices: Iterable[str], n: int = 3) -> list[str]:
    """The choices nearest to a mistyped word (a provision key, say), nearest first: fewest edits, then the most
    similar length."""
    wanted = name.strip().upper()
    ranked = sorted(choices, key=lambda c: (distance(wanted, c.upper()), abs(len(c) - len(wanted)), c))
    return [c for c in ranked[:n] if distance(wanted, c.upper()) <= max(2, len(wanted) // 2)]


class Resolver:
    """Agreement names to ids, over every agreement in use (catalogue entries included)."""

    def __init__(self, entries: Iterable[Named]) -> None:
        self.entries = {e.id: e for e in entries}
        self.exact: dict[str, str] = {}
        folded: dict[str, set[str]] = {}
        for entry in self.entries.values():
            self.exact[entry.id.upper()] = entry.id
            for alias in entry.aliases:
                self.exact.setdefault(alias.upper(), entry.id)
            for label in (entry.id, *entry.aliases):
                folded.setdefault(fold(label), set()).add(entry.id)
        self.folded = {key: next(iter(ids)) for key, ids in folded.items() if len(ids) == 1}
        self._terms: dict[str, set[str]] | None = None

    def terms(self, agreement_id: str) -> set[str]:
        if self._terms is None:
            self._terms = {i: terms(e) for i, e in self.entries.items()}
        return self._terms[agreement_id]

    def find(self, name: str) -> str | None:
        """The id `name` stands for: an id or alias in any case, or the same letters and digits; else None."""
        wanted = name.strip()
        return self.exact.get(wanted.upper()) or self.folded.get(fold(wanted))

    def resolve(self, name: str) -> str:
        """The id `name` stands for; `UnknownAgreement` with the nearest names suggested if none."""
        found = self.find(name)
        if found is None:
            close = self.suggest(name)
            hint = f"; did you mean {', '.join(close)}?" if close else "; `tradecmp list --search WORDS` finds them by name"
            raise UnknownAgreement(f"unknown agreement {name!r}{hint}")
        return found

    def suggest(self, name: str, n: int = 3) -> list[str]:
        """Ids for a name that matched none: most words and countries in common first, then fewest edits."""
        wanted, folded = query_terms(name), fold(name)
        ranked = []
        for agreement_id, entry in self.entries.items():
            hits = _hits(wanted, self.terms(agreement_id))
            edits = min(distance(folded, fold(label)) for label in (entry.id, *entry.aliases))
            if hits or edits <= max(2, len(folded) // 3):
                ranked.append((-hits, edits, agreement_id))
        return [agreement_id for *_, agreement_id in sorted(ranked)[:n]]

    def search(self, text: str) -> list[str]:
        """The ids of the agreements whose id, aliases or name hold every word of `text` (a country's name
        or code matching the agreements that name it), or its letters run together (`tpp11`); in the order
        the agreements were given."""
        folded = fold(text)
        tokens = [t for t in words(text) if t not in STOP_WORDS]
        out = []
        for agreement_id, entry in self.entries.items():
            known = self.terms(agreement_id)
            if any(folded in fold(label) for label in (entry.id, *entry.aliases, entry.name)):
                out.append(agreement_id)
            elif tokens and all(_hits({t}, known) or _countries([t], short=True) & known
                                or t.upper() in known for t in tokens):
                out.append(agreement_id)
        return out
