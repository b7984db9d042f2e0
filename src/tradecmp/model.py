"""Validation of a data file: pydantic models generated from the records of `agreement.py`, then the rules
that span fields. Only a cold load imports this module (and pydantic).

`check(raw)` returns the agreement or the list of problems, each `field: message`; `catalog.py` turns them
into `path: schema ...` lines, for `validate` and every loading command alike.
"""

from __future__ import annotations

import functools
import types
import typing
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationError, create_model

from . import agreement as records
from . import vocab

_MAX_ITEMS = {"exceptions": 50, "transitions": 300, "carve_outs": 50, "aliases": 20, "chapters": 50, "parties": 300}


def _party_code(code: str) -> str:
    if not vocab.is_party_code(code):
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-3 code or EU")
    return code


_CONSTRAINTS = {
    "line": StringConstraints(strip_whitespace=True, min_length=1, max_length=300),
    "prose": StringConstraints(strip_whitespace=True, min_length=1, max_length=4000),
    "agreement-id": StringConstraints(pattern=r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$", max_length=40),
    "alias": StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9.-]*$", max_length=40),
    "party": AfterValidator(_party_code),
    "years": Field(ge=0, le=100),
}


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def _pydantic_type(hint: Any) -> Any:
    """The pydantic type for a record annotation: records become models, tuples lists, names constraints."""
    origin = get_origin(hint)
    if origin is Annotated:
        base, *marks = get_args(hint)
        return Annotated[(_pydantic_type(base), *(_CONSTRAINTS[m] for m in marks))]
    if isinstance(hint, type) and hint in records.RECORDS:
        return _model(hint)
    if origin in (Union, types.UnionType):
        return Union[tuple(_pydantic_type(a) for a in get_args(hint))]
    if origin is tuple:
        return list[_pydantic_type(get_args(hint)[0])]
    if origin is dict:
        key, value = get_args(hint)
        return dict[_pydantic_type(key), _pydantic_type(value)]
    return hint


@functools.cache
def _model(record: type) -> type[BaseModel]:
    hints = typing.get_type_hints(record, include_extras=True)
    fields = {}
    for name in record._fields:
        default = record._field_defaults.get(name, ...)
        extra = {"max_length": _MAX_ITEMS[name]} if name in _MAX_ITEMS else {}
        if name == "schema":  # BaseModel has a `schema` attribute of its own
            fields["schema_"] = (_pydantic_type(hints[name]), Field(default, alias="schema"))
        else:
            fields[name] = (_pydantic_type(hints[name]), Field(list(default) if isinstance(default, tuple) else default, **extra))
    return create_model(record.__name__, __base__=_Closed, **fields)


def _plain(value: Any) -> Any:
    """A validated model as the plain record it was generated from."""
    if isinstance(value, BaseModel):
        record = _RECORD_OF[type(value)]
        return record(*(_plain(getattr(value, "schema_" if n == "schema" else n)) for n in record._fields))
    if isinstance(value, list):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


_RECORD_OF = {_model(r): r for r in records.RECORDS}
AgreementModel = _model(records.Agreement)


def rules(a: records.Agreement) -> list[str]:
    """The rules that span fields, as `field: message`."""
    problems = []
    missing = [k for k in vocab.PROVISION_KEYS if k not in a.provisions]
    if not a.encoded or a.incorporates:
        if a.provisions:
            problems.append("provisions: a catalogue entry (encoded = false) or an agreement that incorporates another "
                            "has no provisions of its own")
        missing = []
    if a.incorporates and not a.encoded:
        problems.append("incorporates: an agreement that incorporates another's provisions is encoded through them")
    if a.incorporates and not a.incorporation:
        problems.append("incorporation: name and quote the clause that incorporates the other agreement")
    if missing:
        problems.append(f"provisions: every provision key must be present (absent ones too); missing {', '.join(missing)}")
    if a.status == "in-force" and a.in_force is None:
        problems.append("in_force: status is in-force but in_force is not given")
    if a.in_force and a.signed and a.in_force < a.signed:
        problems.append("in_force: earlier than signed")
    if a.ended and a.in_force and a.ended <= a.in_force:
        problems.append("ended: not later than in_force")
    if a.hub is not None and a.hub not in a.parties:
        problems.append(f"hub: {a.hub} is not one of the parties")
    for key, p in a.provisions.items():
        where = f"provisions.{key}"
        if p.status != "absent":
            # An unchecked cell may leave out an article number nobody has read: better none than a guess.
            lacking = [name for name in ("article", "title", "text") if getattr(p, name) is None
                       and not (name == "article" and p.checked == "unchecked")]
            if lacking:
                problems.append(f"{where}: a {p.status} provision needs {', '.join(lacking)}")
        elif p.exceptions or p.transitions or p.carve_outs:
            problems.append(f"{where}: an absent provision has no exceptions, transitions or carve-outs")
        if p.algorithms is not None and key != "source-code":
            problems.append(f"{where}.algorithms: only the source-code provision says whether algorithms are covered")
        if p.applies_from and p.applies_until and p.applies_until <= p.applies_from:
            problems.append(f"{where}.applies_until: must be later than applies_from")
        if p.instrument and not p.applies_from:
            problems.append(f"{where}.instrument: names what brought the provision in, so it needs applies_from")
    return problems


class SchemaProblems(Exception):
    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


def _location(loc: tuple) -> str:
    parts = [str(p) for p in loc if not str(p).startswith(("function-", "list[", "dict[", "literal[", "union[")) and p != "[key]"]
    return ".".join(parts).replace("schema_", "schema") or "(top level)"


def _describe(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_FIELDS = sorted({name for record in records.RECORDS for name in record._fields})


def _near_miss(error: dict) -> str:
    """`; did you mean 'binding'?` for a mistyped value or key, or nothing."""
    import difflib
    import re

    wanted = error.get("input")
    if error["type"] == "extra_forbidden":
        wanted, choices = error["loc"][-1], _FIELDS
    elif error["type"] == "literal_error":
        choices = re.findall(r"'([^']*)'", error.get("ctx", {}).get("expected", ""))
    else:
        return ""
    if not isinstance(wanted, str):
        return ""
    close = difflib.get_close_matches(wanted, choices, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def check(raw: dict) -> records.Agreement:
    """Validate a parsed data file; SchemaProblems lists every problem found."""
    try:
        model = AgreementModel.model_validate(raw)
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False):
            message = error["msg"].removeprefix("Value error, ")
            hint = _near_miss(error)
            if error["type"] == "extra_forbidden":
                message = "is not a field of the data format (see docs/data-format.md)"
            elif error["type"] == "literal_error" and hint:
                expected = error.get("ctx", {}).get("expected", "")
                allowed = f"one of {expected}" if len(expected) <= 80 else "allowed here"
                message = f"{_describe(error['input'])} is not {allowed}"
            elif error["type"] not in ("value_error", "missing") and "input" in error:
                message = f"{message}, got {_describe(error['input'])}"
            problems.append(f"{_location(error['loc'])}: {message}{hint}")
        raise SchemaProblems(problems) from None
    agreement = _plain(model)
    problems = rules(agreement)
    if problems:
        raise SchemaProblems(problems)
    return agreement


def json_schema() -> dict:
    return AgreementModel.model_json_schema(by_alias=True)

