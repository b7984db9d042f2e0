"""Answers as rows: each function turns a domain result into `Records` with the documented field names.

Nothing here decides anything about trade law (that is `compare`, `dates` and `analysis`), and nothing
draws (that is `render`). Unchecked cells are marked from their `checked` field, never from rendered text.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from . import vocab
from .scoring import DiffRow, Score, Weights, strength
from .records import Records

if TYPE_CHECKING:
    from .agreement import Agreement, Provision
    from .analysis import Best, Change, Evidence, Impact, PartnerRow
    from .catalog import Catalog

UNCHECKED_MARK = " *"
UNCHECKED_LEGEND = "* not yet checked against the treaty text"


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _unchecked(provision: Provision) -> bool:
    return provision.status != "absent" and provision.checked == "unchecked"


def _article(provision: Provision) -> str:
    return provision.article or "(article not known)"


def _cite(provision: Provision) -> str:
    """`binding 14.11.2`, with the unchecked mark where the cell was not read in a text."""
    if provision.status == "absent":
        return "absent"
    return f"{provision.status} {_article(provision)}" + (UNCHECKED_MARK if _unchecked(provision) else "")


# --- one agreement's cells ------------------------------------------------------------------------

EXPORT_FIELDS = [
    "agreement", "provision", "category", "status", "article", "title", "text", "exceptions",
    "dispute_settlement", "strength", "checked", "source",
    # beyond the contract's columns:
    "exception_articles", "transitions", "carve_outs", "algorithms", "dispute_settlement_reach",
    "applies_from", "applies_until", "instrument", "note",
]


def _exception_text(provision: Provision) -> list[str]:
    return [f"{e.kind} ({e.article})" if e.article else e.kind for e in provision.exceptions]


def _transition_text(agreement: Agreement, provision: Provision) -> list[str]:
    from .dates import transition_end

    out = []
    for t in provision.transitions:
        end = transition_end(agreement, t)
        period = f"until {end}" if end else f"{t.years} years" if t.years is not None else "period"
        out.append(f"{t.party} {period}" + (f" ({t.article})" if t.article else ""))
    return out


def _carve_out_text(provision: Provision) -> list[str]:
    return [f"{c.scope} ({c.article})" if c.article else c.scope for c in provision.carve_outs]


def cell_record(agreement: Agreement, key: str, weights: Weights) -> dict:
    p = agreement.provisions[key]
    return {
        "agreement": agreement.id,
        "provision": key,
        "category": vocab.PROVISION_CATEGORIES[key],
        "status": p.status,
        "article": p.article,
        "title": p.title,
        "text": p.text,
        "exceptions": list(p.exception_kinds),
        "dispute_settlement": "yes" if agreement.provision_ds(key) else "no",
        "strength": strength(agreement, key, weights).value,
        "checked": p.checked,
        "source": p.source or agreement.source,
        "exception_articles": _exception_text(p),
        "transitions": _transition_text(agreement, p),
        "carve_outs": _carve_out_text(p),
        "algorithms": None if p.algorithms is None else ("yes" if p.algorithms else "no"),
        "dispute_settlement_reach": agreement.ds_reach(key),
        "applies_from": _date(p.applies_from),
        "applies_until": _date(p.applies_until),
        "instrument": p.instrument,
        "note": p.note,
    }


def export_records(agreements: list[Agreement], weights: Weights) -> Records:
    rows = [cell_record(a, key, weights) for a in agreements for key in vocab.PROVISION_KEYS]
    return Records(
        EXPORT_FIELDS,
        rows,
        table_fields=["agreement", "provision", "status", "article", "dispute_settlement", "strength", "checked"],
        dataset=(agreements, weights),
    )


def checked_counts(agreement: Agreement) -> dict[str, int]:
    """How many of the agreement's cells were read in the text, in an analysis quoting it, or not at all."""
    cells = agreement.provisions.values()
    return {level: sum(p.checked == level for p in cells) for level in vocab.CHECKED}


def checked_share(agreement: Agreement) -> float:
    return round(checked_counts(agreement)["text"] / len(agreement.provisions), 2)


def _checked_summary(agreement: Agreement) -> str:
    count = checked_counts(agreement)
    summary = ", ".join(f"{n} {level}" for level, n in count.items()) + f" of {len(agreement.provisions)}"
    return summary + (" (none read in a treaty text)" if not count["text"] else "")


def show_records(agreement: Agreement, keys: list[str], weights: Weights, origin: str) -> Records:
    rows = [cell_record(agreement, key, weights) for key in keys]
    for row, key in zip(rows, keys):
        p = agreement.provisions[key]
        row["article_cited"] = ("" if p.status == "absent" else _article(p)) + (UNCHECKED_MARK if _unchecked(p) else "")
        row["ds_words"] = {"yes": "yes", "excluded": "no (outside the agreement's dispute settlement)",
                           "none": "no (the agreement has no dispute settlement)"}[row["dispute_settlement_reach"]]
        row["dates"] = " ".join(filter(None, [f"from {row['applies_from']}" if row["applies_from"] else "",
                                              f"until {row['applies_until']}" if row["applies_until"] else "",
                                              f"({row['instrument']})" if row["instrument"] else ""]))
    parties = ", ".join(
        f"{code}" + (f" {d.in_force}" if d.in_force else " (not in force)") + (f", withdrew {d.withdrawn}" if d.withdrawn else "")
        for code, d in agreement.parties.items()
    )
    ended = f"; ended {agreement.ended}" + (f" ({agreement.ended_by})" if agreement.ended_by else "") if agreement.ended else ""
    preamble = [
        f"{agreement.id}  {agreement.name}",
        f"status {agreement.status}; signed {agreement.signed or '-'}; in force {agreement.in_force or '-'}{ended}"
        f"; dates {agreement.checked}",
        f"parties: {parties or '-'}",
        f"cells checked: {_checked_summary(agreement)}",
        f"chapters: {'; '.join(agreement.chapters) or '-'}",
        f"source: {agreement.source}",
        f"file: {origin}",
    ]
    if agreement.note:
        preamble.append(f"note: {agreement.note}")
    return Records(
        EXPORT_FIELDS,
        rows,
        table_fields=["provision", "status", "article_cited", "title", "text", "exception_articles", "ds_words",
                      "transitions", "carve_outs", "algorithms", "dates", "strength", "checked", "source", "note"],
        headers={"article_cited": "article", "exception_articles": "exceptions", "ds_words": "dispute settlement",
                 "dates": "applies"},
        vertical=True,
        preamble=preamble,
        caption=UNCHECKED_LEGEND if any(_unchecked(agreement.provisions[k]) for k in keys) else None,
    )


LIST_FIELDS = ["agreement", "name", "signed", "in_force", "parties", "score", "status", "checked_share", "ended", "ended_by"]


def list_records(agreements: list[Agreement], scores: dict[str, Score], title: str | None = None) -> Records:
    rows = [
        {
            "agreement": a.id,
            "name": a.name,
            "signed": _date(a.signed),
            "in_force": _date(a.in_force),
            "parties": list(a.parties),
            "score": scores[a.id].overall,
            "status": a.status,
            "checked_share": checked_share(a),
            "ended": _date(a.ended),
            "ended_by": a.ended_by,
            "party_list": ", ".join(a.parties) if len(a.parties) <= 3 else f"{len(a.parties)} parties",
            "short_name": a.name if len(a.name) <= 64 else a.name[:61].rsplit(" ", 1)[0] + " ...",
        }
        for a in agreements
    ]
    return Records(LIST_FIELDS, rows, title=title,
                   table_fields=["agreement", "short_name", "signed", "in_force", "party_list", "score", "checked_share"],
                   headers={"checked_share": "checked", "party_list": "parties", "short_name": "name"},
                   summary=f"{len(rows)} agreement(s)")


# --- two agreements -------------------------------------------------------------------------------

DIFF_FIELDS = [
    "provision", "category", "a_status", "b_status", "a_article", "b_article", "a_strength", "b_strength",
    "relation", "note", "a_checked", "b_checked",
]


def diff_summary(a: Agreement, b: Agreement, rows: list[DiffRow]) -> str:
    count = {rel: sum(r.relation == rel for r in rows) for rel in ("a-stronger", "b-stronger", "differs", "same")}
    differ = len(rows) - count["same"]
    return (
        f"{a.id} vs {b.id}: {differ} of {len(rows)} provisions differ "
        f"({a.id} stronger on {count['a-stronger']}, {b.id} stronger on {count['b-stronger']}, "
        f"{count['differs']} differ in terms only); {count['same']} the same"
    )


def diff_records(a: Agreement, b: Agreement, rows: list[DiffRow], shown: list[DiffRow]) -> Records:
    out = [
        {
            "provision": r.provision,
            "category": r.category,
            "a_status": r.a.status,
            "b_status": r.b.status,
            "a_article": r.a.article,
            "b_article": r.b.article,
            "a_strength": r.a_strength,
            "b_strength": r.b_strength,
            "relation": r.relation,
            "note": r.note,
            "a_checked": r.a.checked,
            "b_checked": r.b.checked,
            "a_cite": _cite(r.a),
            "b_cite": _cite(r.b),
        }
        for r in shown
    ]
    marked = any(_unchecked(r.a) or _unchecked(r.b) for r in shown)
    summary = diff_summary(a, b, rows)
    return Records(
        DIFF_FIELDS,
        out,
        title=f"{a.id} (a) vs {b.id} (b)",
        caption=summary + ("\n" + UNCHECKED_LEGEND if marked else ""),
        table_fields=["provision", "a_cite", "b_cite", "relation", "note"],
        headers={"a_cite": a.id, "b_cite": b.id},
        summary=summary,
    )


# --- scores ---------------------------------------------------------------------------------------

SCORE_FIELDS = ["agreement", *vocab.CATEGORIES, "overall"]
EXPLAIN_FIELDS = ["agreement", "provision", "category", "status", "base", "reductions", "strength"]


def score_records(scores: list[Score]) -> Records:
    rows = [{"agreement": s.agreement, **s.categories, "overall": s.overall} for s in scores]
    return Records(SCORE_FIELDS, rows)


def explain_records(scores: list[Score], weights: Weights) -> Records:
    rows = []
    for s in scores:
        for key, st in s.strengths.items():
            rows.append({
                "agreement": s.agreement,
                "provision": key,
                "category": vocab.PROVISION_CATEGORIES[key],
                "status": st.status,
                "base": st.base,
                "reductions": [f"{r.reason} x{r.factor:g}" for r in st.reductions],
                "strength": st.value,
            })
    category_weights = ", ".join(f"{c} {w:.2f}" for c, w in weights.category.items())
    preamble = [
        "strength = status weight x each reduction (binding provisions only); category score = 100 x mean strength;",
        f"overall = weighted mean of categories ({category_weights}). See docs/scoring.md.",
    ]
    for s in scores:
        parts = ", ".join(f"{c} {v:g}" for c, v in s.categories.items())
        preamble.append(f"{s.agreement}: {parts}; overall {s.overall:g}")
    return Records(EXPLAIN_FIELDS, rows, preamble=preamble,
                   table_fields=["agreement", "provision", "status", "reductions", "strength"])


# --- commitments across agreements: every agreement keeps its own evidence ------------------------

def _evidence(sources: tuple[Evidence, ...]) -> dict:
    """Per-agreement columns, in the order of `agreement`."""
    return {
        "agreement": [e.agreement.id for e in sources],
        "article": [e.provision.article or "" for e in sources],
        "exceptions": [",".join(e.provision.exception_kinds) for e in sources],
        "dispute_settlement": [e.agreement.ds_reach(e.key) for e in sources],
        "checked": [e.provision.checked for e in sources],
        "carve_outs": [",".join(c.scope for c in e.provision.carve_outs) for e in sources],
    }


def _waiting(best: Best) -> list[str]:
    out = []
    for e in best.waiting:
        for late in e.pending:
            until = f"until {late.until}" if late.until else "for a period with no end date given"
            out.append(f"{e.agreement.id} {_article(e.provision)} ({e.provision.status} {e.strength:g}) does not yet bind "
                       f"{late.party}: transition {until}")
    return out


DS_LEGEND = ("dispute settlement: yes; excluded (the provision is outside the agreement's dispute settlement); "
             "none (the agreement has no dispute settlement)")


def _best_row(best: Best) -> dict:
    row = {
        "provision": best.provision,
        "category": vocab.PROVISION_CATEGORIES[best.provision],
        "status": best.status,
        "strength": best.strength,
        **_evidence(best.sources),
        "pending": _waiting(best),
    }
    row["commitment"] = best.status if best.status == "absent" else f"{best.status} {best.strength:g}"
    row["where"] = "; ".join(f"{e.agreement.id} {_article(e.provision)}" + (UNCHECKED_MARK if _unchecked(e.provision) else "")
                             for e in best.sources)
    row["ds"] = "; ".join(row["dispute_settlement"])
    row["exc"] = "; ".join(x.replace(",", ", ") or "-" for x in row["exceptions"]) if best.sources else ""
    row["remark"] = "; ".join(row["pending"])
    return row


BEST_FIELDS = ["provision", "category", "status", "strength", "agreement", "article", "exceptions",
               "dispute_settlement", "checked", "carve_outs", "pending"]
_BEST_TABLE = ["provision", "commitment", "where", "ds", "exc", "remark"]
_BEST_HEADERS = {"commitment": "status", "where": "agreement article", "ds": "disp. settl.", "exc": "exceptions",
                 "remark": "not yet binding"}


def _caption(bests: list[Best]) -> str:
    marked = any(_unchecked(e.provision) for best in bests for e in best.sources)
    return DS_LEGEND + ("\n" + UNCHECKED_LEGEND if marked else "")


def best_records(bests: list[Best], title: str, preamble: list[str], summary: str | None = None) -> Records:
    rows = [_best_row(best) for best in bests]
    return Records(BEST_FIELDS, rows, title=title, preamble=preamble, caption=_caption(bests),
                   table_fields=_BEST_TABLE, headers=_BEST_HEADERS, summary=summary)


COUNTRY_FIELDS = [*BEST_FIELDS[:6], "partners", *BEST_FIELDS[6:]]


def country_records(bests: list[Best], country: str, on: dt.date, preamble: list[str]) -> Records:
    from .analysis import partners_of

    rows = []
    for best in bests:
        row = _best_row(best)
        toward = [partners_of(e.agreement, country, on) for e in best.sources]
        row["partners"] = [",".join(parties) for parties in toward]
        row["where"] = "; ".join(f"{e.agreement.id} {_article(e.provision)}" + (UNCHECKED_MARK if _unchecked(e.provision) else "")
                                 + f" toward {', '.join(parties) or 'no partner yet'}" for e, parties in zip(best.sources, toward))
        rows.append(row)
    return Records(COUNTRY_FIELDS, rows, title=f"Strongest commitments of {country} on {on}", preamble=preamble,
                   caption=_caption(bests), table_fields=_BEST_TABLE, headers=_BEST_HEADERS)


PARTNER_FIELDS = ["partner", "provision", "category", "status", "strength", "agreement", "article",
                  "dispute_settlement", "checked", "exceptions", "pending"]


def partner_records(rows_in: list[PartnerRow], country: str, on: dt.date) -> Records:
    rows = []
    for item in rows_in:
        row = {"partner": item.partner, **_best_row(item.best)}
        rows.append(row)
    partners = list(dict.fromkeys(r["partner"] for r in rows))
    bound = {r["partner"] for r in rows if r["status"] == "binding"}
    summary = f"{country} on {on}: {len(partners)} partner(s); binding commitments toward {len(bound)}"
    return Records(PARTNER_FIELDS, rows, title=f"Commitments between {country} and each partner on {on}",
                   caption=_caption([item.best for item in rows_in]), table_fields=["partner", *_BEST_TABLE], headers=_BEST_HEADERS,
                   summary=summary)


CHANGE_FIELDS = ["provision", "category", "before_status", "after_status", "before_strength", "after_strength",
                 "before_agreement", "after_agreement", "cause", "cause_date"]


def _moved(before: Best, after: Best) -> str:
    from .analysis import rank

    return "stronger" if rank(after) > rank(before) else "weaker" if rank(after) < rank(before) else "other"


def change_records(items: list[Change], who: str, start: dt.date, end: dt.date) -> Records:
    rows = []
    for c in items:
        rows.append({
            "provision": c.provision,
            "category": vocab.PROVISION_CATEGORIES[c.provision],
            "before_status": c.before.status,
            "after_status": c.after.status,
            "before_strength": c.before.strength,
            "after_strength": c.after.strength,
            "before_agreement": c.before.agreements,
            "after_agreement": c.after.agreements,
            "cause": c.cause.what if c.cause else None,
            "cause_date": _date(c.cause.date) if c.cause else None,
            "before": f"{c.before.status} {c.before.strength:g} {' '.join(c.before.agreements)}".strip(),
            "after": f"{c.after.status} {c.after.strength:g} {' '.join(c.after.agreements)}".strip(),
            "when": f"{_date(c.cause.date)} {c.cause.what}" if c.cause else "",
        })
    moved = [_moved(c.before, c.after) for c in items]
    summary = (f"{who} from {start} to {end}: {len(items)} provision(s) changed "
               f"({moved.count('stronger')} stronger, {moved.count('weaker')} weaker)")
    return Records(CHANGE_FIELDS, rows, title=f"What changed for {who}, {start} to {end}",
                   table_fields=["provision", "before", "after", "when"], headers={"when": "cause"}, summary=summary)


IMPACT_FIELDS = ["party", "partner", "provision", "category", "before_status", "after_status", "before_strength",
                 "after_strength", "before_agreement", "after_agreement"]


def impact_records(items: list[Impact], label: str) -> Records:
    rows = []
    for i in items:
        rows.append({
            "party": i.party,
            "partner": i.partner,
            "provision": i.provision,
            "category": vocab.PROVISION_CATEGORIES[i.provision],
            "before_status": i.before.status,
            "after_status": i.after.status,
            "before_strength": i.before.strength,
            "after_strength": i.after.strength,
            "before_agreement": i.before.agreements,
            "after_agreement": i.after.agreements,
            "pair": f"{i.party}-{i.partner}",
            "before": f"{i.before.status} {i.before.strength:g} {' '.join(i.before.agreements)}".strip(),
            "after": f"{i.after.status} {i.after.strength:g} {' '.join(i.after.agreements)}".strip(),
        })
    moved = [_moved(i.before, i.after) for i in items]
    pairs = {(i.party, i.partner) for i in items}
    summary = (f"{label}: {moved.count('stronger')} commitment(s) strengthen across {len(pairs)} pair(s), "
               f"{moved.count('weaker') or 'none'} weaken")
    return Records(IMPACT_FIELDS, rows, title=label, table_fields=["pair", "provision", "before", "after"],
                   summary=summary)


# --- many agreements side by side -----------------------------------------------------------------

COMPARE_LEGEND = ("cell: status, article, strength; SJ a self-judging public-policy exception, XDS outside dispute "
                  "settlement, NDS no dispute settlement in the agreement; * not yet checked against the text")


def compare_cell(agreement: Agreement, key: str, weights: Weights) -> str:
    p = agreement.provisions[key]
    if p.status == "absent":
        return "absent"
    marks = []
    if "public-policy-self-judging" in p.exception_kinds:
        marks.append("SJ")
    reach = agreement.ds_reach(key)
    if reach != "yes":
        marks.append("XDS" if reach == "excluded" else "NDS")
    if _unchecked(p):
        marks.append("*")
    return f"{p.status} {_article(p)} {strength(agreement, key, weights).value:g}" + (" " + " ".join(marks) if marks else "")


def compare_records(agreements: list[Agreement], keys: list[str], weights: Weights) -> Records:
    rows = []
    for key in keys:
        row = {"provision": key, "category": vocab.PROVISION_CATEGORIES[key]}
        values = set()
        row["_cells"] = []  # the cells behind the text, for a chart
        for a in agreements:
            row[a.id] = compare_cell(a, key, weights)
            p = a.provisions[key]
            values.add((p.status, strength(a, key, weights).value))
            row["_cells"].append({"agreement": a.id, "provision": key, "status": p.status, "article": p.article,
                                  "strength": strength(a, key, weights).value, "checked": p.checked})
        row["_same"] = len(values) == 1
        rows.append(row)
    rows.sort(key=lambda r: r["_same"])  # stable: rows that differ first, in key order
    ids = [a.id for a in agreements]
    return Records(["provision", "category", *ids], rows, caption=COMPARE_LEGEND, table_fields=["provision", *ids])


def matrix_records(agreements: list[Agreement], matrix: list[list[float]]) -> Records:
    from .analysis import enforceable_share

    ids = [a.id for a in agreements]
    rows = [{"agreement": a.id, **dict(zip(ids, values)), "enforceable_share": enforceable_share(a)}
            for a, values in zip(agreements, matrix)]
    caption = ("similarity of commitments (status, exceptions, carve-outs; 1 = the same), docs/scoring.md; "
               "enforceable_share: present provisions the agreement's dispute settlement can enforce")
    shown = ids
    if len(ids) > MATRIX_TABLE_COLUMNS:  # a terminal cannot show 95 columns; files and pipes get them all
        shown = ids[:MATRIX_TABLE_COLUMNS]
        caption += (f"\nthe table shows {len(shown)} of {len(ids)} columns: name the agreements, or narrow with "
                    "--party ISO3; -f csv or -o FILE gives them all")
    return Records(["agreement", *ids, "enforceable_share"], rows, caption=caption, heat=True,
                   table_fields=["agreement", *shown, "enforceable_share"])


MATRIX_TABLE_COLUMNS = 10


def timeline_records(agreements: list[Agreement], scores: dict[str, Score]) -> Records:
    rows = []
    for a in sorted(agreements, key=lambda x: (x.signed is None, x.signed, x.id)):
        overall = scores[a.id].overall
        rows.append({
            "agreement": a.id,
            "signed": _date(a.signed),
            "in_force": _date(a.in_force),
            "ended": _date(a.ended),
            "score": overall,
            "bar": "\u2588" * round(overall / 2.5),
            "_parties": {code: (_date(d.in_force), _date(d.withdrawn)) for code, d in a.parties.items()},  # for a chart
        })
    return Records(["agreement", "signed", "in_force", "ended", "score"], rows,
                   table_fields=["agreement", "signed", "in_force", "ended", "score", "bar"], headers={"bar": ""})


COVERAGE_FIELDS = ["agreement", "binding", "best_endeavour", "absent", "text", "secondary", "unchecked",
                   "checked_share", "dates_checked"]


def coverage_records(agreements: list[Agreement]) -> Records:
    rows = []
    for a in agreements:
        statuses = [p.status for p in a.provisions.values()]
        rows.append({
            "agreement": a.id,
            "binding": statuses.count("binding"),
            "best_endeavour": statuses.count("best-endeavour"),
            "absent": statuses.count("absent"),
            **checked_counts(a),
            "checked_share": checked_share(a),
            "dates_checked": a.checked,
        })
    return Records(COVERAGE_FIELDS, rows,
                   headers={"best_endeavour": "best-end.", "checked_share": "share", "dates_checked": "dates"},
                   caption=f"share: the share of the {len(vocab.PROVISION_KEYS)} cells read in the treaty text itself")


PATHS_FIELDS = ["order", "folder", "origin", "agreements"]


def paths_records(catalog: Catalog) -> Records:
    rows = []
    for order, folder in enumerate(catalog.folders, 1):
        ids = sorted(a for a, path in catalog.origins.items() if path.parent == folder.path)
        rows.append({"order": order, "folder": str(folder.path), "origin": folder.origin, "agreements": ids})
    return Records(PATHS_FIELDS, rows, caption="later folders replace agreements from bundled and user folders")
