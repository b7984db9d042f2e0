"""The SQLite format (`tradecmp export -f sqlite -o FILE`): the dataset as related tables, for sqlite3 or Datasette."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from .. import vocab
from ..scoring import Weights, score, strength
from ..errors import UsageError
from . import replace_atomically

if TYPE_CHECKING:
    from ..agreement import Agreement
    from ..records import Records

SCHEMA = """
CREATE TABLE agreements (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, status TEXT NOT NULL, signed TEXT, in_force TEXT,
    dispute_settlement INTEGER NOT NULL, source TEXT NOT NULL, checked TEXT NOT NULL, score REAL NOT NULL, note TEXT,
    ended TEXT, ended_by TEXT
);
CREATE TABLE aliases (
    agreement TEXT NOT NULL REFERENCES agreements(id), alias TEXT NOT NULL, PRIMARY KEY (agreement, alias)
);
CREATE TABLE parties (
    agreement TEXT NOT NULL REFERENCES agreements(id), party TEXT NOT NULL, signed TEXT, in_force TEXT,
    withdrawn TEXT, accession INTEGER NOT NULL, note TEXT, PRIMARY KEY (agreement, party)
);
CREATE TABLE provisions (
    agreement TEXT NOT NULL REFERENCES agreements(id), provision TEXT NOT NULL, category TEXT NOT NULL,
    status TEXT NOT NULL, article TEXT, title TEXT, text TEXT, dispute_settlement INTEGER NOT NULL,
    strength REAL NOT NULL, checked TEXT NOT NULL, source TEXT NOT NULL, algorithms INTEGER, note TEXT,
    dispute_settlement_reach TEXT NOT NULL, applies_from TEXT, applies_until TEXT, instrument TEXT,
    PRIMARY KEY (agreement, provision)
);
CREATE TABLE exceptions (
    agreement TEXT NOT NULL, provision TEXT NOT NULL, kind TEXT NOT NULL, article TEXT, note TEXT,
    FOREIGN KEY (agreement, provision) REFERENCES provisions(agreement, provision)
);
CREATE TABLE transitions (
    agreement TEXT NOT NULL, provision TEXT NOT NULL, party TEXT NOT NULL, years INTEGER, until TEXT,
    article TEXT, note TEXT, FOREIGN KEY (agreement, provision) REFERENCES provisions(agreement, provision)
);
CREATE TABLE carve_outs (
    agreement TEXT NOT NULL, provision TEXT NOT NULL, scope TEXT NOT NULL, article TEXT, note TEXT,
    FOREIGN KEY (agreement, provision) REFERENCES provisions(agreement, provision)
);
"""


def _day(value) -> str | None:
    return value.isoformat() if value else None


def _fill(db: sqlite3.Connection, agreements: list[Agreement], weights: Weights) -> None:
    db.executescript(SCHEMA)
    for a in agreements:
        db.execute("INSERT INTO agreements VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                   (a.id, a.name, a.status, _day(a.signed), _day(a.in_force), a.dispute_settlement, a.source,
                    a.checked, score(a, weights).overall, a.note, _day(a.ended), a.ended_by))
        db.executemany("INSERT INTO aliases VALUES (?,?)", [(a.id, alias) for alias in a.aliases])
        db.executemany("INSERT INTO parties VALUES (?,?,?,?,?,?,?)",
                       [(a.id, code, _day(d.signed), _day(d.in_force), _day(d.withdrawn), d.accession, d.note)
                        for code, d in a.parties.items()])
        for key in vocab.PROVISION_KEYS:
            p = a.provisions[key]
            db.execute("INSERT INTO provisions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       (a.id, key, vocab.PROVISION_CATEGORIES[key], p.status, p.article, p.title, p.text,
                        a.provision_ds(key), strength(a, key, weights).value, p.checked, p.source or a.source,
                        p.algorithms, p.note, a.ds_reach(key), _day(p.applies_from), _day(p.applies_until),
                        p.instrument))
            db.executemany("INSERT INTO exceptions VALUES (?,?,?,?,?)",
                           [(a.id, key, e.kind, e.article, e.note) for e in p.exceptions])
            db.executemany("INSERT INTO transitions VALUES (?,?,?,?,?,?,?)",
                           [(a.id, key, t.party, t.years, _day(t.until), t.article, t.note) for t in p.transitions])
            db.executemany("INSERT INTO carve_outs VALUES (?,?,?,?,?)",
                           [(a.id, key, c.scope, c.article, c.note) for c in p.carve_outs])


def write(records: Records, path: Path) -> None:
    """Build the database in a temporary file beside `path`, then rename it over `path`: whole or nothing."""
    if records.dataset is None:
        raise UsageError("the sqlite format holds the whole dataset: use it with `tradecmp export`")
    agreements, weights = records.dataset

    def write(temporary: Path) -> None:
        try:
            db = sqlite3.connect(temporary)
            try:
                with db:
                    _fill(db, agreements, weights)
            finally:
                db.close()
        except sqlite3.Error as exc:
            raise OSError(str(exc)) from None

    replace_atomically(path, write)
