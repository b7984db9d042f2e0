"""The bundled data: every cell cites, and quotations marked `text` are found in the treaty texts at hand.

The texts live in ../shared/texts beside the repository (they are sources, not project files).
"""

import re
from pathlib import Path

import pytest

from tradecmp.catalog import load_catalog
from tradecmp.vocab import PROVISION_KEYS

TEXTS = Path(__file__).resolve().parents[2] / "shared" / "texts"
# Which copies in ../shared/texts hold each agreement's chapters.
TEXT_FILES = {"TPP": "tpp-", "CPTPP": "tpp-", "KORUS": "korus-", "CKFTA": "ckfta-", "WTO-ECA": "wto-eca-"}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def _normalise(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"[\^\[\]_*\\]", "", text)  # markdown and footnote markers in the copies
    text = re.sub(r"(?<=[a-z.,;])\d+\b", "", text.lower())  # footnote numbers run into words (OCR)
    return re.sub(r"\s+", " ", text)


def _found(quote: str, corpus: str) -> bool:
    """Each part of the quote between '...' is in the text; a part broken by a page break must at least
    begin and end with words that are."""
    for part in (p.strip() for p in quote.split("...")):
        wanted = _normalise(part).strip(" .;:")
        if not wanted or wanted in corpus:
            continue
        words = wanted.split()
        if len(words) < 16 or " ".join(words[:8]) not in corpus or " ".join(words[-8:]) not in corpus:
            return False
    return True


@pytest.mark.parametrize("agreement_id", sorted(TEXT_FILES))
def test_quotations_checked_against_the_text_are_in_the_text(catalog, agreement_id):
    if not TEXTS.is_dir():
        pytest.skip("the treaty texts (../shared/texts) are not beside this checkout")
    corpus = _normalise(" ".join(p.read_text("utf-8") for p in TEXTS.glob(TEXT_FILES[agreement_id] + "*")))
    agreement = catalog.agreements[agreement_id]
    checked = {k: p for k, p in agreement.provisions.items() if p.checked == "text" and p.text}
    assert checked, f"{agreement_id} has no cell checked against its text"
    missing = [k for k, p in checked.items() if not _found(p.text, corpus)]
    assert missing == []


def test_every_agreement_has_every_key_and_present_cells_cite(catalog):
    assert len(catalog.agreements) >= 15
    for agreement in catalog.agreements.values():
        assert list(agreement.provisions) == list(PROVISION_KEYS) or set(agreement.provisions) == set(PROVISION_KEYS)
        for key, p in agreement.provisions.items():
            if p.status != "absent":
                assert p.article and p.text and (p.source or agreement.source), (agreement.id, key)


# Cells pinned to the article and key phrase of the text, with how each was checked: `text` = read in the
# treaty text; `secondary` = read in an analysis that quotes it. A change to one of these is a change to what
# analysts quote, so it must be a deliberate change here too.
PINNED = [
    ("CPTPP", "cross-border-data-flows", "binding", "14.11.2", "Each Party shall allow the cross-border transfer of information by electronic means", "text"),
    ("CPTPP", "data-localisation", "binding", "14.13.2", "No Party shall require a covered person to use or locate computing facilities", "text"),
    ("TPP", "source-code", "binding", "14.17.1", "No Party shall require the transfer of, or access to, source code of software", "text"),
    ("KORUS", "cross-border-data-flows", "best-endeavour", "15.8", "shall endeavor to refrain from imposing or maintaining unnecessary barriers", "text"),
    ("KORUS", "customs-duties", "binding", "15.3.1", "Neither Party may impose customs duties", "text"),
    ("CKFTA", "personal-information", "binding", "13.5", "each Party shall adopt or maintain measures which ensure the protection of the personal in", "text"),
    ("CKFTA", "customs-duties", "best-endeavour", "13.3", "Each Party will maintain the current WTO practice of not imposing customs duties", "text"),
    ("WTO-ECA", "customs-duties", "binding", "11.3", "No Party shall impose customs duties on electronic transmissions", "text"),
    ("WTO-ECA", "personal-information", "binding", "16.3", "Each Party shall adopt or maintain a legal framework", "text"),
    ("RCEP", "cross-border-data-flows", "binding", "12.15.2", "A Party shall not prevent cross-border transfer of information by electronic means", "text"),
    ("RCEP", "personal-information", "binding", "12.8.1", "Each Party shall adopt or maintain a legal framework which ensures the protection", "text"),
    ("EUJEPA", "cross-border-data-flows", "binding", "8.81.2", "a Party shall not adopt or maintain measures which prohibit or restrict the cross-border", "text"),
    ("UKJCEPA", "source-code", "binding", "8.73.1", "A Party shall not require the transfer of, or access to, source code of software", "text"),
    ("UKJCEPA", "customs-duties", "binding", "8.72.1", "The Parties shall not impose customs duties on electronic transmissions", "text"),
    ("NZUKFTA", "electronic-transactions", "binding", "15.6.1", "Each Party shall maintain a legal framework governing electronic transactions", "text"),
    ("USMCA", "source-code", "binding", "19.16", "No Party shall require the transfer of, or access to, a source code of software", "text"),
    ("USMCA", "cybersecurity", "best-endeavour", "19.15", "the Parties shall endeavor to: (a) build the capabilities", "text"),
    ("USMCA", "cross-border-data-flows", "binding", "19.11", "No Party shall prohibit or restrict the cross-border transfer of information", "secondary"),
    ("USJDTA", "ict-cryptography", "binding", "21", "transfer or provide access to any proprietary information relating to cryptography", "secondary"),
    ("DEPA", "cross-border-data-flows", "binding", "4.3.2", "Each Party shall allow the cross-border transfer of information by electronic means", "secondary"),
    ("EUSDTA", "data-localisation", "binding", "5.2(a)", "requiring the use of computing facilities or network elements", "secondary"),
    ("TCA", "cross-border-data-flows", "binding", "DIGIT.6", "The Parties are committed to ensuring cross-border data flows", "secondary"),
]

# Agreements none of whose cells could yet be read in a treaty text or in a source that quotes one (the
# stored corpora hold only the openings of their texts; see docs/sources.md). They stay wholly `unchecked`
# until someone reads them; a cell that gets checked must then be pinned above.
NOT_YET_READ = {"AECA", "AUKFTA", "KSDPA", "SADEA", "UKSDEA"}


@pytest.mark.parametrize("agreement_id, key, status, article, phrase, checked", PINNED)
def test_pinned_cells(catalog, agreement_id, key, status, article, phrase, checked):
    cell = catalog.agreements[agreement_id].provisions[key]
    assert (cell.status, cell.article.startswith(article), phrase in cell.text, cell.checked) == (status, True, True, checked)


def test_every_agreement_is_pinned_or_declared_unread(catalog):
    pinned = {pin[0] for pin in PINNED}
    assert pinned.isdisjoint(NOT_YET_READ)
    assert sorted(pinned | NOT_YET_READ) == sorted(catalog.agreements)


@pytest.mark.parametrize("agreement_id", sorted(NOT_YET_READ))
def test_unread_agreements_claim_no_checked_cell(catalog, agreement_id):
    claims = {k: p.checked for k, p in catalog.agreements[agreement_id].provisions.items() if p.checked != "unchecked"}
    assert claims == {}


def test_rcep_electronic_commerce_sits_outside_dispute_settlement(catalog):
    rcep = catalog.agreements["RCEP"]
    assert not rcep.provision_ds("cross-border-data-flows")
    kinds = rcep.provisions["data-localisation"].exception_kinds
    assert "public-policy-self-judging" in kinds and "security-self-judging" in kinds


def test_parties_with_their_own_dates(catalog):
    cptpp = catalog.agreements["CPTPP"]
    assert cptpp.parties["GBR"].accession and cptpp.parties["GBR"].in_force > cptpp.in_force
    assert cptpp.parties["VNM"].in_force > cptpp.parties["JPN"].in_force
    assert catalog.agreements["TPP"].status == "not-in-force" and catalog.agreements["TPP"].in_force is None
    assert catalog.agreements["DEPA"].parties["KOR"].accession
