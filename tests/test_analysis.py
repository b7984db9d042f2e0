"""Country and group questions, on the bundled data and on small synthetic agreements."""

import csv
import datetime as dt
import io

from tradecmp.analysis import bound, compose, similarity_matrix
from tradecmp.catalog import load_catalog
from tradecmp.cli import app
from tradecmp.scoring import load_weights
from tradecmp.model import check as validate



def run(runner, *args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def rows(result):
    return {r["provision"]: r for r in csv.DictReader(io.StringIO(result.stdout))}


def test_between_usa_and_kor_finds_only_korus_best_endeavour_on_data_flows(runner):
    result = run(runner, "between", "USA", "KOR", "--on", "2025-01-01", "-f", "csv")
    assert result.exit_code == 0
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert header[:6] == ["provision", "category", "status", "strength", "agreement", "article"]
    by_key = rows(result)
    assert by_key["cross-border-data-flows"]["status"] == "best-endeavour"
    assert by_key["cross-border-data-flows"]["agreement"] == "KORUS"
    assert by_key["data-localisation"]["status"] == "absent" and by_key["data-localisation"]["agreement"] == ""


def test_between_jpn_and_kor_finds_rceps_localisation_rule_with_its_self_judging_exception(runner):
    by_key = rows(run(runner, "between", "jpn", "kor", "--on", "2025-01-01", "-f", "csv"))
    localisation = by_key["data-localisation"]
    assert localisation["status"] == "binding" and localisation["agreement"] == "RCEP"
    assert "public-policy-self-judging" in localisation["exceptions"].split(",")
    assert localisation["dispute_settlement"] == "excluded" and localisation["checked"] in ("text", "secondary")


def test_nothing_binds_before_entry_into_force(runner):
    by_key = rows(run(runner, "between", "JPN", "KOR", "--on", "2021-06-01", "-f", "csv"))
    assert {r["status"] for r in by_key.values()} == {"absent"}


def test_eu_member_states_count_through_the_eu(make_agreement, tmp_path):
    data = make_agreement("EUXYZ", parties={"EU": {"in_force": dt.date(2019, 2, 1)}, "JPN": {"in_force": dt.date(2019, 2, 1)}})
    agreement = validate(data)
    assert bound(agreement, "FRA", dt.date(2020, 1, 1))
    assert bound(agreement, "GBR", dt.date(2019, 6, 1))
    assert not bound(agreement, "GBR", dt.date(2021, 6, 1))  # left the EU on 2020-01-31
    assert bound(agreement, "GBR", dt.date(2020, 6, 1))  # but its agreements bound it to the end of 2020
    assert not bound(agreement, "USA", dt.date(2020, 1, 1))


def test_a_hub_and_spoke_agreement_binds_only_the_hubs_pairs(make_agreement):
    from tradecmp.analysis import impact, partners_of, shared_agreements

    day = dt.date(2032, 1, 1)
    parties = {p: {"in_force": dt.date(2031, 1, 1)} for p in ("MEX", "CRI", "GTM")}
    hub = validate(make_agreement("HUBXYZ", parties=parties, hub="MEX"))
    assert [a.id for a in shared_agreements([hub], "MEX", "GTM", day)] == ["HUBXYZ"]
    assert shared_agreements([hub], "CRI", "GTM", day) == []  # the spokes are not bound to each other
    assert partners_of(hub, "GTM", day) == ["MEX"] and partners_of(hub, "MEX", day) == ["CRI", "GTM"]
    pairs = {(i.party, i.partner) for i in impact([hub], hub, day, load_weights())}
    assert pairs == {("MEX", "CRI"), ("MEX", "GTM")}
    assert "hub: USA is not one of the parties" in _problems(make_agreement("HUBXYZ", parties=parties, hub="USA"))


def _problems(data) -> str:
    from tradecmp.model import SchemaProblems

    try:
        validate(data)
    except SchemaProblems as problems:
        return "; ".join(problems.problems)
    return ""


def test_country_lists_its_agreements_and_strongest_commitments(runner):
    result = run(runner, "country", "NZL", "--on", "2025-01-01", "-f", "csv")
    by_key = rows(result)
    assert "CPTPP" in by_key["source-code"]["agreement"].split(";")
    unknown = run(runner, "country", "XXX")
    assert unknown.exit_code == 4 and "ISO 3166" in unknown.stderr


def test_compose_writes_a_draft_that_loads_back_and_diffs(runner, tmp_path):
    target = tmp_path / "usjpkr.toml"
    result = run(runner, "compose", "USA", "JPN", "KOR", "--id", "USJPKR", "-o", target, "--on", "2025-01-01")
    assert result.exit_code == 0, result.output
    draft = load_catalog([tmp_path]).agreements["USJPKR"]
    flows = draft.provisions["cross-border-data-flows"]
    # the weakest of the pairs' strongest: RCEP's binding rule between JPN and KOR, weakened to 0.27 by its
    # self-judging, prudential and dispute-settlement terms, is weaker than KORUS's best-endeavour 0.3
    assert flows.status == "binding" and flows.article.startswith("RCEP")
    assert draft.provisions["data-localisation"].status == "absent"
    diff = run(runner, "diff", "--data-dir", tmp_path, "USJPKR", "USJDTA", "-f", "csv")
    assert diff.exit_code == 0 and "cross-border-data-flows" in diff.stdout
    again = run(runner, "compose", "USA", "JPN", "KOR", "--id", "USJPKR", "-o", target)
    assert again.exit_code == 5 and "--force" in again.stderr


def test_the_strongest_strategy_is_at_least_as_strong_as_common():
    catalog = load_catalog()
    weights = load_weights()
    day = dt.date(2025, 1, 1)
    common = compose(catalog.sorted(), ["USA", "JPN", "KOR"], day, weights, "common")
    best = compose(catalog.sorted(), ["USA", "JPN", "KOR"], day, weights, "strongest")
    assert all(best[k].strength >= common[k].strength for k in common)
    assert best["source-code"].status == "binding"


def test_matrix_is_square_symmetric_with_ones_on_the_diagonal(runner):
    result = run(runner, "matrix", "RCEP", "CPTPP", "TPP", "-f", "csv")
    table = list(csv.reader(io.StringIO(result.stdout)))
    assert table[0][:5] == ["agreement", "RCEP", "CPTPP", "TPP", "enforceable_share"]
    values = {(r[0], table[0][i]): float(v) for r in table[1:] for i, v in enumerate(r[:-1]) if i}
    assert values[("RCEP", "RCEP")] == 1.0
    assert values[("RCEP", "CPTPP")] == values[("CPTPP", "RCEP")] < 1
    assert values[("CPTPP", "TPP")] > values[("CPTPP", "RCEP")]


def test_similarity_is_one_only_for_equal_strengths(make_agreement):
    a = validate(make_agreement("AAA"))
    data = make_agreement("BBB")
    data["provisions"]["cross-border-data-flows"]["status"] = "best-endeavour"
    b = validate(data)
    matrix = similarity_matrix([a, b], load_weights())
    assert matrix[0][0] == 1 and matrix[0][1] < 1


def test_compare_in_a_file_is_long_form_sortable_by_strength(runner):
    result = run(runner, "compare", "RCEP", "CPTPP", "DEPA", "--category", "data", "-f", "csv")
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(table[0])[:7] == ["agreement", "provision", "category", "status", "article", "strength", "marks"]
    assert {r["category"] for r in table} == {"data"}
    assert [r["agreement"] for r in table[:3]] == ["RCEP", "CPTPP", "DEPA"]  # rows that differ first
    rcep, cptpp = table[0], table[1]
    assert rcep["strength"] == "0.27" and rcep["marks"] == "SJ;XDS"  # self-judging, outside dispute settlement
    assert cptpp["article"].startswith("14.11") and "SJ" not in cptpp["marks"]
    assert float(cptpp["strength"]) > float(rcep["strength"])


def test_compare_on_a_terminal_has_a_column_per_agreement(runner):
    result = run(runner, "compare", "RCEP", "CPTPP", "DEPA", "--category", "data", "-f", "table")
    header = next(line for line in result.stdout.splitlines() if line.startswith("provision"))
    assert header.split() == ["provision", "RCEP", "CPTPP", "DEPA"]
    assert "binding 12.15.2" in result.stdout and "0.27 SJ XDS" in result.stdout


def test_timeline_orders_by_signature(runner):
    result = run(runner, "timeline", "-f", "csv")
    signed = [r["signed"] for r in csv.DictReader(io.StringIO(result.stdout)) if r["signed"]]
    assert signed == sorted(signed) and len(signed) >= 4
