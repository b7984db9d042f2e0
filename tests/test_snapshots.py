"""Snapshots of `diff RCEP CPTPP`, as a user sees it (table at 120 columns) and as scripts read it (CSV).

A failing snapshot means the output changed: check the change is intended (data or code), then rewrite the
snapshots with `UPDATE_SNAPSHOTS=1 python -m pytest tests/test_snapshots.py` and review the diff in git.
"""

import os
from pathlib import Path

import pytest

from tradecmp.cli import app

SNAPSHOTS = Path(__file__).parent / "snapshots"


@pytest.mark.parametrize("name, args", [
    ("diff_rcep_cptpp.csv", ["diff", "RCEP", "CPTPP", "--all", "--format", "csv"]),
    ("diff_rcep_cptpp.txt", ["diff", "RCEP", "CPTPP", "--format", "table"]),
])
def test_snapshot(runner, name, args):
    result = runner.invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0
    path = SNAPSHOTS / name
    if os.environ.get("UPDATE_SNAPSHOTS"):
        path.write_bytes(result.stdout.encode("utf-8"))
    assert result.stdout == path.read_bytes().decode("utf-8")
