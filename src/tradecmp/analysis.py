"""Country and group questions: what binds a country, what binds two, a draft for a group, similarity.

Pure functions over loaded agreements; plain data in, plain data out. docs/scoring.md documents
the similarity measure.
"""

from __future__ import annotations

import datetime as dt
from itertools import combinations
from typing import TYPE_CHECKING, Iterable, NamedTuple

from . import vocab
from .compare import EPSILON, Weights, strength

if TYPE_CHECKING:
    from .agreement import Agreement


def member_dates(agreement: Agreement, country: str) -> tuple[str, object] | None:
    """The party entry through which a country belongs to an agreement (itself, or the EU for a member state)."""
    if country in agreement.parties:
        return country, agreement.parties[country]
    if country in vocab.EU_MEMBERSHIP and vocab.EU in agreement.parties:
        return vocab.EU, agreement.parties[vocab.EU]
    return None


def _eu_member_on(country: str, on: dt.date) -> bool:
    joined, left = vocab.EU_MEMBERSHIP[country]
    return dt.date.fromisoformat(joined) <= on and (left is None or on < dt.date.fromisoformat(left))


def bound(agreement: Agreement, country: str, on: dt.date, *, include_signed: bool = False) -> bool:
    """Is the country bound by the agreement on that date (or, with include_signed, has it signed)?"""
    found = member_dates(agreement, country)
    if found is None:
        return False
    party, dates = found
    if party == vocab.EU and country != vocab.EU and not _eu_member_on(country, on):
        return False
    if dates.withdrawn is not None and dates.withdrawn <= on:
        return False
    if dates.in_force is not None and dates.in_force <= on:
        return True
    if include_signed:
        signed = dates.signed or agreement.signed
        return signed is not None and signed <= on
    return False


class Best(NamedTuple):
    """The strongest commitment on one provision key among some agreements (ties kept)."""

    provision: str
    status: str
    strength: float
    sources: tuple[tuple[Agreement, str | None], ...]  # (agreement, article)

    @property
    def agreements(self) -> list[str]:
        return [a.id for a, _ in self.sources]

    @property
    def articles(self) -> list[str]:
        return [article or "" for _, article in self.sources]


def strongest(agreements: Iterable[Agreement], key: str, weights: Weights) -> Best:
    best: list[tuple[Agreement, float]] = []
    top = 0.0
    for agreement in agreements:
        provision = agreement.provisions[key]
        if provision.status == "absent":
            continue
        value = strength(agreement, key, weights).value
        if not best or value > top + EPSILON:
            best, top = [(agreement, value)], value
        elif abs(value - top) <= EPSILON:
            best.append((agreement, value))
    if not best:
        return Best(key, "absent", 0.0, ())
    statuses = {a.provisions[key].status for a, _ in best}
    status = "binding" if "binding" in statuses else "best-endeavour"
    return Best(key, status, top, tuple((a, a.provisions[key].article) for a, _ in best))


def country_agreements(agreements: Iterable[Agreement], country: str, on: dt.date, include_signed: bool = False) -> list[Agreement]:
    return [a for a in agreements if bound(a, country, on, include_signed=include_signed)]


def between(agreements: Iterable[Agreement], a: str, b: str, on: dt.date, weights: Weights,
            include_signed: bool = False) -> tuple[list[Agreement], list[Best]]:
    shared = [x for x in agreements if bound(x, a, on, include_signed=include_signed)
              and bound(x, b, on, include_signed=include_signed)]
    return shared, [strongest(shared, key, weights) for key in vocab.PROVISION_KEYS]


def country_view(agreements: Iterable[Agreement], country: str, on: dt.date, weights: Weights,
                 include_signed: bool = False) -> tuple[list[Agreement], list[Best]]:
    mine = country_agreements(agreements, country, on, include_signed)
    return mine, [strongest(mine, key, weights) for key in vocab.PROVISION_KEYS]


# --- compose --------------------------------------------------------------------------------------

def compose(agreements: list[Agreement], parties: list[str], on: dt.date, weights: Weights, strategy: str) -> dict[str, Best]:
    """For each key, the commitment a draft for the group starts from.

    common: the weakest of the pairs' strongest in-force commitments (what every pair already has);
    strongest: the strongest commitment any member has in force anywhere.
    """
    chosen: dict[str, Best] = {}
    for key in vocab.PROVISION_KEYS:
        if strategy == "strongest":
            chosen[key] = strongest([a for a in agreements if any(bound(a, p, on) for p in parties)], key, weights)
            continue
        pair_bests = [between(agreements, x, y, on, weights)[1][vocab.PROVISION_KEYS.index(key)]
                      for x, y in combinations(parties, 2)]
        chosen[key] = min(pair_bests, key=lambda best: best.strength) if pair_bests else Best(key, "absent", 0.0, ())
    return chosen


def draft_agreement(agreement_id: str, name: str, parties: list[str], chosen: dict[str, Best], strategy: str) -> dict:
    """A data file (as a dict for tomli-w) whose every provision cites the agreement it came from."""
    provisions = {}
    for key, best in chosen.items():
        if best.status == "absent" or not best.sources:
            provisions[key] = {"status": "absent", "checked": "unchecked",
                               "note": f"No commitment found under the {strategy} strategy."}
            continue
        origin, article = best.sources[0]
        source = origin.provisions[key]
        cited = "; ".join(f"{a.id} {art}" for a, art in best.sources)
        cell = {
            "status": source.status,
            "article": f"{origin.id} {article}",
            "title": source.title,
            "text": source.text,
            "exceptions": [_without_none(e._asdict()) for e in source.exceptions],
            "dispute_settlement": origin.provision_ds(key),
            "transitions": [_without_none(t._asdict()) for t in source.transitions if t.party in parties],
            "carve_outs": [_without_none(c._asdict()) for c in source.carve_outs],
            "source": source.source or origin.source,
            "checked": source.checked,
            "note": f"From {cited} ({strategy} strategy); exception articles are those of {origin.id}.",
        }
        if source.algorithms is not None:
            cell["algorithms"] = source.algorithms
        provisions[key] = {k: v for k, v in cell.items() if v not in (None, [])}
    return {
        "schema": 1,
        "id": agreement_id,
        "name": name,
        "aliases": [],
        "status": "not-in-force",
        "chapters": [],
        "dispute_settlement": True,
        "source": f"tradecmp compose {' '.join(parties)} --strategy {strategy}: a draft, not a treaty",
        "checked": "unchecked",
        "note": "A draft assembled by tradecmp from commitments in the data; each provision cites its source agreement.",
        "parties": {p: {} for p in parties},
        "provisions": provisions,
    }


def _without_none(data: dict) -> dict:
    return {k: v for k, v in data.items() if v is not None}


# --- similarity -----------------------------------------------------------------------------------

def similarity_matrix(agreements: list[Agreement], weights: Weights) -> list[list[float]]:
    """1 minus the mean absolute difference of two agreements' provision strengths: 1 is identical commitments."""
    from operator import sub

    vectors = [[strength(a, k, weights).value for k in vocab.PROVISION_KEYS] for a in agreements]
    n = len(vocab.PROVISION_KEYS)
    matrix = [[1.0] * len(vectors) for _ in vectors]
    for i, va in enumerate(vectors):  # symmetric: compute the upper triangle, mirror it
        row = matrix[i]
        for j in range(i + 1, len(vectors)):
            row[j] = matrix[j][i] = round(1 - sum(map(abs, map(sub, va, vectors[j]))) / n, 3)
    return matrix
