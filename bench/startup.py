"""The start-up check: is a warm `tradecmp diff -f csv` still close to `import typer`, and does it still avoid
pydantic and Rich? Run it before changing the `typer<0.29` pin (docs/performance.md), against an
environment with the typer to try:

    python -m venv /tmp/t29 && /tmp/t29/bin/pip install . 'typer==0.29.*'
    python bench/startup.py --python /tmp/t29/bin/python --python .venv/bin/python

For each Python given (default: the one running this), where tradecmp is installed: typer's version, the
medians of interleaved rounds of `import typer` (the floor), `tradecmp --help`, `tradecmp list` and
`tradecmp diff RCEP CPTPP` (CSV, warm cache), their ratios to the floor, and the heavy modules a warm diff
imported. Exits 1 if a warm diff imports pydantic or Rich, or takes more than --max-ratio times the floor.
Timings are never asserted by the tests; this is the place for them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAVY = ("pydantic", "rich", "pypdf", "sqlite3")  # tomllib is needed: the weights are a TOML file


def _tool(python: str) -> list[str]:
    script = Path(python).parent / "tradecmp"  # the console script users run; python -m adds runpy's start-up
    return [str(script)] if script.exists() else [python, "-m", "tradecmp"]


def _seconds(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - start


def _heavy_imports(python: str, env: dict[str, str]) -> list[str]:
    tool = _tool(python)
    command = [python, "-X", "importtime", *(tool[1:] if tool[0] == python else tool)] + ["diff", "RCEP", "CPTPP", "-f", "csv"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    names = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}
    return sorted(name for name in names if name.split(".")[0] in HEAVY and "." not in name)


def _version(python: str, module: str) -> str:
    probe = f"from importlib.metadata import version; print(version({module!r}))"
    done = subprocess.run([python, "-c", probe], capture_output=True, text=True, check=False)
    return done.stdout.strip() or "?"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--python", action="append", help="a Python with tradecmp installed (repeatable)")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--max-ratio", type=float, default=1.6, help="warm diff -f csv over import typer")
    options = parser.parse_args()
    pythons = options.python or [sys.executable]
    failed = False
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "TRADECMP_CACHE_DIR": cache}
        env.pop("TRADECMP_NO_CACHE", None)
        commands = {}
        for python in pythons:
            tool = _tool(python)
            commands[(python, "import typer")] = [python, "-c", "import typer"]
            commands[(python, "tradecmp --help")] = tool + ["--help"]
            commands[(python, "tradecmp list")] = tool + ["list", "-f", "csv"]
            commands[(python, "tradecmp diff")] = tool + ["diff", "RCEP", "CPTPP", "-f", "csv"]
        for command in commands.values():  # warm the cache and the file system, untimed
            _seconds(command, env)
        times: dict[tuple[str, str], list[float]] = {key: [] for key in commands}
        for _ in range(options.repeat):
            for key, command in commands.items():
                times[key].append(_seconds(command, env))
        for python in pythons:
            floor = statistics.median(times[(python, "import typer")])
            print(f"# {python}: typer {_version(python, 'typer')}, pydantic {_version(python, 'pydantic')}; "
                  f"medians of {options.repeat} interleaved rounds")
            for (who, label), values in times.items():
                if who == python:
                    median = statistics.median(values)
                    print(f"{label:<20} {median:7.3f} s  {median / floor:5.2f}x floor")
            ratio = statistics.median(times[(python, "tradecmp diff")]) / floor
            heavy = _heavy_imports(python, env)
            print(f"heavy modules imported by a warm diff -f csv: {', '.join(heavy) or 'none'}")
            if heavy or ratio > options.max_ratio:
                print(f"FAIL: {'imports ' + ', '.join(heavy) if heavy else ''}"
                      f"{'; ' if heavy and ratio > options.max_ratio else ''}"
                      f"{f'{ratio:.2f}x floor > {options.max_ratio}' if ratio > options.max_ratio else ''}")
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
