import pytest
from pydantic import ValidationError

from tradecmp.model import Agreement, validate


def test_a_valid_agreement_loads_with_every_key(make_agreement):
    agreement = validate(make_agreement())
    assert agreement.provisions["cross-border-data-flows"].status == "binding"
    assert agreement.provision_ds("cross-border-data-flows") is True


def test_a_missing_provision_key_is_an_error_not_a_silent_gap(make_agreement):
    data = make_agreement()
    del data["provisions"]["source-code"]
    with pytest.raises(ValidationError, match="source-code"):
        Agreement.model_validate(data)


def test_unknown_keys_are_refused(make_agreement):
    data = make_agreement()
    data["provisions"]["cross-border-data-flows"]["strenght"] = 1
    with pytest.raises(ValidationError, match="strenght"):
        Agreement.model_validate(data)


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
        Agreement.model_validate(data)


def test_party_codes_must_be_iso3_or_eu(make_agreement):
    data = make_agreement()
    data["parties"]["XXX"] = {}
    with pytest.raises(ValidationError, match="XXX"):
        Agreement.model_validate(data)
    data["parties"] = {"EU": {}, "JPN": {}}
    assert set(validate(data).parties) == {"EU", "JPN"}


def test_a_present_provision_must_cite_article_title_and_text(make_agreement):
    data = make_agreement()
    del data["provisions"]["cross-border-data-flows"]["article"]
    with pytest.raises(ValidationError, match="article"):
        Agreement.model_validate(data)


def test_only_source_code_says_whether_algorithms_are_covered(make_agreement):
    data = make_agreement()
    data["provisions"]["cross-border-data-flows"]["algorithms"] = True
    with pytest.raises(ValidationError, match="algorithms"):
        Agreement.model_validate(data)


def test_in_force_needs_a_date(make_agreement):
    data = make_agreement()
    del data["in_force"]
    with pytest.raises(ValidationError, match="in_force"):
        Agreement.model_validate(data)


def test_a_provision_can_override_the_agreement_dispute_settlement(make_agreement):
    data = make_agreement(dispute_settlement=False)
    data["provisions"]["cross-border-data-flows"]["dispute_settlement"] = True
    agreement = validate(data)
    assert agreement.provision_ds("cross-border-data-flows") is True
    assert agreement.provision_ds("source-code") is False
