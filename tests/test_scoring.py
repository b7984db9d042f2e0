import pytest

from tradecmp.scoring import diff, load_weights, score, strength
from tradecmp.errors import DataError
from tradecmp.model import check as validate
from tradecmp.vocab import CATEGORIES, PROVISION_KEYS

KEY = "cross-border-data-flows"


@pytest.fixture
def weights():
    return load_weights()


def agreement(data):
    return validate(data)


def test_a_self_judging_exception_and_no_dispute_settlement_reduce_a_binding_provision(make_agreement, weights):
    data = make_agreement(dispute_settlement=False)
    data["provisions"][KEY]["exceptions"] = [{"kind": "public-policy-self-judging", "article": "3.7.3"}]
    result = strength(agreement(data), KEY, weights)
    expected = weights.status["binding"] * weights.exception["public-policy-self-judging"] * weights.outside_dispute_settlement
    assert result.value == pytest.approx(expected)
    assert result.value < 1
    assert [r.reason for r in result.reductions] == ["public-policy-self-judging exception (3.7.3)", "outside dispute settlement"]


def test_best_endeavour_is_not_reduced_further(make_agreement, weights):
    data = make_agreement(dispute_settlement=False)
    data["provisions"][KEY]["status"] = "best-endeavour"
    data["provisions"][KEY]["exceptions"] = [{"kind": "public-policy-self-judging"}]
    assert strength(agreement(data), KEY, weights).value == weights.status["best-endeavour"]


def test_diff_finds_the_stronger_side_and_says_why(make_agreement, weights):
    strong = agreement(make_agreement("STRONG"))
    weak_data = make_agreement("WEAK", dispute_settlement=False)
    weak_data["provisions"][KEY]["exceptions"] = [{"kind": "public-policy-self-judging", "article": "12.15.3(a)"}]
    rows = {r.provision: r for r in diff(agreement(weak_data), strong, weights)}
    row = rows[KEY]
    assert row.relation == "b-stronger"
    assert "self-judging public-policy exception 12.15.3(a)" in row.note and "12.15.3(a)" in row.note
    assert "outside dispute settlement" in row.note
    assert rows["source-code"].relation == "same"
    assert len(rows) == len(PROVISION_KEYS)


def test_equal_strength_with_different_terms_differs(make_agreement, weights):
    a = make_agreement("AAA")
    b = make_agreement("BBB")
    b["provisions"][KEY]["carve_outs"] = [{"scope": "government-procurement", "article": "3.2"}]
    row = next(r for r in diff(agreement(a), agreement(b), weights) if r.provision == KEY)
    assert row.relation == "differs"
    assert "government procurement" in row.note


def test_diff_of_an_agreement_with_itself_is_all_same(make_agreement, weights):
    a = agreement(make_agreement())
    assert {r.relation for r in diff(a, a, weights)} == {"same"}


def test_score_is_a_weighted_mean_of_category_means(make_agreement, weights):
    result = score(agreement(make_agreement()), weights)
    data_keys = [k for k in PROVISION_KEYS if k.startswith(("cross", "data-", "financial", "personal", "open"))]
    assert result.categories["data"] == pytest.approx(100 * 0.9 / len(data_keys))
    assert result.overall == pytest.approx(round(weights.category["data"] * result.categories["data"], 1))
    assert set(result.categories) == set(CATEGORIES)


def test_a_bad_weights_file_is_a_clear_error(tmp_path):
    path = tmp_path / "w.toml"
    path.write_text("[status]\nbinding = 2\n")
    with pytest.raises(DataError) as raised:
        load_weights(path)
    assert str(path) in str(raised.value)
