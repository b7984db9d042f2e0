"""Charts (`--chart FILE`, `tradecmp.chart`): read as a person would, by the words on them (an SVG keeps its text
as text), and the one line a user gets without matplotlib."""

from __future__ import annotations

import csv
import io

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import tradecmp
from tradecmp.charts import UNCHECKED_LABEL, cluster_order
from tradecmp.cli import app
from tradecmp.vocab import PROVISION_KEYS

pytest.importorskip("matplotlib", reason="the charts extra (in the test extra) is not installed")


def words(svg: Path | str) -> str:
    """The text a reader sees on an SVG chart: its <text> elements, in order."""
    text = svg.read_text("utf-8") if isinstance(svg, Path) else svg
    found = re.findall(r"<text\b[^>]*>(.*?)</text>", text, re.S)
    import html

    return "\n".join(html.unescape(re.sub(r"<[^>]+>", "", t)).strip() for t in found)


def test_compare_chart_labels_every_provision_and_agreement_with_a_legend(runner, tmp_path):
    target = tmp_path / "compare.svg"
    result = runner.invoke(app, ["compare", "RCEP", "CPTPP", "DEPA", "-f", "csv", "--chart", str(target)])
    assert result.exit_code == 0, result.output
    seen = words(target)
    for label in [*PROVISION_KEYS, "RCEP", "CPTPP", "DEPA", "agreement", "provision", "binding", "best-endeavour",
                  "absent", f"* {UNCHECKED_LABEL}", "strength: 0 absent … 1 binding, enforceable, unqualified"]:
        assert label in seen, label
    assert "B 0.81" in seen and "B 0.27" in seen  # CPTPP's and RCEP's data-flow strengths, written in the cells


def test_compare_chart_without_unchecked_cells_has_no_unchecked_legend(tmp_path):
    fig = tradecmp.chart(tradecmp.compare(["RCEP", "CPTPP"], provisions=["cross-border-data-flows"]),
                         tmp_path / "c.svg")
    assert fig is not None
    assert UNCHECKED_LABEL not in words(tmp_path / "c.svg")


def test_matrix_chart_is_readable_for_four_agreements(runner, tmp_path):
    target = tmp_path / "m.svg"
    result = runner.invoke(app, ["matrix", "TPP", "RCEP", "KORUS", "CPTPP", "-f", "csv", "--chart", str(target)])
    assert result.exit_code == 0, result.output
    seen = words(target)
    assert "similarity of commitments (0 = nothing in common, 1 = the same)" in seen
    assert "clustered: similar agreements side by side" in seen
    labels = [line.removesuffix(" *") for line in seen.splitlines() if line.removesuffix(" *") in ("TPP", "RCEP", "KORUS", "CPTPP")]
    # x and y labels in the same clustered order; TPP and CPTPP (the same commitments) side by side
    order = labels[: len(labels) // 2]
    assert sorted(order) == ["CPTPP", "KORUS", "RCEP", "TPP"]
    assert abs(order.index("TPP") - order.index("CPTPP")) == 1
    rows = {r["agreement"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert "1.00" in seen and f"{float(rows['TPP']['RCEP']):.2f}" in seen  # the table's values, written in the cells


def test_matrix_chart_of_every_agreement_labels_each_one(tmp_path):
    records = tradecmp.matrix()
    tradecmp.chart(records, tmp_path / "all.svg")
    seen = [line.removesuffix(" *") for line in words(tmp_path / "all.svg").splitlines()]  # * marks unread cells
    for row in records:
        assert seen.count(row["agreement"]) >= 2, row["agreement"]  # on both axes
    assert f"Similarity of commitments, {len(records)} agreements" in seen


def test_cluster_order_puts_similar_rows_together():
    values = [
        [1, 0.1, 0.9, 0.2],
        [0.1, 1, 0.2, 0.8],
        [0.9, 0.2, 1, 0.1],
        [0.2, 0.8, 0.1, 1],
    ]
    order = cluster_order(values)
    assert sorted(order) == [0, 1, 2, 3]
    assert abs(order.index(0) - order.index(2)) == 1 and abs(order.index(1) - order.index(3)) == 1


def test_timeline_chart_has_a_time_axis_and_a_legend(runner, tmp_path):
    target = tmp_path / "t.svg"
    result = runner.invoke(app, ["timeline", "--party", "KOR", "-f", "csv", "--chart", str(target)])
    assert result.exit_code == 0, result.output
    seen = words(target)
    for label in ["date (dotted line: today", "agreement (by date of signature)", "signed", "in force (score colour)",
                  "overall score (0-100)", "KORUS", "RCEP", "2016", "2020"]:
        assert label in seen, label
    assert "in force for a later party" in seen  # RCEP entered into force later for some parties


def test_png_by_suffix(runner, tmp_path):
    target = tmp_path / "m.png"
    result = runner.invoke(app, ["matrix", "RCEP", "CPTPP", "-f", "csv", "--chart", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_chart_suffix_that_is_neither_svg_nor_png_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(app, ["matrix", "RCEP", "CPTPP", "-o", str(tmp_path / "m.csv"), "--chart",
                                 str(tmp_path / "m.pdf")])
    assert result.exit_code == 2
    assert ".svg or .png" in result.output
    assert list(tmp_path.iterdir()) == []


def test_without_matplotlib_chart_fails_with_one_line_and_writes_nothing(tmp_path):
    blocker = tmp_path / "blocker" / "matplotlib"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('matplotlib is not installed')\n")
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": str(blocker.parent)}
    result = subprocess.run([sys.executable, "-m", "tradecmp", "compare", "RCEP", "CPTPP", "-o", str(out / "c.csv"),
                             "--chart", str(out / "c.svg")], env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "tradecmp: charts need matplotlib, which is not installed: pip install 'tradecmp[charts]'"]
    assert result.stdout == ""
    assert list(out.iterdir()) == []


def test_without_matplotlib_a_report_says_its_charts_were_left_out(tmp_path):
    blocker = tmp_path / "blocker" / "matplotlib"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('matplotlib is not installed')\n")
    env = {**os.environ, "PYTHONPATH": str(blocker.parent)}
    target = tmp_path / "r.html"
    result = subprocess.run([sys.executable, "-m", "tradecmp", "report", "RCEP", "CPTPP", "-o", str(target)], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "pip install 'tradecmp[charts]'" in result.stderr
    page = target.read_text("utf-8")
    assert "<svg" not in page and "Charts left out" in page


def test_commands_without_chart_never_import_matplotlib():
    code = ("import sys, runpy; sys.argv = ['tradecmp', 'compare', 'RCEP', 'CPTPP', '-f', 'csv']\n"
            "try:\n    runpy.run_module('tradecmp', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "assert 'matplotlib' not in sys.modules, 'matplotlib imported'\nprint('ok', file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert result.stderr.strip().endswith("ok"), result.stderr


def test_chart_of_records_that_have_no_chart_is_a_clear_error():
    with pytest.raises(tradecmp.errors.UsageError, match="compare, matrix or timeline"):
        tradecmp.chart(tradecmp.coverage())
