"""Records in a notebook: a short repr, an HTML table that escapes data text, and a typed DataFrame."""

import sys

import pytest

import tradecmp
from tradecmp import api
from tradecmp.records import Records

from conftest import write_agreement


def test_records_and_agreements_have_short_reprs():
    rows = tradecmp.diff("RCEP", "CPTPP")
    text = repr(rows)
    assert text.startswith("<Records 'RCEP (a) vs CPTPP (b)': 15 row(s) of provision, category") and len(text) < 200
    agreement = api.catalog().agreements["RCEP"]
    assert repr(agreement) == ("<Agreement RCEP: Regional Comprehensive Economic Partnership Agreement; "
                               "15 parties, 23 provisions, in-force>")


def test_html_display_has_title_table_and_summary():
    page = tradecmp.diff("RCEP", "CPTPP")._repr_html_()
    assert "<strong>RCEP (a) vs CPTPP (b)</strong>" in page and "<th>a_status</th>" in page
    assert "<td>cross-border-data-flows</td>" in page and "15 of 23 provisions differ" in page


def test_html_display_escapes_data_text(user_dir, make_agreement):
    write_agreement(user_dir, make_agreement(name="<script>alert(1)</script> & <b>x</b>"))
    rows = tradecmp.list_agreements(data_dirs=[user_dir])
    mine = [r for r in rows if r["agreement"] == "XYZDEA"]
    page = Records(rows.fields, mine, title="<i>t</i>", summary="1 < 2")._repr_html_()
    assert "<script>" not in page and "<b>x" not in page and "<i>" not in page and "1 &lt; 2" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;" in page


def test_a_long_html_display_says_how_many_rows_it_holds():
    page = tradecmp.export()._repr_html_()
    assert page.count("<tr>") == 51 and "50 of " in page and ".to_pandas()" in page


def test_to_pandas_types_the_columns():
    pd = pytest.importorskip("pandas")
    frame = tradecmp.export().to_pandas()
    assert frame["status"].dtype == pd.CategoricalDtype(["absent", "best-endeavour", "binding"], ordered=True)
    assert (frame["status"] > "best-endeavour").sum() == (frame["status"] == "binding").sum() > 0
    assert frame["strength"].dtype.kind == "f"
    listed = tradecmp.list_agreements().to_pandas()
    assert listed["signed"].dtype.kind == "M" and listed["ended"].dtype.kind == "M"  # empty in every row: still dates
    assert listed.loc[listed["agreement"] == "RCEP", "signed"].iloc[0] == pd.Timestamp("2020-11-15")
    assert listed["score"].dtype.kind == "f"


def test_to_pandas_keeps_the_summary_as_an_attribute():
    pytest.importorskip("pandas")
    frame = tradecmp.diff("RCEP", "CPTPP").to_pandas()
    assert frame.attrs["summary"].startswith("RCEP vs CPTPP: 15 of 23 provisions differ")
    assert frame["a_status"].cat.ordered and list(frame.columns)[:3] == ["provision", "category", "a_status"]


def test_to_pandas_without_pandas_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"tradecmp\[pandas\]"):
        Records(["a"], [{"a": 1}]).to_pandas()
