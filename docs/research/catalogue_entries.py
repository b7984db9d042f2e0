"""Write the catalogue entries (agreements known but not encoded) and the UK continuity agreements that carry an
encoded EU agreement's cells by reference, from the table in catalogue_data.py.

Run from the repository root: `python docs/research/catalogue_entries.py` (it overwrites only the files it names).
The facts and their sources are in the table; this script only lays them out as TOML.

The entries were written once by this script and later edited in provisions/ directly (Korea's ISR-KOR,
KHM-KOR and KOR-PHL are the earlier entries under those ids; EU-NZL's and EU-KEN's sources were reworded;
entries after 2020 were added by hand, see 2026-12-catalogue.md): rerunning it would undo those edits.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from catalogue_data import ENTRIES

OUT = Path(__file__).resolve().parents[2] / "provisions"


def _s(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _v(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_v(v) for v in value) + "]"
    return _s(value)


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def render(e: dict) -> str:
    lines = ["schema = 1", f"id = {_s(e['id'])}", f"name = {_s(e['name'])}", f"aliases = {_v(e.get('aliases', []))}"]
    for field in ("signed", "in_force"):
        if e.get(field):
            lines.append(f"{field} = {_d(e[field]).isoformat()}")
    lines.append(f"status = {_s(e.get('status', 'in-force'))}")
    if e.get("ended"):
        lines.append(f"ended = {_d(e['ended']).isoformat()}")
        lines.append(f"ended_by = {_s(e['ended_by'])}")
    lines.append(f"source = {_s(e['source'])}")
    lines.append(f"checked = {_s(e['checked'])}")
    if e.get("incorporates"):
        lines.append(f"incorporates = {_s(e['incorporates'])}")
        lines.append(f"incorporation = {_s(e['incorporation'])}")
        lines.append(f"incorporation_checked = {_s(e['incorporation_checked'])}")
    else:
        lines.append("encoded = false")
    lines.append(f"note = {_s(e['note'])}")
    default = e.get("in_force")
    for code, party in e["parties"].items():
        party = dict(party or {})
        lines.append("")
        lines.append(f"[parties.{code}]")
        if party.get("signed"):
            lines.append(f"signed = {_d(party['signed']).isoformat()}")
        when = party.get("in_force", default)
        if when:
            lines.append(f"in_force = {_d(when).isoformat()}")
        if party.get("withdrawn"):
            lines.append(f"withdrawn = {_d(party['withdrawn']).isoformat()}")
        if party.get("accession"):
            lines.append("accession = true")
        if party.get("note"):
            lines.append(f"note = {_s(party['note'])}")
    return "\n".join(lines) + "\n"


def main(only: set[str] | None = None) -> None:
    for e in ENTRIES:
        if only and e["id"] not in only:
            continue
        path = OUT / f"{e['id'].lower()}.toml"
        path.write_text(render(e), "utf-8")
        print(path.name)


if __name__ == "__main__":
    main(set(sys.argv[1:]) or None)
