"""A one-page report an analyst can send: what the API answers about agreements, a pair or a country, with
every cell's quoted words, exceptions, dispute settlement, transitions and checked level, the sources, the
charts, and the date and version it was made with.

The report decides nothing: it puts together the records that `api.show`, `api.diff`, `api.compare`,
`api.between`, `api.country` and `api.timeline` return. `render/html.py` writes it as HTML.
"""

from __future__ import annotations

from collections.abc import Sequence

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from . import api, vocab
from .errors import UsageError
from .records import Records

CHARTS_LEFT_OUT = "Charts left out: they need matplotlib (pip install 'tradecmp[charts]')."
NOT_READ = "not yet checked against the text"


@dataclass
class ProvisionBlock:
    key: str
    category: str
    lines: list[str] = field(default_factory=list)  # what the comparison says about the provision
    caveats: list[str] = field(default_factory=list)
    cells: list[dict] = field(default_factory=list)  # rows of `show`, one per agreement


@dataclass
class Report:
    title: str
    summary: str
    facts: list[tuple[str, str]]
    tables: list[Records]
    provisions: list[ProvisionBlock]
    sources: list[tuple[str, list[str]]]
    agreements: list[tuple[str, list[str]]] = field(default_factory=list)
    charts: list[tuple[str, str]] = field(default_factory=list)  # (caption, inline <svg>)
    warnings: list[str] = field(default_factory=list)
    footer: str = ""

    def html(self) -> str:
        from .render.html import report_page

        return report_page(self)


def build(agreements: Iterable[str] = (), *, between: tuple[str, str] | list[str] | None = None,
          country: str | None = None, on: api.DateLike = None, provisions: Iterable[str] | None = None,
          category: str | None = None, charts: bool = True, data_dirs: api.Folders = None,
          weights: api.WeightsLike = None) -> Report:
    """The report on one or more agreements (two: a diff), on a pair of parties, or on one country."""
    names = [n for n in agreements or []]
    asked = sum([bool(names), between is not None, country is not None])
    if asked != 1:
        raise UsageError("report: name agreements (report RCEP CPTPP), or give --between A B, or --country PARTY")
    common = {"data_dirs": data_dirs, "weights": weights}
    if between is not None:
        if len(between) != 2:
            raise UsageError("--between: give two parties, e.g. --between USA KOR")
        report = _pair(between[0], between[1], on, provisions, category, common)
    elif country is not None:
        report = _country(country, on, provisions, category, common)
    else:
        report = _agreements(names, on, provisions, category, common)
    report.charts = report.charts if charts else []
    return report


# --- pieces ---------------------------------------------------------------------------------------

def _shows(names: list[str], on, provisions, category, common) -> dict[str, Records]:
    """`show` for each agreement, by its id (the names may be aliases)."""
    out: dict[str, Records] = {}
    for name in names:
        records = api.show(name, provisions=provisions, category=category, on=on, **common)
        out[records[0]["agreement"] if records else name.upper()] = records
    return out


def _cell(shows: dict[str, Records], agreement: str, key: str) -> dict | None:
    for row in shows[agreement].table_rows:
        if row["provision"] == key:
            return row
    return None


def _sources(shows: dict[str, Records]) -> list[tuple[str, list[str]]]:
    return [(i, list(dict.fromkeys(row["source"] for row in records if row.get("source"))))
            for i, records in shows.items()]


def _about(shows: dict[str, Records]) -> list[tuple[str, list[str]]]:
    """Each agreement's name, dates, parties, chapters read and checked cells: the lines `show` prints above its
    table (less the local file path)."""
    return [(i, [line for line in records.preamble if not line.startswith("file: ")]) for i, records in shows.items()]


def _data_date(ids: list[str], data_dirs) -> str:
    """When the newest of the data files behind the report last changed."""
    origins = api.catalog(data_dirs).origins
    stamps = [Path(origins[i]).stat().st_mtime for i in ids if i in origins and Path(origins[i]).exists()]
    return dt.date.fromtimestamp(max(stamps)).isoformat() if stamps else "unknown"


def _facts(ids: list[str], answer: str, common) -> list[tuple[str, str]]:
    from . import __version__

    return [("answer", answer), ("data files last changed", _data_date(ids, common["data_dirs"])),
            ("tradecmp", __version__), ("made", dt.date.today().isoformat())]


def _footer(ids: list[str]) -> str:
    from . import __version__

    return (f"Made with tradecmp {__version__} on {dt.date.today()} from the data of {', '.join(ids) or 'no agreement'}. "
            "Strength and similarity follow docs/scoring.md; 'binding' means the words bind, not that a panel can "
            f"enforce them (see dispute settlement). A cell marked '{NOT_READ}' was not read in a treaty text: check "
            "the article before quoting it.")


def _charts(cells_of: dict[str, Records], extra: list[tuple[str, Records]], title: str) -> tuple[list, list[str]]:
    """Inline SVG charts, or a warning that they were left out for want of matplotlib."""
    from . import charts

    try:
        charts.require()
    except UsageError:
        return [], [CHARTS_LEFT_OUT]
    out = []
    if cells_of:
        fig = charts.compare_figure(charts.cells_from_show(list(cells_of.values())), title=title)
        out.append(("Strength of each provision in each agreement; hatched cells are not yet checked against the "
                    "text.", charts.svg(fig)))
    for caption, records in extra:
        out.append((caption, charts.svg(charts.figure(records))))
    return out, []


def _unread(rows: Sequence[dict | None]) -> list[str]:
    return [r["agreement"] for r in rows if r and r.get("checked") == "unchecked"]


# --- agreements: one (show), two (diff), more (compare) -------------------------------------------

def _agreements(names: list[str], on, provisions, category, common) -> Report:
    shows = _shows(names, on, provisions, category, common)
    ids = list(shows)
    keys = [row["provision"] for row in shows[ids[0]]]
    when = f"as the texts stood on {api._date(on)}" if on else "the texts as they stand"
    tables: list[Records] = []
    relation: dict[str, list[str]] = {}
    if len(ids) == 2:
        difference = api.diff(ids[0], ids[1], all=True, provisions=provisions, category=category, on=on, **common)
        summary = difference.summary or ""
        title = f"{ids[0]} and {ids[1]}: digital-trade provisions compared"
        tables.append(difference)
        words = {"a-stronger": f"{ids[0]} stronger", "b-stronger": f"{ids[1]} stronger",
                 "differs": "they differ in terms", "same": "the same"}
        relation = {r["provision"]: [words.get(r["relation"], r["relation"]) + (f": {r['note']}" if r.get("note") else "")]
                    for r in difference.table_rows}
    elif len(ids) > 2:
        side_by_side = api.compare(ids, provisions=provisions, category=category, on=on, **common)
        differ = sum(not row.get("_same") for row in side_by_side.table_rows)
        summary = f"{len(ids)} agreements compared: they differ on {differ} of {len(keys)} provisions"
        title = f"{', '.join(ids)}: digital-trade provisions compared"
        side_by_side.title = "Provision by agreement: status, article, strength"
        tables.append(side_by_side)
    else:
        rows = shows[ids[0]]
        count = {s: sum(r["status"] == s for r in rows) for s in vocab.STATUSES}
        read = sum(r["checked"] == "text" for r in rows)
        summary = (f"{ids[0]}: {count.get('binding', 0)} binding, {count.get('best-endeavour', 0)} best-endeavour and "
                   f"{count.get('absent', 0)} absent of {len(rows)} provisions; {read} of {len(rows)} cells checked in "
                   "the treaty text")
        title = f"{ids[0]}: digital-trade provisions"
        glance = Records(["provision", "status", "article", "strength", "checked"], list(rows), title=shows[ids[0]].preamble[0],
                         caption=shows[ids[0]].caption)
        tables.append(glance)
    blocks = []
    for key in keys:
        cells = [_cell(shows, i, key) for i in ids]
        unread = _unread(cells)
        blocks.append(ProvisionBlock(key, vocab.PROVISION_CATEGORIES[key], relation.get(key, []),
                                     [f"{', '.join(unread)}: {NOT_READ}"] if unread else [],
                                     [c for c in cells if c]))
    chart_list, warnings = _charts(shows, [], "Strength of each provision, by agreement")
    return Report(title, summary, _facts(ids, when, common), tables, blocks, _sources(shows), _about(shows),
                  chart_list, warnings, _footer(ids))


# --- a pair of parties, one country ---------------------------------------------------------------

def _answer_blocks(records: Records, shows: dict[str, Records], toward: bool = False) -> list[ProvisionBlock]:
    """A block per provision of `between` or `country`: the strongest commitment, where it is written (each
    agreement's cell in full), what is not yet binding, and the caveat for answers resting on unread cells."""
    blocks = []
    for row in records.table_rows:
        key = row["provision"]
        sources = row.get("agreement") or []
        lines = []
        if row["status"] == "absent":
            consulted = list(shows)
            lines.append("absent: no agreement in the answer has it" + (f" (agreements read: {', '.join(consulted)})"
                                                                      if consulted else ""))
            cells = []
            unread = _unread([_cell(shows, i, key) for i in consulted])
            caveats = [f"this absence rests on cells {NOT_READ}: {', '.join(unread)}"] if unread else []
        else:
            strongest = f"strongest commitment: {row['status']} {row['strength']:g}, in {', '.join(sources)}"
            lines.append(strongest)
            if toward and row.get("partners"):
                lines += [f"{a} toward {p.replace(',', ', ') or 'no partner yet'}" for a, p in zip(sources, row["partners"])]
            cells = [c for c in (_cell(shows, i, key) for i in sources) if c]
            unread = _unread(cells)
            caveats = [f"{', '.join(unread)}: {NOT_READ}"] if unread else []
        lines += [f"not yet binding: {p}" for p in row.get("pending") or []]
        blocks.append(ProvisionBlock(key, row["category"], lines, caveats, cells))
    return blocks


def _counts(records: Records) -> str:
    count = {s: sum(r["status"] == s for r in records) for s in vocab.STATUSES}
    return (f"{count.get('binding', 0)} provisions binding, {count.get('best-endeavour', 0)} best-endeavour, "
            f"{count.get('absent', 0)} absent")


def _involved(records: Records, bound: list[str]) -> list[str]:
    """The agreements binding the parties (in order of signature), then any other the answer names."""
    named = [a for row in records for a in row.get("agreement") or []]
    return list(dict.fromkeys([*bound, *named]))


def _pair(a: str, b: str, on, provisions, category, common) -> Report:
    answer = api.between(a, b, provisions=provisions, category=category, on=on, **common)
    day = api._date(on)
    first, second = api.party(a), api.party(b)
    bound_a = [r["agreement"] for r in api.timeline(party_code=first, on=day, **common)]
    bound_b = {r["agreement"] for r in api.timeline(party_code=second, on=day, **common)}
    ids = _involved(answer, [i for i in bound_a if i in bound_b])
    shows = _shows(ids, day, provisions, category, common)
    summary = f"{answer.summary or answer.preamble[0]}. {_counts(answer)}."
    extra = []
    if ids:
        extra = [(f"The agreements binding {first} and {second}, on a time axis, coloured by overall score.",
                  _subset(api.timeline(on=day, **common), ids))]
    chart_list, warnings = _charts(shows, extra, f"Agreements binding {first} and {second}: strength of each provision")
    return Report(answer.title or f"Commitments between {first} and {second}", summary,
                  _facts(ids, f"commitments in force on {day}", common), [answer], _answer_blocks(answer, shows),
                  _sources(shows), _about(shows), chart_list, warnings, _footer(ids))


def _country(code: str, on, provisions, category, common) -> Report:
    answer = api.country(code, provisions=provisions, category=category, on=on, **common)
    day = api._date(on)
    party = api.party(code)
    mine = api.timeline(party_code=party, on=day, **common)
    ids = _involved(answer, [r["agreement"] for r in mine])
    shows = _shows(ids, day, provisions, category, common)
    summary = f"{answer.preamble[0] if answer.preamble else party}. {_counts(answer)}."
    answer.title = answer.title or f"Strongest commitments of {party}"
    extra = [(f"The agreements binding {party} on {day}, on a time axis, coloured by overall score.", mine)] if mine else []
    chart_list, warnings = _charts(shows, extra, f"Agreements binding {party}: strength of each provision")
    return Report(f"{party}: digital-trade commitments on {day}", summary,
                  _facts(ids, f"commitments in force on {day}", common), [answer],
                  _answer_blocks(answer, shows, toward=True), _sources(shows), _about(shows), chart_list, warnings,
                  _footer(ids))


def _subset(records: Records, ids: list[str]) -> Records:
    rows = [r for r in records.table_rows if r["agreement"] in ids]
    return Records(records.fields, rows, title=records.title, caption=records.caption)
