"""`tradecmp validate`: every problem in every file, not just the first, with stable codes.

Codes: unreadable, too-large, empty, not-utf8, toml-syntax, schema, id-mismatch, duplicate-id,
not-a-file, no-such-file, no-such-folder, not-a-folder; with --strict also quote-too-long,
exception-article (problems) and unchecked (notes). docs/data-format.md explains each.
"""

from __future__ import annotations

from pathlib import Path

from . import catalog as cat
from .errors import DataError, Problem

QUOTE_LIMIT = 300  # a key phrase, not a paragraph


def _files(target: Path, problems: list[Problem]) -> list[Path]:
    if target.is_dir():
        try:
            return cat.folder_files(target)
        except DataError as exc:
            problems.extend(exc.problems)
            return []
    if not target.exists():
        problems.append(Problem(str(target), "no-such-file", "does not exist"))
        return []
    return [target]


def _strict(path: Path, agreement) -> tuple[list[Problem], list[Problem]]:
    problems, notes = [], []
    if agreement.checked == "unchecked":
        notes.append(Problem(str(path), "unchecked", "dates and parties are not checked against a text"))
    for key, p in agreement.provisions.items():
        if p.checked == "unchecked":
            notes.append(Problem(str(path), "unchecked", f"provisions.{key} is not checked against a text"))
            continue
        if p.text and len(p.text) > QUOTE_LIMIT:
            problems.append(Problem(str(path), "quote-too-long", f"provisions.{key}.text: quote a key phrase of at most {QUOTE_LIMIT} characters"))
        for clause in p.exceptions:
            if not clause.article:
                problems.append(Problem(str(path), "exception-article", f"provisions.{key}: the {clause.kind} exception cites no article"))
    return problems, notes


def validate_paths(paths: list[Path] | None, data_dirs: list[Path] | None, *, strict: bool = False,
                   app_dir: Path | None = None):
    """Return (problems, notes, number of files read)."""
    targets = list(paths) if paths else [f.path for f in cat.data_folders(data_dirs, app_dir)]
    problems: list[Problem] = []
    notes: list[Problem] = []
    claimed: dict[str, Path] = {}
    files = 0
    for target in targets:
        for path in _files(target, problems):
            files += 1
            try:
                agreement = cat.parse_agreement(path)
            except DataError as exc:
                problems.extend(exc.problems)
                continue
            other = claimed.setdefault(agreement.id, path)
            if other != path and other.parent == path.parent:
                problems.append(Problem(str(path), "duplicate-id", f"claims id {agreement.id}, which {other} claims too"))
            if strict:
                more, extra_notes = _strict(path, agreement)
                problems.extend(more)
                notes.extend(extra_notes)
    return problems, notes, files
