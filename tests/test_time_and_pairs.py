"""Answers over time and across pairs (issue 19): each test is a question an analyst asked that once got a wrong
answer from the bundled data."""

import datetime as dt

import pytest

import tradecmp
from tradecmp.catalog import load_catalog
from tradecmp.dates import covers
from tradecmp.errors import UsageError


def by_bound(records, key):
    return {row["bound"]: row for row in records if row["provision"] == key}


# --- dates: what binds whom, when ----------------------------------------------------------------

def test_a_dispute_settlement_suspension_leaves_the_obligation_binding():
    """CPTPP 14.18.2: Viet Nam's existing measures were outside dispute settlement for two years; 14.13 bound it."""
    rows = by_bound(tradecmp.between("JPN", "VNM", on="2020-01-01", provisions=["data-localisation"]),
                    "data-localisation")
    assert rows["VNM"]["status"] == "binding"
    assert rows["VNM"]["agreement"] == ["CPTPP"]
    assert rows["VNM"]["dispute_settlement"] == ["suspended"]
    assert "2021-01-14" in rows["VNM"]["suspended"][0]
    assert rows["VNM"]["pending"] == []
    assert rows["JPN"]["dispute_settlement"] == ["yes"]
    assert rows["VNM"]["strength"] < rows["JPN"]["strength"]  # a panel can enforce less in that window


def test_after_the_suspension_one_row_for_both_directions():
    rows = by_bound(tradecmp.between("JPN", "VNM", on="2022-01-01", provisions=["data-localisation"]),
                    "data-localisation")
    assert list(rows) == ["both"]
    assert rows["both"]["dispute_settlement"] == ["yes"]


def test_malaysia_is_bound_by_cptpp_data_flows_during_its_suspension():
    rows = by_bound(tradecmp.between("JPN", "MYS", on="2023-06-01", provisions=["cross-border-data-flows"]),
                    "cross-border-data-flows")
    assert rows["MYS"]["agreement"] == ["CPTPP"]
    assert rows["MYS"]["status"] == "binding"
    assert rows["MYS"]["dispute_settlement"] == ["suspended"]


def test_a_transition_applies_to_the_paragraph_it_names():
    """RCEP footnote 9 defers 12.9.2 (recourse), not 12.9.1: Cambodia is bound by 12.9.1."""
    records = tradecmp.between("JPN", "KHM", on="2025-01-01", provisions=["unsolicited-messages"])
    rows = by_bound(records, "unsolicited-messages")
    assert list(rows) == ["both"]
    assert rows["both"]["status"] == "binding" and rows["both"]["article"] == ["12.9.1"]
    assert rows["both"]["pending"] == []
    assert "12.9.2" in rows["both"]["partly_deferred"][0]


@pytest.mark.parametrize("paragraph, article, expected", [
    ("12.9.2", "12.9.1", False), ("12.9", "12.9.1", True), ("12.9.2", "12.9.2", True), ("14.8", "14.8.2", True),
    ("5.3", "5.3(c)", True), ("5.3", "5.31", False), (None, "12.9.1", True), ("Article 7.43", "7.43(a)", True),
])
def test_which_paragraphs_a_transition_reaches(paragraph, article, expected):
    assert covers(paragraph, article) is expected


def test_every_transition_in_the_data_reaches_its_cell_or_is_said_to_be_partial():
    """A deferral that names another paragraph than the cell quotes must say so in its note ("Paragraph 2 only")."""
    for agreement in load_catalog().sorted():
        for key, cell in agreement.provisions.items():
            for t in cell.transitions:
                if t.kind == "obligation" and not covers(t.paragraph, cell.article):
                    assert "only" in (t.note or "").lower(), (agreement.id, key, t)


def test_compose_copies_no_other_treatys_transitions(tmp_path):
    target = tmp_path / "usjpkr.toml"
    data = tradecmp.compose(["USA", "JPN", "KOR"], agreement_id="USJPKR", output=target, strategy="strongest")
    assert all(not cell.get("transitions") for cell in data["provisions"].values())
    assert all("NZL" not in str(cell.get("exceptions", "")) for cell in data["provisions"].values())
    changed = tradecmp.impact("USJPKR", on="2040-01-01", provisions=["financial-data"], data_dirs=[tmp_path])
    assert {(r["party"], r["partner"]) for r in changed} >= {("USA", "KOR"), ("JPN", "KOR")}
    assert all(r["after_status"] == "binding" for r in changed)


def test_accession_dates_in_list_and_timeline():
    korea = {r["agreement"]: r for r in tradecmp.list_agreements(party_code="KOR")}
    assert korea["DEPA"]["in_force"] == "2024-05-03"
    uk = {r["agreement"]: r for r in tradecmp.list_agreements(party_code="GBR", on="2024-12-20")}
    assert uk["CPTPP"]["in_force"] == "2024-12-15"
    timeline = {r["agreement"]: r for r in tradecmp.timeline(party_code="KOR")}
    assert timeline["DEPA"]["in_force"] == "2024-05-03"


def test_one_score_per_agreement_and_date():
    """KOR-SGP's Chapter 14 ended when the KSDPA replaced it: no view counts it today."""
    listed = {r["agreement"]: r["score"] for r in tradecmp.list_agreements()}
    for_korea = {r["agreement"]: r["score"] for r in tradecmp.list_agreements(party_code="KOR")}
    scored = {r["agreement"]: r["overall"] for r in tradecmp.score(party_code="KOR")}
    timeline = {r["agreement"]: r["score"] for r in tradecmp.timeline()}
    assert listed["KOR-SGP"] == for_korea["KOR-SGP"] == scored["KOR-SGP"] == timeline["KOR-SGP"]
    then = {r["agreement"]: r["overall"] for r in tradecmp.score(["KOR-SGP"], on="2020-01-01")}
    assert then["KOR-SGP"] > listed["KOR-SGP"]


# --- pairs: each direction, the right exceptions -------------------------------------------------

def test_partners_say_each_direction_where_a_transition_runs():
    """RCEP binds Korea toward Cambodia on data localisation; Cambodia's own obligation is deferred."""
    rows = [r for r in tradecmp.partners("KOR", on="2025-01-01", provisions=["data-localisation"]) if r["partner"] == "KHM"]
    by = {r["bound"]: r for r in rows}
    assert by["KOR"]["status"] == "binding" and by["KOR"]["agreement"] == ["RCEP"]
    assert by["KHM"]["status"] == "absent" and "transition until" in by["KHM"]["pending"][0]


def test_partners_usa_toward_korea_before_koreas_deferral_ended():
    rows = [r for r in tradecmp.partners("USA", on="2013-01-01", provisions=["financial-data"]) if r["partner"] == "KOR"]
    by = {r["bound"]: r for r in rows}
    assert by["USA"]["status"] == "binding" and by["USA"]["agreement"] == ["KORUS"]
    assert by["KOR"]["status"] == "absent"


def test_a_partys_own_clause_only_where_that_party_is_in_the_pair():
    rows = tradecmp.between("KOR", "CHL", provisions=["consumer-protection"])
    assert all("indigenous-peoples" not in ",".join(r["exceptions"]) for r in rows)
    with_nzl = tradecmp.between("KOR", "NZL", provisions=["consumer-protection"])
    assert any("indigenous-peoples" in ",".join(r["exceptions"]) for r in with_nzl)


def test_changes_per_partner_with_the_right_cause():
    rows = tradecmp.changes("JPN", start="2023-01-01", end="2025-01-01")
    eu = {r["provision"]: r for r in rows if r["partner"] == "EU"}
    assert eu["cross-border-data-flows"]["after_status"] == "binding"
    pair = {r["provision"]: r for r in tradecmp.changes("JPN", "EU", start="2019-06-01", end="2025-01-01")}
    assert "data-localisation applies" in pair["data-localisation"]["cause"]
    assert "cross-border-data-flows" not in pair["data-localisation"]["cause"]


def test_changes_across_the_uk_leaving_the_eu_needs_no_agreement_event():
    rows = tradecmp.changes("KOR", "GBR", start="2020-06-01", end="2021-06-01")
    assert all(r["cause"] for r in rows)


def test_the_same_party_twice_is_a_usage_error():
    with pytest.raises(UsageError):
        tradecmp.between("KOR", "KOR")


# --- evidence in every view ----------------------------------------------------------------------

def test_scores_say_how_much_rests_on_unread_cells():
    rows = {r["agreement"]: r for r in tradecmp.score(["DEPA", "SADEA", "CPTPP"])}
    assert rows["SADEA"]["checked_share"] == 0 and rows["SADEA"]["unchecked"] == 23
    assert rows["CPTPP"]["unchecked"] == 0
    matrix = {r["agreement"]: r for r in tradecmp.matrix(["SADEA", "CPTPP"])}
    assert matrix["SADEA"]["unchecked"] == 23


def test_an_absent_cell_nobody_read_is_marked():
    records = tradecmp.compare(["KORUS", "KOR-SGP"], provisions=["financial-data"])
    assert records.table_rows[0]["KOR-SGP"] == "absent *"  # its Annex 12A schedules were not read
    assert {r["agreement"]: r["marks"] for r in records}["KOR-SGP"] == ["*"]


def test_customs_duties_that_follow_the_wto_moratorium_say_so():
    rows = tradecmp.between("JPN", "KOR", provisions=["customs-duties"])
    assert any("WTO moratorium" in note for r in rows for note in r["carve_out_notes"])


def test_the_default_date_is_today():
    today = dt.date.today().isoformat()
    assert today in tradecmp.between("JPN", "KOR").summary


# --- agreements known but not encoded, and agreements that incorporate another ---------------------

def _write(folder, name, text):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, "utf-8")


CONTINUITY = '''schema = 1
id = "GBR-KOR-TEST"
name = "A continuity agreement for the tests"
status = "in-force"
signed = 2019-08-22
in_force = 2021-01-01
source = "https://example.org/continuity.pdf"
checked = "unchecked"
incorporates = "EU-KOR"
incorporation = "Article 1.2: the provisions of the EU-Korea FTA are incorporated, mutatis mutandis"
[parties.GBR]
in_force = 2021-01-01
[parties.KOR]
in_force = 2021-01-01
'''

# A pair with no agreement in the bundled data (Korea and Israel have one: KOR-ISR).
KNOWN = '''schema = 1
id = "KOR-XYZ-TEST"
name = "A catalogue entry for the tests"
status = "in-force"
in_force = 2020-01-01
source = "https://example.org/list.csv"
checked = "unchecked"
encoded = false
[parties.KOR]
in_force = 2020-01-01
[parties.NPL]
in_force = 2020-01-01
'''


def test_an_incorporated_agreement_carries_the_cells_by_reference(tmp_path):
    _write(tmp_path, "gbr-kor-test.toml", CONTINUITY)
    rows = tradecmp.between("KOR", "GBR", on="2022-01-01", provisions=["financial-data"], data_dirs=[tmp_path])
    at = rows[0]["agreement"].index("GBR-KOR-TEST")  # beside the bundled GBR-KOR, which carries the same cell
    assert rows[0]["article"][at] == "EU-KOR 7.43(a)"
    assert rows[0]["checked"][at] == "unchecked"  # the incorporating clause was not read
    shown = {r["provision"]: r for r in tradecmp.show("GBR-KOR-TEST", data_dirs=[tmp_path])}
    assert "By incorporation of EU-KOR" in shown["financial-data"]["note"]


def test_a_catalogue_entry_is_named_not_answered_as_absent(tmp_path):
    _write(tmp_path, "kor-xyz-test.toml", KNOWN)
    records = tradecmp.between("KOR", "NPL", on="2022-01-01", data_dirs=[tmp_path])
    assert "known but not encoded: KOR-XYZ-TEST" in records.summary
    partners = [r for r in tradecmp.partners("KOR", on="2022-01-01", data_dirs=[tmp_path]) if r["partner"] == "NPL"]
    assert partners and all(r["not_encoded"] == ["KOR-XYZ-TEST"] for r in partners)
    cover = tradecmp.coverage(data_dirs=[tmp_path])
    assert "known only (catalogue)" in cover.summary
    with pytest.raises(UsageError):
        tradecmp.diff("KOR-XYZ-TEST", "RCEP", data_dirs=[tmp_path])


def test_list_changes_and_compose_name_catalogue_entries(tmp_path):
    _write(tmp_path, "kor-xyz-test.toml", KNOWN)
    listed = {r["agreement"]: r for r in tradecmp.list_agreements(party_code="KOR", on="2023-01-01", data_dirs=[tmp_path])}
    assert listed["KOR-XYZ-TEST"]["encoded"] == "no" and listed["KOR-XYZ-TEST"]["score"] is None
    assert listed["RCEP"]["encoded"] == "yes"
    changed = tradecmp.changes("KOR", "NPL", start="2019-01-01", end="2022-01-01", data_dirs=[tmp_path])
    assert "KOR-XYZ-TEST" in changed.summary
    (tmp_path / "out").mkdir()
    data = tradecmp.compose(["KOR", "NPL"], agreement_id="DRAFT", output=tmp_path / "out" / "draft.toml",
                            data_dirs=[tmp_path])
    assert "KOR-NPL (KOR-XYZ-TEST)" in data["note"]


KOREA_FTA_PARTNERS = ("CHL", "SGP", "CHE", "ISL", "LIE", "NOR", "IND", "EU", "PER", "USA", "TUR", "AUS", "CAN", "CHN",
                      "NZL", "VNM", "COL", "CRI", "SLV", "HND", "NIC", "PAN", "GBR", "ISR", "KHM", "IDN", "PHL",
                      "BRN", "LAO", "MYS", "MMR", "THA", "JPN")


def test_every_fta_partner_of_korea_is_named():
    """A country view is only as good as the agreements behind it: an FTA partner never reads as "no agreement"."""
    named = {r["partner"] for r in tradecmp.partners("KOR", on="2026-01-01", provisions="source-code")}
    assert set(KOREA_FTA_PARTNERS) <= named
    uk = tradecmp.between("KOR", "GBR", on="2026-01-01", provisions="financial-data")
    assert "GBR-KOR" in uk.summary and uk[0]["agreement"] == ["GBR-KOR"]
    assert uk[0]["article"] == ["EU-KOR 7.43(a)"] and uk[0]["checked"] == ["unchecked"]
