"""`-` as a file: a data file read from standard input (`tradecmp validate -`)."""

from __future__ import annotations

import re
import sys
from contextlib import contextmanager
from pathlib import Path

LABEL = "-"  # how problems name standard input


@contextmanager
def stdin_as_file():
    """Standard input copied to a temporary file named after the id it declares (so the name check is the
    agreement's, not the copy's); yields the copy and a function that puts `-` in place of its path in problems."""
    import tempfile

    data = sys.stdin.buffer.read()
    found = re.search(rb'^\s*id\s*=\s*"([A-Za-z0-9-]{1,40})"', data, re.M)
    name = (found.group(1).decode().lower() if found else "stdin") + ".toml"
    with tempfile.TemporaryDirectory(prefix="tradecmp-") as folder:
        copy = Path(folder) / name
        copy.write_bytes(data)

        def relabel(problems):
            return [p._replace(path=LABEL, message=p.message.replace(str(copy), LABEL)) if p.path == str(copy) else p
                    for p in problems]

        yield copy, relabel
