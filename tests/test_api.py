"""The Python API gives the answers the command line gives, and one path decides what a valid folder is."""

import csv
import io
import json

import pytest

import tradecmp
from tradecmp.catalog import load_catalog
from tradecmp.errors import DataError
from tradecmp.render import render

from conftest import write_agreement
from test_cli import BROKEN, run

# Each command with the API call that answers it (same defaults, same options).
SAME_ANSWERS = [
    (["list"], tradecmp.list_agreements, (), {}),
    (["list", "--party", "KOR", "--on", "2026-01-01"], tradecmp.list_agreements, (), {"party_code": "KOR", "on": "2026-01-01"}),
    (["show", "RCEP"], tradecmp.show, ("RCEP",), {}),
    (["diff", "RCEP", "CPTPP"], tradecmp.diff, ("RCEP", "CPTPP"), {}),
    (["diff", "RCEP", "CPTPP", "--all", "-p", "data-localisation"], tradecmp.diff, ("RCEP", "CPTPP"),
     {"all": True, "provisions": ["data-localisation"]}),
    (["score"], tradecmp.score, (), {}),
    (["score", "RCEP", "--explain"], tradecmp.score, (["RCEP"],), {"explain": True}),
    (["export"], tradecmp.export, (), {}),
    (["coverage"], tradecmp.coverage, (), {}),
    (["compare", "RCEP", "CPTPP", "DEPA"], tradecmp.compare, (["RCEP", "CPTPP", "DEPA"],), {}),
    (["country", "KOR", "--on", "2025-01-01"], tradecmp.country, ("KOR",), {"on": "2025-01-01"}),
    (["between", "USA", "KOR", "--on", "2025-01-01"], tradecmp.between, ("USA", "KOR"), {"on": "2025-01-01"}),
    (["partners", "USA", "-p", "data-localisation", "--on", "2025-01-01"], tradecmp.partners, ("USA",),
     {"provisions": ["data-localisation"], "on": "2025-01-01"}),
    (["changes", "KOR", "--from", "2021-01-01", "--to", "2026-01-01"], tradecmp.changes, ("KOR",),
     {"start": "2021-01-01", "end": "2026-01-01"}),
    (["impact", "CPTPP", "--join", "KOR", "--on", "2025-01-01"], tradecmp.impact, ("CPTPP",), {"join": "KOR", "on": "2025-01-01"}),
    (["matrix", "RCEP", "CPTPP", "USMCA"], tradecmp.matrix, (["RCEP", "CPTPP", "USMCA"],), {}),
    (["timeline"], tradecmp.timeline, (), {}),
]


@pytest.mark.parametrize("args, function, call_args, kwargs", SAME_ANSWERS, ids=[" ".join(a[0]) for a in SAME_ANSWERS])
def test_the_cli_and_the_api_give_the_same_rows(runner, args, function, call_args, kwargs):
    result = run(runner, *args, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    records = function(*call_args, **kwargs)
    buffer = io.StringIO()
    render(records, "csv", buffer)
    assert result.stdout.replace("\r\n", "\n") == buffer.getvalue().replace("\r\n", "\n")
    assert len(records) == len(result.stdout.splitlines()) - 1 > 0


def test_api_rows_are_plain_dicts_with_exactly_the_documented_fields_and_typed_values():
    rows = tradecmp.diff("RCEP", "CPTPP")
    assert rows == json.loads(json.dumps(rows)) and all(list(r) == rows.fields for r in rows)
    assert isinstance(rows[0]["a_strength"], float)
    exported = tradecmp.export()
    assert isinstance(exported[0]["exceptions"], list)
    assert list(exported[0])[:12] == ["agreement", "provision", "category", "status", "article", "title", "text",
                                     "exceptions", "dispute_settlement", "strength", "checked", "source"]


def test_the_api_matches_the_cli_json_for_diff(runner):
    assert tradecmp.diff("RCEP", "CPTPP") == json.loads(run(runner, "diff", "RCEP", "CPTPP", "-f", "json").stdout)


def _broken_folders(tmp_path, make_agreement):
    """Every broken-folder case: broken files, a duplicate id across folders, an alias that is another id."""
    cases = {}
    for name, (content, _) in BROKEN.items():
        folder = tmp_path / name.replace(".toml", "")
        folder.mkdir()
        (folder / name).write_bytes(content)
        cases[name] = [folder]
    write_agreement(tmp_path / "one", make_agreement("XYZDEA"))
    write_agreement(tmp_path / "two", make_agreement("XYZDEA"))
    cases["duplicate id"] = [tmp_path / "one", tmp_path / "two"]
    write_agreement(tmp_path / "alias", make_agreement("ABCDEA", aliases=["RCEP"]))
    cases["alias is an id"] = [tmp_path / "alias"]
    write_agreement(tmp_path / "named", make_agreement("XYZDEA"), name="other.toml")
    cases["wrong name"] = [tmp_path / "named"]
    return cases


def test_validate_and_loading_report_the_same_problems_for_every_broken_folder(tmp_path, make_agreement):
    for case, folders in _broken_folders(tmp_path, make_agreement).items():
        with pytest.raises(DataError) as raised:
            load_catalog(folders)
        checked = tradecmp.validate(data_dirs=folders)
        problems = [(r["path"], r["code"], r["message"]) for r in checked if r["level"] == "problem"]
        assert problems == [(p.path, p.code, p.message) for p in raised.value.problems], case


def test_validate_on_the_cli_fails_where_loading_fails(runner, tmp_path, make_agreement):
    write_agreement(tmp_path / "one", make_agreement("XYZDEA"))
    write_agreement(tmp_path / "two", make_agreement("XYZDEA"))
    folders = ["--data-dir", tmp_path / "one", "--data-dir", tmp_path / "two"]
    assert run(runner, "list", *folders).exit_code == 3
    result = run(runner, "validate", *folders)
    assert result.exit_code == 1 and "duplicate-id" in result.stdout


@pytest.mark.parametrize("args, message", [
    (["list", "-o", "out.xlsx"], "cannot tell the format"),
    (["export", "-f", "sqlite", "-o", "x.db", "--save-svg", "x.svg"], "do not apply"),
    (["list", "-f", "sqlite", "-o", "x.db"], "use it with `tradecmp export`"),
    (["export", "-f", "sqlite"], "add -o FILE"),
])
def test_a_format_option_that_does_not_apply_is_a_clear_error_and_writes_nothing(runner, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = run(runner, *args)
    assert result.exit_code == 2 and message in result.stderr and "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_every_format_of_the_registry_is_offered_and_selected_by_suffix(runner, tmp_path):
    from tradecmp.render import FORMATS

    help_text = run(runner, "export", "--help").stdout
    for name, fmt in FORMATS.items():
        assert name in help_text
        target = tmp_path / f"out{fmt.suffixes[0]}"
        assert run(runner, "export", "-o", target).exit_code == 0, name
        assert target.stat().st_size > 0
    assert (tmp_path / "out.db").read_bytes().startswith(b"SQLite format 3")
    assert next(csv.reader(io.StringIO((tmp_path / "out.csv").read_text())))[0] == "agreement"


def test_the_cache_keeps_an_entry_per_install(tmp_path, monkeypatch):
    """Two installs side by side (two code stamps) do not evict each other's cache."""
    from tradecmp import cache

    monkeypatch.setenv("TRADECMP_CACHE_DIR", str(tmp_path))
    load_catalog()
    first = {p.name for p in tmp_path.glob("*.pickle")}
    monkeypatch.setattr(cache, "_stamp", lambda: "another-install")
    load_catalog()
    both = {p.name for p in tmp_path.glob("*.pickle")}
    assert first < both and any(n.startswith("tradecmp-another-install") for n in both)


def test_unknown_names_suggest_the_code_or_the_closest_id(runner):
    result = run(runner, "between", "US", "Korea")
    assert result.exit_code == 4 and "did you mean USA?" in result.stderr
    assert "did you mean KOR?" in run(runner, "country", "Korea").stderr
    assert "did you mean KSDPA" in run(runner, "show", "KSDEA").stderr
    bad = run(runner, "between", "USA", "KOR", "--on", "2025-02-30")
    assert bad.exit_code == 2 and "not a date" in bad.stderr
