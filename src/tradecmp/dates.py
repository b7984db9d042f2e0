"""What applies on a date: who is bound by an agreement, which provisions apply, whose transition runs.

An agreement binds a party from its entry into force for that party until the party withdraws or the
agreement ends. A provision applies between its own `applies_from` and `applies_until` (a protocol, an
amendment, a replaced chapter); outside them it counts as absent. A transition keeps a provision from
binding one party until it ends. Every date-aware command goes through here.
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
    party_a, party_b = member_dates(agreement, a)[0], member_dates(agreement, b)[0]
    return party_a != party_b and agreement.hub in (party_a, party_b)


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
    """A commitment that does not yet bind a party: its transition runs until `until` (None: no end date known)."""

    party: str
    until: dt.date | None


def pending(agreement: Agreement, key: str, parties: tuple[str, ...], on: dt.date) -> list[Pending]:
    """The parties among `parties` whose transition for this provision still runs on the date."""
    out = []
    for t in agreement.provisions[key].transitions:
        covered = [p for p in parties if p == t.party or (t.party == vocab.EU and p in vocab.EU_MEMBERSHIP)]
        if not covered:
            continue
        end = transition_end(agreement, t)
        if end is None or on < end:
            out.append(Pending(t.party, end))
    return out


class Event(NamedTuple):
    """Something that can change what binds a party on a date."""

    date: dt.date
    agreement: str
    what: str


def events(agreements: list[Agreement], parties: tuple[str, ...]) -> list[Event]:
    """Entries into force, accessions, withdrawals, ends, provisions starting or ending, transitions ending."""
    out = []
    for a in agreements:
        found = [member_dates(a, p) for p in parties]
        if not any(found):
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
                out.append(Event(p.applies_from, a.id, f"{a.id} {key} applies" + (f" ({p.instrument})" if p.instrument else "")))
            if p.applies_until:
                out.append(Event(p.applies_until, a.id, f"{a.id} {key} ends"))
            for t in p.transitions:
                end = transition_end(a, t)
                if end and (t.party in parties or (t.party == vocab.EU and any(x in vocab.EU_MEMBERSHIP for x in parties))):
                    out.append(Event(end, a.id, f"{a.id} transition for {t.party} ends ({key})"))
    return sorted(set(out))
