"""`tradecmp new`: the skeleton of a data file, valid as it is and honest about what is not yet known."""

from __future__ import annotations

import re

from . import vocab
from .errors import UsageError

ID_PATTERN = re.compile(r"[A-Z][A-Z0-9]*(-[A-Z0-9]+)*")  # as model.py declares an agreement id


def agreement_id(text: str, option: str = "ID") -> str:
    """A new agreement's id in upper case, or a usage error saying what an id may be."""
    value = text.strip().upper()
    if not ID_PATTERN.fullmatch(value) or len(value) > 40:
        raise UsageError(f"{option}: {text!r} is not an agreement id: letters and digits, starting with a letter, "
                         "parts joined by '-' (e.g. XYZDEA, KOR-SGP)")
    return value


def scaffold(agreement_id: str, name: str | None = None) -> dict:
    return {
        "schema": 1,
        "id": agreement_id,
        "name": name or f"TODO: the full name of {agreement_id}",
        "aliases": [],
        "status": "signed",
        "chapters": [],
        "dispute_settlement": True,
        "source": "TODO: the text you read (URL, or repository and path)",
        "checked": "unchecked",
        "note": "TODO: add signed and in_force dates, and a [parties.XXX] table for each party with its own dates.",
        "parties": {},
        "provisions": {
            key: {"status": "absent", "checked": "unchecked", "note": f"TODO: {vocab.PROVISION_CATEGORIES[key]} provision"}
            for key in vocab.PROVISION_KEYS
        },
    }
