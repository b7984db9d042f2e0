"""Benchmarks: medians of whole commands, as ratios to `python -c "import typer"` measured in the same run.

Usage: python bench/run.py [--repeat N] [--sizes 100,1000[,10000]]
Prints a table; nothing is asserted. docs/performance.md records the figures.
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


def median_seconds(command: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--sizes", default="100,1000")
    options = parser.parse_args()
    py = sys.executable
    tool = [py, "-m", "tradecmp"]
    env_note = f"python {sys.version.split()[0]}, {os.cpu_count()} cores"
    floor = median_seconds([py, "-c", "import typer"], options.repeat)
    rows = [("python -c 'import typer' (floor)", floor)]
    for label, args in [
        ("tradecmp --help", ["--help"]),
        ("tradecmp list", ["list", "-f", "csv"]),
        ("tradecmp diff RCEP CPTPP --format csv", ["diff", "RCEP", "CPTPP", "-f", "csv"]),
        ("tradecmp diff RCEP CPTPP --format table", ["diff", "RCEP", "CPTPP", "-f", "table"]),
        ("tradecmp export", ["export", "-f", "csv"]),
    ]:
        rows.append((label, median_seconds(tool + args, options.repeat)))
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in options.sizes.split(",")):
            corpus = Path(folder) / str(size)
            subprocess.run([py, str(HERE / "make_corpus.py"), str(size), str(corpus)], check=True)
            repeat = max(1, options.repeat if size <= 1000 else 3)
            for label, args in [("list", ["list", "-f", "csv"]), ("export", ["export", "-f", "csv"]),
                                ("diff", ["diff", "SYN00001", "SYN00002", "-f", "csv"]),
                                ("matrix", ["matrix", "-f", "csv"])]:
                if label == "matrix" and size > 1000:
                    continue  # n^2 cells: 10,000 agreements make a 100-million-cell CSV
                rows.append((f"{label} +{size} agreements", median_seconds(tool + args + ["--data-dir", str(corpus)], repeat)))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"# tradecmp benchmarks ({env_note}; medians of {options.repeat} runs)")
    print(f"{'command':50} {'median s':>9} {'x floor':>8}")
    for label, seconds in rows:
        print(f"{label:50} {seconds:9.3f} {seconds / floor:8.2f}")
    print(f"peak RSS of the largest child process: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
