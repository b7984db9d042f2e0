"""Tables a person reads at a terminal: at 80, 100 and 160 columns no line is wider than the screen, ids, keys,
statuses and articles stay whole, running text is cut at a word with an ellipsis, and --wide keeps every word."""

import io
import re

import pytest

import tradecmp
from tradecmp.render import render
from tradecmp.render.layout import ELLIPSIS, PROSE

QUESTIONS = [
    ("between", ("USA", "KOR"), {}),
    ("country", ("KOR",), {"on": "2025-01-01"}),
    ("partners", ("USA",), {"provisions": ["data-localisation"]}),
    ("coverage", (), {}),
    ("list_agreements", (), {}),
    ("score", (["RCEP"],), {"explain": True}),
    ("diff", ("RCEP", "CPTPP"), {}),
    ("compare", (["RCEP", "CPTPP", "DEPA"],), {}),
    ("changes", ("KOR",), {"start": "2021-01-01", "end": "2026-01-01"}),
]


def _words(records, prose: bool = True, left_out: tuple[str, ...] = ()) -> set[str]:
    words = set()
    for row in records.table_rows:
        for name in records.table_fields or records.fields:
            if (name in PROSE and not prose) or records.headers.get(name, name) in left_out:
                continue
            value = row.get(name)
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str):
                    words |= {w for w in re.split(r"[\s,;()]+", item) if 3 < len(w) <= 32 and re.fullmatch(r"[\w.'-]+", w)}
    return words


@pytest.mark.parametrize("width", [80, 100, 160])
@pytest.mark.parametrize("function, args, kwargs", QUESTIONS, ids=[q[0] for q in QUESTIONS])
def test_no_table_splits_a_word(monkeypatch, width, function, args, kwargs):
    monkeypatch.setenv("COLUMNS", str(width))
    records = getattr(tradecmp, function)(*args, **kwargs)
    out = io.StringIO()
    render(records, "table", out)
    text = out.getvalue()
    assert max(len(line) for line in text.splitlines()) <= width
    said = re.search(r"columns left out: ([^;]*);", " ".join(text.split()))
    left_out = tuple(said.group(1).split(", ")) if said else ()
    broken = [w for w in _words(records, prose=False, left_out=left_out) if not re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text)]
    assert broken == []
    # running text is cut after a whole word: what precedes an ellipsis is a word of the data
    words = _words(records) | {w for w in re.split(r"[\s,;()]+", text) if w}
    for cut in re.findall(r"([\w.'-]+)" + ELLIPSIS, text):
        assert any(w.startswith(cut) for w in words)


@pytest.mark.parametrize("width", [80, 100])
@pytest.mark.parametrize("function, args, kwargs", QUESTIONS, ids=[q[0] for q in QUESTIONS])
def test_wide_keeps_every_word(monkeypatch, width, function, args, kwargs):
    monkeypatch.setenv("COLUMNS", str(width))
    records = getattr(tradecmp, function)(*args, **kwargs)
    out = io.StringIO()
    render(records, "table", out, wide=True)
    text = out.getvalue()
    assert ELLIPSIS not in text and "columns left out" not in text
    broken = [w for w in _words(records) if not re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text)]
    assert broken == []
