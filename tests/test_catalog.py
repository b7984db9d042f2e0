import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradecmp.catalog import bundled_dir, load_catalog, parse_agreement
from tradecmp.errors import DataError
from tradecmp.vocab import PROVISION_KEYS

from conftest import write_agreement


def test_the_bundled_data_is_found_from_any_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    catalog = load_catalog()
    assert bundled_dir().is_dir()
    assert {"RCEP", "CPTPP", "DEPA", "USJDTA"} <= set(catalog.agreements)
    for agreement in catalog.agreements.values():
        # a catalogue entry (encoded = false) is known by name, parties and dates only
        assert set(agreement.provisions) == (set(PROVISION_KEYS) if agreement.encoded else set())


def test_a_user_folder_adds_agreements_and_ids_match_case_insensitively(user_dir, make_agreement):
    write_agreement(user_dir, make_agreement("XYZDEA", aliases=["XYZ-DEA"]))
    catalog = load_catalog([user_dir])
    assert catalog.resolve("xyz-dea").id == "XYZDEA"
    assert catalog.resolve("xyzdea").id == "XYZDEA"


def test_the_environment_variable_adds_folders(user_dir, make_agreement, monkeypatch):
    write_agreement(user_dir, make_agreement("ENVDEA"))
    monkeypatch.setenv("TRADECMP_DATA_DIRS", str(user_dir))
    assert "ENVDEA" in load_catalog().agreements


def test_a_user_file_replaces_a_bundled_agreement_and_says_so(user_dir, make_agreement):
    write_agreement(user_dir, make_agreement("RCEP", name="My RCEP"))
    catalog = load_catalog([user_dir])
    assert catalog.agreements["RCEP"].name == "My RCEP"
    assert any("replaces RCEP from" in n and "provisions" in n for n in catalog.notices)


def test_two_user_files_claiming_one_id_is_an_error(tmp_path, make_agreement):
    write_agreement(tmp_path / "one", make_agreement("XYZDEA"))
    write_agreement(tmp_path / "two", make_agreement("XYZDEA"))
    with pytest.raises(DataError) as raised:
        load_catalog([tmp_path / "one", tmp_path / "two"])
    assert raised.value.problems[0].code == "duplicate-id"


def test_a_file_must_be_named_after_its_id(user_dir, make_agreement):
    path = write_agreement(user_dir, make_agreement("XYZDEA"), name="other.toml")
    with pytest.raises(DataError) as raised:
        parse_agreement(path)
    assert raised.value.problems[0].code == "id-mismatch"
    assert "xyzdea.toml" in raised.value.problems[0].message


def test_unknown_ids_suggest_the_closest(user_dir):
    catalog = load_catalog()
    with pytest.raises(Exception, match="RCEP"):
        catalog.resolve("RCPE")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000))
def test_any_bytes_load_as_an_agreement_or_fail_with_a_clear_problem(tmp_path, data):
    path = tmp_path / "fuzz.toml"
    path.write_bytes(data)
    try:
        parse_agreement(path)
    except DataError as exc:
        assert exc.problems and all(p.path == str(path) for p in exc.problems)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_any_text_in_a_toml_string_field_loads_or_fails_cleanly(tmp_path, text):
    from conftest import agreement_data

    data = agreement_data()
    data["provisions"]["cross-border-data-flows"]["text"] = text
    path = write_agreement(tmp_path, data)
    try:
        agreement = parse_agreement(path)
    except DataError as exc:
        assert "provisions.cross-border-data-flows.text" in str(exc)
    else:
        assert agreement.provisions["cross-border-data-flows"].text in text


def test_the_command_line_says_when_a_file_replaces_a_bundled_agreement(user_dir, make_agreement):
    from typer.testing import CliRunner

    from tradecmp.cli import app

    write_agreement(user_dir, make_agreement("RCEP", name="My RCEP"))
    result = CliRunner().invoke(app, ["show", "RCEP", "--data-dir", str(user_dir), "-f", "csv"])
    assert result.exit_code == 0 and "replaces RCEP from" in result.stderr and "My RCEP" not in result.stderr


def test_the_api_reports_a_replacement_as_a_warning(user_dir, make_agreement):
    import tradecmp
    from tradecmp.errors import DataNotice

    write_agreement(user_dir, make_agreement("RCEP", name="My RCEP"))
    with pytest.warns(DataNotice, match="replaces RCEP"):
        tradecmp.show("RCEP", data_dirs=[user_dir])
