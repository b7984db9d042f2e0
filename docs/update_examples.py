"""Re-run every `$ tradecmp ...` example in README.md and docs/usage.md and put its real output in place; draw
the README's chart and write the sample report in docs/examples/.

Usage: python docs/update_examples.py   (with tradecmp[charts] installed; runs in a temporary folder at 100 columns)
"""

import os
import re
import subprocess
import tempfile
from pathlib import Path

from tradecmp.catalog import bundled_dir

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = [ROOT / "README.md", ROOT / "docs" / "usage.md", ROOT / "docs" / "verify.md"]
BLOCK = re.compile(r"```\n\$ tradecmp (?P<args>[^\n|]*)(?P<pipe>\|[^\n]*)?\n.*?```", re.S)


def run(match: re.Match, folder: str) -> str:
    args, pipe = match["args"].strip(), (match["pipe"] or "").strip()
    command = f"tradecmp {args} 2>&1" + (f" {pipe}" if pipe else "")
    # A reader's app folder, not this machine's: the folder need not exist for the examples.
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb", "XDG_CONFIG_HOME": "/home/you/.config"}
    out = subprocess.run(command, shell=True, cwd=folder, env=env, capture_output=True, text=True, check=False).stdout
    out = out.replace(str(bundled_dir()), ".../tradecmp/provisions")  # the reader's install, not this machine's
    shown = f"tradecmp {args}" + (f" {pipe}" if pipe else "")
    return f"```\n$ {shown}\n{out.rstrip()}\n```"


# The README's picture and the sample report it links to, made by the commands a user would run.
PICTURES = [
    ["compare", "RCEP", "CPTPP", "DEPA", "KORUS", "-f", "csv", "-o", "{tmp}/compare.csv",
     "--chart", "docs/examples/compare-rcep-cptpp-depa-korus.svg"],
    ["report", "RCEP", "CPTPP", "-o", "docs/examples/report-rcep-cptpp.html"],
]


def pictures() -> None:
    (ROOT / "docs" / "examples").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for args in PICTURES:
            subprocess.run(["tradecmp", *(a.format(tmp=folder) for a in args)], cwd=ROOT, check=True)


def main() -> None:
    pictures()
    for document in DOCUMENTS:
        with tempfile.TemporaryDirectory() as folder:  # each document's examples run in order, in one folder
            texts = ROOT.parent / "shared" / "texts"  # the treaty copies beside the repository, for `verify`
            if texts.is_dir():
                os.symlink(texts, Path(folder) / "texts")
            text = BLOCK.sub(lambda m: run(m, folder), document.read_text("utf-8"))
        document.write_text(text, "utf-8")


if __name__ == "__main__":
    main()
