"""The SQLite export as SQL and Datasette users meet it: linked tables, lookups, views, search, metadata, and
never a user's own database lost."""

import json
import sqlite3

import pytest

from tradecmp import agreement as records
from tradecmp.cli import app
from tradecmp.render import sqlite as export_sqlite
from tradecmp.vocab import ISO3, PROVISION_KEYS

from conftest import write_agreement


def run(runner, *args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    from typer.testing import CliRunner

    target = tmp_path_factory.mktemp("export") / "trade.db"
    result = CliRunner().invoke(app, ["export", "-f", "sqlite", "-o", str(target)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return target


@pytest.fixture
def db(exported):
    connection = sqlite3.connect(exported)
    yield connection
    connection.close()


def _columns(db, table):
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def test_every_record_field_has_a_column_or_a_table(db):
    where = {"ExceptionClause": "exceptions", "Transition": "transitions", "CarveOut": "carve_outs",
             "Provision": "provisions", "PartyDates": "parties", "Agreement": "agreements"}
    children = {"parties", "provisions", "aliases", "chapters", "exceptions", "transitions", "carve_outs"}
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for record in records.RECORDS:
        columns = _columns(db, where[record.__name__])
        for field in record._fields:
            assert field in columns or (field in children and field in tables), (record.__name__, field)
    assert {"has_dispute_settlement", "language", "encoded"} <= set(_columns(db, "agreements"))
    assert db.execute("SELECT chapter FROM chapters WHERE agreement = 'CPTPP'").fetchall()


def test_child_rows_link_to_their_provision_by_one_key(db):
    fks = {(t, row[3], row[2], row[4]) for t in ("exceptions", "transitions", "carve_outs")
           for row in db.execute(f"PRAGMA foreign_key_list({t})")}
    assert ("exceptions", "provision_id", "provisions", "id") in fks
    assert ("carve_outs", "provision_id", "provisions", "id") in fks
    kinds = {k for (k,) in db.execute("SELECT e.kind FROM exceptions e JOIN provisions p ON p.id = e.provision_id "
                                      "WHERE p.id = 'RCEP/data-localisation'")}
    assert "public-policy-self-judging" in kinds
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_indexes_on_what_people_filter_by(db):
    indexed = {(t, tuple(c[2] for c in db.execute(f"PRAGMA index_info({name})")))
               for t in ("parties", "provisions") for (_, name, *_) in db.execute(f"PRAGMA index_list({t})")}
    assert ("parties", ("party",)) in indexed and ("provisions", ("provision", "status")) in indexed


def test_full_text_search_over_quotations_and_notes(db):
    found = {pid for (pid,) in db.execute(
        "SELECT p.id FROM provisions_fts f JOIN provisions p ON p.rowid = f.rowid WHERE provisions_fts MATCH 'algorithm'")}
    assert "USMCA/source-code" in found


def test_lookup_tables(db):
    assert db.execute("SELECT count(*) FROM provision_keys").fetchone()[0] == len(PROVISION_KEYS)
    assert db.execute("SELECT category, title FROM provision_keys WHERE key = 'source-code'").fetchone() == (
        "digital-products", "Source code")
    assert db.execute("SELECT name FROM countries WHERE iso3 = 'KOR'").fetchone() == ("South Korea",)
    assert db.execute("SELECT count(*) FROM countries").fetchone()[0] == len(ISO3) + 1  # and EU


def test_views_answer_the_common_questions(db):
    binding = db.execute("SELECT agreement FROM binding_by_party WHERE party = 'SGP' AND provision = "
                         "'cross-border-data-flows'").fetchall()
    assert ("DEPA",) in binding
    pair = db.execute("SELECT agreements FROM pair_commitments WHERE party_a = 'AUS' AND party_b = 'SGP' "
                      "AND provision = 'source-code'").fetchone()
    assert pair and "SADEA" in pair[0].split(";")
    unread = db.execute("SELECT count(*) FROM unread_cells").fetchone()[0]
    assert unread == db.execute("SELECT count(*) FROM provisions WHERE checked = 'unchecked'").fetchone()[0] > 0


def test_metadata_in_the_database_and_beside_it(db, exported):
    from tradecmp import __version__

    meta = dict(db.execute("SELECT key, value FROM metadata"))
    assert meta["tradecmp_version"] == __version__ and meta["license"] == "MIT" and meta["data_date"] > "2024"
    assert db.execute("SELECT description FROM column_descriptions WHERE \"table\" = 'provisions' AND "
                      "\"column\" = 'strength'").fetchone()[0].startswith("effective strength")
    datasette = json.loads(exported.with_name("trade.metadata.json").read_text())
    tables = datasette["databases"]["trade"]["tables"]
    assert "strength" in tables["provisions"]["columns"] and datasette["license"] == "MIT"


def test_a_catalogue_entry_is_in_agreements_and_parties(runner, user_dir, make_agreement, tmp_path):
    data = make_agreement("ABCDEA", encoded=False, checked="secondary", language="es")
    data["provisions"] = {}
    write_agreement(user_dir, data)
    target = tmp_path / "c.db"
    result = run(runner, "export", "--data-dir", user_dir, "-f", "sqlite", "-o", target)
    assert result.exit_code == 0, result.output
    db = sqlite3.connect(target)
    assert db.execute("SELECT encoded, language FROM agreements WHERE id = 'ABCDEA'").fetchone() == (0, "es")
    assert db.execute("SELECT count(*) FROM parties WHERE agreement = 'ABCDEA'").fetchone()[0] == 2
    assert db.execute("SELECT count(*) FROM provisions WHERE agreement = 'ABCDEA'").fetchone()[0] == 0


def test_a_users_own_database_is_refused_untouched(runner, tmp_path):
    mine = tmp_path / "mine.db"
    own = sqlite3.connect(mine)
    own.execute("CREATE TABLE notes (x)")
    own.commit()
    own.close()
    before = mine.read_bytes()
    result = run(runner, "export", "-f", "sqlite", "-o", mine)
    assert result.exit_code == 2
    assert "mine.db exists and is not a tradecmp export; add --replace" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert mine.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["mine.db"]
    assert run(runner, "export", "-f", "sqlite", "-o", mine, "--replace").exit_code == 0
    assert sqlite3.connect(mine).execute("SELECT count(*) FROM agreements").fetchone()[0] > 50


def test_a_text_file_is_not_taken_for_a_database(runner, tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("my notes")
    assert run(runner, "export", "-f", "sqlite", "-o", notes).exit_code == 2
    assert notes.read_text() == "my notes"


def test_a_tradecmp_export_is_replaced(runner, exported, tmp_path):
    target = tmp_path / "again.db"
    assert run(runner, "export", "-f", "sqlite", "-o", target).exit_code == 0
    with sqlite3.connect(target) as db:
        db.execute("DELETE FROM agreements WHERE id = 'RCEP'")
    assert run(runner, "export", "-f", "sqlite", "-o", target, "--metadata", tmp_path / "m.json").exit_code == 0
    assert sqlite3.connect(target).execute("SELECT count(*) FROM agreements WHERE id = 'RCEP'").fetchone() == (1,)
    assert json.loads((tmp_path / "m.json").read_text())["databases"]["again"]
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_foreign_metadata_file_is_refused(runner, tmp_path):
    (tmp_path / "x.metadata.json").write_text('{"mine": true}')
    result = run(runner, "export", "-f", "sqlite", "-o", tmp_path / "x.db")
    assert result.exit_code == 2 and "--metadata FILE" in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_sqlite_options_are_refused_for_text_formats(runner, tmp_path):
    result = run(runner, "export", "-f", "csv", "-o", tmp_path / "x.csv", "--replace")
    assert result.exit_code == 2 and "--replace applies only to the sqlite format" in result.stderr


def test_without_fts5_the_export_still_works(tmp_path, capsys):
    class Connection:  # wraps a real connection, failing as a build without FTS5 does
        def __init__(self, real):
            self.real = real

        def __getattr__(self, name):
            return getattr(self.real, name)

        def executescript(self, sql):
            if "fts5" in sql:
                raise sqlite3.OperationalError("no such module: fts5")
            return self.real.executescript(sql)

    from tradecmp import api

    records = api.export()
    agreements, weights = records.dataset
    real = sqlite3.connect(tmp_path / "n.db")
    export_sqlite._fill(Connection(real), agreements, weights)
    real.commit()
    assert "no FTS5" in capsys.readouterr().err
    encoded = [a for a in agreements if a.provisions]  # incorporated cells included; catalogue entries have none
    assert real.execute("SELECT count(*) FROM provisions").fetchone()[0] == len(encoded) * len(PROVISION_KEYS)


def test_column_types_follow_the_declarations():
    decl = dict(export_sqlite.columns(next(t for t in export_sqlite._tables() if t.name == "transitions")))
    assert decl["years"] == "INTEGER" and decl["until"] == "TEXT"
    assert "CHECK (kind IN ('obligation', 'dispute-settlement'))" in decl["kind"]
    assert decl["party"] == "TEXT NOT NULL REFERENCES countries(iso3)"


def test_an_export_from_before_the_application_id_is_replaced(runner, tmp_path):
    old = tmp_path / "old.db"
    db = sqlite3.connect(old)
    for table in ("agreements", "aliases", "parties", "provisions", "exceptions", "transitions", "carve_outs"):
        db.execute(f"CREATE TABLE {table} (x)")
    db.commit()
    db.close()
    assert run(runner, "export", "-f", "sqlite", "-o", old).exit_code == 0
    assert sqlite3.connect(old).execute("PRAGMA application_id").fetchone()[0] == export_sqlite.APPLICATION_ID
