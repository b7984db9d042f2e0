"""The cache of validated agreements: it saves time and is never stale."""

import os
import subprocess
import sys

from tradecmp.catalog import load_catalog

from conftest import write_agreement


def test_a_changed_file_is_read_again(user_dir, make_agreement):
    path = write_agreement(user_dir, make_agreement("XYZDEA", name="First name"))
    assert load_catalog([user_dir]).agreements["XYZDEA"].name == "First name"
    stat = path.stat()
    write_agreement(user_dir, make_agreement("XYZDEA", name="Other name"))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same mtime: the bytes decide
    assert load_catalog([user_dir]).agreements["XYZDEA"].name == "Other name"


def test_a_cached_file_that_became_invalid_is_reported(user_dir, make_agreement):
    path = write_agreement(user_dir, make_agreement("XYZDEA"))
    load_catalog([user_dir])
    path.write_text(path.read_text().replace('status = "binding"', 'status = "mandatory"'))
    from tradecmp.errors import DataError

    try:
        load_catalog([user_dir])
    except DataError as exc:
        assert "mandatory" in str(exc)
    else:
        raise AssertionError("an invalid file loaded from the cache")


def test_a_corrupt_cache_is_ignored(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("TRADECMP_CACHE_DIR", str(folder))
    load_catalog()
    for file in folder.iterdir():
        file.write_bytes(b"not a pickle")
    assert "RCEP" in load_catalog().agreements


def test_no_cache_writes_nothing(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("TRADECMP_CACHE_DIR", str(folder))
    monkeypatch.setenv("TRADECMP_NO_CACHE", "1")
    assert "RCEP" in load_catalog().agreements
    assert not folder.exists()


def test_a_warm_run_needs_no_pydantic(tmp_path):
    env = {**os.environ, "TRADECMP_CACHE_DIR": str(tmp_path)}
    env.pop("TRADECMP_NO_CACHE", None)
    probe = ("import sys; from tradecmp.catalog import load_catalog; c = load_catalog(); "
             "print(len(c.agreements), 'pydantic' in sys.modules)")
    cold = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    warm = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert cold.stdout.split()[1] == "True"
    assert warm.stdout.split() == [cold.stdout.split()[0], "False"]


def test_a_warm_run_reads_in_full_only_the_agreements_it_uses():
    catalog = load_catalog()
    catalog = load_catalog()  # warm: every agreement is known by id, none read in full yet
    catalog.resolve("RCEP"), catalog.resolve("tpp-11")
    materialised = [k for k in catalog.agreements if dict.__getitem__(catalog.agreements, k) is not None]
    assert sorted(materialised) == ["CPTPP", "RCEP"] and len(catalog.agreements) > 50
