"""What applies on a date: who is bound by an agreement, which provisions apply, whose transition runs.

An agreement binds a party from its entry into force for that party until the party withdraws or the
agreement ends. A provision applies between its own `applies_from` and `applies_until` (a protocol, an
amendment, a replaced chapter); outside them it counts as absent. A transition of kind `obligation` keeps the
paragraph it names (or the whole provision) from binding one party until it ends; one of kind `dispute-settlement`
leaves the obligation binding but out of a panel's reach for the period. Every date-aware command goes through here.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from . import vocab

if TYPE_CHECKING:
    from .agreement import Agreement, PartyDates, Provision, Transition


def member_dates(agreement: Agreement, country: str) -> tuple[str, PartyDates] | None:
    """The party entry through which a country belongs to an agreement (itself, or the EU for a member state)."""
    if country in agreement.parties:
        return country, agreement.parties[country]
    if country in vocab.EU_MEMBERSHIP and vocab.EU in agreement.parties:
        return vocab.EU, agreement.parties[vocab.EU]
    return None


def eu_member_on(country: str, on: dt.date) -> bool:
    joined, left = vocab.EU_MEMBERSHIP[country]
    return dt.date.fromisoformat(joined) <= on and (left is None or on < dt.date.fromisoformat(left))


def bound(agreement: Agreement, country: str, on: dt.date, *, include_signed: bool = False) -> bool:
    """Is the country bound by the agreement on that date (or, with include_signed, has it signed)?"""
    found = member_dates(agreement, country)
    if found is None:
        return False
    party, dates = found
    if party == vocab.EU and country != vocab.EU and not eu_member_on(country, on):
        return False
    if dates.withdrawn is not None and dates.withdrawn <= on:
        return False
    if agreement.ended is not None and agreement.ended <= on:
        return False
    if dates.in_force is not None and dates.in_force <= on:
        return True
    if include_signed:
        signed = dates.signed or agreement.signed
        return signed is not None and signed <= on
    return False


def binds_pair(agreement: Agreement, a: str, b: str, on: dt.date, *, include_signed: bool = False) -> bool:
    """Does the agreement bind the two countries to each other on that date: both bound and, for a hub-and-spoke
    agreement, one of them the hub (its spokes are not bound to each other)."""
    if not (bound(agreement, a, on, include_signed=include_signed) and bound(agreement, b, on, include_signed=include_signed)):
        return False
    if agreement.hub is None:
        return True
    found_a, found_b = member_dates(agreement, a), member_dates(agreement, b)
    if found_a is None or found_b is None:
        return False
    return found_a[0] != found_b[0] and agreement.hub in (found_a[0], found_b[0])


def applies(provision: Provision, on: dt.date) -> bool:
    return (provision.applies_from is None or provision.applies_from <= on) and (
        provision.applies_until is None or on < provision.applies_until
    )


def as_on(agreement: Agreement, on: dt.date | None) -> Agreement:
    """The agreement as its text stood on a date: provisions outside their dates become absent."""
    if on is None or all(applies(p, on) for p in agreement.provisions.values()):
        return agreement
    provisions = {}
    for key, p in agreement.provisions.items():
        if applies(p, on):
            provisions[key] = p
            continue
        when = f"applies from {p.applies_from}" if p.applies_from and on < p.applies_from else f"applied until {p.applies_until}"
        by = f" ({p.instrument})" if p.instrument else ""
        provisions[key] = p._replace(status="absent", exceptions=(), transitions=(), carve_outs=(), algorithms=None,
                                     note=f"On {on}: not yet or no longer in force; {p.status} {p.article} {when}{by}.")
    return agreement._replace(provisions=provisions)


def transition_end(agreement: Agreement, transition: Transition) -> dt.date | None:
    """When a party's transition ends: its own date, or its years counted from entry into force for that party."""
    if transition.until is not None:
        return transition.until
    if transition.years is None:
        return None
    found = member_dates(agreement, transition.party)
    start = (found[1].in_force if found else None) or agreement.in_force
    if start is None:
        return None
    try:
        return start.replace(year=start.year + transition.years)
    except ValueError:  # 29 February
        return start.replace(year=start.year + transition.years, day=28)


class Pending(NamedTuple):
    """A period that runs for a party on a date: an obligation deferred (a transition) or, for `kind`
    dispute-settlement, an obligation that binds but cannot be taken to dispute settlement. `until` None: no end
    date known."""

    party: str
    until: dt.date | None
    kind: str = "obligation"
    article: str | None = None
    note: str | None = None


def covers_party(code: str, parties: tuple[str, ...]) -> bool:
    """Whether a clause naming `code` reaches one of `parties` (a clause of the EU reaches its member states)."""
    return any(p == code or (code == vocab.EU and p in vocab.EU_MEMBERSHIP) for p in parties)


def _paragraph(reference: str) -> str:
    return reference.strip().lower().removeprefix("article").strip()


def covers(paragraph: str | None, article: str | None) -> bool:
    """Whether a transition for `paragraph` reaches a cell that quotes `article`: 12.9 reaches 12.9.1 and 12.9(a);
    12.9.2 does not reach 12.9.1. No paragraph named: the whole cell."""
    if paragraph is None or article is None:
        return True
    p, a = _paragraph(paragraph), _paragraph(article)
    return a == p or a.startswith((p + ".", p + "(", p + " "))


def running(agreement: Agreement, key: str, parties: tuple[str, ...], on: dt.date, kind: str = "obligation",
            elsewhere: bool = False) -> list[Pending]:
    """The periods of one kind that still run on the date for any of `parties`. A deferral counts only where it
    reaches the paragraph the cell quotes; with `elsewhere`, only the deferrals of other paragraphs."""
    provision = agreement.provisions[key]
    out = []
    for t in provision.transitions:
        if t.kind != kind or not covers_party(t.party, parties):
            continue
        if kind == "obligation" and covers(t.paragraph, provision.article) == elsewhere:
            continue
        end = transition_end(agreement, t)
        if end is None or on < end:
            out.append(Pending(t.party, end, t.kind, t.article, t.note))
    return out


def pending(agreement: Agreement, key: str, parties: tuple[str, ...], on: dt.date) -> list[Pending]:
    """The parties among `parties` whose obligation on this provision is still deferred on the date."""
    return running(agreement, key, parties, on, "obligation")


def suspended(agreement: Agreement, key: str, parties: tuple[str, ...], on: dt.date) -> list[Pending]:
    """The parties among `parties` whose measures cannot yet be taken to dispute settlement on this provision."""
    return running(agreement, key, parties, on, "dispute-settlement")


def in_force_for(agreement: Agreement, country: str | None) -> dt.date | None:
    """When the agreement entered into force for the country (its accession, or the EU's date for a member), or
    for the agreement as a whole without a country. The one answer every view gives."""
    if country:
        found = member_dates(agreement, country)
        if found and found[1].in_force:
            return found[1].in_force
    return agreement.in_force


class Event(NamedTuple):
    """Something that can change what binds a party on a date; `key` names the provision it concerns, if one."""

    date: dt.date
    agreement: str
    what: str
    key: str | None = None


def _eu_events(parties: tuple[str, ...]) -> list[Event]:
    out = []
    for p in parties:
        if p in vocab.EU_MEMBERSHIP:
            joined, left = vocab.EU_MEMBERSHIP[p]
            out.append(Event(dt.date.fromisoformat(joined), vocab.EU, f"{p} joined the EU's agreements"))
            if left:
                out.append(Event(dt.date.fromisoformat(left), vocab.EU, f"{p} no longer bound by the EU's agreements"))
    return out


def events(agreements: list[Agreement], parties: tuple[str, ...]) -> list[Event]:
    """Entries into force, accessions, withdrawals, ends, provisions starting or ending, transitions ending, and
    a party joining or leaving the EU. With two parties, only agreements that name both."""
    out = _eu_events(parties)
    for a in agreements:
        found = [member_dates(a, p) for p in parties]
        if not all(found) if len(parties) > 1 else not any(found):
            continue
        for party, dates in filter(None, found):
            if dates.in_force:
                kind = "accession" if dates.accession else "entry into force"
                out.append(Event(dates.in_force, a.id, f"{a.id} {kind} for {party}"))
            if dates.withdrawn:
                out.append(Event(dates.withdrawn, a.id, f"{party} withdrew from {a.id}"))
        if a.ended:
            out.append(Event(a.ended, a.id, f"{a.id} ended" + (f" ({a.ended_by})" if a.ended_by else "")))
        for key, p in a.provisions.items():
            if p.applies_from:
                out.append(Event(p.applies_from, a.id, f"{a.id} {key} applies" + (f" ({p.instrument})" if p.instrument else ""), key))
            if p.applies_until:
                out.append(Event(p.applies_until, a.id, f"{a.id} {key} ends", key))
            for t in p.transitions:
                end = transition_end(a, t)
                if end and covers_party(t.party, parties):
                    what = "transition" if t.kind == "obligation" else "dispute-settlement suspension"
                    out.append(Event(end, a.id, f"{a.id} {what} for {t.party} ends ({key})", key))
    return sorted(set(out))
