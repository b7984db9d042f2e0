"""Turn agreements and comparisons into flat records with the field names of DATA.md."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from . import vocab
from .compare import DiffRow, Score, Weights, strength
from .render import Records

if TYPE_CHECKING:
    from .catalog import Catalog
    from .agreement import Agreement, Provision

EXPORT_FIELDS = [
    "agreement", "provision", "category", "status", "article", "title", "text", "exceptions",
    "dispute_settlement", "strength", "checked", "source",
    # beyond the contract's columns:
    "exception_articles", "transitions", "carve_outs", "algorithms", "note",
]
LIST_FIELDS = ["agreement", "name", "signed", "in_force", "parties", "score", "status", "checked_share"]
DIFF_FIELDS = [
    "provision", "category", "a_status", "b_status", "a_article", "b_article", "a_strength", "b_strength",
    "relation", "note", "a_checked", "b_checked",
]
UNCHECKED_MARK = " *"
UNCHECKED_LEGEND = "* not yet checked against the treaty text"


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _exception_text(provision: Provision) -> list[str]:
    return [f"{e.kind} ({e.article})" if e.article else e.kind for e in provision.exceptions]


def _transition_text(provision: Provision) -> list[str]:
    out = []
    for t in provision.transitions:
        period = f"{t.years} years" if t.years is not None else f"until {t.until}" if t.until else "period"
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
        "transitions": _transition_text(p),
        "carve_outs": _carve_out_text(p),
        "algorithms": None if p.algorithms is None else ("yes" if p.algorithms else "no"),
        "note": p.note,
    }


def export_records(agreements: list[Agreement], weights: Weights) -> Records:
    rows = [cell_record(a, key, weights) for a in agreements for key in vocab.PROVISION_KEYS]
    return Records(
        EXPORT_FIELDS,
        rows,
        table_fields=["agreement", "provision", "status", "article", "exceptions", "dispute_settlement", "strength", "checked"],
    )


def show_records(agreement: Agreement, keys: list[str], weights: Weights, origin: str) -> Records:
    rows = [cell_record(agreement, key, weights) for key in keys]
    for row in rows:
        row["article_cited"] = (row["article"] or "") + (UNCHECKED_MARK if row["checked"] == "unchecked" else "")
    parties = ", ".join(
        f"{code}" + (f" {d.in_force}" if d.in_force else " (not in force)") + (f", withdrew {d.withdrawn}" if d.withdrawn else "")
        for code, d in agreement.parties.items()
    )
    preamble = [
        f"{agreement.id}  {agreement.name}",
        f"status {agreement.status}; signed {agreement.signed or '-'}; in force {agreement.in_force or '-'}"
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
        table_fields=["provision", "status", "article_cited", "title", "text", "exception_articles", "dispute_settlement",
                      "transitions", "carve_outs", "algorithms", "strength", "checked", "source", "note"],
        headers={"article_cited": "article", "exception_articles": "exceptions", "dispute_settlement": "dispute settlement"},
        vertical=True,
        preamble=preamble,
        caption=UNCHECKED_LEGEND if any(r["checked"] == "unchecked" for r in rows) else None,
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


def list_records(catalog: Catalog, scores: dict[str, Score]) -> Records:
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
        }
        for a in catalog.sorted()
    ]
    return Records(LIST_FIELDS, rows, headers={"checked_share": "checked"})


def _cite(provision: Provision) -> str:
    if provision.status == "absent":
        return "absent"
    mark = UNCHECKED_MARK if provision.checked == "unchecked" else ""
    return f"{provision.status} {provision.article}{mark}"


def diff_records(a: Agreement, b: Agreement, rows: list[DiffRow], show_all: bool) -> Records:
    out = []
    for r in rows:
        if r.relation == "same" and not show_all:
            continue
        out.append({
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
        })
    return Records(
        DIFF_FIELDS,
        out,
        title=f"{a.id} (a) vs {b.id} (b)",
        caption=diff_summary(a, b, rows) + ("\n" + UNCHECKED_LEGEND if any("*" in r["a_cite"] + r["b_cite"] for r in out) else ""),
        table_fields=["provision", "a_cite", "b_cite", "relation", "note"],
        headers={"a_cite": a.id, "b_cite": b.id},
    )


def diff_summary(a: Agreement, b: Agreement, rows: list[DiffRow]) -> str:
    count = {rel: sum(r.relation == rel for r in rows) for rel in ("a-stronger", "b-stronger", "differs", "same")}
    differ = len(rows) - count["same"]
    return (
        f"{a.id} vs {b.id}: {differ} of {len(rows)} provisions differ "
        f"({a.id} stronger on {count['a-stronger']}, {b.id} stronger on {count['b-stronger']}, "
        f"{count['differs']} differ in terms only); {count['same']} the same"
    )


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
    return Records(EXPLAIN_FIELDS, rows, preamble=preamble)


BEST_FIELDS = ["provision", "category", "status", "strength", "agreement", "article", "exceptions"]


def best_records(bests, title: str, preamble: list[str]) -> Records:
    rows = [
        {
            "provision": best.provision,
            "category": vocab.PROVISION_CATEGORIES[best.provision],
            "status": best.status,
            "strength": best.strength,
            "agreement": best.agreements,
            "article": best.articles,
            "exceptions": list(dict.fromkeys(k for a, _ in best.sources for k in a.provisions[best.provision].exception_kinds)),
        }
        for best in bests
    ]
    return Records(BEST_FIELDS, rows, title=title, preamble=preamble)


def membership_lines(agreements, country: str) -> list[str]:
    from .analysis import member_dates

    lines = []
    for agreement in agreements:
        party, dates = member_dates(agreement, country)
        via = f" (as {party})" if party != country else ""
        lines.append(f"{agreement.id}{via}: in force {dates.in_force or '-'}"
                     + (f", withdrew {dates.withdrawn}" if dates.withdrawn else ""))
    return lines


WEAKENED_MARK = " ~"
WEAKENED_LEGEND = "~ weakened by an exception or by being outside dispute settlement"


def compare_records(agreements: list[Agreement], keys: list[str], weights: Weights) -> Records:
    rows = []
    for key in keys:
        row = {"provision": key, "category": vocab.PROVISION_CATEGORIES[key]}
        values = set()
        for a in agreements:
            p = a.provisions[key]
            st = strength(a, key, weights)
            mark = WEAKENED_MARK if st.reductions else ""
            row[a.id] = "absent" if p.status == "absent" else f"{p.status} {p.article}{mark}"
            values.add((p.status, st.value))
        row["_same"] = len(values) == 1
        rows.append(row)
    rows.sort(key=lambda r: r["_same"])  # stable: rows that differ first, in key order
    ids = [a.id for a in agreements]
    return Records(["provision", "category", *ids], rows, caption=WEAKENED_LEGEND,
                   table_fields=["provision", *ids])


def matrix_records(agreements: list[Agreement], matrix: list[list[float]]) -> Records:
    ids = [a.id for a in agreements]
    rows = [{"agreement": a, **dict(zip(ids, values))} for a, values in zip(ids, matrix)]
    return Records(["agreement", *ids], rows, caption="similarity: 1 - mean |strength difference| (docs/scoring.md)",
                   heat=True)


def timeline_records(agreements: list[Agreement], scores: dict[str, Score]) -> Records:
    rows = []
    for a in sorted(agreements, key=lambda x: (x.signed is None, x.signed, x.id)):
        overall = scores[a.id].overall
        rows.append({
            "agreement": a.id,
            "signed": _date(a.signed),
            "in_force": _date(a.in_force),
            "score": overall,
            "bar": "\u2588" * round(overall / 2.5),
        })
    return Records(["agreement", "signed", "in_force", "score"], rows,
                   table_fields=["agreement", "signed", "in_force", "score", "bar"], headers={"bar": ""})


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
                   caption="checked_share: the share of the 22 cells read in the treaty text itself")


PATHS_FIELDS = ["order", "folder", "origin", "agreements"]


def paths_records(catalog: Catalog) -> Records:
    rows = []
    for order, folder in enumerate(catalog.folders, 1):
        ids = sorted(a for a, path in catalog.origins.items() if path.parent == folder.path)
        rows.append({"order": order, "folder": str(folder.path), "origin": folder.origin, "agreements": ids})
    return Records(PATHS_FIELDS, rows, caption="later folders replace agreements from bundled and user folders")
