"""Find and load agreement files: the bundled `provisions/` plus the user's folders.

Every failure becomes a `Problem` naming the file (and line or field); nothing here prints.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .cache import Cache, digest
from .errors import DataError, Problem

if TYPE_CHECKING:
    from .agreement import Agreement
    from .names import Resolver

MAX_FILE_BYTES = 1024 * 1024  # a real agreement file is about 20 KiB
ENV_VAR = "TRADECMP_DATA_DIRS"


def bundled_dir() -> Path:
    """The data shipped with the package: inside the wheel, or the repository's provisions/ in a checkout."""
    here = Path(__file__).resolve().parent
    inside = here / "provisions"
    return inside if inside.is_dir() else here.parent.parent / "provisions"


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def read_bytes(path: Path) -> bytes:
    """The bytes of one data file, refusing a folder, an unreadable, empty or too large file."""
    where = str(path)
    if path.is_dir():
        raise DataError([Problem(where, "not-a-file", "is a folder, not a data file")])
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise DataError([Problem(where, "unreadable", exc.strerror or str(exc))]) from None
    if len(data) > MAX_FILE_BYTES:
        raise DataError([Problem(where, "too-large", f"is larger than {MAX_FILE_BYTES // 1024} KiB, the limit for a data file")])
    if not data.strip():
        raise DataError([Problem(where, "empty", "is empty")])
    return data


def parse_toml(path: Path, data: bytes) -> dict:
    """Parse one file's bytes, refusing what is not UTF-8, not TOML or nested without end."""
    import tomllib

    where = str(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = _line_of(data, exc.start)
        raise DataError([Problem(where, "not-utf8", f"is not UTF-8 text (byte {exc.start})", line)]) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = re.search(r"line (\d+)", message)
        raise DataError([Problem(where, "toml-syntax", message, int(found.group(1)) if found else None)]) from None
    except RecursionError:
        raise DataError([Problem(where, "toml-syntax", "is nested too deeply to be a data file")]) from None


def parse_agreement(path: Path, data: bytes | None = None) -> Agreement:
    """Load and validate one file; DataError lists every schema problem in it."""
    from .model import SchemaProblems, check

    data = read_bytes(path) if data is None else data
    raw = parse_toml(path, data)
    try:
        agreement = check(raw)
    except SchemaProblems as exc:
        raise DataError([_schema_problem(path, data, message) for message in exc.problems]) from None
    except RecursionError:
        raise DataError([Problem(str(path), "schema", "is nested too deeply to be a data file")]) from None
    if path.stem != agreement.id.lower():
        raise DataError(
            [Problem(str(path), "id-mismatch", f"holds id {agreement.id}, so it must be named {agreement.id.lower()}.toml")]
        )
    return agreement


def _schema_problem(path: Path, data: bytes, message: str) -> Problem:
    """A schema problem pointing at the line of its key path, as a TOML syntax error does."""
    from .locate import line_of

    where = message.split(": ", 1)[0]
    line = None if where == "(top level)" else line_of(data.decode("utf-8"), tuple(where.split(".")))
    return Problem(str(path), "schema", message, line)


class Entry(NamedTuple):
    """What the catalog needs of an agreement before it is read in full: a warm run unpickles only the
    agreements a command touches, so start-up does not grow with the bundled data."""

    id: str
    aliases: tuple[str, ...]
    signed: object
    blob: bytes
    name: str = ""
    incorporates: str | None = None


def entry_of(agreement: Agreement) -> Entry:
    import pickle

    return Entry(agreement.id, agreement.aliases, agreement.signed, pickle.dumps(agreement, protocol=pickle.HIGHEST_PROTOCOL),
                 agreement.name, agreement.incorporates)


def load_file(path: Path, cache: Cache) -> Entry:
    """One agreement's entry, from the cache when the file's bytes are the ones validated before."""
    data = read_bytes(path)
    key = digest(data)
    entry = cache.get(path.name, key)
    if entry is None:
        entry = entry_of(parse_agreement(path, data))
        cache.put(path.name, key, entry)
    return entry


class Agreements(dict):
    """Agreements by id, each unpickled the first time it is asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[str, Entry] = {}

    def add(self, entry: Entry) -> None:
        self.entries[entry.id] = entry
        super().pop(entry.id, None)
        super().__setitem__(entry.id, None)

    def __getitem__(self, key: str) -> Agreement:
        value = super().__getitem__(key)
        if value is None:
            import pickle

            value = pickle.loads(self.entries[key].blob)
            if value.incorporates and value.incorporates in self.entries and value.incorporates != key:
                from .incorporation import incorporate

                value = incorporate(value, self[value.incorporates])
            super().__setitem__(key, value)
        return value

    def get(self, key, default=None):
        return self[key] if key in self else default

    def values(self):
        return [self[k] for k in self]

    def items(self):
        return [(k, self[k]) for k in self]


def folder_files(folder: Path) -> list[Path]:
    if not folder.exists():
        code = "no-such-file" if folder.suffix == ".toml" else "no-such-folder"
        raise DataError([Problem(str(folder), code, "does not exist")])
    if not folder.is_dir():
        raise DataError([Problem(str(folder), "not-a-folder", "data folder is not a folder")])
    try:
        return sorted(p for p in folder.iterdir() if p.suffix == ".toml")
    except OSError as exc:
        raise DataError([Problem(str(folder), "unreadable", exc.strerror or str(exc))]) from None


@dataclass
class Catalog:
    """The agreements in use, by id, with where each came from."""

    agreements: Agreements = field(default_factory=Agreements)
    origins: dict[str, Path] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    folders: list[Folder] = field(default_factory=list)
    _resolver: Resolver | None = field(default=None, repr=False, compare=False)

    def resolver(self) -> Resolver:
        """The one resolver of agreement names (names.py), over every agreement in use."""
        from .names import Named, Resolver

        if self._resolver is None:
            self._resolver = Resolver(Named(e.id, e.aliases, e.name) for e in self.entries_by_date())
        return self._resolver

    def resolve(self, name: str) -> Agreement:
        """The agreement a name stands for (names.py); an exact id, the common case, needs no resolver."""
        wanted = name.strip().upper()
        if wanted in self.agreements.entries:
            return self.agreements[wanted]
        return self.agreements[self.resolver().resolve(name)]

    def entries_by_date(self) -> list[Entry]:
        """Every agreement's entry by signature date, then id, none read in full."""
        return sorted(self.agreements.entries.values(), key=lambda e: (e.signed is None, e.signed, e.id))

    def sorted(self) -> list[Agreement]:
        return [self.agreements[e.id] for e in self.entries_by_date()]


class Folder(NamedTuple):
    """A data folder and where it came from: bundled, user (the app folder), env or data-dir."""

    path: Path
    origin: str

    @property
    def replaceable(self) -> bool:
        """Agreements from the bundled data and the user's app folder may be replaced by later folders."""
        return self.origin in ("bundled", "user")


def data_folders(extra_dirs: list[Path] | None = None, app_dir: Path | None = None) -> list[Folder]:
    """Every folder in use, in the order they are read: later ones win over bundled and app-folder files."""
    folders = [Folder(bundled_dir(), "bundled")]
    if app_dir is not None and app_dir.is_dir():
        folders.append(Folder(app_dir, "user"))
    env = [Path(p) for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]
    folders += [Folder(p, "env") for p in env]
    folders += [Folder(p, "data-dir") for p in extra_dirs or []]
    return folders


def read_folders(folders: list[Folder]) -> tuple[Catalog, list[Problem]]:
    """Every file of every folder (or single file) in order, with every problem found: the one path that both
    loading and `validate` take, so that they always agree.

    A file may replace an agreement from the bundled data or the app folder (a notice says so); the same id
    twice among the other folders, or a name (id or alias) that names two agreements, is a problem.
    """
    catalog = Catalog(folders=folders)
    problems: list[Problem] = []
    replaceable: dict[str, bool] = {}
    for folder in folders:
        try:
            paths = folder_files(folder.path) if folder.path.is_dir() or not folder.path.suffix else [folder.path]
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        cache = Cache(folder.path if folder.path.is_dir() else folder.path.parent)
        for path in paths:
            try:
                entry = load_file(path, cache)
            except DataError as exc:
                problems.extend(exc.problems)
                continue
            previous = catalog.origins.get(entry.id)
            if previous is not None and not replaceable[entry.id]:
                problems.append(Problem(str(path), "duplicate-id", f"claims id {entry.id}, which {previous} claims too"))
                continue
            if previous is not None:
                catalog.notices.append(f"{path} replaces {entry.id} from {previous}")
            catalog.agreements.add(entry)
            catalog.origins[entry.id] = path
            replaceable[entry.id] = folder.replaceable
        cache.save()
    problems += _name_problems(catalog)
    return catalog, problems


def load_catalog(extra_dirs: list[Path] | None = None, app_dir: Path | None = None) -> Catalog:
    """The bundled agreements, then the user's folders over them; DataError if any file has a problem."""
    catalog, problems = read_folders(data_folders(extra_dirs, app_dir))
    if problems:
        raise DataError(problems)
    return catalog


def _name_problems(catalog: Catalog) -> list[Problem]:
    seen: dict[str, str] = {}
    problems = []
    for entry in catalog.agreements.entries.values():
        source = catalog.agreements.entries.get(entry.incorporates or "")
        if entry.incorporates and (source is None or source.incorporates or entry.incorporates == entry.id):
            problems.append(Problem(str(catalog.origins[entry.id]), "schema",
                                    f"incorporates: {entry.incorporates} is not an encoded agreement in the data in use"))
    for entry in catalog.agreements.entries.values():
        for name in dict.fromkeys(n.upper() for n in (entry.id, *entry.aliases)):
            other = seen.setdefault(name, entry.id)
            if other != entry.id:
                problems.append(Problem(str(catalog.origins[entry.id]), "duplicate-name", f"{name} also names {other}"))
    return problems
