import pytest

from tradecmp.model import SchemaProblems as ValidationError
from tradecmp.model import check, check as validate


def test_a_valid_agreement_loads_with_every_key(make_agreement):
    agreement = validate(make_agreement())
    assert agreement.provisions["cross-border-data-flows"].status == "binding"
    assert agreement.provision_ds("cross-border-data-flows") is True


def test_a_missing_provision_key_is_an_error_not_a_silent_gap(make_agreement):
    data = make_agreement()
    del data["provisions"]["source-code"]
    with pytest.raises(ValidationError, match="source-code"):
        check(data)


def test_unknown_keys_are_refused(make_agreement):
    data = make_agreement()
    data["provisions"]["cross-border-data-flows"]["strenght"] = 1
    with pytest.raises(ValidationError, match="strenght"):
        check(data)


@pytest.mark.parametrize(
    "path, value",
    [
        (("provisions", "cross-border-data-flows", "status"), "mandatory"),
        (("provisions", "cross-border-data-flows", "checked"), "probably"),
        (("status",), "ratified"),
    ],
)
def test_values_outside_the_vocabulary_are_refused(make_agreement, path, value):
    data = make_agreement()
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    with pytest.raises(ValidationError):
        check(data)


def test_party_codes_must_be_iso3_or_eu(make_agreement):
    data = make_agreement()
    data["parties"]["XXX"] = {}
    with pytest.raises(ValidationError, match="XXX"):
        check(data)
    data["parties"] = {"EU": {}, "JPN": {}}
    assert set(validate(data).parties) == {"EU", "JPN"}


def test_a_present_provision_must_cite_article_title_and_text(make_agreement):
    data = make_agreement()
    del data["provisions"]["cross-border-data-flows"]["article"]
    with pytest.raises(ValidationError, match="article"):
        check(data)


def test_only_source_code_says_whether_algorithms_are_covered(make_agreement):
    data = make_agreement()
    data["provisions"]["cross-border-data-flows"]["algorithms"] = True
    with pytest.raises(ValidationError, match="algorithms"):
        check(data)


def test_in_force_needs_a_date(make_agreement):
    data = make_agreement()
    del data["in_force"]
    with pytest.raises(ValidationError, match="in_force"):
        check(data)


def test_a_provision_can_override_the_agreement_dispute_settlement(make_agreement):
    data = make_agreement(dispute_settlement=False)
    data["provisions"]["cross-border-data-flows"]["dispute_settlement"] = True
    agreement = validate(data)
    assert agreement.provision_ds("cross-border-data-flows") is True
    assert agreement.provision_ds("source-code") is False


def test_the_record_fields_are_declared_once_and_the_validator_follows_them():
    from tradecmp import agreement as records
    from tradecmp.model import AgreementModel, _model

    for record in records.RECORDS:
        names = ["schema" if n == "schema_" else n for n in _model(record).model_fields]
        assert names == list(record._fields)
    assert "ended" in AgreementModel.model_fields and "applies_from" in _model(records.Provision).model_fields


def test_a_provision_can_start_later_than_its_agreement(make_agreement):
    data = make_agreement()
    data["provisions"]["cross-border-data-flows"]["applies_from"] = __import__("datetime").date(2032, 1, 1)
    data["provisions"]["cross-border-data-flows"]["instrument"] = "Protocol (2032)"
    assert validate(data).provisions["cross-border-data-flows"].instrument == "Protocol (2032)"
    data["provisions"]["cross-border-data-flows"]["applies_until"] = __import__("datetime").date(2031, 1, 1)
    with pytest.raises(ValidationError, match="applies_until"):
        check(data)


def test_only_an_unchecked_cell_may_leave_out_an_article_nobody_has_read(make_agreement):
    data = make_agreement()
    del data["provisions"]["cross-border-data-flows"]["article"]
    data["provisions"]["cross-border-data-flows"]["checked"] = "unchecked"
    assert validate(data).provisions["cross-border-data-flows"].article is None
    data["provisions"]["cross-border-data-flows"]["checked"] = "secondary"
    with pytest.raises(ValidationError, match="article"):
        check(data)


def test_one_clause_one_code_findings(make_agreement):
    """An exception reaching a chapter is missing from one of its cells; one article coded as two kinds."""
    from tradecmp.consistency import findings
    from tradecmp.model import check

    data = make_agreement()
    cells = data["provisions"]
    first, second = "cross-border-data-flows", "data-localisation"
    cells[first].update(article="3.7.2", exceptions=[{"kind": "general-exceptions", "article": "29.1"},
                                                     {"kind": "security-self-judging", "article": "29.2"}])
    cells[second] = {**cells[first], "article": "3.8.1", "exceptions": [{"kind": "security-self-judging", "article": "29.1"}]}
    found = {(f.code, f.key) for f in findings(check(data))}
    assert ("exception-kinds", first) in found
    assert ("exception-missing", second) in found
    cells[second]["exceptions"] = [{"kind": "general-exceptions", "article": "29.1"},
                                   {"kind": "security-self-judging", "article": "29.2"}]
    assert findings(check(data)) == []
    cells[second]["exceptions"] = []
    cells[second]["note"] = "Article 29.1 and 29.2 do not reach this paragraph (read)."
    assert findings(check(data)) == []
