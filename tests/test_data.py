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


# Cells pinned to the article and key phrase of the text (read in the treaty text, or, where marked,
# in an analysis that quotes it). A change to one of these is a change to what analysts quote.
PINNED = [
    ("CPTPP", "cross-border-data-flows", "binding", "14.11.2", "Each Party shall allow the cross-border transfer of information by electronic means"),
    ("CPTPP", "data-localisation", "binding", "14.13.2", "No Party shall require a covered person to use or locate computing facilities"),
    ("TPP", "source-code", "binding", "14.17.1", "No Party shall require the transfer of, or access to, source code of software"),
    ("KORUS", "cross-border-data-flows", "best-endeavour", "15.8", "shall endeavor to refrain from imposing or maintaining unnecessary barriers"),
    ("KORUS", "customs-duties", "binding", "15.3.1", "Neither Party may impose customs duties"),
    ("CKFTA", "personal-information", "binding", "13.5", "each Party shall adopt or maintain measures which ensure the protection of the personal in"),
    ("CKFTA", "customs-duties", "best-endeavour", "13.3", "Each Party will maintain the current WTO practice of not imposing customs duties"),
    ("WTO-ECA", "customs-duties", "binding", "11.3", "No Party shall impose customs duties on electronic transmissions"),
    ("WTO-ECA", "personal-information", "binding", "16.3", "Each Party shall adopt or maintain a legal framework"),
    ("RCEP", "cross-border-data-flows", "binding", "12.15.2", "A Party shall not prevent cross-border transfer of information by electronic means"),
    ("RCEP", "personal-information", "binding", "12.8.1", "Each Party shall adopt or maintain a legal framework which ensures the protection"),
    ("EUJEPA", "cross-border-data-flows", "binding", "8.81.2", "a Party shall not adopt or maintain measures which prohibit or restrict the cross-border"),
    ("UKJCEPA", "source-code", "binding", "8.73.1", "A Party shall not require the transfer of, or access to, source code of software"),
    ("UKJCEPA", "customs-duties", "binding", "8.72.1", "The Parties shall not impose customs duties on electronic transmissions"),
    ("NZUKFTA", "electronic-transactions", "binding", "15.6.1", "Each Party shall maintain a legal framework governing electronic transactions"),
    # secondary: quoted by analyses of the text
    ("DEPA", "cross-border-data-flows", "binding", "4.3.2", "Each Party shall allow the cross-border transfer of information by electronic means"),
    ("USMCA", "cross-border-data-flows", "binding", "19.11", "No Party shall prohibit or restrict the cross-border transfer of information"),
    ("USMCA", "data-localisation", "binding", "19.12", "No Party shall require a covered person to use or locate computing facilities"),
    ("EUSDTA", "data-localisation", "binding", "5.2(a)", "requiring the use of computing facilities or network elements"),
    ("TCA", "cross-border-data-flows", "binding", "DIGIT.6", "The Parties are committed to ensuring cross-border data flows"),
]


@pytest.mark.parametrize("agreement_id, key, status, article, phrase", PINNED)
def test_pinned_cells(catalog, agreement_id, key, status, article, phrase):
    cell = catalog.agreements[agreement_id].provisions[key]
    assert (cell.status, cell.article.startswith(article), phrase in cell.text) == (status, True, True)
    assert cell.checked in ("text", "secondary")


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
