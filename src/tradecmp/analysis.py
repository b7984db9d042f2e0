"""Country and group questions: what binds a country and toward whom, what binds two, what changed, what an
agreement (or joining it) changes, a draft for a group, similarity.

Pure functions over loaded agreements, date-aware through `dates`. A result keeps, per agreement, the cell
it rests on, so that exceptions, dispute settlement and `checked` stay attached to their own agreement.
docs/scoring.md documents the measures.
"""

from __future__ import annotations

import datetime as dt
from itertools import combinations
from typing import TYPE_CHECKING, Iterable, NamedTuple

from . import vocab
from .scoring import EPSILON, Weights, commitment, strength
from .dates import Event, Pending, as_on, binds_pair, bound, events, member_dates, pending

if TYPE_CHECKING:
    from .agreement import Agreement, Provision

_RANK = {"binding": 2, "best-endeavour": 1, "absent": 0}


class Evidence(NamedTuple):
    """One agreement's cell behind an answer."""

    agreement: Agreement
    key: str
    strength: float
    pending: tuple[Pending, ...] = ()

    @property
    def provision(self) -> Provision:
        return self.agreement.provisions[self.key]


class Best(NamedTuple):
    """The strongest commitment on one provision key among some agreements.

    `sources` are the agreements tied at the top: the same status and the same strength. `waiting` are
    stronger commitments that do not bind yet (a transition runs for one of the parties).
    """

    provision: str
    status: str
    strength: float
    sources: tuple[Evidence, ...] = ()
    waiting: tuple[Evidence, ...] = ()

    @property
    def agreements(self) -> list[str]:
        return [e.agreement.id for e in self.sources]


def strongest(agreements: Iterable[Agreement], key: str, weights: Weights, on: dt.date | None = None,
              parties: tuple[str, ...] = ()) -> Best:
    """The strongest present commitment on a key: highest strength, then binding before best-endeavour; a
    commitment in transition for any of `parties` on the date does not count, but is kept as waiting."""
    ranked: list[Evidence] = []
    waiting: list[Evidence] = []
    for agreement in agreements:
        if agreement.provisions[key].status == "absent":
            continue
        late = tuple(pending(agreement, key, parties, on)) if on and parties else ()
        evidence = Evidence(agreement, key, strength(agreement, key, weights).value, late)
        (waiting if late else ranked).append(evidence)
    if not ranked:
        return Best(key, "absent", 0.0, (), tuple(waiting))
    top = max(ranked, key=lambda e: (e.strength, _RANK[e.provision.status]))  # as `rank` orders results
    ties = tuple(e for e in ranked if abs(e.strength - top.strength) <= EPSILON and e.provision.status == top.provision.status)
    stronger_later = tuple(e for e in waiting if e.strength > top.strength + EPSILON)
    return Best(key, top.provision.status, top.strength, ties, stronger_later)


def rank(best: Best) -> tuple[float, int]:
    """How strong a commitment is: its strength, then binding before best-endeavour at equal strength."""
    return round(best.strength, 9), _RANK[best.status]


def country_agreements(agreements: Iterable[Agreement], country: str, on: dt.date, include_signed: bool = False) -> list[Agreement]:
    return [as_on(a, on) for a in agreements if bound(a, country, on, include_signed=include_signed)]


def shared_agreements(agreements: Iterable[Agreement], a: str, b: str, on: dt.date, include_signed: bool = False) -> list[Agreement]:
    return [as_on(x, on) for x in agreements if binds_pair(x, a, b, on, include_signed=include_signed)]


def between(agreements: Iterable[Agreement], a: str, b: str, on: dt.date, weights: Weights,
            include_signed: bool = False, keys: Iterable[str] = vocab.PROVISION_KEYS) -> tuple[list[Agreement], list[Best]]:
    shared = shared_agreements(agreements, a, b, on, include_signed)
    return shared, [strongest(shared, key, weights, on, (a, b)) for key in keys]


def partners_of(agreement: Agreement, country: str, on: dt.date) -> list[str]:
    """The other parties bound by the agreement on the date (the EU as one); of a hub-and-spoke agreement, a
    spoke's only partner is the hub."""
    own = member_dates(agreement, country)
    mine = own[0] if own else country
    return [p for p in agreement.parties if p != mine and bound(agreement, p, on)
            and (agreement.hub is None or agreement.hub in (mine, p))]


def country_view(agreements: Iterable[Agreement], country: str, on: dt.date, weights: Weights,
                 include_signed: bool = False, keys: Iterable[str] = vocab.PROVISION_KEYS) -> tuple[list[Agreement], list[Best]]:
    mine = country_agreements(agreements, country, on, include_signed)
    return mine, [strongest(mine, key, weights, on, (country,)) for key in keys]


class PartnerRow(NamedTuple):
    partner: str
    best: Best


def partners(agreements: list[Agreement], country: str, on: dt.date, weights: Weights,
             keys: Iterable[str] = vocab.PROVISION_KEYS) -> list[PartnerRow]:
    """For every partner the country shares an agreement with on the date, the strongest commitment per key."""
    keys = list(keys)
    mine = [a for a in agreements if bound(a, country, on)]
    everyone = sorted({p for a in mine for p in partners_of(a, country, on)})
    rows = []
    for partner in everyone:
        shared = [as_on(a, on) for a in mine if binds_pair(a, country, partner, on)]
        rows += [PartnerRow(partner, strongest(shared, key, weights, on, (country, partner))) for key in keys]
    return rows


# --- changes over time ----------------------------------------------------------------------------

class Change(NamedTuple):
    provision: str
    before: Best
    after: Best
    cause: Event | None


def _view(agreements: list[Agreement], party: str, partner: str | None, on: dt.date, weights: Weights, keys: list[str]) -> list[Best]:
    if partner:
        return between(agreements, party, partner, on, weights, keys=keys)[1]
    return country_view(agreements, party, on, weights, keys=keys)[1]


def _same(a: Best, b: Best) -> bool:
    """The same commitment, whichever agreements carry it: another agreement tying it changes nothing."""
    return rank(a) == rank(b)


def changes(agreements: list[Agreement], party: str, partner: str | None, start: dt.date, end: dt.date,
            weights: Weights, keys: Iterable[str] = vocab.PROVISION_KEYS) -> list[Change]:
    """For each key whose strongest commitment differs between two dates, before and after, and the last event
    in between after which it took its final form."""
    keys = list(keys)
    parties = (party, partner) if partner else (party,)
    before = _view(agreements, party, partner, start, weights, keys)
    after = _view(agreements, party, partner, end, weights, keys)
    moments = [e for e in events(agreements, parties) if start < e.date <= end]
    cause: dict[str, Event] = {}
    state = before
    for day in sorted({e.date for e in moments}):
        now = _view(agreements, party, partner, day, weights, keys)
        for old, new in zip(state, now):
            if not _same(old, new):
                cause[new.provision] = next(e for e in moments if e.date == day and _relevant(e, new, old))
        state = now
    return [Change(b.provision, b, a, cause.get(a.provision)) for b, a in zip(before, after) if not _same(b, a)]


def _relevant(event: Event, new: Best, old: Best) -> bool:
    """Prefer the event of an agreement the change involves; any event of the day otherwise."""
    involved = {*new.agreements, *old.agreements, *(e.agreement.id for e in old.waiting + new.waiting)}
    return event.agreement in involved or not involved


# --- what an agreement changes --------------------------------------------------------------------

class Impact(NamedTuple):
    party: str
    partner: str
    provision: str
    before: Best
    after: Best


def impact(agreements: list[Agreement], target: Agreement, on: dt.date, weights: Weights, join: str | None = None,
           keys: Iterable[str] = vocab.PROVISION_KEYS) -> list[Impact]:
    """For each pair of the target's parties (or the joining party and each party), each key whose strongest
    commitment changes when the target binds them, against what binds them without it. The target is taken
    as binding every party on the date, as a draft or an accession would."""
    keys = list(keys)
    others = [a for a in agreements if a.id != target.id]
    members = [p for p in target.parties if p != join]
    pairs = [(join, p) for p in members] if join else list(combinations(members, 2))
    if target.hub is not None:  # a hub-and-spoke agreement binds only the hub's pairs
        pairs = [(a, b) for a, b in pairs if target.hub in (a, b)]
    text = as_on(target, on)
    out = []
    for a, b in pairs:
        shared = shared_agreements(others, a, b, on)
        for key in keys:
            before = strongest(shared, key, weights, on, (a, b))
            after = strongest([*shared, text], key, weights, on, (a, b))
            if not _same(before, after):
                out.append(Impact(a, b, key, before, after))
    return out


# --- compose --------------------------------------------------------------------------------------

def compose(agreements: list[Agreement], parties: list[str], on: dt.date, weights: Weights, strategy: str) -> dict[str, Best]:
    """For each key, the commitment a draft for the group starts from.

    common: the weakest of the pairs' strongest in-force commitments (what every pair already has);
    strongest: the strongest commitment any member has in force anywhere.
    """
    chosen: dict[str, Best] = {}
    if strategy == "strongest":
        mine = [as_on(a, on) for a in agreements if any(bound(a, p, on) for p in parties)]
        return {key: strongest(mine, key, weights, on) for key in vocab.PROVISION_KEYS}
    pair_bests = [between(agreements, x, y, on, weights)[1] for x, y in combinations(parties, 2)]
    for index, key in enumerate(vocab.PROVISION_KEYS):
        column = [bests[index] for bests in pair_bests]
        chosen[key] = min(column, key=rank) if column else Best(key, "absent", 0.0)
    return chosen


def draft_agreement(agreement_id: str, name: str, parties: list[str], chosen: dict[str, Best], strategy: str) -> dict:
    """A data file (as a dict for tomli-w) whose every provision cites the agreement it came from."""
    provisions = {}
    for key, best in chosen.items():
        if best.status == "absent" or not best.sources:
            provisions[key] = {"status": "absent", "checked": "unchecked",
                               "note": f"No commitment found under the {strategy} strategy."}
            continue
        origin = best.sources[0].agreement
        source = origin.provisions[key]
        cited = "; ".join(f"{e.agreement.id} {e.provision.article or '(article not known)'}" for e in best.sources)
        cell = {
            "status": source.status,
            "article": f"{origin.id} {source.article}" if source.article else None,
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

CARVE_OUT_DIFFERENCE = 0.1


def similarity_matrix(agreements: list[Agreement], weights: Weights) -> list[list[float]]:
    """1 minus the mean difference of two agreements' commitments per key: status and exceptions (strength
    before any dispute-settlement reduction), plus a small step where their carve-outs differ. Whether a
    panel can enforce the commitments is reported beside it (`enforceable_share`), not folded in."""
    from operator import ne, sub

    keys = vocab.PROVISION_KEYS
    vectors = [[commitment(a, k, weights) for k in keys] for a in agreements]
    scopes = [tuple(hash(frozenset(c.scope for c in a.provisions[k].carve_outs)) for k in keys) for a in agreements]
    plain = [all(not a.provisions[k].carve_outs for k in keys) for a in agreements]
    n = len(keys)
    matrix = [[1.0] * len(vectors) for _ in vectors]
    for i, va in enumerate(vectors):  # symmetric: compute the upper triangle, mirror it
        row = matrix[i]
        for j in range(i + 1, len(vectors)):
            carve = 0 if plain[i] and plain[j] else sum(map(ne, scopes[i], scopes[j])) * CARVE_OUT_DIFFERENCE
            row[j] = matrix[j][i] = round(max(0.0, 1 - (sum(map(abs, map(sub, va, vectors[j]))) + carve) / n), 3)
    return matrix


def enforceable_share(agreement: Agreement) -> float:
    """The share of the agreement's present provisions that its dispute settlement can enforce."""
    present = [k for k, p in agreement.provisions.items() if p.status != "absent"]
    return round(sum(agreement.provision_ds(k) for k in present) / len(present), 2) if present else 0.0
