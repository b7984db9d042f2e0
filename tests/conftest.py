"""Shared fixtures: a CLI runner at a fixed width with no colour, and a builder of agreement files."""

from __future__ import annotations

import copy
import datetime as dt
import os
from pathlib import Path

import pytest
import tomli_w
from typer.testing import CliRunner

from tradecmp.vocab import PROVISION_KEYS


REQUIRE_TEXTS = os.environ.get("TRADECMP_REQUIRE_TEXTS") == "1"  # CI sets it: missing texts fail, never skip
TEXTS = Path(__file__).resolve().parents[2] / "shared" / "texts"


def need_texts(*names: str) -> None:
    """Skip a test whose treaty copies are not beside this checkout; fail it instead under TRADECMP_REQUIRE_TEXTS=1."""
    missing = [name for name in names or ("",) if not (TEXTS / name).exists()]
    if missing:
        message = f"the treaty texts are not at {TEXTS} (missing: {', '.join(m or '.' for m in missing)})"
        if REQUIRE_TEXTS:
            pytest.fail(message + "; TRADECMP_REQUIRE_TEXTS=1 makes this a failure")
        pytest.skip(message)


@pytest.fixture(scope="session")
def _shared_cache(tmp_path_factory) -> Path:
    """One cache for the whole run: the bundled files are validated once, not once per test. A test that needs
    an empty cache sets TRADECMP_CACHE_DIR itself."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _pinned_environment(monkeypatch, tmp_path_factory, _shared_cache):
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.delenv("TRADECMP_DATA_DIRS", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TRADECMP_NO_CACHE", raising=False)
    monkeypatch.setenv("TRADECMP_CACHE_DIR", str(_shared_cache))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))  # the user's app folder


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def agreement_data(id_: str = "XYZDEA", **overrides) -> dict:
    """A valid agreement: binding data flows with a reviewable exception, everything else absent."""
    data = {
        "schema": 1,
        "id": id_,
        "name": f"Example agreement {id_}",
        "aliases": [],
        "signed": dt.date(2030, 5, 1),
        "in_force": dt.date(2031, 1, 1),
        "status": "in-force",
        "chapters": ["Chapter 3 Digital Trade"],
        "dispute_settlement": True,
        "source": "https://example.org/text.pdf",
        "checked": "text",
        "parties": {"AUS": {"in_force": dt.date(2031, 1, 1)}, "NZL": {"in_force": dt.date(2031, 3, 15)}},
        "provisions": {key: {"status": "absent", "checked": "text"} for key in PROVISION_KEYS},
    }
    data["provisions"]["cross-border-data-flows"] = {
        "status": "binding",
        "article": "3.7",
        "title": "Cross-Border Transfer of Information",
        "text": "Each Party shall allow the cross-border transfer of information by electronic means",
        "exceptions": [{"kind": "public-policy", "article": "3.7.3"}],
        "checked": "text",
    }
    for key, value in overrides.items():
        data[key] = value
    return data


def write_agreement(folder: Path, data: dict, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or f"{data['id'].lower()}.toml")
    path.write_bytes(tomli_w.dumps(data).encode("utf-8"))
    return path


@pytest.fixture
def make_agreement():
    def make(id_: str = "XYZDEA", **overrides) -> dict:
        return copy.deepcopy(agreement_data(id_, **overrides))

    return make


@pytest.fixture
def user_dir(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder
