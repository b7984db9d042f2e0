"""Does a piped run pay for what only a terminal gets? Time the same piped commands with two installs of
tradecmp, interleaved in every round (so a busy moment of the machine falls on both alike).

Usage: python bench/piped.py BEFORE/bin/tradecmp AFTER/bin/tradecmp [--repeat N]
Each install should be a wheel (`pip install .`) in its own virtual environment. Prints medians and the ratio
after/before per command; nothing is asserted. bench/piped.md records a run.
"""

import argparse
import statistics
import subprocess
import time

COMMANDS = {
    "--help": ["--help"],
    "list (TSV)": ["list"],
    "list -f table": ["list", "-f", "table"],
    "diff RCEP CPTPP (TSV)": ["diff", "RCEP", "CPTPP"],
    "diff RCEP CPTPP -f csv": ["diff", "RCEP", "CPTPP", "-f", "csv"],
    "diff RCEP CPTPP -f table": ["diff", "RCEP", "CPTPP", "-f", "table"],
    "compare RCEP CPTPP DEPA USMCA -f table": ["compare", "RCEP", "CPTPP", "DEPA", "USMCA", "-f", "table"],
    "between USA KOR (TSV)": ["between", "USA", "KOR"],
}


def seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--repeat", type=int, default=21)
    options = parser.parse_args()
    tools = {"before": options.before, "after": options.after}
    times = {(label, which): [] for label in COMMANDS for which in tools}
    for args in COMMANDS.values():  # warm the caches once, untimed
        for tool in tools.values():
            seconds([tool, *args])
    for _ in range(options.repeat):
        for label, args in COMMANDS.items():
            for which, tool in tools.items():
                times[label, which].append(seconds([tool, *args]))
    print(f"# piped runs, medians of {options.repeat} interleaved rounds")
    print(f"{'command':42} {'before s':>9} {'after s':>9} {'after/before':>13}")
    for label in COMMANDS:
        before, after = (statistics.median(times[label, w]) for w in tools)
        print(f"{label:42} {before:9.3f} {after:9.3f} {after / before:13.2f}")


if __name__ == "__main__":
    main()
