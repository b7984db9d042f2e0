"""What only a person at a terminal gets: colour decided by --color, NO_COLOR and FORCE_COLOR, and a pager
for output longer than the screen (TRADECMP_PAGER, then PAGER, then `less -FRX`), as git and gh do.

Imported only when stdout is a terminal (or --color asks for colour), so a piped run pays nothing for it.
"""

from __future__ import annotations

import os
import sys

DEFAULT_PAGER = "less -FRX"


def use_color(choice: str | None, to_terminal: bool) -> bool:
    """--color always/never wins; with auto, NO_COLOR turns colour off, FORCE_COLOR on, else a terminal decides."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return to_terminal


def pager_command() -> str | None:
    """The pager to use, or None: TRADECMP_PAGER, then PAGER, then less -FRX; empty or `cat` means none."""
    for name in ("TRADECMP_PAGER", "PAGER"):
        value = os.environ.get(name)
        if value is not None:
            return value.strip() if value.strip() and value.strip() != "cat" else None
    return DEFAULT_PAGER


def page(text: str) -> None:
    """Show text on the terminal: through the pager when it is taller than the screen, else directly."""
    import shutil

    command = pager_command()
    rows = shutil.get_terminal_size((80, 24)).lines
    if command is None or text.count("\n") < rows:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    import shlex
    import subprocess

    env = dict(os.environ)
    env.setdefault("LESS", "FRX")  # as git does: quit if one screen, keep colours, leave the screen as it was
    env.setdefault("LV", "-c")
    sys.stdout.flush()
    try:
        pager = subprocess.Popen(shlex.split(command), stdin=subprocess.PIPE, env=env)
    except (OSError, ValueError):  # no such pager: print as if there were none
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    assert pager.stdin is not None  # opened with stdin=PIPE
    try:
        pager.stdin.write(text.encode(sys.stdout.encoding or "utf-8", "replace"))
        pager.stdin.close()
    except BrokenPipeError:  # the reader quit the pager before the end: not an error
        pass
    while True:
        try:
            pager.wait()
            break
        except KeyboardInterrupt:  # Ctrl-C belongs to the pager while it runs
            continue
