"""Data files people write: schema errors point at the line and suggest the near miss; a scaffold still saying
TODO fails `validate --strict`; a broken file in the app folder never blocks `paths` or `validate`."""

import json

from tradecmp.cli import app
from tradecmp.locate import line_of

from conftest import write_agreement


def run(runner, *args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def _line(path, text):
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def test_schema_errors_point_at_the_line_and_suggest_the_near_miss(runner, user_dir, make_agreement):
    data = make_agreement()
    data["provisions"]["source-code"] = {"status": "bindng", "checked": "text", "article": "3.1", "title": "Source Code",
                                         "text": "No Party shall require the transfer of source code"}
    data["provisions"]["cybersecurity"]["staus"] = "binding"
    data["provisions"]["fin-tech"] = data["provisions"].pop("fintech")
    data["provisions"]["cross-border-data-flows"]["exceptions"][0]["kind"] = "public-polcy"
    path = write_agreement(user_dir, data)
    out = run(runner, "validate", path).stdout
    assert f"{path}:{_line(path, 'bindng')}: schema provisions.source-code.status: 'bindng' is not one of 'binding', " \
           "'best-endeavour' or 'absent'; did you mean 'binding'?" in out
    assert f"{path}:{_line(path, 'staus')}: schema provisions.cybersecurity.staus: is not a field" in out
    assert "did you mean 'status'?" in out
    assert f"{path}:{_line(path, 'fin-tech')}: schema provisions.fin-tech: " in out and "did you mean 'fintech'?" in out
    assert f"{path}:{_line(path, 'public-polcy')}: schema provisions.cross-border-data-flows.exceptions.0.kind" in out
    assert "did you mean 'public-policy'?" in out


def test_loading_names_the_line_too(runner, user_dir, make_agreement):
    path = write_agreement(user_dir, make_agreement(status="in-forse"))
    result = run(runner, "list", "--data-dir", user_dir)
    assert result.exit_code == 3
    assert f"{path}:{_line(path, 'in-forse')}: schema status: 'in-forse' is not one of 'in-force', 'signed' or " \
        "'not-in-force'; did you mean 'in-force'?" \
        in result.stderr


def test_line_of_finds_keys_in_tables_arrays_and_inline_tables():
    text = "\n".join([
        'id = "X"',                          # 1
        "[parties.AUS]",                     # 2
        "in_force = 2020-01-01",             # 3
        "[provisions.source-code]",          # 4
        'status = "binding"',                # 5
        "exceptions = [",                    # 6
        '  { kind = "public-policy" },',     # 7
        '  { article = "1",',                # 8
        '    kind = "prudential" },',        # 9
        "]",                                 # 10
        '"quoted.key" = 1',                  # 11
        "[[provisions.fintech.transitions]]",  # 12
        'party = "VNM"',                     # 13
        "[[provisions.fintech.transitions]]",  # 14
        'party = "LAO"',                     # 15
    ])
    assert line_of(text, ("parties", "AUS", "in_force")) == 3
    assert line_of(text, ("provisions", "source-code", "status")) == 5
    assert line_of(text, ("provisions", "source-code", "exceptions", "1", "kind")) == 9
    assert line_of(text, ("provisions", "source-code", "quoted.key")) == 11
    assert line_of(text, ("provisions", "fintech", "transitions", "1", "party")) == 15
    assert line_of(text, ("provisions", "source-code", "missing")) == 4  # the nearest enclosing table
    assert line_of(text, ("provisions",)) == 4
    assert line_of(text, ("nowhere",)) is None


def test_a_fresh_scaffold_fails_validate_strict(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(runner, "new", "xyzdea").exit_code == 0
    assert run(runner, "validate", "xyzdea.toml").exit_code == 0  # valid as it is
    result = run(runner, "validate", "--strict", "xyzdea.toml")
    assert result.exit_code == 1
    assert "xyzdea.toml:3: todo 26 field(s) still say TODO: name, source" in result.stdout


def test_a_filled_in_file_has_no_todo_problem(runner, user_dir, make_agreement):
    path = write_agreement(user_dir, make_agreement(note="Todos santos: a place name, not a placeholder"))
    assert " todo " not in run(runner, "validate", "--strict", path).stdout


def test_a_broken_app_folder_file_does_not_block_paths_or_validate(runner, monkeypatch, tmp_path, make_agreement):
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    write_agreement(config / "tradecmp", make_agreement("MINE"))
    broken = config / "tradecmp" / "broken.toml"
    broken.write_text('schema = 1\nid = "BROKEN"\nname = \n')
    assert run(runner, "list").exit_code == 3  # loading still refuses it
    result = run(runner, "paths", "-f", "json")
    assert result.exit_code == 0
    (user,) = [f for f in json.loads(result.stdout) if f["origin"] == "user"]
    assert user["agreements"] == ["MINE"] and user["problems"][0].startswith(f"{broken}:3: toml-syntax")
    assert "1 problem(s) in the data files" in result.stderr
    checked = run(runner, "validate")
    assert checked.exit_code == 1 and f"{broken}:3: toml-syntax" in checked.stdout


def test_paths_shows_the_app_folder_before_it_exists(runner, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folders = json.loads(run(runner, "paths", "-f", "json").stdout)
    assert [(f["origin"], f["exists"]) for f in folders] == [("bundled", True), ("user", False)]
    assert folders[1]["folder"] == str(tmp_path / "config" / "tradecmp")
