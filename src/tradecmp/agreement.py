"""The agreement as the rest of tradecmp reads it: plain, immutable named tuples.

`model.py` validates a data file with pydantic and hands over one of these; the cache stores them, so
a warm run needs no pydantic at all. The fields mirror the data format (docs/data-format.md). Named
tuples rather than dataclasses because they are created and unpickled several times faster, and start-up
is what a command-line tool is judged by (docs/performance.md).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple


class ExceptionClause(NamedTuple):
    kind: str
    article: str | None = None
    note: str | None = None


class Transition(NamedTuple):
    party: str
    years: int | None = None
    until: dt.date | None = None
    article: str | None = None
    note: str | None = None


class CarveOut(NamedTuple):
    scope: str
    article: str | None = None
    note: str | None = None


class Provision(NamedTuple):
    status: str
    checked: str
    article: str | None = None
    title: str | None = None
    text: str | None = None
    exceptions: tuple[ExceptionClause, ...] = ()
    dispute_settlement: bool | None = None
    transitions: tuple[Transition, ...] = ()
    carve_outs: tuple[CarveOut, ...] = ()
    algorithms: bool | None = None
    applies_from: dt.date | None = None
    applies_until: dt.date | None = None
    instrument: str | None = None
    source: str | None = None
    note: str | None = None

    @property
    def exception_kinds(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.kind for e in self.exceptions))


class PartyDates(NamedTuple):
    signed: dt.date | None = None
    in_force: dt.date | None = None
    withdrawn: dt.date | None = None
    accession: bool = False
    note: str | None = None


class Agreement(NamedTuple):
    id: str
    name: str
    status: str
    dispute_settlement: bool
    source: str
    checked: str
    parties: dict[str, PartyDates]
    provisions: dict[str, Provision]
    aliases: tuple[str, ...] = ()
    signed: dt.date | None = None
    in_force: dt.date | None = None
    chapters: tuple[str, ...] = ()
    ended: dt.date | None = None
    ended_by: str | None = None
    note: str | None = None

    def provision_ds(self, key: str) -> bool:
        """Whether the agreement's dispute settlement can enforce this provision."""
        own = self.provisions[key].dispute_settlement
        return self.dispute_settlement if own is None else own


def provision_from(data: dict) -> Provision:
    return Provision(
        **{
            **data,
            "exceptions": tuple(ExceptionClause(**e) for e in data.get("exceptions", ())),
            "transitions": tuple(Transition(**t) for t in data.get("transitions", ())),
            "carve_outs": tuple(CarveOut(**c) for c in data.get("carve_outs", ())),
        }
    )


def agreement_from(data: dict) -> Agreement:
    """Build from validated data (pydantic's model_dump): nothing is checked here."""
    fields = {k: v for k, v in data.items() if k not in ("schema_version", "schema", "parties", "provisions")}
    return Agreement(
        **{**fields, "aliases": tuple(fields.get("aliases", ())), "chapters": tuple(fields.get("chapters", ()))},
        parties={code: PartyDates(**dates) for code, dates in data["parties"].items()},
        provisions={key: provision_from(p) for key, p in data["provisions"].items()},
    )
