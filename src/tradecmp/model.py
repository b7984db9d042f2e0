"""The data model of an agreement file: pydantic models, closed to unknown keys.

The vocabularies come from `vocab` (the contract in DATA.md); every rule a contributor can break
is checked here, so that `validate` and every loading command report the same problems.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from . import agreement, vocab

# The vocabularies of DATA.md, from one place (vocab), as types pydantic checks.
Status = Literal[vocab.STATUSES]  # type: ignore[valid-type]
ExceptionKind = Literal[vocab.EXCEPTION_KINDS]  # type: ignore[valid-type]
Checked = Literal[vocab.CHECKED]  # type: ignore[valid-type]
AgreementStatus = Literal[vocab.AGREEMENT_STATUSES]  # type: ignore[valid-type]
CarveOutScope = Literal[vocab.CARVE_OUT_SCOPES]  # type: ignore[valid-type]
ProvisionKey = Literal[vocab.PROVISION_KEYS]  # type: ignore[valid-type]

# Strings in data files are short; a cap keeps a hostile file from filling memory or a terminal.
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Prose = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
AgreementId = Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$", max_length=40)]


def _party_code(code: str) -> str:
    if not vocab.is_party_code(code):
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-3 code or EU")
    return code


PartyCode = Annotated[str, AfterValidator(_party_code)]


class Closed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class ExceptionClause(Closed):
    kind: ExceptionKind
    article: Line | None = None
    note: Prose | None = None


class Transition(Closed):
    party: PartyCode
    years: int | None = Field(default=None, ge=0, le=100)
    until: dt.date | None = None
    article: Line | None = None
    note: Prose | None = None


class CarveOut(Closed):
    scope: CarveOutScope
    article: Line | None = None
    note: Prose | None = None


class Provision(Closed):
    status: Status
    article: Line | None = None
    title: Line | None = None
    text: Prose | None = None
    exceptions: list[ExceptionClause] = Field(default_factory=list, max_length=50)
    dispute_settlement: bool | None = None
    transitions: list[Transition] = Field(default_factory=list, max_length=300)
    carve_outs: list[CarveOut] = Field(default_factory=list, max_length=50)
    algorithms: bool | None = None
    applies_from: dt.date | None = None
    applies_until: dt.date | None = None
    instrument: Line | None = None
    source: Prose | None = None
    checked: Checked
    note: Prose | None = None

    @model_validator(mode="after")
    def _present_provisions_cite_their_text(self) -> Provision:
        if self.status != "absent":
            missing = [name for name in ("article", "title", "text") if getattr(self, name) is None]
            if missing:
                raise ValueError(f"a {self.status} provision needs {', '.join(missing)}")
        elif self.exceptions or self.transitions or self.carve_outs:
            raise ValueError("an absent provision has no exceptions, transitions or carve-outs")
        if self.applies_from and self.applies_until and self.applies_until <= self.applies_from:
            raise ValueError("applies_until must be later than applies_from")
        return self


class PartyDates(Closed):
    signed: dt.date | None = None
    in_force: dt.date | None = None
    withdrawn: dt.date | None = None
    accession: bool = False
    note: Prose | None = None


class Agreement(Closed):
    schema_version: Literal[1] = Field(alias="schema")
    id: AgreementId
    name: Line
    aliases: list[Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9.-]*$", max_length=40)]] = Field(
        default_factory=list, max_length=20
    )
    signed: dt.date | None = None
    in_force: dt.date | None = None
    status: AgreementStatus
    chapters: list[Line] = Field(default_factory=list, max_length=50)
    dispute_settlement: bool
    source: Prose
    checked: Checked
    ended: dt.date | None = None
    ended_by: Line | None = None
    note: Prose | None = None
    parties: dict[PartyCode, PartyDates] = Field(max_length=300)
    provisions: dict[ProvisionKey, Provision]

    @model_validator(mode="after")
    def _consistent(self) -> Agreement:
        missing = [k for k in vocab.PROVISION_KEYS if k not in self.provisions]
        if missing:
            raise ValueError(f"provisions: every key of DATA.md must be present (absent ones too); missing {', '.join(missing)}")
        if self.status == "in-force" and self.in_force is None:
            raise ValueError("status is in-force but in_force is not given")
        if self.in_force and self.signed and self.in_force < self.signed:
            raise ValueError("in_force is earlier than signed")
        for key, provision in self.provisions.items():
            if provision.algorithms is not None and key != "source-code":
                raise ValueError(f"provisions.{key}.algorithms: only the source-code provision says whether algorithms are covered")
        return self


def validate(raw: dict) -> agreement.Agreement:
    """Check a parsed data file against the schema (pydantic.ValidationError if it fails) and return the
    plain agreement the rest of tradecmp reads."""
    return agreement.agreement_from(Agreement.model_validate(raw).model_dump())
