"""`tradecmp validate`: every problem in every file, not just the first, with stable codes.

Codes: unreadable, too-large, empty, not-utf8, toml-syntax, schema, id-mismatch, duplicate-id,
not-a-file, no-such-file, no-such-folder, not-a-folder; with --strict also quote-too-long,
exception-article, todo (problems) and unchecked (notes). docs/data-format.md explains each.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import catalog as cat
from .errors import Problem

QUOTE_LIMIT = 300  # a key phrase, not a paragraph


def _todos(record, where: str = "") -> list[str]:
    """The fields (as key paths) that still hold a `TODO` placeholder of `tradecmp new`."""
    found = []
    for name in getattr(record, "_fields", ()):
        value = getattr(record, name)
        path = f"{where}{name}"
        if isinstance(value, str) and re.match(r"\s*TODO\b", value):
            found.append(path)
        elif isinstance(value, dict):
            for key, item in value.items():
                found += _todos(item, f"{path}.{key}.")
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                found += _todos(item, f"{path}.{index}.")
    return found


def _strict(path: Path, agreement) -> tuple[list[Problem], list[Problem]]:
    problems, notes = [], []
    todos = _todos(agreement)
    if todos:
        shown = ", ".join(todos[:4]) + (f" and {len(todos) - 4} more" if len(todos) > 4 else "")
        problems.append(Problem(str(path), "todo", f"{len(todos)} field(s) still say TODO: {shown}", _line(path, todos[0])))
    if agreement.checked == "unchecked":
        notes.append(Problem(str(path), "unchecked", "dates and parties are not checked against a text"))
    for key, p in agreement.provisions.items():
        if p.checked == "unchecked":
            notes.append(Problem(str(path), "unchecked", f"provisions.{key} is not checked against a text"))
            continue
        if p.text and len(p.text) > QUOTE_LIMIT:
            problems.append(Problem(str(path), "quote-too-long", f"provisions.{key}.text: quote a key phrase of at most {QUOTE_LIMIT} characters"))
        for clause in p.exceptions:
            if not clause.article and not clause.note:  # an exception cites its article, or says why it cannot
                problems.append(Problem(str(path), "exception-article", f"provisions.{key}: the {clause.kind} exception cites no article and its note does not say why"))
    return problems, notes


def _line(path: Path, where: str) -> int | None:
    from .locate import line_of

    try:
        return line_of(path.read_text(encoding="utf-8"), tuple(where.split(".")))
    except (OSError, UnicodeDecodeError):
        return None


def validate_paths(paths: list[Path] | None, data_dirs: list[Path] | None, *, strict: bool = False,
                   app_dir: Path | None = None):
    """Return (problems, notes, number of files read): the files are read as loading reads them."""
    folders = [cat.Folder(p, "data-dir") for p in paths] if paths else cat.data_folders(data_dirs, app_dir)
    catalog, problems = cat.read_folders(folders)
    notes: list[Problem] = []
    if strict:
        for agreement_id, path in catalog.origins.items():
            more, extra_notes = _strict(path, catalog.agreements[agreement_id])
            problems.extend(more)
            notes.extend(extra_notes)
    files = len({p.path for p in problems if p.code not in ("duplicate-id", "duplicate-name")} | {str(p) for p in catalog.origins.values()})
    return problems, notes, files
