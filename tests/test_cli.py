"""Each command through the CLI, as a user meets it: output, exit codes, messages on stderr."""

import csv
import io
import json

import pytest

from tradecmp.cli import app
from tradecmp.vocab import PROVISION_KEYS

from conftest import write_agreement

EXPORT_COLUMNS = ["agreement", "provision", "category", "status", "article", "title", "text", "exceptions",
                  "dispute_settlement", "strength", "checked", "source"]


def run(runner, *args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False, **kwargs)


def rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_list_shows_every_bundled_agreement_with_the_contract_columns(runner):
    result = run(runner, "list", "--format", "csv")
    assert result.exit_code == 0
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert header[:6] == ["agreement", "name", "signed", "in_force", "parties", "score"]
    listed = {r["agreement"]: r for r in rows(result.stdout)}
    assert {"RCEP", "CPTPP", "DEPA", "USJDTA"} <= set(listed)
    assert "JPN" in listed["RCEP"]["parties"].split(";")
    assert 0 <= float(listed["CPTPP"]["score"]) <= 100


def test_export_has_every_key_for_every_agreement(runner):
    result = run(runner, "export", "--format", "csv")
    assert result.exit_code == 0
    assert next(csv.reader(io.StringIO(result.stdout)))[:12] == EXPORT_COLUMNS
    cells = rows(result.stdout)
    by_agreement = {}
    for c in cells:
        by_agreement.setdefault(c["agreement"], set()).add(c["provision"])
    assert all(keys == set(PROVISION_KEYS) for keys in by_agreement.values())
    assert {c["dispute_settlement"] for c in cells} <= {"yes", "no"}


def test_diff_rcep_cptpp_says_cptpp_data_flows_are_stronger_and_why(runner):
    result = run(runner, "diff", "RCEP", "CPTPP", "--format", "csv")
    assert result.exit_code == 0
    by_key = {r["provision"]: r for r in rows(result.stdout)}
    flows = by_key["cross-border-data-flows"]
    assert flows["a_status"] == flows["b_status"] == "binding"
    assert flows["relation"] == "b-stronger"
    assert "self-judging public-policy exception" in flows["note"] and "outside dispute settlement" in flows["note"]
    assert by_key["data-localisation"]["relation"] == "b-stronger"
    assert "provisions differ" in result.stderr


def test_diff_hides_same_rows_unless_all(runner):
    some = rows(run(runner, "diff", "TPP", "CPTPP", "--format", "csv").stdout)
    every = rows(run(runner, "diff", "TPP", "CPTPP", "--all", "--format", "csv").stdout)
    assert len(every) == len(PROVISION_KEYS)
    assert all(r["relation"] != "same" for r in some)
    assert len(some) < len(every)


def test_diff_exit_code_is_one_when_they_differ_and_zero_when_not(runner):
    assert run(runner, "diff", "RCEP", "CPTPP", "--exit-code", "-f", "csv").exit_code == 1
    assert run(runner, "diff", "RCEP", "rcep", "--exit-code", "-f", "csv").exit_code == 0


def test_aliases_resolve_case_insensitively(runner):
    result = run(runner, "diff", "tpp-11", "cptpp", "--all", "-f", "json")
    assert {r["relation"] for r in json.loads(result.stdout)} == {"same"}


def test_an_unknown_agreement_fails_cleanly_with_a_suggestion(runner):
    result = run(runner, "diff", "RCPE", "CPTPP")
    assert result.exit_code == 4
    assert "RCEP" in result.stderr and "Traceback" not in result.output
    assert result.stdout == ""


def test_show_prints_each_provision_with_its_citation(runner):
    result = run(runner, "show", "rcep", "--provision", "cross-border-data-flows", "-f", "json")
    assert result.exit_code == 0
    (cell,) = json.loads(result.stdout)
    assert cell["article"].startswith("12.15") and "public-policy-self-judging" in cell["exceptions"]
    assert cell["dispute_settlement"] == "no"


def test_show_table_marks_unchecked_cells(runner, user_dir, make_agreement):
    data = make_agreement()
    data["provisions"]["cross-border-data-flows"]["checked"] = "unchecked"
    write_agreement(user_dir, data)
    result = run(runner, "show", "XYZDEA", "--data-dir", user_dir, "-f", "table")
    assert "3.7 *" in result.stdout and "not yet checked" in result.stdout


def test_show_says_how_many_cells_were_read_in_a_text(runner, user_dir, make_agreement):
    data = make_agreement()
    for cell in data["provisions"].values():
        cell["checked"] = "unchecked"
    data["provisions"]["customs-duties"]["checked"] = "secondary"
    write_agreement(user_dir, data)
    result = run(runner, "show", "XYZDEA", "--data-dir", user_dir, "-f", "table")
    assert "0 text, 1 secondary, 22 unchecked of 23 (none read in a treaty text)" in result.stdout


def test_show_rejects_an_unknown_provision(runner):
    result = run(runner, "show", "RCEP", "--provision", "data-flow")
    assert result.exit_code == 4 and "cross-border-data-flows" in result.stderr


def test_score_explain_names_rceps_reductions(runner):
    result = run(runner, "score", "RCEP", "--explain", "-f", "csv")
    flows = next(r for r in rows(result.stdout) if r["provision"] == "cross-border-data-flows")
    assert "public-policy-self-judging" in flows["reductions"] and "outside dispute settlement" in flows["reductions"]
    assert float(flows["strength"]) < float(flows["base"])


def test_score_orders_cptpp_above_rcep(runner):
    scores = {r["agreement"]: float(r["overall"]) for r in rows(run(runner, "score", "RCEP", "CPTPP", "-f", "csv").stdout)}
    assert scores["CPTPP"] > scores["RCEP"]


def test_score_weights_can_be_replaced(runner, tmp_path):
    flat = tmp_path / "flat.toml"
    flat.write_text(
        "[status]\nbinding = 1\nbest-endeavour = 1\nabsent = 0\n"
        "[exception]\npublic-policy = 1\npublic-policy-self-judging = 1\nsecurity-self-judging = 1\n"
        "general-exceptions = 1\nprudential = 1\npersonal-data = 1\nindigenous-peoples = 1\n"
        "[dispute_settlement]\noutside = 1\n"
        "[category]\ndata = 1\ndigital-products = 0\ntrust = 0\nfacilitation = 0\nemerging = 0\n"
    )
    result = run(runner, "score", "RCEP", "--weights", flat, "-f", "json")
    (score,) = json.loads(result.stdout)
    assert score["overall"] == score["data"]
    # The same weights reach every command that shows a strength.
    for args in (["show", "RCEP", "-p", "cross-border-data-flows"], ["between", "JPN", "KOR", "-p", "cross-border-data-flows"],
                 ["diff", "RCEP", "CPTPP", "--all", "-p", "cross-border-data-flows"]):
        default = json.loads(run(runner, *args, "-f", "json").stdout)[0]
        flat_rows = json.loads(run(runner, *args, "-f", "json", "--weights", flat).stdout)[0]
        strength = "a_strength" if args[0] == "diff" else "strength"
        assert default[strength] == 0.27 and flat_rows[strength] == 1, args


def test_output_file_is_written_whole_and_a_failed_run_keeps_the_old_one(runner, tmp_path):
    target = tmp_path / "out.csv"
    assert run(runner, "export", "-o", target).exit_code == 0
    assert target.read_text().startswith("agreement,provision,")
    target.write_text("precious")
    result = run(runner, "diff", "NOPE", "RCEP", "-o", target)
    assert result.exit_code == 4 and target.read_text() == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_output_into_a_missing_folder_is_a_clear_error(runner, tmp_path):
    result = run(runner, "list", "-o", tmp_path / "no" / "such.csv")
    assert result.exit_code == 5 and "cannot write" in result.stderr


def test_validate_passes_on_the_bundled_data(runner):
    result = run(runner, "validate")
    assert result.exit_code == 0, result.stdout


BROKEN = {
    "cut.toml": (b'schema = 1\nid = "CUT"\nname = "Cut off', "toml-syntax"),
    "empty.toml": (b"", "empty"),
    "garbage.toml": (bytes(range(256)) * 4, "not-utf8"),
    "latin.toml": ('name = "Caf\u00e9"\n'.encode("latin-1"), "not-utf8"),
    "deep.toml": (b"x = " + b"[" * 100_000 + b"]" * 100_000 + b"\n", "toml-syntax"),
    "huge.toml": (b"# " + b"x" * (2 * 1024 * 1024) + b"\n", "too-large"),
    "baddate.toml": (b"signed = 2023-02-30\n", "toml-syntax"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_file_is_one_clear_message_from_every_command(runner, user_dir, name):
    content, code = BROKEN[name]
    (user_dir / name).write_bytes(content)
    for args in (["list"], ["diff", "RCEP", "CPTPP"], ["export"], ["show", "RCEP"], ["score"]):
        result = run(runner, *args, "--data-dir", user_dir, "-f", "csv")
        assert result.exit_code == 3, (args, result.output)
        assert name in result.stderr and code in result.stderr
        assert "Traceback" not in result.output and result.stdout == ""


def test_schema_errors_name_the_field_and_what_was_expected(runner, user_dir, make_agreement):
    data = make_agreement()
    data["provisions"]["cross-border-data-flows"]["status"] = "mandatory"
    data["provisions"]["source-code"]["colour"] = "red"
    data["parties"]["ZZZ"] = {}
    write_agreement(user_dir, data)
    result = run(runner, "validate", user_dir)
    assert result.exit_code == 1
    assert "provisions.cross-border-data-flows.status" in result.stdout and "'binding'" in result.stdout
    assert "provisions.source-code.colour" in result.stdout
    assert "ZZZ" in result.stdout


def test_validate_lists_every_problem_in_a_folder(runner, user_dir, make_agreement):
    for name, (content, _) in BROKEN.items():
        (user_dir / name).write_bytes(content)
    write_agreement(user_dir, make_agreement("GOOD"), name="wrongname.toml")
    (user_dir / "folder.toml").mkdir()
    result = run(runner, "validate", user_dir)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == len(BROKEN) + 2
    assert any("id-mismatch" in line for line in lines) and any("not-a-file" in line for line in lines)


def test_a_missing_data_folder_is_an_error(runner, tmp_path):
    result = run(runner, "list", "--data-dir", tmp_path / "nowhere")
    assert result.exit_code == 3 and "no-such-folder" in result.stderr


def test_validate_strict_lists_unchecked_cells(runner, user_dir, make_agreement):
    data = make_agreement()
    data["provisions"]["source-code"]["checked"] = "unchecked"
    write_agreement(user_dir, data)
    result = run(runner, "validate", "--strict", user_dir)
    assert "unchecked provisions.source-code" in result.stdout
    assert result.exit_code == 0


def test_help_lists_exit_codes(runner):
    result = run(runner, "--help")
    assert "Exit codes" in result.stdout and "141" in result.stdout


def test_a_closed_pipe_ends_quietly_with_141():
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-m", "tradecmp", "export", "--format", "csv"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 141
    assert stderr == ""


def test_the_documented_example_validates_and_loads(runner):
    from pathlib import Path

    docs = Path(__file__).resolve().parents[1] / "docs"
    assert run(runner, "validate", docs / "xyzdea.toml").exit_code == 0
    result = run(runner, "show", "xyz-dea", "--data-dir", docs, "-f", "json")
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == len(PROVISION_KEYS)


def test_ctrl_c_ends_quietly_with_130(runner, monkeypatch):
    import tradecmp.catalog

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(tradecmp.catalog, "read_folders", interrupted)
    result = run(runner, "list")
    assert result.exit_code == 130 and "interrupted" in result.stderr and "Traceback" not in result.output


def test_the_console_script_runs_one_command_or_lists_them_all():
    import subprocess
    import sys

    one = subprocess.run([sys.executable, "-m", "tradecmp", "list", "--party", "KOR", "--on", "2026-01-01", "-f", "csv"],
                         capture_output=True, text=True, check=False)
    assert one.returncode == 0 and len(one.stdout.splitlines()) >= 13
    every = subprocess.run([sys.executable, "-m", "tradecmp", "--help"], capture_output=True, text=True, check=False)
    assert all(name in every.stdout for name in ("partners", "changes", "impact", "verify", "diff", "list"))
