"""The records of a data file, declared once: plain, immutable named tuples.

These declarations are the data format (docs/data-format.md). `model.py` builds its pydantic validators
from them, and the cache stores them, so a warm run imports no pydantic at all. Named tuples rather than
dataclasses because they are created and unpickled several times faster (docs/performance.md).

Annotations stay strings at run time (`from __future__ import annotations`): only `model.py` evaluates
them. `Line`, `Prose`, `PartyCode` and the vocabularies name the constraints it applies.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, NamedTuple

from . import vocab

# Constraint names, applied by model.py. Strings in data files are short; a cap keeps a hostile file from
# filling memory or a terminal.
Line = Annotated[str, "line"]  # at most 300 characters: an article, a title, a name
Prose = Annotated[str, "prose"]  # at most 4,000 characters: a note, a quotation
PartyCode = Annotated[str, "party"]  # ISO 3166-1 alpha-3, or EU
AgreementId = Annotated[str, "agreement-id"]
Alias = Annotated[str, "alias"]
Status = Literal[vocab.STATUSES]  # type: ignore[valid-type]
ExceptionKind = Literal[vocab.EXCEPTION_KINDS]  # type: ignore[valid-type]
Checked = Literal[vocab.CHECKED]  # type: ignore[valid-type]
AgreementStatus = Literal[vocab.AGREEMENT_STATUSES]  # type: ignore[valid-type]
CarveOutScope = Literal[vocab.CARVE_OUT_SCOPES]  # type: ignore[valid-type]
TransitionKind = Literal[vocab.TRANSITION_KINDS]  # type: ignore[valid-type]
ProvisionKey = Literal[vocab.PROVISION_KEYS]  # type: ignore[valid-type]
Years = Annotated[int, "years"]


class ExceptionClause(NamedTuple):
    kind: ExceptionKind
    article: Line | None = None
    note: Prose | None = None
    # Only these parties' measures are covered (the Treaty of Waitangi clause: NZL); empty: every party's.
    parties: tuple[PartyCode, ...] = ()


class Transition(NamedTuple):
    """A period for one party. `obligation`: the party need not apply `paragraph` (or, without it, the
    provision) until the end. `dispute-settlement`: the obligation binds from entry into force, but the party's
    measures (as the note says, e.g. existing measures) cannot be taken to dispute settlement until the end."""

    party: PartyCode
    years: Years | None = None
    until: dt.date | None = None
    article: Line | None = None
    note: Prose | None = None
    kind: TransitionKind = "obligation"
    paragraph: Line | None = None


class CarveOut(NamedTuple):
    scope: CarveOutScope
    article: Line | None = None
    note: Prose | None = None
    parties: tuple[PartyCode, ...] = ()  # only these parties' measures; empty: every party's


class Provision(NamedTuple):
    status: Status
    checked: Checked
    article: Line | None = None
    title: Line | None = None
    text: Prose | None = None
    exceptions: tuple[ExceptionClause, ...] = ()
    dispute_settlement: bool | None = None
    transitions: tuple[Transition, ...] = ()
    carve_outs: tuple[CarveOut, ...] = ()
    algorithms: bool | None = None
    applies_from: dt.date | None = None
    applies_until: dt.date | None = None
    instrument: Line | None = None
    source: Prose | None = None
    note: Prose | None = None
    # A condition the commitment depends on, in a few words (USMCA 17.18: regulators' access to the information).
    condition: Prose | None = None

    @property
    def exception_kinds(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.kind for e in self.exceptions))


class PartyDates(NamedTuple):
    signed: dt.date | None = None
    in_force: dt.date | None = None
    withdrawn: dt.date | None = None
    accession: bool = False
    note: Prose | None = None


class Agreement(NamedTuple):
    schema: Literal[1]
    id: AgreementId
    name: Line
    status: AgreementStatus
    source: Prose
    checked: Checked
    parties: dict[PartyCode, PartyDates]
    provisions: dict[ProvisionKey, Provision] = {}  # noqa: RUF012 - empty only for a catalogue entry
    dispute_settlement: bool = True
    aliases: tuple[Alias, ...] = ()
    signed: dt.date | None = None
    in_force: dt.date | None = None
    chapters: tuple[Line, ...] = ()
    has_dispute_settlement: bool = True
    ended: dt.date | None = None
    ended_by: Line | None = None
    note: Prose | None = None
    language: Line | None = None  # of the text read, when not English (e.g. "es"): quotations are in it
    # False for a catalogue entry: an agreement known (parties, dates, source) whose provisions are not encoded.
    encoded: bool = True
    # The agreement whose provisions this one incorporates (a UK continuity agreement: EU-KOR), the clause that does
    # it, and how that clause was checked. Its cells are the other's, by reference (incorporation.py).
    incorporates: AgreementId | None = None
    incorporation: Prose | None = None
    incorporation_checked: Checked = "unchecked"
    # A hub-and-spoke agreement binds only pairs that include this party (Mexico-Central America binds Mexico
    # and each Central American State, not those States among themselves); None: every pair of its parties.
    hub: PartyCode | None = None

    def __repr__(self) -> str:  # the full record runs to tens of thousands of characters
        return (f"<Agreement {self.id}: {self.name[:60] + '...' if len(self.name) > 60 else self.name}; "
                f"{len(self.parties)} parties, {len(self.provisions)} provisions, {self.status}>")

    def provision_ds(self, key: str) -> bool:
        """Whether the agreement's dispute settlement can enforce this provision."""
        own = self.provisions[key].dispute_settlement
        return self.has_dispute_settlement and (self.dispute_settlement if own is None else own)

    def ds_reach(self, key: str) -> str:
        """`yes`; `excluded` (the agreement has dispute settlement, this provision is outside it); `none` (it has none)."""
        if not self.has_dispute_settlement:
            return "none"
        return "yes" if self.provision_ds(key) else "excluded"


RECORDS = (ExceptionClause, Transition, CarveOut, Provision, PartyDates, Agreement)
