"""What `--help` adds to each command's own description: the top-level groups, examples, and where the docs are.
Plain data, read at start-up in microseconds."""

from __future__ import annotations

# The top-level help groups the commands (a command not named here goes under "Other").
GROUPS = {
    "Look up": ["list", "show"],
    "Compare agreements": ["diff", "compare", "score", "matrix", "timeline"],
    "Countries and pairs": ["country", "between", "partners", "changes", "impact", "compose"],
    "Data": ["export", "coverage", "verify", "validate", "paths", "new", "schema"],
}

EXAMPLES = {
    "list": ["tradecmp list --party KOR --on 2024-01-01", "tradecmp list --json agreement,name,score"],
    "show": ["tradecmp show CPTPP -p cross-border-data-flows", "tradecmp show RCEP --category data -f json"],
    "diff": ["tradecmp diff RCEP CPTPP", "tradecmp diff cusma tpp-11 --all -f csv -o diff.csv",
             "tradecmp diff RCEP CPTPP --wide   (every column and every reason)"],
    "compare": ["tradecmp compare RCEP CPTPP DEPA USMCA --category data",
                "tradecmp compare RCEP CPTPP DEPA -f csv | sort -t, -k6   (long form: sort by strength)"],
    "score": ["tradecmp score RCEP CPTPP", "tradecmp score RCEP --explain"],
    "matrix": ["tradecmp matrix RCEP CPTPP DEPA USMCA", "tradecmp matrix --party KOR -o matrix.csv"],
    "timeline": ["tradecmp timeline --party SGP"],
    "country": ["tradecmp country KOR --on 2024-01-01", "tradecmp country USA --category data"],
    "between": ["tradecmp between USA KOR", "tradecmp between SGP AUS -p data-localisation --on 2021-01-01"],
    "partners": ["tradecmp partners USA -p data-localisation", "tradecmp partners JPN --category data -f csv"],
    "changes": ["tradecmp changes KOR --from 2021-01-01 --to 2026-01-01", "tradecmp changes KOR SGP --from 2020-01-01"],
    "impact": ["tradecmp impact CPTPP --join KOR", "tradecmp impact DEPA"],
    "compose": ["tradecmp compose USA JPN KOR --id USJPKR -o usjpkr.toml",
                "tradecmp compose USA JPN --id USJP --strategy strongest -o -"],
    "export": ["tradecmp export -o all.csv", "tradecmp export -f sqlite -o tradecmp.db"],
    "coverage": ["tradecmp coverage", "tradecmp coverage --json agreement,checked_share"],
    "verify": ["tradecmp verify RCEP --text rcep.pdf", "tradecmp verify --text treaty-texts/"],
    "validate": ["tradecmp validate my-agreements/ --strict", "tradecmp new XYZ -o - | tradecmp validate -"],
    "paths": ["tradecmp paths", "tradecmp paths --data-dir my-agreements/"],
    "new": ["tradecmp new XYZDEA --name \"Example Digital Economy Agreement\"", "tradecmp new XYZDEA -o -"],
    "schema": ["tradecmp schema > tradecmp-schema.json"],
}

HOMEPAGE = "https://github.com/tradecmp/tradecmp"
DOCS = HOMEPAGE + "/tree/main/docs"


def examples(command: str) -> str | None:
    lines = EXAMPLES.get(command)
    if not lines:
        return None
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


def docs_line() -> str:
    """Where the documentation is (the Documentation address of pyproject.toml's [project.urls])."""
    return f"Docs: {DOCS} (usage, data format, scoring, verify)"
