"""JSON (one array) and JSON lines (one object a line), with the same field names as CSV."""

from __future__ import annotations

import json
from typing import TextIO

from . import Records


def render(records: Records, stream: TextIO, *, fmt: str, to_terminal: bool = False) -> None:
    objects = ({name: row.get(name) for name in records.fields} for row in records.rows)
    if fmt == "jsonl":
        for obj in objects:
            stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
    else:
        json.dump(list(objects), stream, ensure_ascii=False, indent=2)
        stream.write("\n")
