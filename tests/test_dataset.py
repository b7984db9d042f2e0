"""The Dataset at the centre of the API, the one name resolver, and the checks of issue 24 that must not disagree."""

from __future__ import annotations

import doctest
import inspect
import os
import pickle
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

import tradecmp
from tradecmp import api, errors
from tradecmp.catalog import bundled_dir, load_catalog
from tradecmp.cli import app

from conftest import write_agreement

SRC = Path(tradecmp.__file__).resolve().parent


def run(runner, *args, **env):
    return runner.invoke(app, list(args), env=env or None)


# --- the Dataset: a proper lazy mapping ------------------------------------------------------------

def test_a_dataset_is_a_mapping_of_every_agreement_read_only_when_used():
    ds = tradecmp.open()
    assert len(ds) >= 90 and "RCEP" in ds and "rcep" in ds and "tpp11" in ds and "NOPE" not in ds
    ids = list(ds)
    assert ids[0] != ids[-1] and "CPTPP" in ids and len(ids) == len(ds)
    read = [k for k in ds.catalog.agreements if dict.__getitem__(ds.catalog.agreements, k) is not None]
    assert read == []  # len, in and iteration read no agreement in full
    assert ds["tpp-11"].id == ds["CPTPP"].id == "CPTPP"
    assert all(agreement is not None and agreement.id == key for key, agreement in dict(ds).items())
    assert ds.get("NOPE") is None


def test_an_unknown_name_is_a_key_error_with_suggestions():
    with pytest.raises(KeyError) as caught:
        tradecmp.open()["RCPE"]
    assert isinstance(caught.value, errors.UnknownName) and "did you mean RCEP" in caught.value.message


def test_catalogue_entries_are_in_the_mapping_and_found_by_name(user_dir, make_agreement):
    data = make_agreement("CATDEA", aliases=["CAT-DEA"], provisions={}, encoded=False)
    write_agreement(user_dir, data)
    ds = tradecmp.open(data_dirs=str(user_dir))  # one folder as a str
    assert "CATDEA" in ds and "cat-dea" in ds and "CATDEA" in list(ds)
    assert ds["catdea"].encoded is False
    assert ds.search("cat dea") == ["CATDEA"]


def test_one_dataset_answers_every_question_with_the_rows_of_the_functions():
    ds = tradecmp.open()
    assert ds.diff("RCEP", "CPTPP") == tradecmp.diff("RCEP", "CPTPP")
    assert ds.between("USA", "KOR", on="2026-01-01") == tradecmp.between("USA", "KOR", on="2026-01-01")
    assert ds.list_agreements() == ds.agreements() == tradecmp.list_agreements()
    assert ds.show("RCEP") == tradecmp.show("RCEP")


def test_the_cli_builds_one_dataset_per_run(runner, monkeypatch):
    built = []
    original = api.Dataset.__init__

    def counting(self, *args, **kwargs):
        built.append(args)
        original(self, *args, **kwargs)

    monkeypatch.setattr(api.Dataset, "__init__", counting)
    assert run(runner, "diff", "RCEP", "CPTPP", "-f", "csv").exit_code == 0
    assert len(built) == 1


# --- public names: never a module's, typed, documented ---------------------------------------------

def test_no_public_name_is_also_a_module_name():
    modules = {p.stem for p in SRC.glob("*.py")} | {p.name for p in SRC.iterdir() if (p / "__init__.py").exists()}
    assert set(tradecmp.__all__).isdisjoint(modules)
    assert "catalog" not in tradecmp.__all__


def test_public_functions_work_whatever_was_imported_before():
    probe = ("import tradecmp, tradecmp.catalog, tradecmp.verification; from tradecmp import diff, open, verify; "
             "print(len(diff('RCEP', 'CPTPP')), callable(tradecmp.verify), len(open()) > 0)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert out[1:] == ["True", "True"] and int(out[0]) > 0


def test_the_package_is_typed_with_visible_signatures():
    assert (SRC / "py.typed").is_file()
    assert not hasattr(tradecmp, "__getattr__")  # every name is a real attribute a type checker sees
    signature = inspect.signature(tradecmp.diff)
    assert list(signature.parameters)[:2] == ["a", "b"] and signature.return_annotation == "Records"


def test_a_type_checker_sees_the_signatures(tmp_path):
    mypy = pytest.importorskip("mypy.api")  # in the test extra
    user = tmp_path / "user.py"
    user.write_text("import tradecmp\nrows = tradecmp.diff('RCEP')\nds = tradecmp.open()\nds.between('USA', 'KOR', on=3)\n")
    out, _, status = mypy.run([str(user), "--cache-dir", str(tmp_path / "cache"), "--no-error-summary"])
    assert status == 1
    assert 'Missing positional argument "b" in call to "diff"' in out and 'Argument "on" to "between"' in out


def test_a_str_is_one_name_wherever_names_are_expected(tmp_path):
    assert [r["provision"] for r in tradecmp.diff("RCEP", "CPTPP", all=True, provisions="source-code")] == ["source-code"]
    assert [r["agreement"] for r in tradecmp.score("CPTPP")] == ["CPTPP"]
    assert tradecmp.provision_keys("fintech") == ["fintech"]
    with pytest.raises(errors.UsageError, match="at least two"):
        tradecmp.compare("RCEP")
    with pytest.raises(errors.UsageError, match="at least two"):
        tradecmp.compose("USA", agreement_id="X", output=tmp_path / "x.toml")


def test_the_compose_strategies_are_named_once(runner, tmp_path):
    from tradecmp.cli import StrategyChoice
    from tradecmp.vocab import COMPOSE_STRATEGIES

    assert [c.value for c in StrategyChoice] == list(COMPOSE_STRATEGIES)
    with pytest.raises(errors.UsageError, match="common or strongest"):
        tradecmp.compose(["USA", "JPN"], agreement_id="X", output=tmp_path / "x.toml", strategy="widest")


def test_vocabularies_and_parties_are_public():
    assert tradecmp.provision_keys()[0] == "cross-border-data-flows" and len(tradecmp.provision_keys()) == 23
    assert tradecmp.categories() == ["data", "digital-products", "trust", "facilitation", "emerging"]
    codes = tradecmp.parties()
    assert {"USA", "KOR", "EU"} <= set(codes) and codes == sorted(codes)


QUESTIONS = {
    "list_agreements": lambda: tradecmp.list_agreements(),
    "show": lambda: tradecmp.show("RCEP"),
    "diff": lambda: tradecmp.diff("RCEP", "CPTPP"),
    "export": lambda: tradecmp.export(),
    "coverage": lambda: tradecmp.coverage(),
    "timeline": lambda: tradecmp.timeline(),
    "country": lambda: tradecmp.country("KOR"),
    "between": lambda: tradecmp.between("USA", "KOR"),
    "partners": lambda: tradecmp.partners("USA", provisions="source-code"),
    "changes": lambda: tradecmp.changes("KOR", start="2015-01-01"),
    "impact": lambda: tradecmp.impact("CPTPP", join="KOR"),
    "validate": lambda: tradecmp.validate(),
    "paths": lambda: tradecmp.paths(),
}


@pytest.mark.parametrize("name", sorted(QUESTIONS))
def test_each_docstring_lists_the_fields_returned(name):
    documented = inspect.getdoc(getattr(tradecmp, name))
    returns = re.search(r"Returns:\s+Records with fields (.*?)(?:\.\n|\.$|;| \()", documented, re.S)
    listed = re.findall(r"[a-z](?:[a-z_-]*[a-z])?", returns.group(1).replace("with fields", ""))
    assert listed == QUESTIONS[name]().fields


def test_every_public_function_documents_an_example_and_its_examples_run():
    for name in tradecmp.__all__:
        thing = getattr(tradecmp, name)
        if inspect.isfunction(thing):
            assert "Example" in (thing.__doc__ or ""), name
    failed, tried = doctest.testmod(api, extraglobs={"tradecmp": tradecmp}, optionflags=doctest.ELLIPSIS)
    assert tried >= 25 and failed == 0


# --- one resolver, ranked by words --------------------------------------------------------------------

@pytest.mark.parametrize("typed, first, also", [
    ("US-Japan", "USJDTA", None),
    ("Korea-Singapore", "KOR-SGP", "KSDPA"),
    ("RCPE", "RCEP", None),
])
def test_suggestions_rank_words_and_countries_before_spelling(runner, typed, first, also):
    result = run(runner, "show", typed)
    assert result.exit_code == errors.UNKNOWN
    suggested = re.search(r"did you mean (.*)\?", result.stderr).group(1).split(", ")
    assert suggested[0] == first and (also is None or also in suggested)


def test_names_differing_in_case_and_punctuation_resolve(runner):
    assert tradecmp.show("tpp11")[0]["agreement"] == "CPTPP"
    assert run(runner, "diff", "tpp11", "rcep", "-f", "csv").exit_code == 0


def test_list_search_finds_agreements_by_words_of_names_and_aliases(runner):
    found = run(runner, "list", "--search", "korea singapore", "-f", "csv")
    assert [line.split(",")[0] for line in found.stdout.splitlines()[1:]] == ["KOR-SGP", "KSDPA"]
    assert [r["agreement"] for r in tradecmp.list_agreements(search="tpp11")] == ["CPTPP"]
    assert [r["agreement"] for r in tradecmp.list_agreements(search="japan digital")] == ["USJDTA"]
    assert tradecmp.list_agreements(search="no such words at all") == []


def test_show_prints_the_aliases(runner):
    shown = run(runner, "show", "CPTPP", "-f", "table")
    assert "also known as: TPP-11" in shown.stdout


def test_verify_uses_the_same_resolver(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text("Article 1 nothing here\n")
    assert {r["agreement"] for r in tradecmp.verify("tpp11", texts=copy)} == {"CPTPP"}
    with pytest.raises(errors.UnknownAgreement, match="did you mean RCEP"):
        tradecmp.verify("RCPE", texts=copy)


# --- each decision once: "the same" ----------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [("RCEP", "CPTPP"), ("USMCA", "CPTPP"), ("DEPA", "KSDPA"), ("TPP", "CPTPP")])
def test_compare_and_diff_agree_on_which_provisions_are_the_same(a, b):
    compared = tradecmp.compare([a, b])
    same_in_compare = {r["provision"] for r in compared.table_rows if r["_same"]}
    same_in_diff = {r["provision"] for r in tradecmp.diff(a, b, all=True) if r["relation"] == "same"}
    assert same_in_compare == same_in_diff


def test_cybersecurity_in_rcep_and_cptpp_differs_in_both_views():
    row = tradecmp.diff("RCEP", "CPTPP", provisions="cybersecurity")[0]
    assert row["relation"] == "differs"
    compared = tradecmp.compare(["RCEP", "CPTPP"], provisions="cybersecurity")
    assert compared.table_rows[0]["_same"] is False


# --- options declared once, offered only where they work --------------------------------------------------

def test_shared_options_are_declared_once_with_one_help_text(runner):
    source = (SRC / "cli.py").read_text("utf-8")
    assert source.count('"--data-dir"') == 1 and source.count('"--weights"') == 1
    import typer.main

    commands = typer.main.get_command(app).commands
    texts = {param.help for name, command in commands.items() for param in command.params if "--data-dir" in param.opts}
    assert len(texts) == 1 and sum("--data-dir" in p.opts for c in commands.values() for p in c.params) >= 15


@pytest.mark.parametrize("command", ["verify", "coverage", "paths", "validate"])
def test_weights_are_offered_only_where_they_score(runner, command):
    assert "--weights" not in run(runner, command, "--help").stdout


# --- validate over the data in use --------------------------------------------------------------------------

def test_validate_refuses_a_file_whose_alias_the_data_in_use_already_has(runner, user_dir, make_agreement):
    path = write_agreement(user_dir, make_agreement("MYDEA", aliases=["RCEP"]))
    result = run(runner, "validate", str(path))
    assert result.exit_code == errors.DIFFERENT and "duplicate-name" in result.stdout and "RCEP" in result.stdout
    assert run(runner, "diff", "RCEP", "CPTPP", "--data-dir", str(user_dir)).exit_code == errors.DATA  # as loading does


def test_validate_passes_a_file_that_replaces_a_bundled_agreement(runner, user_dir, make_agreement):
    path = write_agreement(user_dir, make_agreement("RCEP", aliases=["RCEP-MINE"]))
    assert run(runner, "validate", str(path)).exit_code == 0
    assert run(runner, "validate", str(bundled_dir() / "rcep.toml")).exit_code == 0  # the bundled file itself


def test_validate_a_file_against_a_data_dir_holding_the_same_id(runner, tmp_path, make_agreement):
    write_agreement(tmp_path / "mine", make_agreement("XYZDEA"))
    path = write_agreement(tmp_path / "other", make_agreement("XYZDEA"))
    result = run(runner, "validate", str(path), "--data-dir", str(tmp_path / "mine"))
    assert result.exit_code == errors.DIFFERENT and "duplicate-id" in result.stdout


# --- the cache touches only its own files, and trusts only the user's -------------------------------------

def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_the_cache_removes_only_its_own_old_files(tmp_path, monkeypatch):
    monkeypatch.setenv("TRADECMP_CACHE_DIR", str(tmp_path))
    theirs = tmp_path / "someone-elses.pickle"
    theirs.write_bytes(b"precious")
    stale_tmp = tmp_path / ".tradecmp-abc.tmp"
    stale_tmp.write_bytes(b"half")
    old_own = tmp_path / "tradecmp-0123-4567.pickle"
    old_own.write_bytes(b"old")
    for path in (theirs, stale_tmp, old_own):
        _age(path, 60 * 24 * 3600)
    load_catalog()
    assert theirs.read_bytes() == b"precious"
    assert not stale_tmp.exists() and not old_own.exists()
    assert [p.name.startswith("tradecmp-") for p in tmp_path.glob("*.pickle") if p != theirs] == [True]


def _tamper(cache_file: Path, agreement_id: str, name: str) -> None:
    entries = pickle.loads(cache_file.read_bytes())
    for key, entry in entries.items():
        if entry.id == agreement_id:
            agreement = pickle.loads(entry.blob)._replace(name=name)
            entries[key] = entry._replace(blob=pickle.dumps(agreement))
    cache_file.write_bytes(pickle.dumps(entries))


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file ownership is POSIX")
def test_a_cache_file_others_can_write_is_not_unpickled(tmp_path, monkeypatch, user_dir, make_agreement):
    monkeypatch.setenv("TRADECMP_CACHE_DIR", str(tmp_path / "cache"))
    write_agreement(user_dir, make_agreement("XYZDEA", name="Real name"))
    load_catalog([user_dir])
    (cache_file,) = [p for p in (tmp_path / "cache").glob("tradecmp-*.pickle")
                     if any(e.id == "XYZDEA" for e in pickle.loads(p.read_bytes()).values())]
    _tamper(cache_file, "XYZDEA", "Planted name")
    cache_file.chmod(0o600)
    assert load_catalog([user_dir]).agreements["XYZDEA"].name == "Planted name"  # the user's own file is used
    cache_file.chmod(0o666)
    assert load_catalog([user_dir]).agreements["XYZDEA"].name == "Real name"


def test_the_cache_stamp_holds_the_pydantic_version(monkeypatch):
    from importlib.metadata import version

    from tradecmp import cache

    assert cache._pydantic_version() == version("pydantic")
    before = cache._stamp()
    monkeypatch.setattr(cache, "_pydantic_version", lambda: "9.9.9")
    assert cache._stamp() != before


# --- output whatever the locale; a bug is one line and its own exit code ----------------------------------

def test_output_is_utf8_whatever_the_locale(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C", "TRADECMP_CACHE_DIR": str(tmp_path)}
    shown = subprocess.run([sys.executable, "-m", "tradecmp", "show", "CPTPP", "-f", "csv"], env=env,
                           capture_output=True, check=False)
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout.decode("utf-8")
    assert any(ord(c) > 127 for c in text) and b"Traceback" not in shown.stderr


def test_an_unexpected_error_is_one_line_and_exit_70(runner, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("something inside broke")

    monkeypatch.setattr(api.Dataset, "diff", broken)
    result = run(runner, "diff", "RCEP", "CPTPP")
    assert result.exit_code == errors.INTERNAL == 70
    assert result.stderr.strip().splitlines() == [
        "tradecmp: internal error: RuntimeError: something inside broke (a bug in tradecmp; TRADECMP_DEBUG=1 shows where)"]
    debug = run(runner, "diff", "RCEP", "CPTPP", TRADECMP_DEBUG="1")
    assert debug.exit_code == 70 and "Traceback" in debug.stderr
    assert "70 internal error" in " ".join(run(runner, "--help").stdout.split())


# --- verify at the API and the CLI ----------------------------------------------------------------------------

def _copy_with(tmp_path: Path, agreement_id: str, key: str) -> tuple[Path, str]:
    cell = tradecmp.open()[agreement_id].provisions[key]
    copy = tmp_path / f"{agreement_id.lower()}.txt"
    copy.write_text(f"Article {cell.article.split('.')[0]}.{cell.article.split('.')[1]} Heading\n1. {cell.text}\n", "utf-8")
    return copy, cell.article


def test_verify_through_the_api_finds_a_quotation_in_a_copy(tmp_path):
    copy, _ = _copy_with(tmp_path, "RCEP", "cross-border-data-flows")
    rows = {r["provision"]: r for r in tradecmp.verify(["RCEP"], texts=[copy])}
    assert rows["cross-border-data-flows"]["result"] == "ok"
    assert rows["data-localisation"]["result"] == "not-found"


def test_verify_through_the_cli_exits_1_on_a_missing_quotation_and_0_when_all_found(runner, tmp_path):
    copy, _ = _copy_with(tmp_path, "RCEP", "cross-border-data-flows")
    missing = run(runner, "verify", "RCEP", "--text", str(copy), "-f", "csv")
    assert missing.exit_code == errors.DIFFERENT and "cross-border-data-flows" in missing.stdout
    only = run(runner, "verify", "RCEP", "--text", str(copy), "-f", "csv", "--data-dir", str(tmp_path / "none"))
    assert only.exit_code == errors.DATA  # a folder that does not exist is a data error, as for every command
    assert run(runner, "verify", "RCEP", "--text", str(tmp_path / "absent.txt")).exit_code == errors.USAGE
