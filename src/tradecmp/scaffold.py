"""`tradecmp new`: the skeleton of a data file, valid as it is and honest about what is not yet known."""

from __future__ import annotations

from . import vocab


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
