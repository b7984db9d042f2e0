"""What makes tradecmp fit analysts' other tools: completion, pictures, SQLite, scaffolds, versions."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tradecmp import __version__
from tradecmp.cli import app
from tradecmp.vocab import PROVISION_KEYS

from conftest import write_agreement


def run(runner, *args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_version(runner):
    result = run(runner, "--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"tradecmp {__version__}"


def test_save_svg_and_html_draw_the_table_as_text(runner, tmp_path):
    svg, html = tmp_path / "d.svg", tmp_path / "d.html"
    result = run(runner, "diff", "RCEP", "CPTPP", "-f", "csv", "--save-svg", svg, "--save-html", html)
    assert result.exit_code == 0 and result.stdout.startswith("provision,")
    assert svg.read_text().startswith("<svg") and "cross" in svg.read_text()
    assert "cross-border-data-flows" in html.read_text() and "<html" in html.read_text()


def test_saved_html_escapes_hostile_text(runner, user_dir, make_agreement, tmp_path):
    data = make_agreement(name="<b>x</b> [bold]y")
    write_agreement(user_dir, data)
    html = tmp_path / "l.html"
    run(runner, "list", "--data-dir", user_dir, "-f", "csv", "--save-html", html)
    page = html.read_text()
    assert "<b>x" not in page and "&lt;b&gt;x" in page and "[bold]y" in page


def test_export_sqlite_has_related_tables(runner, tmp_path):
    target = tmp_path / "tradecmp.db"
    assert run(runner, "export", "--format", "sqlite", "-o", target).exit_code == 0
    db = sqlite3.connect(target)
    agreements = db.execute("SELECT count(*) FROM agreements WHERE encoded").fetchone()[0]
    assert db.execute("SELECT count(*) FROM provisions").fetchone()[0] == agreements * len(PROVISION_KEYS)
    kinds = {k for (k,) in db.execute(
        "SELECT kind FROM exceptions WHERE agreement = 'RCEP' AND provision = 'data-localisation'")}
    assert "public-policy-self-judging" in kinds
    (uk,) = db.execute("SELECT in_force FROM parties WHERE agreement = 'CPTPP' AND party = 'GBR'").fetchall()
    assert uk[0] > "2024"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_export_sqlite_needs_a_file(runner):
    assert run(runner, "export", "--format", "sqlite").exit_code == 2


def test_paths_lists_folders_in_order_with_their_agreements(runner, user_dir, make_agreement):
    write_agreement(user_dir, make_agreement("XYZDEA"))
    result = run(runner, "paths", "--data-dir", user_dir, "-f", "json")
    folders = json.loads(result.stdout)
    assert [f["origin"] for f in folders] == ["bundled", "user", "data-dir"]  # the app folder, even before it exists
    assert "RCEP" in folders[0]["agreements"] and folders[2]["agreements"] == ["XYZDEA"]


def test_the_user_app_folder_is_searched(runner, make_agreement, monkeypatch, tmp_path):
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    write_agreement(config / "tradecmp", make_agreement("MINE"))
    result = run(runner, "list", "-f", "csv")
    assert "MINE" in result.stdout
    origins = [f["origin"] for f in json.loads(run(runner, "paths", "-f", "json").stdout)]
    assert origins == ["bundled", "user"]


def test_new_writes_a_valid_skeleton_and_refuses_to_overwrite(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(runner, "new", "xyzdea", "--name", "Example").exit_code == 0
    path = tmp_path / "xyzdea.toml"
    assert run(runner, "validate", path).exit_code == 0
    shown = json.loads(run(runner, "show", "XYZDEA", "--data-dir", tmp_path, "-f", "json").stdout)
    assert {c["provision"] for c in shown} == set(PROVISION_KEYS)
    assert {c["checked"] for c in shown} == {"unchecked"}
    path.write_text("mine")
    again = run(runner, "new", "XYZDEA")
    assert again.exit_code == 5 and path.read_text() == "mine"


def test_schema_is_the_json_schema_of_a_data_file(runner):
    schema = json.loads(run(runner, "schema").stdout)
    assert schema["additionalProperties"] is False
    assert {"id", "provisions", "parties", "schema"} <= set(schema["properties"])


def _complete(words: str, env_extra=None) -> list[str]:
    env = {**os.environ, "_TRADECMP_COMPLETE": "complete_bash", "COMP_WORDS": words,
           "COMP_CWORD": str(len(words.split()) - 1), **(env_extra or {})}
    out = subprocess.run([str(Path(sys.executable).parent / "tradecmp")], env=env,
                         capture_output=True, text=True, check=False)
    return out.stdout.split()


@pytest.mark.parametrize("words, expected", [
    ("tradecmp diff CP", "CPTPP"),
    ("tradecmp diff tpp-", "tpp-11"),
    ("tradecmp show RCEP --provision data-", "data-localisation"),
    ("tradecmp between KO", "KOR"),
    ("tradecmp list --format js", "json"),
])
def test_completion_offers_what_is_loaded(words, expected):
    assert expected in _complete(words)


def test_completion_sees_the_data_dir_given(user_dir, make_agreement):
    write_agreement(user_dir, make_agreement("XYZDEA"))
    assert _complete(f"tradecmp diff --data-dir {user_dir} XY") == ["XYZDEA"]
