"""At a terminal and in a pipe, as a user meets tradecmp: tables that fit 80 and 100 columns (run in a
pseudo-terminal of that size), a pager only on a terminal, colour as --color, NO_COLOR and FORCE_COLOR say,
machine output that keeps everything, `-` for stdout and stdin, --json FIELDS, usage errors and help."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys

import pytest

pty = pytest.importorskip("pty")  # pseudo-terminals: POSIX only
import fcntl  # noqa: E402
import struct  # noqa: E402
import termios  # noqa: E402

ESC = "\x1b["
TOOL = [sys.executable, "-m", "tradecmp"]


def _env(**changes) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env.update({k: v for k, v in changes.items() if v is not None})
    for k, v in changes.items():
        if v is None:
            env.pop(k, None)
    return env


def in_terminal(*args: str, cols: int, rows: int = 24, **env) -> tuple[int, str]:
    """Run tradecmp with a pseudo-terminal of cols x rows as stdin, stdout and stderr; return (exit, screen text)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    proc = subprocess.Popen([*TOOL, *args], stdin=slave, stdout=slave, stderr=slave, env=_env(**env), close_fds=True)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the other side closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(), b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")


def in_pipe(*args: str, stdin: str | None = None, **env) -> subprocess.CompletedProcess:
    return subprocess.run([*TOOL, *args], input=stdin, capture_output=True, text=True, env=_env(**env), check=False)


def table_rows(screen: str, first_column: re.Pattern) -> list[list[str]]:
    """The lines of the table under its header rule, grouped by record (a record starts with a value in column one)."""
    lines = screen.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("\u2500")) + 1
    records: list[list[str]] = []
    for line in lines[start:]:
        if not line.strip():
            break
        if first_column.match(line):
            records.append([line])
        elif records and line.startswith(" "):
            records[-1].append(line)
        else:
            break
    return records


# --- tables at 80 and 100 columns ------------------------------------------------------------------

def test_list_at_80_columns_is_a_table_of_at_most_two_lines_per_agreement():
    code, screen = in_terminal("list", "--no-pager", cols=80, rows=500)
    assert code == 0
    assert max(len(line) for line in screen.splitlines()) <= 80
    records = table_rows(screen, re.compile(r"[A-Z][A-Z0-9-]+ "))
    listed = json.loads(in_pipe("list", "-f", "json").stdout)
    assert len(records) == len(listed) > 90
    assert max(len(r) for r in records) <= 2
    assert [r[0].split()[0] for r in records] == [a["agreement"] for a in listed]  # ids whole
    assert "\u2026" in screen and "--wide" in screen  # names cut short, and it says how to see them whole


def test_diff_at_100_columns_is_side_by_side_with_its_notes():
    code, screen = in_terminal("diff", "RCEP", "CPTPP", "--no-pager", cols=100, rows=500)
    assert code == 0
    assert max(len(line) for line in screen.splitlines()) <= 100
    header = next(line for line in screen.splitlines() if line.startswith("provision"))
    assert header.split() == ["provision", "RCEP", "CPTPP", "relation", "note"]
    records = table_rows(screen, re.compile(r"[a-z]+(-[a-z]+)* "))
    assert len(records) == 15 and max(len(r) for r in records) <= 3
    assert "cross-border-data-flows" in records[0][0] and "b-stronger" in records[0][0]
    assert len(screen.splitlines()) < 50


def test_diff_at_80_columns_stays_a_table_and_says_what_it_left_out():
    _code, screen = in_terminal("diff", "RCEP", "CPTPP", "--no-pager", cols=80, rows=500)
    assert max(len(line) for line in screen.splitlines()) <= 80
    assert len(table_rows(screen, re.compile(r"[a-z]+(-[a-z]+)* "))) == 15
    assert "columns left out: note" in " ".join(screen.split())


def test_compare_four_agreements_at_100_columns_keeps_a_column_each():
    code, screen = in_terminal("compare", "RCEP", "CPTPP", "DEPA", "USMCA", "--no-pager", cols=100, rows=500)
    assert code == 0
    assert max(len(line) for line in screen.splitlines()) <= 100
    header = next(line for line in screen.splitlines() if line.startswith("provision"))
    assert header.split() == ["provision", "RCEP", "CPTPP", "DEPA", "USMCA"]
    assert "binding 12.15.2" in screen  # statuses and articles whole


def test_wide_and_width_give_everything():
    _code, narrow = in_terminal("diff", "RCEP", "CPTPP", "--no-pager", cols=100, rows=500)
    _code, wide = in_terminal("diff", "RCEP", "CPTPP", "--no-pager", "--wide", cols=100, rows=500)
    assert "\u2026" in narrow and "\u2026" not in wide
    assert "CPTPP: dispute settlement suspended for MYS" in " ".join(wide.split())
    piped = in_pipe("diff", "RCEP", "CPTPP", "-f", "table", "--width", "100").stdout
    assert max(len(line) for line in piped.splitlines()) <= 100


def test_an_empty_diff_keeps_its_sentence_whole():
    out = in_pipe("diff", "CPTPP", "TPP", "-f", "table", COLUMNS="100").stdout
    assert "CPTPP vs TPP: 0 of 23 provisions differ" in out
    assert all(len(line.split()) > 3 for line in out.splitlines() if line.strip())  # no word-per-line stack


# --- pager and colour -------------------------------------------------------------------------------

@pytest.fixture
def fake_pager(tmp_path):
    """A pager that copies what it is given to a file, so a test can see that it ran and what it got."""
    seen = tmp_path / "paged.txt"
    script = tmp_path / "pager.sh"
    script.write_text(f"#!/bin/sh\ncat > '{seen}'\necho PAGED\n")
    script.chmod(0o755)
    return str(script), seen


def test_long_output_on_a_terminal_goes_through_the_pager(fake_pager):
    pager, seen = fake_pager
    code, screen = in_terminal("list", cols=100, rows=24, TRADECMP_PAGER=pager, PAGER="false")
    assert code == 0 and "PAGED" in screen
    assert "RCEP" in seen.read_text() and "RCEP" not in screen


def test_pager_falls_back_to_PAGER_and_is_skipped_by_no_pager(fake_pager):
    pager, seen = fake_pager
    _code, screen = in_terminal("list", cols=100, PAGER=pager, TRADECMP_PAGER=None)
    assert "PAGED" in screen and seen.exists()
    seen.unlink()
    _code, screen = in_terminal("list", "--no-pager", cols=100, TRADECMP_PAGER=pager)
    assert "PAGED" not in screen and "RCEP" in screen and not seen.exists()


def test_short_output_and_pipes_never_page(fake_pager):
    pager, seen = fake_pager
    _code, screen = in_terminal("between", "USA", "KOR", "-p", "data-localisation", cols=100, rows=60,
                               TRADECMP_PAGER=pager)
    assert "KORUS" in screen and not seen.exists()
    piped = in_pipe("list", TRADECMP_PAGER=pager)
    assert "RCEP" in piped.stdout and not seen.exists()


def test_colour_follows_color_no_color_and_force_color():
    term = {"TERM": "xterm-256color", "NO_COLOR": None, "FORCE_COLOR": None}
    assert ESC in in_terminal("diff", "RCEP", "CPTPP", "--no-pager", cols=100, **term)[1]
    assert ESC not in in_terminal("diff", "RCEP", "CPTPP", "--no-pager", "--color", "never", cols=100, **term)[1]
    assert ESC not in in_terminal("diff", "RCEP", "CPTPP", "--no-pager", cols=100, **{**term, "NO_COLOR": "1"})[1]
    assert ESC not in in_pipe("diff", "RCEP", "CPTPP", "-f", "table", **term).stdout
    assert ESC in in_pipe("diff", "RCEP", "CPTPP", "-f", "table", "--color", "always", **term).stdout
    assert ESC in in_pipe("diff", "RCEP", "CPTPP", "-f", "table", **{**term, "FORCE_COLOR": "1"}).stdout
    assert ESC not in in_pipe("diff", "RCEP", "CPTPP", "-f", "csv", "--color", "always", **term).stdout


# --- machine output is complete and self-describing -------------------------------------------------

def test_diff_files_carry_every_reason_and_name_the_agreements():
    records = json.loads(in_pipe("diff", "RCEP", "CPTPP", "-f", "json").stdout)
    flows = next(r for r in records if r["provision"] == "cross-border-data-flows")
    assert flows["a"] == "RCEP" and flows["b"] == "CPTPP"
    assert flows["relation"] == "b-stronger" and flows["stronger"] == "CPTPP"
    assert len(flows["reasons"]) > 3 and flows["note"] == "; ".join(flows["reasons"])
    table = list(csv.DictReader(io.StringIO(in_pipe("diff", "RCEP", "CPTPP", "-f", "csv").stdout)))
    header = list(table[0])
    assert header[:10] == ["provision", "category", "a_status", "b_status", "a_article", "b_article",
                           "a_strength", "b_strength", "relation", "note"]
    assert header.index("a") > 9 and header.index("stronger") > 9
    assert not any(re.search(r"\+\d+ more", r["note"]) for r in table)
    assert {r["stronger"] for r in table} <= {"RCEP", "CPTPP", ""}
    markdown = in_pipe("diff", "RCEP", "CPTPP", "-f", "markdown").stdout
    assert "CPTPP: dispute settlement suspended for MYS" in markdown and " more" not in markdown


def test_stacked_diffs_stay_distinguishable():
    first = in_pipe("diff", "RCEP", "CPTPP", "-f", "tsv").stdout.splitlines()
    second = in_pipe("diff", "DEPA", "USMCA", "-f", "tsv").stdout.splitlines()
    header = first[0].split("\t")
    stacked = [dict(zip(header, line.split("\t"))) for line in first[1:] + second[1:]]
    assert {(r["a"], r["b"]) for r in stacked} == {("RCEP", "CPTPP"), ("DEPA", "USMCA")}


# --- `-` and --json ---------------------------------------------------------------------------------

def test_dash_is_stdout_for_output_and_stdin_for_validate(tmp_path):
    result = subprocess.run([*TOOL, "list", "-o", "-", "-f", "csv"], capture_output=True, text=True, cwd=tmp_path, check=False)
    assert result.returncode == 0 and result.stdout.startswith("agreement,name")
    draft = subprocess.run([*TOOL, "new", "XYZDEA", "-o", "-"], capture_output=True, text=True, cwd=tmp_path, check=False)
    assert 'id = "XYZDEA"' in draft.stdout
    assert list(tmp_path.iterdir()) == []  # no file named "-"
    good = in_pipe("validate", "-", stdin=draft.stdout)
    assert good.returncode == 0 and "0 problem(s)" in good.stderr
    bad = in_pipe("validate", "-", stdin=draft.stdout.replace('"absent"', '"maybe"', 1))
    assert bad.returncode == 1 and bad.stdout.startswith("-:") and "maybe" in bad.stdout
    refused = in_pipe("export", "-f", "sqlite", "-o", "-")
    assert refused.returncode == 2 and "-o FILE" in refused.stderr


def test_json_fields_select_and_bare_json_lists_them():
    chosen = json.loads(in_pipe("diff", "RCEP", "CPTPP", "--json", "provision,stronger").stdout)
    assert chosen[0] == {"provision": "cross-border-data-flows", "stronger": "CPTPP"}
    listing = in_pipe("diff", "RCEP", "CPTPP", "--json")
    assert listing.returncode == 2 and "stronger" in listing.stderr and "relation" in listing.stderr
    unknown = in_pipe("list", "--json", "agreement,nope")
    assert unknown.returncode == 2 and "'nope'" in unknown.stderr and "agreement" in unknown.stderr
    assert in_pipe("list", "--json", "agreement", "-f", "csv").returncode == 2


# --- never crash ------------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [["new", "bad id!"], ["compose", "USA", "JPN", "--id", "bad id", "-o", "c.toml"],
                                  ["between", "KOR", "kor"], ["diff", "RCEP", "CPTPP", "--save-svg", "keep.csv"],
                                  ["diff", "RCEP", "CPTPP", "--save-html", "keep.csv"]])
def test_usage_errors_are_one_line_exit_2_and_write_nothing(tmp_path, args):
    result = subprocess.run([*TOOL, *args], capture_output=True, text=True, cwd=tmp_path, check=False)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_category_is_matched_in_any_case():
    upper = in_pipe("diff", "RCEP", "CPTPP", "--all", "--category", "Data", "-f", "csv")
    assert upper.returncode == 0
    assert {r["category"] for r in csv.DictReader(io.StringIO(upper.stdout))} == {"data"}


# --- help -------------------------------------------------------------------------------------------

def test_help_groups_commands_and_names_the_docs():
    text = in_pipe("--help").stdout
    for title in ("Look up:", "Compare agreements:", "Countries and pairs:", "Data:"):
        assert title in text
    assert text.index("Look up:") < text.index("  show ") < text.index("Compare agreements:") < text.index("  diff ")
    assert "https://github.com/tradecmp/tradecmp" in text and "docs" in text


@pytest.mark.parametrize("command", ["list", "show", "diff", "compare", "country", "between", "partners", "changes",
                                     "impact", "compose", "score", "matrix", "timeline", "verify", "coverage",
                                     "export", "validate", "paths", "new", "schema"])
def test_each_command_help_has_an_example(command):
    text = in_pipe(command, "--help").stdout
    assert "Examples:" in text and f"tradecmp {command} " in text.split("Examples:")[1]


# --- the layout rules themselves --------------------------------------------------------------------

def test_running_text_is_cut_at_a_word_and_short_values_are_never_cut():
    from tradecmp.render.layout import ELLIPSIS, fit, shorten

    text, cut = shorten("self-judging public-policy exception 12.15.3(a); outside dispute settlement", 20, 2)
    assert cut and text.endswith(ELLIPSIS) and len(text.splitlines()) == 2
    assert all(len(line) <= 20 for line in text.splitlines())
    assert shorten("short", 20, 2) == ("short", False)
    names = ["agreement", "name", "signed", "checked_share"]
    rows = [["EU-CENTRAL-AMERICA", "Agreement establishing an Association between Central America and the EU",
             "2012-06-29", "0.5"]]
    shape = fit(names, names, rows, 60)
    assert shape is not None and "checked_share" in shape.dropped and shape.cut
    assert shape.widths[0] >= len("EU-CENTRAL-AMERICA")
    wide = fit(names, names, rows, 60, wide=True)  # --wide keeps every column and wraps text whole
    assert wide is not None and wide.dropped == [] and not wide.cut and wide.lines is None
    assert fit(names, names, rows, 25) is None  # nothing fits: blocks


def test_an_empty_table_says_what_was_found():
    out = in_pipe("list", "--party", "PRK", "-f", "table", COLUMNS="80").stdout
    assert out.splitlines()[1] == "0 agreement(s)"


@pytest.mark.parametrize("args", [["matrix"], ["export"], ["score"], ["score", "RCEP", "--explain"]])
def test_wide_records_stay_tables_at_80_columns(args):
    out = in_pipe(*args, "-f", "table", COLUMNS="80").stdout
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert any(line.startswith("\u2500") for line in lines)  # a table's header rule, not blocks
    records = json.loads(in_pipe(*args, "-f", "json").stdout)
    assert len(lines) < 2 * len(records) + 12


def test_an_article_cited_through_another_agreement_breaks_after_a_hyphen():
    """A continuity agreement cites the EU agreement's articles ("EU-CENTRAL-AMERICA 198.1"); at 80 columns the
    export stays a table and such an article wraps after a hyphen, never inside a word."""
    lines = in_pipe("export", "-f", "table", COLUMNS="80").stdout.splitlines()
    at = lines[0].index("article")
    row = next(i for i, line in enumerate(lines) if line.startswith("GBR-CENTRAL-AMERICA") and " financial-data " in line)
    pieces = [line[at:].strip() for line in lines[row:row + 6] if line[:at].strip() in ("", lines[row][:at].strip())]
    pieces = [p for p in pieces if p][:4]
    assert "".join(p if p.endswith("-") else p + " " for p in pieces).strip() == "EU-CENTRAL-AMERICA 198.1"
