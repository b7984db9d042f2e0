"""`tradecmp validate`: every problem in every file, not just the first, with stable codes.

Codes: unreadable, too-large, empty, not-utf8, toml-syntax, schema, id-mismatch, duplicate-id,
not-a-file, no-such-file, no-such-folder, not-a-folder; with --strict also quote-too-long,
exception-article, exception-kinds, exception-missing, todo (problems) and unchecked (notes). docs/data-format.md explains each.
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
    from .consistency import findings

    for finding in findings(agreement):
        problems.append(Problem(str(path), finding.code, f"provisions.{finding.key}: {finding.message}"))
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


def _clashes(catalog: cat.Catalog, data_dirs: list[Path] | None, app_dir: Path | None) -> list[Problem]:
    """The names of the files given that the data in use already gives to another agreement (or, for an id,
    to one that a later folder may not replace): what loading the files beside that data would refuse."""
    given = {path.resolve() for path in catalog.origins.values()}
    base, _ = cat.read_folders(cat.data_folders(data_dirs, app_dir))  # its own problems are not the files'
    replaceable = {folder.path.resolve(): folder.replaceable for folder in base.folders}
    known: dict[str, tuple[str, Path, bool]] = {}
    for entry in base.agreements.entries.values():
        path = base.origins[entry.id]
        if path.resolve() in given:
            continue
        can_replace = replaceable.get(path.parent.resolve(), replaceable.get(path.resolve(), False))
        for name in (entry.id, *entry.aliases):
            known.setdefault(name.upper(), (entry.id, path, can_replace))
    problems = []
    for entry in catalog.agreements.entries.values():
        path = catalog.origins[entry.id]
        for name in dict.fromkeys(n.upper() for n in (entry.id, *entry.aliases)):
            other_id, other_path, can_replace = known.get(name, (None, None, True))
            if other_id is None or (other_id == entry.id and (can_replace or name != entry.id.upper())):
                continue
            if other_id == entry.id:
                problems.append(Problem(str(path), "duplicate-id", f"claims id {entry.id}, which {other_path} claims too"))
            else:
                problems.append(Problem(str(path), "duplicate-name", f"{name} also names {other_id} ({other_path})"))
    return problems


def _line(path: Path, where: str) -> int | None:
    from .locate import line_of

    try:
        return line_of(path.read_text(encoding="utf-8"), tuple(where.split(".")))
    except (OSError, UnicodeDecodeError):
        return None


def validate_paths(paths: list[Path] | None, data_dirs: list[Path] | None, *, strict: bool = False,
                   app_dir: Path | None = None):
    """Return (problems, notes, number of files read): the files are read as loading reads them. Files given
    are checked over the data in use (bundled, app folder, TRADECMP_DATA_DIRS, `data_dirs`), as if added last."""
    folders = [cat.Folder(p, "data-dir") for p in paths] if paths else cat.data_folders(data_dirs, app_dir)
    catalog, problems = cat.read_folders(folders)
    if paths:
        problems += _clashes(catalog, data_dirs, app_dir)
    notes: list[Problem] = []
    if strict:
        for agreement_id, path in catalog.origins.items():
            more, extra_notes = _strict(path, catalog.agreements[agreement_id])
            problems.extend(more)
            notes.extend(extra_notes)
    files = len({p.path for p in problems if p.code not in ("duplicate-id", "duplicate-name")} | {str(p) for p in catalog.origins.values()})
    return problems, notes, files
