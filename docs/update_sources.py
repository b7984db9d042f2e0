"""Write docs/sources.md from the bundled data files: each agreement's source, chapters and checked counts.

Usage: python docs/update_sources.py   (with tradecmp installed)
"""

import re
from pathlib import Path

from tradecmp.catalog import load_catalog
from tradecmp.views import checked_counts

TARGET = Path(__file__).resolve().parent / "sources.md"
HEADER = """# Sources of the bundled data

For each agreement: the text it was encoded from (the file's `source`), the chapters encoded, and how many of
its 23 cells were read in the treaty text (`text`), in an analysis that quotes it (`secondary`), or are the
encoder's knowledge (`unchecked`). A cell with its own `source` names it in `tradecmp show ID`, and
`tradecmp coverage` gives the same counts. How each text was looked for, and what could not be reached, is in
the research logs under [research/](research/). Regenerate with `python docs/update_sources.py`.
"""


def main() -> None:
    lines = [HEADER]
    for agreement in load_catalog().sorted():
        cells = list(agreement.provisions.values())
        count = checked_counts(agreement)
        lines += [f"## {agreement.id}: {agreement.name}", "", f"- Source: {agreement.source}"]
        if agreement.chapters:
            lines.append(f"- Chapters: {'; '.join(agreement.chapters)}")
        lines.append(f"- Cells: {count['text']} text, {count['secondary']} secondary, {count['unchecked']} unchecked;"
                     f" dates and parties: {agreement.checked}")
        lines += [f"- Also read for single cells: {s}" for s in sorted({p.source for p in cells if p.source})]
        logs = [f"research/{agreement.id.lower()}.md"] if (TARGET.parent / f"research/{agreement.id.lower()}.md").is_file() else []
        logs += [f"research/{log.name}" for log in sorted((TARGET.parent / "research").glob("2026-*.md"))
                 if re.search(rf"(?<![\w-]){re.escape(agreement.id)}(?![\w-])", log.read_text("utf-8"))]
        if logs:
            lines.append("- Research logs: " + ", ".join(f"[{log}]({log})" for log in logs))
        lines.append("")
    TARGET.write_text("\n".join(lines), "utf-8")


if __name__ == "__main__":
    main()
