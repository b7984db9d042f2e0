"""Every format prints data-file text as text: literal in tables, exact in JSON, exact or defused in CSV/TSV."""

import csv
import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from tradecmp.render import Records, render
from tradecmp.render.text import defuse_formula

HOSTILE = "[bold]x[/bold] [/x] \x1b[31mred\x1b[0m \u202eevil\u202c\ttab\nline \"q\", =1+2"


def records(text: str) -> Records:
    return Records(["agreement", "text", "parties"], [{"agreement": "XYZ", "text": text, "parties": ["AUS", "NZL"]}])


def rendered(text: str, fmt: str) -> str:
    out = io.StringIO()
    render(records(text), fmt, out)
    return out.getvalue()


def test_json_carries_text_exactly_and_lists_as_lists():
    data = json.loads(rendered(HOSTILE, "json"))
    assert data == [{"agreement": "XYZ", "text": HOSTILE, "parties": ["AUS", "NZL"]}]


def test_csv_defuses_formulas_and_joins_lists():
    rows = list(csv.DictReader(io.StringIO(rendered("=HYPERLINK(\"http://x\")", "csv"))))
    assert rows[0]["text"] == "'=HYPERLINK(\"http://x\")"
    assert rows[0]["parties"] == "AUS;NZL"


def test_tsv_keeps_one_record_per_line():
    lines = rendered("a\tb\nc\\d", "tsv").splitlines()
    assert len(lines) == 2
    assert lines[1].split("\t")[1] == "a\\tb\\nc\\\\d"


def test_table_prints_markup_literally_and_never_sends_escapes():
    out = rendered("[bold]reserved[/bold] [/x] \x1b[31mred \u202eevil", "table")
    assert "[bold]reserved[/bold]" in out and "[/x]" in out
    assert "\x1b" not in out and "\u202e" not in out
    assert "\\x1b[31mred" in out and "\\u202e" in out


def test_markdown_escapes_pipes_and_newlines():
    out = rendered("a|b\nc", "markdown")
    assert "a\\|b<br>c" in out


def _undo_tsv(cell: str) -> str:
    out, i = [], 0
    while i < len(cell):
        if cell[i] == "\\":
            out.append({"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}[cell[i + 1]])
            i += 2
        else:
            out.append(cell[i])
            i += 1
    return "".join(out)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_survives_json_csv_and_tsv(text):
    assert json.loads(rendered(text, "json"))[0]["text"] == text
    assert json.loads(rendered(text, "jsonl").split("\n")[0])["text"] == text
    expected = defuse_formula(text)
    row = next(csv.DictReader(io.StringIO(rendered(text, "csv"), newline="")))
    assert row["text"] == expected
    line = rendered(text, "tsv").split("\n")[1]
    assert _undo_tsv(line.split("\t")[1]) == expected


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Cf", "Zl", "Zp", "Mn", "Me")), max_size=30))
def test_printable_text_appears_literally_in_a_table(text):
    out = rendered(text, "table")
    squeezed = "".join(out.split())
    assert "".join(text.split()) in squeezed
