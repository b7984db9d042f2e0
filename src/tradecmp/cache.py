"""A cache of validated agreements, one file per data folder, keyed by each file's name and the hash of its bytes.

A warm run unpickles plain named tuples instead of importing pydantic and validating every file. It is
never stale: a changed byte changes the key, and a change to tradecmp's schema changes the cache file.
Disable with TRADECMP_NO_CACHE=1; move with TRADECMP_CACHE_DIR. Any failure to read or write it is
ignored: the cache only ever saves time.

Unpickling runs code, so a cache file is read only if the user owns it and no one else can write it; and
only files named as tradecmp's (`tradecmp-*.pickle`, `.tradecmp-*.tmp`) are ever removed, whatever folder
TRADECMP_CACHE_DIR names.
"""

from __future__ import annotations

import os
import pickle
import re
from pathlib import Path

from . import __version__

_SCHEMA_MODULES = ("model.py", "agreement.py", "vocab.py", "catalog.py")  # what decides validity, and the entry format


try:  # the BLAKE2 module alone: hashlib would load OpenSSL first, a few ms of every start-up
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - Pythons built without it
    from hashlib import blake2b


def digest(data: bytes) -> str:
    return blake2b(data, digest_size=16).hexdigest()


def cache_dir() -> Path | None:
    if os.environ.get("TRADECMP_NO_CACHE"):
        return None
    explicit = os.environ.get("TRADECMP_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "tradecmp"


def _pydantic_version() -> str:
    """The installed pydantic's version, read from its files: importing it would cost ~100 ms of a warm run."""
    from importlib.util import find_spec

    try:
        spec = find_spec("pydantic")
        text = (Path(spec.origin).parent / "version.py").read_text("utf-8") if spec and spec.origin else ""
    except (OSError, ValueError, ImportError):
        return "?"
    found = re.search(r"^VERSION = ['\"]([^'\"]+)", text, re.MULTILINE)
    return found.group(1) if found else "?"


def _stamp() -> str:
    """Changes whenever the code that decides what a valid agreement is changes: tradecmp's schema modules
    and the pydantic that validates with them."""
    here = Path(__file__).resolve().parent
    parts = [__version__, _pydantic_version()]
    for name in _SCHEMA_MODULES:
        try:
            info = (here / name).stat()
            parts.append(f"{info.st_size}:{info.st_mtime_ns}")
        except OSError:
            parts.append("?")
    return digest("|".join(parts).encode())


MAX_AGE_SECONDS = 30 * 24 * 3600
MAX_TMP_AGE_SECONDS = 3600  # a temporary file older than this was left by a run that was killed
PREFIX = "tradecmp-"
_OLD_NAME = re.compile(r"[0-9a-f]{32}-[0-9a-f]{32}\.pickle")  # how tradecmp 0.2 named its files


def ours(path: Path) -> bool:
    """Whether a file in the cache folder is one tradecmp wrote (its name says so)."""
    name = path.name
    return ((name.startswith(PREFIX) and name.endswith(".pickle")) or bool(_OLD_NAME.fullmatch(name))
            or (name.startswith(f".{PREFIX}") and name.endswith(".tmp")) or (name.startswith(".agreements.") and name.endswith(".tmp")))


def _clean(folder: Path) -> None:
    """Remove tradecmp's cache files no run has written for a month, and temporary files left by killed runs;
    nothing else in the folder. Each install of tradecmp (each code stamp) keeps its own files, so an installed
    copy and a checkout used side by side do not evict each other."""
    import time

    now = time.time()
    for old in folder.iterdir():
        if not ours(old):
            continue
        try:
            limit = MAX_TMP_AGE_SECONDS if old.name.endswith(".tmp") else MAX_AGE_SECONDS
            if old.stat().st_mtime < now - limit:
                old.unlink(missing_ok=True)
        except OSError:
            pass


def trusted(handle) -> bool:
    """Whether an open cache file may be unpickled: owned by this user and writable by no one else."""
    if not hasattr(os, "getuid"):  # pragma: no cover - Windows: the profile folder is the user's own
        return True
    info = os.fstat(handle.fileno())
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


class Cache:
    """The validated agreements of one data folder, as they were when last loaded."""

    def __init__(self, data_folder: Path) -> None:
        folder = cache_dir()
        self.stamp = _stamp()
        where = digest(str(data_folder.resolve()).encode())
        self.path = folder / f"{PREFIX}{self.stamp}-{where}.pickle" if folder else None
        self.entries: dict[tuple[str, str], object] = {}
        self.used: set[tuple[str, str]] = set()
        self.dirty = False
        if self.path is not None:
            try:
                with self.path.open("rb") as handle:
                    loaded = pickle.load(handle) if trusted(handle) else None
                if isinstance(loaded, dict):
                    self.entries = loaded
            except Exception:  # noqa: BLE001 - a missing, partial or foreign cache is an empty one
                self.entries = {}

    def get(self, name: str, key: str):
        found = self.entries.get((name, key))
        if found is not None:
            self.used.add((name, key))
        return found

    def put(self, name: str, key: str, agreement) -> None:
        self.entries[(name, key)] = agreement
        self.used.add((name, key))
        self.dirty = True

    def save(self) -> None:
        """Keep what this load used (files gone or changed drop out); remove caches unused for a month."""
        if self.path is None or not (self.dirty or len(self.used) < len(self.entries)):
            return
        entries = {k: v for k, v in self.entries.items() if k in self.used}
        import tempfile

        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=f".{PREFIX}", suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(entries, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)
            _clean(self.path.parent)
        except OSError:
            pass
