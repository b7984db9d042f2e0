"""The SQLite format (`tradecmp export -f sqlite -o FILE`): the dataset as related tables, for sqlite3,
sqlite-utils or Datasette (docs/sqlite.md).

The tables are derived from the record declarations of `agreement.py`, as the pydantic validators are: each
scalar field of a record is a column (a tuple of codes is a JSON array), each nested record or list a child
table. A few columns are added after the declared ones (`DERIVED`), and two declared ones hold the resolved
value (a provision's `dispute_settlement` and `source`, as in the CSV export).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
import types
import typing
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Union, get_args, get_origin

from .. import vocab
from ..errors import UsageError
from . import replace_atomically

if TYPE_CHECKING:
    from ..agreement import Agreement
    from ..records import Records
    from ..scoring import Weights

# `PRAGMA application_id` of a tradecmp export ("TRDC"): how an existing file is known to be one.
APPLICATION_ID = 0x54524443
_OLD_TABLES = {"agreements", "aliases", "parties", "provisions", "exceptions", "transitions", "carve_outs"}
LICENCE = "MIT"
LICENCE_URL = "https://opensource.org/license/mit"


class Table(NamedTuple):
    name: str
    record: type | None  # whose fields are the columns after `keys`
    keys: tuple[tuple[str, str], ...]  # leading columns: (name, SQL declaration)
    skip: tuple[str, ...] = ()  # record fields held in a child table
    derived: tuple[tuple[str, str], ...] = ()  # columns computed by tradecmp, after the record's
    extra: str = ""  # table constraints


def _tables() -> list[Table]:
    from ..agreement import Agreement, CarveOut, ExceptionClause, PartyDates, Provision, Transition

    agreement = ("agreement", "TEXT NOT NULL REFERENCES agreements(id)")
    provision = ("provision", "TEXT NOT NULL REFERENCES provision_keys(key)")
    cell = ("provision_id", "TEXT NOT NULL REFERENCES provisions(id)")
    return [
        Table("agreements", Agreement, (), skip=("parties", "provisions", "aliases", "chapters"),
              derived=(("score", "REAL"),), extra="PRIMARY KEY (id)"),
        Table("aliases", None, (agreement, ("alias", "TEXT NOT NULL")), extra="PRIMARY KEY (agreement, alias)"),
        Table("chapters", None, (agreement, ("position", "INTEGER NOT NULL"), ("chapter", "TEXT NOT NULL")),
              extra="PRIMARY KEY (agreement, position)"),
        Table("parties", PartyDates, (agreement, ("party", "TEXT NOT NULL REFERENCES countries(iso3)")),
              extra="PRIMARY KEY (agreement, party)"),
        Table("provisions", Provision, (("id", "TEXT PRIMARY KEY"), agreement, provision),
              skip=("exceptions", "transitions", "carve_outs"),
              derived=(("category", "TEXT NOT NULL"), ("strength", "REAL NOT NULL"),
                       ("dispute_settlement_reach", "TEXT NOT NULL"))),
        Table("exceptions", ExceptionClause, (cell, agreement, provision)),
        Table("transitions", Transition, (cell, agreement, provision)),
        Table("carve_outs", CarveOut, (cell, agreement, provision)),
    ]


def _sql_type(hint: Any) -> tuple[str, bool]:
    """The SQL type of a record annotation, and whether it may be NULL."""
    origin = get_origin(hint)
    if origin is typing.Annotated:
        base, *marks = get_args(hint)
        sql, nullable = _sql_type(base)
        return sql + (" REFERENCES countries(iso3)" if "party" in marks else ""), nullable
    if origin in (Union, types.UnionType):
        (inner,) = [a for a in get_args(hint) if a is not type(None)]
        return _sql_type(inner)[0], True
    if hint is bool or hint is int or (origin is Literal and all(isinstance(v, int) for v in get_args(hint))):
        return "INTEGER", False
    if origin is tuple:
        return "TEXT", True  # a JSON array; NULL for none
    return "TEXT", False  # str, a date (ISO 8601), a Literal


def _check(name: str, hint: Any) -> str:
    """A CHECK constraint listing the allowed values of a vocabulary field."""
    if get_origin(hint) is Literal and all(isinstance(v, str) for v in get_args(hint)):
        values = ", ".join(f"'{v}'" for v in get_args(hint))
        return f" CHECK ({name} IN ({values}))"
    if get_origin(hint) in (Union, types.UnionType):
        return "".join(_check(name, a) for a in get_args(hint) if a is not type(None))
    return ""


def columns(table: Table) -> list[tuple[str, str]]:
    """(name, SQL declaration) of every column of a table, in order."""
    out = list(table.keys)
    if table.record is not None:
        hints = typing.get_type_hints(table.record, include_extras=True)
        for name in table.record._fields:  # type: ignore[attr-defined]  # a NamedTuple class
            if name in table.skip:
                continue
            sql, nullable = _sql_type(hints[name])
            if table.name == "provisions" and name in ("dispute_settlement", "source"):
                nullable = False  # resolved: the provision's own value, or else the agreement's
            if " REFERENCES" in sql and not nullable:
                sql = sql.replace(" REFERENCES", " NOT NULL REFERENCES", 1)
            elif not nullable:
                sql += " NOT NULL"
            out.append((name, sql + _check(name, hints[name])))
    out += table.derived
    return out


def schema() -> str:
    """The CREATE statements of the tables, lookups and indexes (views and full-text search follow)."""
    statements = [
        "CREATE TABLE provision_keys (key TEXT PRIMARY KEY, category TEXT NOT NULL, title TEXT NOT NULL, "
        "description TEXT NOT NULL)",
        "CREATE TABLE countries (iso3 TEXT PRIMARY KEY, name TEXT NOT NULL)",
    ]
    for table in _tables():
        body = [f"{name} {sql}" for name, sql in columns(table)] + ([table.extra] if table.extra else [])
        statements.append(f"CREATE TABLE {table.name} (\n    " + ",\n    ".join(body) + "\n)")
    statements += [
        "CREATE INDEX parties_party ON parties(party)",
        "CREATE INDEX provisions_provision_status ON provisions(provision, status)",
        "CREATE INDEX provisions_agreement ON provisions(agreement)",
        "CREATE INDEX exceptions_provision ON exceptions(provision_id)",
        "CREATE INDEX transitions_provision ON transitions(provision_id)",
        "CREATE INDEX carve_outs_provision ON carve_outs(provision_id)",
        "CREATE TABLE metadata (key TEXT PRIMARY KEY, value TEXT)",
        "CREATE TABLE column_descriptions (\"table\" TEXT NOT NULL, \"column\" TEXT NOT NULL, description TEXT NOT NULL, "
        "PRIMARY KEY (\"table\", \"column\"))",
    ]
    return ";\n".join(statements) + ";\n"


VIEWS = """
CREATE VIEW binding_by_party AS
    SELECT pa.party, p.provision, p.agreement, p.article, p.dispute_settlement, p.checked, p.strength
    FROM parties pa JOIN agreements a ON a.id = pa.agreement JOIN provisions p ON p.agreement = pa.agreement
    WHERE p.status = 'binding' AND a.status = 'in-force' AND a.ended IS NULL AND pa.in_force IS NOT NULL
      AND pa.withdrawn IS NULL;
CREATE VIEW pair_commitments AS
    SELECT x.party AS party_a, y.party AS party_b, x.provision,
           group_concat(x.agreement, ';') AS agreements, max(x.strength) AS strength
    FROM binding_by_party x JOIN binding_by_party y
      ON x.agreement = y.agreement AND x.provision = y.provision AND x.party < y.party
    GROUP BY x.party, y.party, x.provision;
CREATE VIEW unread_cells AS
    SELECT p.id, p.agreement, p.provision, p.status, p.article, p.source, p.note
    FROM provisions p WHERE p.checked = 'unchecked';
"""

FTS = """
CREATE VIRTUAL TABLE provisions_fts USING fts5(text, note, content='provisions', content_rowid='rowid');
INSERT INTO provisions_fts(rowid, text, note) SELECT rowid, text, note FROM provisions;
"""

# What each column holds: by (table, column), or by column name for every table that has it.
DESCRIPTIONS: dict[str, str] = {
    "id": "agreement id (agreements), or agreement/provision (provisions)",
    "agreement": "agreement id",
    "provision": "provision key (docs/data-format.md)",
    "provision_id": "the provision row: agreement/provision",
    "name": "full name",
    "schema": "data-format version",
    "status": "agreements: in-force, signed or not-in-force; provisions: binding, best-endeavour or absent",
    "source": "the public source of the text read (a provision's own, or else the agreement's)",
    "checked": "how it was confirmed: text (read in the treaty text), secondary, or unchecked",
    "dispute_settlement": "1 if the agreement's dispute settlement can enforce it",
    "signed": "date signed (ISO 8601)",
    "in_force": "date of entry into force (ISO 8601); for a party, for that party",
    "has_dispute_settlement": "0 for an agreement with no state-to-state dispute settlement at all",
    "ended": "date the agreement (or the part encoded) stopped applying",
    "ended_by": "what ended it",
    "note": "anything a reader needs",
    "language": "language of the text read when not English; quotations are in it",
    "encoded": "0 for a catalogue entry: known agreement whose provisions are not encoded",
    "incorporates": "the agreement whose provisions this one incorporates by reference (UK continuity agreements)",
    "incorporation": "the clause that incorporates them, with its article",
    "incorporation_checked": "how the incorporating clause was checked: text, secondary or unchecked",
    "hub": "for a hub-and-spoke agreement, the party bound toward each other party (the others are not bound to each other)",
    "condition": "a condition the commitment depends on",
    "score": "overall score, 0-100 (docs/scoring.md)",
    "alias": "another name of the agreement",
    "position": "order of the chapter in the file",
    "chapter": "a chapter read",
    "party": "ISO 3166-1 alpha-3 code, or EU",
    "withdrawn": "date the party withdrew",
    "accession": "1 if the party acceded",
    "article": "article (and paragraph) cited",
    "title": "article title",
    "text": "a short verbatim key phrase of the treaty text",
    "algorithms": "source-code only: 1 if algorithms are covered",
    "applies_from": "the provision applies only from this date",
    "applies_until": "the provision applies only until this date",
    "instrument": "what brought the provision in on applies_from",
    "category": "category of the provision key",
    "strength": "effective strength 0-1 used by the score",
    "dispute_settlement_reach": "yes, excluded (outside the agreement's dispute settlement) or none (it has none)",
    "kind": "exceptions: the exception kind; transitions: obligation or dispute-settlement",
    "parties": "JSON array of the parties whose measures it covers; NULL: every party's",
    "years": "years from entry into force for the party",
    "until": "date the transition ends",
    "paragraph": "the paragraph deferred, if not the whole provision",
    "scope": "carve-out scope",
    "key": "provision key",
    "description": "what the provision key covers",
    "iso3": "ISO 3166-1 alpha-3 code, or EU",
    "value": "metadata value",
    "table": "table name",
    "column": "column name",
}
TABLE_DESCRIPTIONS: dict[str, str] = {
    "agreements": "one row per agreement, catalogue entries (encoded = 0) included",
    "aliases": "other names of each agreement",
    "chapters": "the chapters read of each agreement",
    "parties": "each agreement's parties with their own dates",
    "provisions": "one row per agreement and provision key (absent ones too); id is agreement/provision",
    "exceptions": "exceptions attached to a provision",
    "transitions": "transition periods for one party",
    "carve_outs": "what a provision does not cover",
    "provision_keys": "the 23 provision keys with category, title and description",
    "countries": "ISO 3166-1 alpha-3 codes and names",
    "metadata": "source, licence, tradecmp version and data date of this export",
    "column_descriptions": "what each column holds",
    "binding_by_party": "binding provisions of agreements in force, per party (not withdrawn); EU members not expanded",
    "pair_commitments": "pairs of parties to the same agreement in force, and the provisions binding between them",
    "unread_cells": "provisions not checked against any text",
}


def _value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return json.dumps(list(value)) if value else None
    return value


def _row(record: Any, table: Table, keys: tuple, derived: tuple = (), **resolved: Any) -> tuple:
    own = [_value(resolved.get(n, getattr(record, n))) for n in record._fields if n not in table.skip]
    return (*keys, *own, *derived)


def _insert(db: sqlite3.Connection, table: Table, rows: list[tuple]) -> None:
    if rows:
        marks = ",".join("?" * len(rows[0]))
        db.executemany(f"INSERT INTO {table.name} VALUES ({marks})", rows)


def _fill(db: sqlite3.Connection, agreements: list[Agreement], weights: Weights) -> None:
    from ..countries import NAMES
    from ..glossary import PROVISIONS
    from ..scoring import score, strength

    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.executescript(schema())
    db.executemany("INSERT INTO provision_keys VALUES (?,?,?,?)",
                   [(k, vocab.PROVISION_CATEGORIES[k], *PROVISIONS[k]) for k in vocab.PROVISION_KEYS])
    db.executemany("INSERT INTO countries VALUES (?,?)", sorted(NAMES.items()))
    t = {table.name: table for table in _tables()}
    for a in agreements:
        _insert(db, t["agreements"], [_row(a, t["agreements"], (), (score(a, weights).overall if a.encoded else None,))])
        _insert(db, t["aliases"], [(a.id, alias) for alias in a.aliases])
        _insert(db, t["chapters"], [(a.id, n, chapter) for n, chapter in enumerate(a.chapters, 1)])
        _insert(db, t["parties"], [_row(d, t["parties"], (a.id, code)) for code, d in a.parties.items()])
        for key in vocab.PROVISION_KEYS:
            p = a.provisions.get(key)
            if p is None:  # a catalogue entry has no provisions
                continue
            cell = f"{a.id}/{key}"
            derived = (vocab.PROVISION_CATEGORIES[key], strength(a, key, weights).value, a.ds_reach(key))
            _insert(db, t["provisions"], [_row(p, t["provisions"], (cell, a.id, key), derived,
                                               dispute_settlement=a.provision_ds(key), source=p.source or a.source)])
            for name, items in (("exceptions", p.exceptions), ("transitions", p.transitions), ("carve_outs", p.carve_outs)):
                _insert(db, t[name], [_row(item, t[name], (cell, a.id, key)) for item in items])
    _fill_metadata(db, agreements)
    db.executescript(VIEWS)
    try:
        db.executescript(FTS)
    except sqlite3.OperationalError as exc:
        if "fts5" not in str(exc):
            raise
        sys.stderr.write("tradecmp: note: this SQLite has no FTS5, so the export has no full-text search\n")


def data_date(agreements: list[Agreement]) -> str | None:
    """The newest date in the data: the latest event any agreement records."""
    days = [d for a in agreements for d in (a.signed, a.in_force, a.ended, *(p.in_force for p in a.parties.values()),
                                           *(p.signed for p in a.parties.values())) if d]
    return max(days).isoformat() if days else None


def metadata(agreements: list[Agreement]) -> dict[str, str | None]:
    from .. import __version__

    return {
        "title": "tradecmp: digital-trade provisions of trade agreements",
        "source": "tradecmp data files (provisions/*.toml); each row cites its own source",
        "license": LICENCE,
        "license_url": LICENCE_URL,
        "tradecmp_version": __version__,
        "data_date": data_date(agreements),
        "agreements": str(len(agreements)),
    }


def _fill_metadata(db: sqlite3.Connection, agreements: list[Agreement]) -> None:
    db.executemany("INSERT INTO metadata VALUES (?,?)", list(metadata(agreements).items()))
    rows = []
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid").fetchall():
        for (_, column, *_rest) in db.execute(f"PRAGMA table_info({table})").fetchall():
            rows.append((table, column, DESCRIPTIONS[column]))
    db.executemany("INSERT INTO column_descriptions VALUES (?,?,?)", rows)


def datasette_metadata(db_path: Path, agreements: list[Agreement]) -> dict:
    """A Datasette metadata file for the database (`datasette FILE.db -m FILE.metadata.json`)."""
    meta = metadata(agreements)
    tables = {}
    for table in _tables():
        tables[table.name] = {"description": TABLE_DESCRIPTIONS[table.name],
                              "columns": {name: DESCRIPTIONS[name] for name, _ in columns(table)}}
    for name in ("provision_keys", "countries", "metadata", "column_descriptions", "binding_by_party",
                 "pair_commitments", "unread_cells"):
        tables[name] = {"description": TABLE_DESCRIPTIONS[name]}
    tables["provisions"].update(fts_table="provisions_fts", label_column="id")
    return {
        "title": meta["title"],
        "description": f"tradecmp {meta['tradecmp_version']} export, data as of {meta['data_date']}",
        "about": "tradecmp",
        "source": meta["source"],
        "license": meta["license"], "license_url": meta["license_url"],
        "databases": {db_path.stem: {"tables": tables}},
    }


def metadata_path(path: Path) -> Path:
    """Where the Datasette metadata file goes by default: beside the database, FILE.metadata.json."""
    return path.with_name(path.stem + ".metadata.json")


def _ours(path: Path) -> bool:
    """Whether an existing file is a tradecmp export (or empty), which an export may replace."""
    if path.stat().st_size == 0:
        return True
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            (app_id,) = db.execute("PRAGMA application_id").fetchone()
            tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            db.close()
    except sqlite3.Error:
        return False
    return app_id == APPLICATION_ID or tables == _OLD_TABLES  # an export from before application_id


def _our_metadata(path: Path) -> bool:
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("about") == "tradecmp"
    except (OSError, ValueError, AttributeError):
        return False


def write(records: Records, path: Path, *, metadata_file: Path | None = None, replace: bool = False) -> None:
    """Build the database in a temporary file beside `path`, then rename it over `path`: whole or nothing.

    An existing file that is not a tradecmp export is refused (UsageError) unless `replace`; so is an existing
    metadata file that tradecmp did not write. The Datasette metadata goes to `metadata_file`, or beside the
    database (`metadata_path`).
    """
    if records.dataset is None:
        raise UsageError("the sqlite format holds the whole dataset: use it with `tradecmp export`")
    agreements, weights = records.dataset
    meta_path = metadata_file or metadata_path(path)
    if not replace:
        if path.is_file() and not _ours(path):
            raise UsageError(f"{path} exists and is not a tradecmp export; add --replace to overwrite it")
        if meta_path.is_file() and not _our_metadata(meta_path):
            raise UsageError(f"{meta_path} exists and was not written by tradecmp; add --replace to overwrite it, "
                             "or give --metadata FILE")

    def fill(temporary: Path) -> None:
        try:
            db = sqlite3.connect(temporary)
            try:
                with db:
                    _fill(db, agreements, weights)
            finally:
                db.close()
        except sqlite3.Error as exc:
            raise OSError(str(exc)) from None

    from . import write_atomic

    replace_atomically(path, fill)
    write_atomic(meta_path, json.dumps(datasette_metadata(path, agreements), indent=2, ensure_ascii=False) + "\n")
