"""Benchmarks: medians of whole commands, as ratios to `python -c "import typer"` measured in the same run.

Usage: python bench/run.py [--repeat N] [--sizes 100,1000[,10000]]
Run it with the Python of an environment where tradecmp is installed as users install it
(`pip install .`, which compiles its bytecode): an editable install where PYTHONDONTWRITEBYTECODE is set
recompiles tradecmp's modules on every run and overstates its start-up.
Commands are timed in interleaved rounds (each round runs every command once), so that a busy moment of
the machine falls on all of them alike. Prints a table; nothing is asserted. docs/performance.md records
the figures.
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE.parents[1] / "shared" / "texts"  # the treaty copies beside the repository, if present


def seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def medians(commands: dict[str, list[str]], repeat: int) -> dict[str, float]:
    for command in commands.values():  # warm the cache and the file system once, untimed
        seconds(command)
    times: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(repeat):
        for label, command in commands.items():
            times[label].append(seconds(command))
    return {label: statistics.median(values) for label, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument("--sizes", default="100,1000")
    options = parser.parse_args()
    py = sys.executable
    script = Path(py).parent / "tradecmp"  # the console script users run; python -m adds runpy's start-up
    tool = [str(script)] if script.exists() else [py, "-m", "tradecmp"]
    floor = "python -c 'import typer' (floor)"
    rows = medians({
        floor: [py, "-c", "import typer"],
        "tradecmp --help": tool + ["--help"],
        "tradecmp list": tool + ["list", "-f", "csv"],
        "tradecmp diff RCEP CPTPP --format csv": tool + ["diff", "RCEP", "CPTPP", "-f", "csv"],
        "tradecmp diff RCEP CPTPP --format table": tool + ["diff", "RCEP", "CPTPP", "-f", "table"],
        "tradecmp export": tool + ["export", "-f", "csv"],
        "tradecmp between USA KOR": tool + ["between", "USA", "KOR", "-f", "csv"],
        "tradecmp partners USA": tool + ["partners", "USA", "-f", "csv"],
        "tradecmp changes KOR --from 2021-01-01": tool + ["changes", "KOR", "--from", "2021-01-01", "--to", "2026-01-01", "-f", "csv"],
        "tradecmp impact CPTPP --join KOR": tool + ["impact", "CPTPP", "--join", "KOR", "-f", "csv"],
        **({"tradecmp verify --text ../shared/texts": tool + ["verify", "--text", str(TEXTS), "-f", "csv"]} if TEXTS.is_dir() else {}),
    }, options.repeat)
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in options.sizes.split(",")):
            corpus = Path(folder) / str(size)
            subprocess.run([py, str(HERE / "make_corpus.py"), str(size), str(corpus)], check=True)
            commands = {f"{label} +{size} agreements": tool + args + ["--data-dir", str(corpus)] for label, args in [
                ("list", ["list", "-f", "csv"]), ("export", ["export", "-f", "csv"]),
                ("diff", ["diff", "SYN00001", "SYN00002", "-f", "csv"]), ("matrix", ["matrix", "-f", "csv"]),
                ("partners USA", ["partners", "USA", "-f", "csv"]),
                ("changes KOR", ["changes", "KOR", "--from", "2000-01-01", "--to", "2026-01-01", "-f", "csv"]),
                ("impact CPTPP --join KOR", ["impact", "CPTPP", "--join", "KOR", "-f", "csv"])]}
            if size > 1000:  # n^2 cells: 10,000 agreements make a 100-million-cell CSV
                commands = {k: v for k, v in commands.items() if not k.startswith("matrix")}
            commands[floor] = [py, "-c", "import typer"]
            sized = medians(commands, options.repeat if size <= 1000 else 3)
            rows[f"{floor} (again, beside +{size})"] = sized.pop(floor)
            rows.update(sized)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    base = rows[floor]
    print(f"# tradecmp benchmarks (python {sys.version.split()[0]}, {os.cpu_count()} cores; "
          f"medians of {options.repeat} interleaved rounds)")
    print(f"{'command':50} {'median s':>9} {'x floor':>8}")
    for label, value in rows.items():
        print(f"{label:50} {value:9.3f} {value / base:8.2f}")
    print(f"peak RSS of the largest child process: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
