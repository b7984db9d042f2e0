"""The public Python API: one function per question, the same ones the command line calls.

Every function takes plain arguments (ids, party codes, dates as `datetime.date` or "YYYY-MM-DD") and the
same options: `data_dirs` (folders read after the bundled data), `weights` (a weights file or `Weights`)
and, where a date matters, `on`. Each returns `Records`: a list of dicts with exactly the documented
field names (numbers as numbers, lists as lists), so `pandas.DataFrame(tradecmp.export())` just works.
docs/api.md has a worked example.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Iterable, Union

from . import vocab
from .catalog import Catalog, load_catalog
from .scoring import Weights, load_weights
from .errors import DataNotice, OutputError, UnknownName, UsageError
from .records import Records

DateLike = Union[dt.date, str, None]
WeightsLike = Union[Weights, str, os.PathLike, None]
Folders = Union[Iterable[Union[str, os.PathLike]], None]


# --- arguments ------------------------------------------------------------------------------------

def app_dir() -> Path:
    """The user's own data folder, read after the bundled data (~/.config/tradecmp on Linux)."""
    from typer import get_app_dir

    return Path(get_app_dir("tradecmp"))


def catalog(data_dirs: Folders = None) -> Catalog:
    """The agreements in use: the bundled data, the user's app folder, TRADECMP_DATA_DIRS, then `data_dirs`.
    A file that replaces a bundled agreement is reported as a `DataNotice` warning."""
    loaded = load_catalog([Path(p) for p in data_dirs or []], app_dir())
    if loaded.notices:
        import warnings

        for notice in loaded.notices:
            warnings.warn(notice, DataNotice, stacklevel=3)
    return loaded


def _weights(weights: WeightsLike) -> Weights:
    if isinstance(weights, Weights):
        return weights
    return load_weights(Path(weights) if weights is not None else None)


def _date(value: DateLike, name: str = "--on", default_today: bool = True) -> dt.date | None:
    if value is None:
        return dt.date.today() if default_today else None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise UsageError(f"{name}: {value!r} is not a date of the form YYYY-MM-DD") from None


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def closest(name: str, choices: Iterable[str], n: int = 3) -> list[str]:
    """The choices nearest to a mistyped name, nearest first: fewest edits, then the most similar length."""
    wanted = name.strip().upper()
    ranked = sorted(choices, key=lambda c: (_distance(wanted, c.upper()), abs(len(c) - len(wanted)), c))
    return [c for c in ranked[:n] if _distance(wanted, c.upper()) <= max(2, len(wanted) // 2)]


def resolve(cat: Catalog, name: str):
    found = cat.names().get(name.strip().upper())
    if found is None:
        close = closest(name, cat.names())
        hint = f"; did you mean {', '.join(close)}?" if close else "; `tradecmp list` shows them all"
        raise UnknownName(f"unknown agreement {name!r}{hint}")
    return cat.agreements[found]


def party(code: str) -> str:
    """An ISO 3166-1 alpha-3 code or EU; a country name or a two-letter code gets the code suggested."""
    upper = code.strip().upper()
    if vocab.is_party_code(upper):
        return upper
    guess = vocab.COUNTRY_NAMES.get(upper.replace(".", "").replace("THE ", ""))
    hint = f"; did you mean {guess}?" if guess else ""
    raise UnknownName(f"unknown party {code!r}: use an ISO 3166-1 alpha-3 code such as KOR, or EU{hint}")


def provision_keys(provisions: Iterable[str] | None = None, category: str | None = None) -> list[str]:
    """The provision keys asked for (all by default), checked, in the contract's order."""
    keys = list(vocab.PROVISION_KEYS)
    if provisions:
        wanted = []
        for name in provisions:
            key = name.strip().lower()
            if key not in vocab.PROVISION_KEYS:
                close = closest(key, vocab.PROVISION_KEYS)
                hint = f"; did you mean {', '.join(c.lower() for c in close)}?" if close else f"; the keys are {', '.join(keys)}"
                raise UnknownName(f"unknown provision {name!r}{hint}")
            wanted.append(key)
        keys = [k for k in keys if k in wanted]
    if category:
        if category not in vocab.CATEGORIES:
            raise UnknownName(f"unknown category {category!r}; the categories are {', '.join(vocab.CATEGORIES)}")
        keys = [k for k in keys if vocab.PROVISION_CATEGORIES[k] == category]
    return keys


def _chosen(cat: Catalog, names: Iterable[str] | None, party_code: str | None, on: dt.date | None):
    """The named agreements in the order given; or a party's agreements on a date; or all by signature date."""
    from .dates import bound

    if names:
        return [resolve(cat, n) for n in names]
    if party_code:
        day = on or dt.date.today()
        return [a for a in cat.sorted() if bound(a, party(party_code), day)]
    return cat.sorted()


def _on(agreements, on: dt.date | None):
    from .dates import as_on

    return [as_on(a, on) for a in agreements]


# --- one agreement, two, many ---------------------------------------------------------------------

def list_agreements(*, party_code: str | None = None, on: DateLike = None, include_signed: bool = False,
                    data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    """The agreements: all of them, or those a party is bound by on a date (default today)."""
    from .scoring import score
    from .dates import bound
    from .views import list_records

    cat, w = catalog(data_dirs), _weights(weights)
    day = _date(on, default_today=party_code is not None)
    chosen = cat.sorted()
    title = None
    if party_code:
        code = party(party_code)
        chosen = [a for a in chosen if bound(a, code, day, include_signed=include_signed)]
        title = f"Agreements of {code} on {day}"
    elif day:
        chosen = [a for a in chosen if any(bound(a, p, day, include_signed=include_signed) for p in a.parties)]
        title = f"Agreements in force on {day}"
    return list_records(chosen, {a.id: score(a, w) for a in _on(chosen, day)}, title)


def show(agreement: str, *, provisions: Iterable[str] | None = None, category: str | None = None,
         on: DateLike = None, data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    """One agreement, cell by cell: status, article, quotation, exceptions, dispute settlement, how checked."""
    from .dates import as_on
    from .views import show_records

    cat = catalog(data_dirs)
    found = resolve(cat, agreement)
    return show_records(as_on(found, _date(on, default_today=False)), provision_keys(provisions, category),
                        _weights(weights), str(cat.origins[found.id]))


def diff(a: str, b: str, *, all: bool = False, provisions: Iterable[str] | None = None, category: str | None = None,
         on: DateLike = None, data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    """Two agreements side by side: how each provision's effective commitment differs, and why."""
    from .scoring import diff as compare_two
    from .views import diff_records

    cat, day = catalog(data_dirs), _date(on, default_today=False)
    first, second = _on([resolve(cat, a), resolve(cat, b)], day)
    keys = provision_keys(provisions, category)
    rows = [r for r in compare_two(first, second, _weights(weights)) if r.provision in keys]
    return diff_records(first, second, rows, [r for r in rows if all or r.relation != "same"])


def differs(records: Records) -> bool:
    """Whether a diff found any difference (for `--exit-code`)."""
    return any(row["relation"] != "same" for row in records)


def score(agreements: Iterable[str] | None = None, *, explain: bool = False, party_code: str | None = None,
          on: DateLike = None, data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    """A 0-100 score per category and overall (docs/scoring.md); `explain` shows every step."""
    from .scoring import score as score_one
    from .views import explain_records, score_records

    cat, w, day = catalog(data_dirs), _weights(weights), _date(on, default_today=False)
    scores = [score_one(a, w) for a in _on(_chosen(cat, agreements, party_code, day), day)]
    return explain_records(scores, w) if explain else score_records(scores)


def export(*, on: DateLike = None, data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    """The whole dataset: one row per agreement and provision key, absent ones included."""
    from .views import export_records

    cat, day = catalog(data_dirs), _date(on, default_today=False)
    return export_records(_on(cat.sorted(), day), _weights(weights))


def coverage(*, data_dirs: Folders = None) -> Records:
    """How far to trust each agreement: provisions present, cells checked against a text."""
    from .views import coverage_records

    return coverage_records(catalog(data_dirs).sorted())


def compare(agreements: Iterable[str], *, provisions: Iterable[str] | None = None, category: str | None = None,
            on: DateLike = None, data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    """Any number of agreements side by side, a column each; rows where they differ first."""
    from .views import compare_records

    cat, day = catalog(data_dirs), _date(on, default_today=False)
    names = list(agreements)
    if len(names) < 2:
        raise UsageError("compare: name at least two agreements")
    return compare_records(_on([resolve(cat, n) for n in names], day), provision_keys(provisions, category),
                           _weights(weights))


def matrix(agreements: Iterable[str] | None = None, *, party_code: str | None = None, on: DateLike = None,
           data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    """Pairwise similarity of commitments, with each agreement's enforceable share beside it."""
    from .analysis import similarity_matrix
    from .views import matrix_records

    cat, day = catalog(data_dirs), _date(on, default_today=False)
    chosen = _on(_chosen(cat, agreements, party_code, day), day)
    return matrix_records(chosen, similarity_matrix(chosen, _weights(weights)))


def timeline(*, party_code: str | None = None, on: DateLike = None, data_dirs: Folders = None,
             weights: WeightsLike = None) -> Records:
    """Agreements by signature date with their overall scores."""
    from .scoring import score as score_one
    from .views import timeline_records

    cat, w, day = catalog(data_dirs), _weights(weights), _date(on, default_today=False)
    chosen = _on(_chosen(cat, None, party_code, day), day)
    return timeline_records(chosen, {a.id: score_one(a, w) for a in chosen})


# --- countries and pairs --------------------------------------------------------------------------

def country(party_code: str, *, provisions: Iterable[str] | None = None, category: str | None = None,
            on: DateLike = None, include_signed: bool = False, data_dirs: Folders = None,
            weights: WeightsLike = None) -> Records:
    """The agreements a country is bound by on a date, and its strongest commitment on each provision, toward whom."""
    from .analysis import country_view
    from .dates import member_dates
    from .views import country_records

    code, day = party(party_code), _date(on)
    cat = catalog(data_dirs)
    mine, bests = country_view(cat.sorted(), code, day, _weights(weights), include_signed, provision_keys(provisions, category))
    lines = [f"{code} on {day}: bound by {len(mine)} agreement(s) in the data"]
    for a in mine:
        via, dates = member_dates(a, code)
        lines.append(f"{a.id}{f' (as {via})' if via != code else ''}: in force {dates.in_force or '-'}"
                     + (f", withdrew {dates.withdrawn}" if dates.withdrawn else ""))
    return country_records(bests, code, day, lines)


def between(a: str, b: str, *, provisions: Iterable[str] | None = None, category: str | None = None,
            on: DateLike = None, include_signed: bool = False, data_dirs: Folders = None,
            weights: WeightsLike = None) -> Records:
    """For each provision, the strongest commitment in force between two parties on a date, and where it is written."""
    from .analysis import between as shared_commitments
    from .views import best_records

    first, second, day = party(a), party(b), _date(on)
    shared, bests = shared_commitments(catalog(data_dirs).sorted(), first, second, day, _weights(weights),
                                       include_signed, provision_keys(provisions, category))
    names = ", ".join(x.id for x in shared) or "none"
    line = f"{first} and {second} on {day}: agreements binding both: {names}"
    return best_records(bests, f"Commitments between {first} and {second}", [line], summary=line)


def partners(party_code: str, *, provisions: Iterable[str] | None = None, category: str | None = None,
             on: DateLike = None, data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    """Toward whom a country is bound: for every partner, the strongest commitment between them per provision."""
    from .analysis import partners as toward
    from .views import partner_records

    code, day = party(party_code), _date(on)
    rows = toward(catalog(data_dirs).sorted(), code, day, _weights(weights), provision_keys(provisions, category))
    return partner_records(rows, code, day)


def changes(party_code: str, partner: str | None = None, *, start: DateLike, end: DateLike = None,
            provisions: Iterable[str] | None = None, category: str | None = None, data_dirs: Folders = None,
            weights: WeightsLike = None) -> Records:
    """What changed in a country's commitments (or between two parties) from one date to another, and why."""
    from .analysis import changes as what_changed
    from .views import change_records

    code = party(party_code)
    other = party(partner) if partner else None
    first, last = _date(start, "--from"), _date(end, "--to")
    if last < first:
        raise UsageError(f"--to ({last}) is earlier than --from ({first})")
    items = what_changed(catalog(data_dirs).sorted(), code, other, first, last, _weights(weights),
                         provision_keys(provisions, category))
    return change_records(items, f"{code} and {other}" if other else code, first, last)


def impact(agreement: str, *, join: str | None = None, provisions: Iterable[str] | None = None,
           category: str | None = None, on: DateLike = None, data_dirs: Folders = None,
           weights: WeightsLike = None) -> Records:
    """What an agreement changes between its parties (or what joining it would change for `join`)."""
    from .analysis import impact as what_it_changes
    from .views import impact_records

    cat, day = catalog(data_dirs), _date(on)
    target = resolve(cat, agreement)
    joiner = party(join) if join else None
    if joiner and joiner in target.parties:
        raise UsageError(f"{joiner} is already a party to {target.id}")
    items = what_it_changes(cat.sorted(), target, day, _weights(weights), joiner, provision_keys(provisions, category))
    label = f"{joiner} joining {target.id}" if joiner else f"{target.id} between its parties"
    return impact_records(items, f"{label} on {day}")


def compose(parties: Iterable[str], *, agreement_id: str, output: str | os.PathLike, name: str | None = None,
            strategy: str = "common", on: DateLike = None, force: bool = False, data_dirs: Folders = None,
            weights: WeightsLike = None) -> dict:
    """Write a draft agreement for a group as a data file that loads back with `data_dirs`; return its data."""
    import tomli_w

    from .analysis import compose as choose, draft_agreement
    from .model import check
    from .render import write_atomic

    members = list(dict.fromkeys(party(p) for p in parties))
    if len(members) < 2:
        raise UsageError("compose: name at least two different parties")
    if strategy not in ("common", "strongest"):
        raise UsageError(f"--strategy: {strategy!r} is not common or strongest")
    draft_id = agreement_id.strip().upper()
    target = Path(output)
    if target.exists() and not force:
        raise OutputError(f"{target} exists; add --force to overwrite it")
    chosen = choose(catalog(data_dirs).sorted(), members, _date(on), _weights(weights), strategy)
    data = draft_agreement(draft_id, name or f"Draft digital agreement {' '.join(members)}", members, chosen, strategy)
    check(data)  # the draft must load back
    write_atomic(target, tomli_w.dumps(data))
    return data


# --- the data itself ------------------------------------------------------------------------------

VALIDATE_FIELDS = ["path", "line", "code", "message", "level"]


def validate(paths: Iterable[str | os.PathLike] | None = None, *, strict: bool = False,
             data_dirs: Folders = None) -> Records:
    """Every problem in every file (level `problem`), and with `strict` the unchecked cells (level `note`)."""
    from .checking import validate_paths

    problems, notes, files = validate_paths([Path(p) for p in paths] if paths else None,
                                            [Path(p) for p in data_dirs or []], strict=strict, app_dir=app_dir())
    rows = [{**p._asdict(), "level": "problem"} for p in problems] + [{**n._asdict(), "level": "note"} for n in notes]
    summary = f"{files} file(s) checked: {len(problems)} problem(s)" + (f", {len(notes)} note(s)" if notes else "")
    return Records(VALIDATE_FIELDS, rows, summary=summary)


def paths(*, data_dirs: Folders = None) -> Records:
    """The data folders in use, in the order they are read, and which agreements each gives."""
    from .views import paths_records

    return paths_records(catalog(data_dirs))


def new(agreement_id: str, *, name: str | None = None, output: str | os.PathLike | None = None,
        force: bool = False) -> Path:
    """Write a data file for a new agreement to fill in: every provision key present, absent and unchecked."""
    import tomli_w

    from .model import check
    from .render import write_atomic
    from .scaffold import scaffold

    data = scaffold(agreement_id.strip().upper(), name)
    check(data)  # the scaffold must load as it is
    target = Path(output) if output else Path(f"{data['id'].lower()}.toml")
    if target.exists() and not force:
        raise OutputError(f"{target} exists; add --force to overwrite it")
    write_atomic(target, tomli_w.dumps(data))
    return target


def schema() -> dict:
    """The JSON Schema of a data file (the TOML file, read as JSON)."""
    from .model import json_schema

    return json_schema()


def verify(agreements: Iterable[str] | None = None, *, texts: Iterable[str | os.PathLike],
           data_dirs: Folders = None) -> Records:
    """Check each present cell's quotation and article against the user's own copy of the treaty text.

    Files are matched to agreements by name (docs/verify.md); `verify` confirms words and places, never a reading,
    and changes nothing in the data."""
    from .verification import FIELDS, assign_texts, verify as check_texts

    cat = catalog(data_dirs)
    ids = [resolve(cat, n).id for n in agreements or []]
    given = [Path(t) for t in texts]
    if not given:
        raise UsageError("verify: give at least one --text PATH")
    assigned = assign_texts(cat.agreements, ids, given)
    chosen = [cat.agreements[i] for i in ids] if ids else [a for a in cat.sorted() if a.id in assigned]
    found = check_texts(chosen, assigned)
    lines = list(found.summaries)
    if not ids:
        lines.append(f"{len(cat.agreements) - len(chosen)} agreement(s) without a text given")
    if assigned.ignored:
        lines.append(f"{len(assigned.ignored)} file(s) matched no agreement: {', '.join(p.name for p in assigned.ignored[:5])}"
                     + (" ..." if len(assigned.ignored) > 5 else ""))
    return Records(FIELDS, found.rows, summary="\n".join(lines),
                   table_fields=["agreement", "provision", "article", "result", "found_under", "excerpt"],
                   title="Quotations and articles checked against the texts given")


def verify_failed(records: Records) -> bool:
    """Whether any quotation was not found, or found under another article (for the exit code)."""
    return any(row["result"] in ("not-found", "article-differs") for row in records)


# --- pictures and reports (the `charts` extra draws) ----------------------------------------------

def chart(records: Records, output: str | os.PathLike | None = None, *, kind: str | None = None,
          title: str | None = None):
    """The chart of the records of `compare`, `matrix` or `timeline` (or `kind`), as a matplotlib Figure;
    also written to `output` (.svg or .png, whole or not at all) when given. Needs `pip install 'tradecmp[charts]'`."""
    from . import charts

    if output is not None:
        charts.require(output)
    fig = charts.figure(records, kind, title=title)
    if output is not None:
        charts.save(fig, output)
    return fig


def report(agreements: str | Iterable[str] | None = None, *, between: Iterable[str] | None = None,
           country: str | None = None, output: str | os.PathLike | None = None, on: DateLike = None,
           provisions: Iterable[str] | None = None, category: str | None = None, charts: bool = True,
           data_dirs: Folders = None, weights: WeightsLike = None) -> str:
    """A self-contained one-page HTML report: on agreements (two make a diff), `between` two parties, or one
    `country`. Returns the page; writes it to `output` too (whole or not at all) when given. Without the
    `charts` extra the page has no charts and says so."""
    from .render import write_atomic
    from .reporting import build

    names = [agreements] if isinstance(agreements, str) else list(agreements or [])
    pair = tuple(between) if between is not None else None
    made = build(names, between=pair, country=country, on=on, provisions=provisions, category=category,
                 charts=charts, data_dirs=data_dirs, weights=weights)
    if made.warnings:
        import warnings

        for line in made.warnings:
            warnings.warn(line, DataNotice, stacklevel=2)
    page = made.html()
    if output is not None:
        write_atomic(Path(output), page)
    return page

