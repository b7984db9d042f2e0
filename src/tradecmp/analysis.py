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
from .dates import Event, Pending, as_on, binds_pair, bound, covers_party, events, member_dates, pending, running, suspended

if TYPE_CHECKING:
    from .agreement import Agreement, Provision

_RANK = {"binding": 2, "best-endeavour": 1, "absent": 0}


class Evidence(NamedTuple):
    """One agreement's cell behind an answer, as it stands for the parties asked about: only their own
    party-specific exceptions and carve-outs, their deferrals (`pending`) and dispute-settlement suspensions
    (`suspended`) running on the date."""

    agreement: Agreement
    key: str
    strength: float
    pending: tuple[Pending, ...] = ()
    suspended: tuple[Pending, ...] = ()
    cell: Provision | None = None
    elsewhere: tuple[Pending, ...] = ()  # deferrals of another paragraph than the one the cell quotes

    @property
    def provision(self) -> Provision:
        return self.cell if self.cell is not None else self.agreement.provisions[self.key]


class Best(NamedTuple):
    """The strongest commitment on one provision key among some agreements.

    `sources` are the agreements tied at the top: the same status and the same strength. `waiting` are
    stronger commitments that do not bind yet (a transition runs for one of the parties). `unread` names the
    agreements considered whose cell on this key nobody has read in a treaty text (absent ones included).
    """

    provision: str
    status: str
    strength: float
    sources: tuple[Evidence, ...] = ()
    waiting: tuple[Evidence, ...] = ()
    unread: tuple[str, ...] = ()

    @property
    def agreements(self) -> list[str]:
        return [e.agreement.id for e in self.sources]


def for_parties(provision: Provision, parties: tuple[str, ...]) -> Provision:
    """The cell as it concerns these parties' obligations: an exception or carve-out confined to another party's
    measures (the Treaty of Waitangi clause, for NZL) is left out. No parties: the cell as written."""
    if not parties or (not any(c.parties for c in provision.exceptions) and not any(c.parties for c in provision.carve_outs)):
        return provision

    def mine(named: tuple[str, ...]) -> bool:
        return not named or any(covers_party(c, parties) for c in named)

    return provision._replace(exceptions=tuple(e for e in provision.exceptions if mine(e.parties)),
                              carve_outs=tuple(c for c in provision.carve_outs if mine(c.parties)))


def evidence(agreement: Agreement, key: str, weights: Weights, on: dt.date | None = None,
             parties: tuple[str, ...] = ()) -> Evidence:
    """One agreement's cell for the parties on the date, with its strength: a dispute-settlement suspension
    running for one of them weighs like a provision outside dispute settlement while it runs."""
    written = agreement.provisions[key]
    cell = for_parties(written, parties) if written.exceptions or written.carve_outs else written
    shown = agreement if cell is written else agreement._replace(provisions={**agreement.provisions, key: cell})
    value = strength(shown, key, weights).value
    if not (written.transitions and on and parties):
        return Evidence(agreement, key, value, cell=cell)
    late = tuple(pending(agreement, key, parties, on))
    paused = tuple(suspended(agreement, key, parties, on))
    if paused and cell.status == "binding" and agreement.ds_reach(key) == "yes":
        value = round(value * weights.outside_dispute_settlement, 4)
    other = tuple(running(agreement, key, parties, on, elsewhere=True))
    return Evidence(agreement, key, value, late, paused, cell, other)


def strongest(agreements: Iterable[Agreement], key: str, weights: Weights, on: dt.date | None = None,
              parties: tuple[str, ...] = ()) -> Best:
    """The strongest present commitment on a key for `parties`: highest strength, then binding before
    best-endeavour; a commitment whose obligation is deferred for any of `parties` on the date does not count,
    but is kept as waiting."""
    ranked: list[Evidence] = []
    waiting: list[Evidence] = []
    unread = []
    floor = -1.0  # the strongest commitment found so far: a cell whose status weight is below it cannot win or tie
    for agreement in agreements:
        cell = agreement.provisions[key]
        if cell.checked == "unchecked":
            unread.append(agreement.id)
        if cell.status == "absent" or (weights.status[cell.status] < floor - EPSILON and not cell.transitions):
            continue
        found = evidence(agreement, key, weights, on, parties)
        if not found.pending:
            floor = max(floor, found.strength)
        (waiting if found.pending else ranked).append(found)
    if not ranked:
        return Best(key, "absent", 0.0, (), tuple(waiting), tuple(unread))
    top = max(ranked, key=lambda e: (e.strength, _RANK[e.provision.status]))  # as `rank` orders results
    ties = tuple(e for e in ranked if abs(e.strength - top.strength) <= EPSILON and e.provision.status == top.provision.status)
    stronger_later = tuple(e for e in waiting if e.strength > top.strength + EPSILON)
    return Best(key, top.provision.status, top.strength, ties, stronger_later, tuple(unread))


def rank(best: Best) -> tuple[float, int]:
    """How strong a commitment is: its strength, then binding before best-endeavour at equal strength."""
    return round(best.strength, 9), _RANK[best.status]


def country_agreements(agreements: Iterable[Agreement], country: str, on: dt.date, include_signed: bool = False) -> list[Agreement]:
    return [as_on(a, on) for a in agreements if a.encoded and bound(a, country, on, include_signed=include_signed)]


def shared_agreements(agreements: Iterable[Agreement], a: str, b: str, on: dt.date, include_signed: bool = False) -> list[Agreement]:
    return [as_on(x, on) for x in agreements if x.encoded and binds_pair(x, a, b, on, include_signed=include_signed)]


def known_not_encoded(agreements: Iterable[Agreement], parties: tuple[str, ...], on: dt.date,
                      include_signed: bool = False) -> list[Agreement]:
    """Catalogue entries that bind every one of the parties on the date: agreements known, provisions not encoded."""
    if len(parties) == 2:
        return [x for x in agreements if not x.encoded and binds_pair(x, *parties, on, include_signed=include_signed)]
    return [x for x in agreements if not x.encoded and all(bound(x, p, on, include_signed=include_signed) for p in parties)]


def between(agreements: Iterable[Agreement], a: str, b: str, on: dt.date, weights: Weights,
            include_signed: bool = False, keys: Iterable[str] = vocab.PROVISION_KEYS) -> tuple[list[Agreement], list[Best]]:
    """The strongest commitment per key that binds the pair, both directions taken together."""
    shared = shared_agreements(agreements, a, b, on, include_signed)
    return shared, [strongest(shared, key, weights, on, (a, b)) for key in keys]


class Directed(NamedTuple):
    """A pair's commitment on one key: `bound` is "both" where it is the same each way, else the party whose
    obligation toward the other the row states."""

    bound: str
    best: Best


def directions(shared: list[Agreement], a: str, b: str, key: str, weights: Weights, on: dt.date) -> list[Directed]:
    """What binds a toward b and b toward a on one key: one row where they agree, two where they differ (a
    transition deferring one party's obligation, a suspension or an exception of one party's)."""
    first = strongest(shared, key, weights, on, (a,))
    second = strongest(shared, key, weights, on, (b,))
    if rank(first) == rank(second) and first.agreements == second.agreements:
        return [Directed("both", strongest(shared, key, weights, on, (a, b)))]
    return [Directed(a, first), Directed(b, second)]


def between_directed(agreements: Iterable[Agreement], a: str, b: str, on: dt.date, weights: Weights,
                     include_signed: bool = False, keys: Iterable[str] = vocab.PROVISION_KEYS) -> tuple[list[Agreement], list[Directed]]:
    shared = shared_agreements(agreements, a, b, on, include_signed)
    return shared, [d for key in keys for d in directions(shared, a, b, key, weights, on)]


def partners_of(agreement: Agreement, country: str, on: dt.date) -> list[str]:
    """The other parties bound by the agreement on the date (the EU as one); of a hub-and-spoke agreement, a
    spoke's only partner is the hub."""
    own = member_dates(agreement, country)
    mine = own[0] if own else country
    return [p for p in agreement.parties if p != mine and bound(agreement, p, on)
            and (agreement.hub is None or agreement.hub in (mine, p))]


def country_view(agreements: Iterable[Agreement], country: str, on: dt.date, weights: Weights,
                 include_signed: bool = False, keys: Iterable[str] = vocab.PROVISION_KEYS) -> tuple[list[Agreement], list[Best]]:
    """The country's own strongest obligation per key, toward anyone (its own exceptions, its own transitions)."""
    mine = country_agreements(agreements, country, on, include_signed)
    return mine, [strongest(mine, key, weights, on, (country,)) for key in keys]


class PartnerRow(NamedTuple):
    partner: str
    best: Best
    bound: str = "both"
    known: tuple[str, ...] = ()  # catalogue entries binding the pair: provisions not encoded


def partners(agreements: list[Agreement], country: str, on: dt.date, weights: Weights,
             keys: Iterable[str] = vocab.PROVISION_KEYS) -> list[PartnerRow]:
    """For every partner the country shares an agreement with on the date (encoded or only catalogued), the
    strongest commitment per key, each direction where they differ."""
    keys = list(keys)
    mine = [a for a in agreements if bound(a, country, on)]
    everyone = sorted({p for a in mine for p in partners_of(a, country, on)})
    rows = []
    for partner in everyone:
        shared = [as_on(a, on) for a in mine if a.encoded and binds_pair(a, country, partner, on)]
        known = tuple(a.id for a in mine if not a.encoded and binds_pair(a, country, partner, on))
        rows += [PartnerRow(partner, d.best, d.bound, known) for key in keys
                 for d in directions(shared, country, partner, key, weights, on)]
    return rows


# --- changes over time ----------------------------------------------------------------------------

class Change(NamedTuple):
    provision: str
    before: Best
    after: Best
    cause: Event | None
    partner: str | None = None


def _same(a: Best, b: Best) -> bool:
    """The same commitment, whichever agreements carry it: another agreement tying it changes nothing."""
    return rank(a) == rank(b)


def _track(view, involved: list[Agreement], parties: tuple[str, ...], start: dt.date, end: dt.date,
           keys: list[str], partner: str | None) -> list[Change]:
    """The keys whose commitment differs between the two dates, each with the last event in between after which
    it took its final form. `view(day, keys)` gives the commitments on a day."""
    before, after = view(start, keys), view(end, keys)
    moved = [(b, a) for b, a in zip(before, after) if not _same(b, a)]
    if not moved:
        return []
    changed = [b.provision for b, _ in moved]
    moments = [e for e in events(involved, parties) if start < e.date <= end]
    cause: dict[str, Event | None] = {}
    state = dict(zip(changed, view(start, changed)))
    for day in sorted({e.date for e in moments}):
        for new in view(day, changed):
            old = state[new.provision]
            if not _same(old, new):
                cause[new.provision] = _cause([e for e in moments if e.date == day], new, old)
            state[new.provision] = new
    return [Change(b.provision, b, a, cause.get(b.provision), partner) for b, a in moved]


def _cause(candidates: list[Event], new: Best, old: Best) -> Event | None:
    """The event of the day that explains a change: one about this provision in an agreement the change
    involves, else one about a whole agreement it involves, else one about any whole agreement or membership."""
    involved = {*new.agreements, *old.agreements, *(e.agreement.id for e in old.waiting + new.waiting)}
    for good in (lambda e: e.agreement in involved and e.key == new.provision,
                 lambda e: e.agreement in involved and e.key is None,
                 lambda e: e.key is None):
        found = [e for e in candidates if good(e)]
        if found:
            return found[0]
    return None


def changes(agreements: list[Agreement], party: str, partner: str | None, start: dt.date, end: dt.date,
            weights: Weights, keys: Iterable[str] = vocab.PROVISION_KEYS, anyone: bool = False) -> list[Change]:
    """What changed between two dates: between a pair (both directions together); or, for one party, its own
    commitments toward each partner (`partner` set on every change); or, with `anyone`, its strongest
    commitment toward anyone."""
    keys = list(keys)
    encoded = [a for a in agreements if a.encoded]
    if partner or anyone:
        mine = [a for a in encoded if member_dates(a, party) and (not partner or member_dates(a, partner))]
        if partner:
            view = lambda day, ks: between(mine, party, partner, day, weights, keys=ks)[1]  # noqa: E731
        else:
            view = lambda day, ks: country_view(mine, party, day, weights, keys=ks)[1]  # noqa: E731
        return _track(view, mine, (party, partner) if partner else (party,), start, end, keys, partner)
    mine = [a for a in encoded if member_dates(a, party)]
    toward = sorted({p for day in (start, end) for a in mine if bound(a, party, day) for p in partners_of(a, party, day)})
    out: list[Change] = []
    for other in toward:
        pair = [a for a in mine if member_dates(a, other)]

        def view(day: dt.date, ks: list[str], pair: list[Agreement] = pair, other: str = other) -> list[Best]:
            shared = shared_agreements(pair, party, other, day)
            return [strongest(shared, key, weights, day, (party,)) for key in ks]

        out += _track(view, pair, (party, other), start, end, keys, other)
    return out


# --- what an agreement changes --------------------------------------------------------------------

class Impact(NamedTuple):
    party: str
    partner: str
    provision: str
    before: Best
    after: Best
    known: tuple[str, ...] = ()  # catalogue entries binding the pair: provisions not encoded


def impact(agreements: list[Agreement], target: Agreement, on: dt.date, weights: Weights, join: str | None = None,
           keys: Iterable[str] = vocab.PROVISION_KEYS) -> list[Impact]:
    """For each pair of the target's parties (or the joining party and each party), each key whose strongest
    commitment changes when the target binds them, against what binds them without it. The target is taken
    as binding every party on the date, as a draft or an accession would."""
    keys = list(keys)
    others = [a for a in agreements if a.id != target.id]
    unencoded = [a for a in others if not a.encoded]
    members = [p for p in target.parties if p != join]
    pairs = [(join, p) for p in members] if join else list(combinations(members, 2))
    if target.hub is not None:  # a hub-and-spoke agreement binds only the hub's pairs
        pairs = [(a, b) for a, b in pairs if target.hub in (a, b)]
    text = as_on(target, on)
    out = []
    for a, b in pairs:
        shared = shared_agreements(others, a, b, on)
        known = tuple(x.id for x in known_not_encoded(unencoded, (a, b), on))
        for key in keys:
            before = strongest(shared, key, weights, on, (a, b))
            after = strongest([*shared, text], key, weights, on, (a, b))
            if not _same(before, after):
                out.append(Impact(a, b, key, before, after, known))
    return out


# --- compose --------------------------------------------------------------------------------------

def compose(agreements: list[Agreement], parties: list[str], on: dt.date, weights: Weights, strategy: str) -> dict[str, Best]:
    """For each key, the commitment a draft for the group starts from.

    common: the weakest of the pairs' strongest in-force commitments (what every pair already has);
    strongest: the strongest commitment any member has in force anywhere.
    """
    chosen: dict[str, Best] = {}
    if strategy == "strongest":
        mine = [as_on(a, on) for a in agreements if a.encoded and any(bound(a, p, on) for p in parties)]
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
            "exceptions": [_without_none(e._asdict()) for e in for_parties(source, tuple(parties)).exceptions],
            "dispute_settlement": origin.provision_ds(key),
            "carve_outs": [_without_none(c._asdict()) for c in for_parties(source, tuple(parties)).carve_outs],
            "source": source.source or origin.source,
            "checked": source.checked,
            "note": f"From {cited} ({strategy} strategy); exception articles are those of {origin.id}."
                    + (f" {origin.id}'s transitions and dates are not copied: a draft states commitments, not history."
                       if source.transitions or source.applies_from or source.applies_until else ""),
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
    return {k: v for k, v in data.items() if v is not None and v != ()}


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
