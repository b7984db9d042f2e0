"""Tables a person reads at a terminal: at 80, 100 and 160 columns no word is split across lines."""

import io
import re

import pytest

import tradecmp
from tradecmp.render import render

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


def _words(records) -> set[str]:
    words = set()
    for row in records.table_rows:
        for name in records.table_fields or records.fields:
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
    broken = [w for w in _words(records) if not re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text)]
    assert broken == []
