"""The bundled data: every cell cites, and quotations marked `text` are found in the treaty texts at hand.

The texts live in ../shared/texts beside the repository (they are sources, not project files).
"""

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

import tradecmp

from tradecmp.catalog import load_catalog
from tradecmp.vocab import PROVISION_KEYS

from conftest import TEXTS, need_texts
# The one map from agreements to the copies in ../shared/texts that hold their chapters: the pinned cells'
# files (tests/data_pins.tsv), plus the chapter copies of the seed agreements.
PINS_FILE = Path(__file__).with_name("data_pins.tsv")
PINS = [tuple(line.split("\t")) for line in PINS_FILE.read_text("utf-8").splitlines() if line and not line.startswith("#")]
TEXT_FILES: dict[str, set[str]] = {}
for _pin in PINS:
    if _pin[6]:
        TEXT_FILES.setdefault(_pin[0], set()).add(_pin[6])
for _id, _pattern in {"TPP": "tpp-*", "CPTPP": "tpp-*", "KORUS": "korus-*", "CKFTA": "ckfta-*", "RCEP": "rcep-*"}.items():
    TEXT_FILES.setdefault(_id, set()).update(p.name for p in TEXTS.glob(_pattern))


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def _verified(agreement, files) -> dict[str, dict]:
    """verify's result for each present cell, against the copies named (tradecmp's own `verify`)."""
    from tradecmp.verification import verify

    return {row["provision"]: row for row in verify([agreement], {agreement.id: [TEXTS / f for f in sorted(files)]}).rows}


def _place_explained(provision) -> bool:
    """A cell may sit under another heading in a copy only where its note says the copy lost the heading."""
    return "heading line is missing" in (provision.note or "")


@pytest.mark.parametrize("agreement_id", sorted(TEXT_FILES))
def test_quotations_checked_against_the_text_are_in_the_text(catalog, agreement_id):
    """Every `text` cell read in the copies at hand quotes words that `tradecmp verify` finds in them, under
    its article (cells with a source of their own were read elsewhere and are left to their pins)."""
    need_texts(*TEXT_FILES[agreement_id])
    agreement = catalog.agreements[agreement_id]
    results = _verified(agreement, TEXT_FILES[agreement_id])
    checked = {k for k, p in agreement.provisions.items() if p.checked == "text" and p.text and not p.source and p.status != "absent"}
    failures = {k: results[k]["result"] for k in checked if results[k]["result"] == "not-found"
                or (results[k]["result"] == "article-differs" and not _place_explained(agreement.provisions[k]))}
    assert failures == {}


def test_every_agreement_has_every_key_and_present_cells_cite(catalog):
    assert len(catalog.agreements) >= 70
    for agreement in catalog.agreements.values():
        assert set(agreement.provisions) == (set(PROVISION_KEYS) if agreement.encoded else set()), agreement.id
        for key, p in agreement.provisions.items():
            if p.status != "absent":
                assert p.text and (p.source or agreement.source), (agreement.id, key)
                assert p.article or p.checked == "unchecked", (agreement.id, key)  # a read cell cites its article


# Cells pinned to the article and key phrase of the text, with how each was checked (tests/data_pins.tsv):
# `text` = read in the treaty text; `secondary` = read in an analysis that quotes it. A change to one of these is
# a change to what analysts quote, so it must be a deliberate change there too.

# Agreements none of whose present cells could yet be read in a treaty text or in a source that quotes one
# (no copy is at hand; see docs/sources.md). A cell that gets checked must then be pinned.
# The UK continuity agreements whose incorporating clause was not read (no copy at hand) carry the EU agreement's
# cells as `unchecked` by reference.
NOT_YET_READ = {"AECA", "AUKFTA", "KSDPA", "SADEA", "UKVFTA", "GBR-KOR", "GBR-CHL", "GBR-COL-ECU-PER",
                "GBR-CENTRAL-AMERICA", "GBR-CARIFORUM", "GBR-GEO"}


@pytest.mark.parametrize("agreement_id, key, status, article, phrase, checked, text_file", PINS)
def test_pinned_cells(catalog, agreement_id, key, status, article, phrase, checked, text_file):
    cell = catalog.agreements[agreement_id].provisions[key]
    assert (cell.status, cell.article.startswith(article), phrase in cell.text, cell.checked) == (status, True, True, checked)
    if text_file:
        need_texts(text_file)
        pin = SimpleNamespace(id=agreement_id, aliases=(), provisions={key: cell._replace(text=phrase)})
        result = _verified(pin, [text_file])[key]
        assert result["result"] == "ok" or (result["result"] == "article-differs" and _place_explained(cell)), result


def test_every_agreement_is_pinned_declared_unread_or_has_nothing_present(catalog):
    pinned = {pin[0] for pin in PINS}
    assert pinned.isdisjoint(NOT_YET_READ)
    # an agreement that incorporates another is checked through the agreement it incorporates
    rest = {a for a in set(catalog.agreements) - pinned - NOT_YET_READ if not catalog.agreements[a].incorporates}
    assert {a for a in rest if any(p.status != "absent" for p in catalog.agreements[a].provisions.values())} == set()


@pytest.mark.parametrize("agreement_id", sorted(NOT_YET_READ))
def test_unread_agreements_claim_no_checked_cell(catalog, agreement_id):
    claims = {k: p.checked for k, p in catalog.agreements[agreement_id].provisions.items()
              if p.checked == "text" and p.status != "absent"}
    assert claims == {}


def test_the_data_speaks_to_its_readers(catalog):
    """No local paths, no words about how the data was made, and an article field holds only an article."""
    import tomllib

    from tradecmp.catalog import bundled_dir

    workplace = re.compile(r"/work/|/home/|/tmp/|\bin this session\b|\bthe store\b|\bverifier\b|\bhelper\b|2026 check", re.I)
    for path in sorted(bundled_dir().glob("*.toml")):
        text = path.read_text("utf-8")
        assert not workplace.search(text), (path.name, workplace.search(text).group())
        for key, cell in tomllib.loads(text).get("provisions", {}).items():
            assert "?" not in (cell.get("article") or "") and "unconfirmed" not in (cell.get("article") or ""), (path.name, key)


def test_rcep_electronic_commerce_sits_outside_dispute_settlement(catalog):
    rcep = catalog.agreements["RCEP"]
    assert not rcep.provision_ds("cross-border-data-flows") and rcep.ds_reach("data-localisation") == "excluded"
    assert rcep.ds_reach("financial-data") == "yes"  # Annex 8A is under Chapter 19
    kinds = rcep.provisions["data-localisation"].exception_kinds
    assert "public-policy-self-judging" in kinds and "security-self-judging" in kinds
    # The rule that puts Chapter 12 outside Chapter 19, as the agreement's note quotes it, stands in the text
    # under Article 12.17.
    phrase = "No Party shall have recourse to dispute settlement under Chapter 19"
    assert phrase in rcep.note
    need_texts("rcep-chapter-12.md")
    cell = rcep.provisions["cross-border-data-flows"]._replace(text=phrase, article="12.17.3")
    pin = SimpleNamespace(id="RCEP", aliases=(), provisions={"cross-border-data-flows": cell})
    assert _verified(pin, ["rcep-chapter-12.md"])["cross-border-data-flows"]["result"] == "ok"


def test_parties_with_their_own_dates(catalog):
    cptpp = catalog.agreements["CPTPP"]
    assert cptpp.parties["GBR"].accession and cptpp.parties["GBR"].in_force > cptpp.in_force
    assert cptpp.parties["VNM"].in_force > cptpp.parties["JPN"].in_force
    assert catalog.agreements["TPP"].status == "not-in-force" and catalog.agreements["TPP"].in_force is None
    assert catalog.agreements["DEPA"].parties["KOR"].accession
    p4 = catalog.agreements["P4"]  # Chile joined later than New Zealand and Singapore, Brunei later still
    assert p4.parties["NZL"].in_force < p4.parties["CHL"].in_force < p4.parties["BRN"].in_force
    assert str(p4.parties["CHL"].in_force) == "2006-11-08"
    assert str(catalog.agreements["CAN-UKR"].ended) == "2024-07-01"  # replaced by the modernised agreement


def test_an_ended_agreement_no_longer_binds_and_its_successor_is_named():
    before = tradecmp.between("CAN", "UKR", on="2023-01-01", provisions="paperless-trading")
    after = tradecmp.between("CAN", "UKR", on="2025-01-01", provisions="paperless-trading")
    assert before[0]["agreement"] == ["CAN-UKR"] and before[0]["status"] == "binding"
    assert after[0]["status"] == "absent" and "CAN-UKR-2023" in after.summary


def test_one_clause_one_code_in_the_bundled_data(catalog):
    """No exception article coded as two kinds, no agreement-wide exception missing from a cell it reaches."""
    from tradecmp.consistency import findings

    found = [(agreement.id, finding.code, finding.key, finding.message)
             for agreement in catalog.agreements.values() for finding in findings(agreement)]
    assert found == []
