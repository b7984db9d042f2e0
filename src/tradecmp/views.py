"""Answers as rows: each function turns a domain result into `Records` with the documented field names.

Nothing here decides anything about trade law (that is `compare`, `dates` and `analysis`), and nothing
draws (that is `render`). Unchecked cells are marked from their `checked` field, never from rendered text.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from . import vocab
from .scoring import DiffRow, Score, Weights, same_terms, strength
from .records import Records

if TYPE_CHECKING:
    from .agreement import Agreement, Provision
    from .analysis import Best, Change, Directed, Evidence, Impact, PartnerRow
    from .dates import Pending
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
    "applies_from", "applies_until", "instrument", "note", "condition",
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
        "condition": p.condition,
    }


def export_records(agreements: list[Agreement], weights: Weights) -> Records:
    rows = [cell_record(a, key, weights) for a in agreements for key in vocab.PROVISION_KEYS
            if key in a.provisions]  # a catalogue entry (encoded = false) has no cells
    return Records(
        EXPORT_FIELDS,
        rows,
        table_fields=["agreement", "provision", "status", "article", "dispute_settlement", "strength", "checked"],
        headers={"dispute_settlement": "disp. settl."},
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
        *([f"also known as: {', '.join(agreement.aliases)}"] if agreement.aliases else []),
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


KNOWN_FIELDS = ["agreement", "party", "signed", "in_force", "withdrawn", "note"]


def known_records(agreement: Agreement, origin: str) -> Records:
    """What the catalogue knows of an agreement whose provisions are not encoded: parties and dates, with sources."""
    rows = [{"agreement": agreement.id, "party": code, "signed": _date(d.signed or agreement.signed),
             "in_force": _date(d.in_force), "withdrawn": _date(d.withdrawn), "note": d.note}
            for code, d in agreement.parties.items()]
    preamble = [f"{agreement.id}: {agreement.name}",
                "provisions not encoded: the agreement is known (parties and dates), its digital-trade cells are not in the data",
                f"in force {_date(agreement.in_force) or '-'}" + (f", ended {agreement.ended}" if agreement.ended else "")
                + f"; dates checked: {agreement.checked}",
                f"source: {agreement.source}", f"file: {origin}"]
    return Records(KNOWN_FIELDS, rows, title=agreement.name, preamble=preamble + ([agreement.note] if agreement.note else []),
                   table_fields=["party", "signed", "in_force", "withdrawn"])


LIST_FIELDS = ["agreement", "name", "signed", "in_force", "parties", "score", "status", "checked_share", "ended", "ended_by",
               "encoded"]


def list_records(agreements: list[Agreement], scores: dict[str, Score], title: str | None = None,
                 party: str | None = None) -> Records:
    from .dates import in_force_for

    rows = [
        {
            "agreement": a.id,
            "name": a.name,
            "signed": _date(a.signed),
            "in_force": _date(in_force_for(a, party)),
            "parties": list(a.parties),
            "score": scores[a.id].overall if a.id in scores else None,
            "status": a.status,
            "checked_share": checked_share(a) if a.encoded else None,
            "ended": _date(a.ended),
            "ended_by": a.ended_by,
            "encoded": "yes" if a.encoded else "no",
            "party_list": ", ".join(a.parties) if len(a.parties) <= 3 else f"{len(a.parties)} parties",
        }
        for a in agreements
    ]
    return Records(LIST_FIELDS, rows, title=title,
                   table_fields=["agreement", "name", "signed", "in_force", "party_list", "score", "checked_share"],
                   headers={"checked_share": "checked", "party_list": "parties"},
                   summary=f"{len(rows)} agreement(s)" + (f", {sum(not a.encoded for a in agreements)} of them known but not "
                                                            "encoded (no score)" if any(not a.encoded for a in agreements) else ""))


# --- two agreements -------------------------------------------------------------------------------

DIFF_FIELDS = [
    "provision", "category", "a_status", "b_status", "a_article", "b_article", "a_strength", "b_strength",
    "relation", "note", "a_checked", "b_checked",
    "a", "b", "stronger", "reasons",  # the agreements compared, the stronger one's id (or empty), the note's reasons
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
            "a": a.id,
            "b": b.id,
            "stronger": {"a-stronger": a.id, "b-stronger": b.id}.get(r.relation, ""),
            "reasons": list(r.reasons),
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


def unread(agreement: Agreement) -> int:
    """How many of the agreement's cells nobody has read in a treaty text (absent ones included)."""
    return sum(p.checked == "unchecked" for p in agreement.provisions.values())


def _evidence_columns(agreement: Agreement) -> dict:
    return {"unchecked": unread(agreement), "checked_share": checked_share(agreement)}


def _scored(agreement: Agreement, value: float) -> str:
    return f"{value:g}" + (UNCHECKED_MARK if unread(agreement) else "")


UNREAD_CAPTION = ("* the score rests partly on cells not yet checked against the treaty text: `unchecked` counts them, "
                  "`checked_share` is the share read in the text")


def score_records(scores: list[Score], agreements: list[Agreement]) -> Records:
    rows = [{"agreement": s.agreement, **s.categories, "overall": s.overall, **_evidence_columns(a),
             "overall_marked": _scored(a, s.overall)} for s, a in zip(scores, agreements)]
    return Records([*SCORE_FIELDS, "unchecked", "checked_share"], rows, headers={"overall_marked": "overall"},
                   table_fields=["agreement", *vocab.CATEGORIES, "overall_marked", "unchecked", "checked_share"],
                   caption=UNREAD_CAPTION if any(r["unchecked"] for r in rows) else None)


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

def _carve_words(provision: Provision) -> list[str]:
    return [vocab.CARVE_OUT_WORDS[c.scope] if c.scope != "other" or not c.note else f"other: {c.note}"
            for c in provision.carve_outs]


def _ds(e: Evidence) -> str:
    reach = e.agreement.ds_reach(e.key)
    if reach == "yes" and e.suspended and e.provision.status == "binding":
        return "suspended"
    return reach


def _evidence(sources: tuple[Evidence, ...]) -> dict:
    """Per-agreement columns, in the order of `agreement`."""
    return {
        "agreement": [e.agreement.id for e in sources],
        "article": [e.provision.article or "" for e in sources],
        "exceptions": [",".join(e.provision.exception_kinds) for e in sources],
        "dispute_settlement": [_ds(e) for e in sources],
        "checked": [e.provision.checked for e in sources],
        "carve_outs": [",".join(c.scope for c in e.provision.carve_outs) for e in sources],
    }


def _period(p: Pending) -> str:
    until = f"until {p.until}" if p.until else "for a period with no end date given"
    return until + (f" ({p.article})" if p.article else "")


def _waiting(best: Best) -> list[str]:
    out = []
    for e in best.waiting:
        for late in e.pending:
            out.append(f"{e.agreement.id} {_article(e.provision)} ({e.provision.status} {e.strength:g}) does not yet bind "
                       f"{late.party}: transition {_period(late)}" + (f"; {late.note}" if late.note else ""))
    return out


def _other_paragraphs(best: Best) -> list[str]:
    return [f"{e.agreement.id} {_article(e.provision)} binds {p.party}; only {p.article or 'another paragraph'} is "
            f"deferred for {p.party} {_period(p).split(' (')[0]}" for e in best.sources for p in e.elsewhere]


def _suspensions(best: Best) -> list[str]:
    out = []
    for e in best.sources:
        for s in e.suspended:
            which = "existing measures" if "existing measures" in (s.note or "") else "measures"
            out.append(f"{e.agreement.id} {_article(e.provision)} binds {s.party}, but {s.party}'s {which} cannot be taken "
                       f"to dispute settlement {_period(s)}")
    return out


DS_LEGEND = ("dispute settlement: yes; excluded (the provision is outside the agreement's dispute settlement); "
             "suspended (binding, but outside dispute settlement for a party's measures for a period); "
             "none (the agreement has no dispute settlement)")


def _marked(best: Best) -> bool:
    """Whether the row rests on a cell nobody read in a text: one of its sources, or, for an absent answer, any
    agreement considered."""
    if best.sources:
        return any(_unchecked(e.provision) for e in best.sources)
    return bool(best.unread)


def _best_row(best: Best) -> dict:
    row = {
        "provision": best.provision,
        "category": vocab.PROVISION_CATEGORIES[best.provision],
        "status": best.status,
        "strength": best.strength,
        **_evidence(best.sources),
        "pending": _waiting(best),
        "suspended": _suspensions(best),
        "partly_deferred": _other_paragraphs(best),
        "unread": list(best.unread),
        "carve_out_notes": ["; ".join(_carve_words(e.provision)) for e in best.sources],
        "conditions": [e.provision.condition or "" for e in best.sources],
    }
    status = best.status if best.status == "absent" else f"{best.status} {best.strength:g}"
    row["commitment"] = status + (UNCHECKED_MARK if best.status == "absent" and best.unread else "")
    row["where"] = "; ".join(f"{e.agreement.id} {_article(e.provision)}" + (UNCHECKED_MARK if _unchecked(e.provision) else "")
                             for e in best.sources)
    row["ds"] = "; ".join(row["dispute_settlement"])
    row["exc"] = "; ".join(x.replace(",", ", ") or "-" for x in row["exceptions"]) if best.sources else ""
    row["remark"] = "; ".join(row["pending"] + row["suspended"] + row["partly_deferred"] + [
        f"{e.agreement.id}: only if {e.provision.condition}" for e in best.sources if e.provision.condition] + [
        f"{e.agreement.id}: {words}" for e, words in zip(best.sources, row["carve_out_notes"])
        if words and any(c.scope in _SAID_SCOPES for c in e.provision.carve_outs)])
    return row


# Carve-outs that change what a row means, said in its remark (the others are in the carve_outs field).
_SAID_SCOPES = ("wto-moratorium",)

BEST_FIELDS = ["provision", "category", "status", "strength", "agreement", "article", "exceptions",
               "dispute_settlement", "checked", "carve_outs", "pending", "bound", "suspended", "partly_deferred",
               "unread", "carve_out_notes", "conditions"]
_BEST_TABLE = ["provision", "commitment", "where", "ds", "exc", "remark"]
_BEST_HEADERS = {"commitment": "status", "where": "agreement article", "ds": "disp. settl.", "exc": "exceptions",
                 "remark": "remarks", "bound": "bound"}


def _caption(bests: list[Best]) -> str:
    return DS_LEGEND + ("\n" + UNCHECKED_LEGEND + " (on an absent answer: an agreement considered was not read on "
                        "this provision)" if any(_marked(b) for b in bests) else "")


def _bound_label(bound: str, a: str, b: str) -> str:
    return "both" if bound == "both" else f"{bound} toward {b if bound == a else a}"


def best_records(directed: list[Directed], pair: tuple[str, str], title: str, preamble: list[str],
                 summary: str | None = None) -> Records:
    rows = []
    for d in directed:
        row = _best_row(d.best)
        row["bound"] = d.bound
        row["toward"] = _bound_label(d.bound, *pair)
        rows.append(row)
    split = any(d.bound != "both" for d in directed)
    table = ["provision", "toward", *_BEST_TABLE[1:]] if split else _BEST_TABLE
    return Records(BEST_FIELDS, rows, title=title, preamble=preamble, caption=_caption([d.best for d in directed]),
                   table_fields=table, headers={**_BEST_HEADERS, "toward": "bound"}, summary=summary)


COUNTRY_FIELDS = [*BEST_FIELDS[:6], "partners", *BEST_FIELDS[6:]]


def country_records(bests: list[Best], country: str, on: dt.date, preamble: list[str]) -> Records:
    from .analysis import partners_of

    rows = []
    for best in bests:
        row = _best_row(best)
        row["bound"] = country
        toward = [partners_of(e.agreement, country, on) for e in best.sources]
        row["partners"] = [",".join(parties) for parties in toward]
        row["where"] = "; ".join(f"{e.agreement.id} {_article(e.provision)}" + (UNCHECKED_MARK if _unchecked(e.provision) else "")
                                 + f" toward {', '.join(parties) or 'no partner yet'}" for e, parties in zip(best.sources, toward))
        rows.append(row)
    return Records(COUNTRY_FIELDS, rows, title=f"Strongest commitments of {country} on {on}", preamble=preamble,
                   caption=_caption(bests), table_fields=_BEST_TABLE, headers=_BEST_HEADERS)


PARTNER_FIELDS = ["partner", "provision", "category", "status", "strength", "agreement", "article",
                  "dispute_settlement", "checked", "exceptions", "pending", "bound", "suspended", "partly_deferred",
                  "unread", "not_encoded"]


def partner_records(rows_in: list[PartnerRow], country: str, on: dt.date) -> Records:
    rows = []
    for item in rows_in:
        row = {"partner": item.partner, **_best_row(item.best), "bound": item.bound, "not_encoded": list(item.known)}
        row["toward"] = _bound_label(item.bound, country, item.partner)
        if item.known and item.best.status == "absent":
            row["commitment"] = "not encoded"
            row["remark"] = "; ".join([f"{', '.join(item.known)}: agreement known, provisions not encoded", row["remark"]]).strip("; ")
        rows.append(row)
    partners = list(dict.fromkeys(r["partner"] for r in rows))
    bound = {r["partner"] for r in rows if r["status"] == "binding"}
    unencoded = {r["partner"] for r in rows if r["not_encoded"]}
    summary = (f"{country} on {on}: {len(partners)} partner(s); binding commitments toward {len(bound)}"
               + (f"; {len(unencoded)} partner(s) with agreements known but not encoded" if unencoded else ""))
    split = any(item.bound != "both" for item in rows_in)
    table = ["partner", "provision", "toward", *_BEST_TABLE[1:]] if split else ["partner", *_BEST_TABLE]
    return Records(PARTNER_FIELDS, rows, title=f"Commitments between {country} and each partner on {on}",
                   caption=_caption([item.best for item in rows_in]), table_fields=table,
                   headers={**_BEST_HEADERS, "toward": "bound"}, summary=summary)


CHANGE_FIELDS = ["provision", "category", "before_status", "after_status", "before_strength", "after_strength",
                 "before_agreement", "after_agreement", "cause", "cause_date", "partner", "unread"]


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
            "partner": c.partner,
            "unread": sorted({*c.before.unread, *c.after.unread}),
            "before": _short(c.before),
            "after": _short(c.after),
            "when": f"{_date(c.cause.date)} {c.cause.what}" if c.cause else "",
        })
    moved = [_moved(c.before, c.after) for c in items]
    per_partner = any(c.partner for c in items) and " and " not in who and " toward " not in who
    summary = (f"{who} from {start} to {end}: {len(items)} change(s)"
               + (f" toward {len({c.partner for c in items})} partner(s)" if per_partner else "")
               + f" ({moved.count('stronger')} stronger, {moved.count('weaker')} weaker)")
    table = ["partner", "provision", "before", "after", "when"] if per_partner else ["provision", "before", "after", "when"]
    return Records(CHANGE_FIELDS, rows, title=f"What changed for {who}, {start} to {end}",
                   table_fields=table, headers={"when": "cause"}, summary=summary,
                   caption=UNCHECKED_LEGEND if any(_marked(c.before) or _marked(c.after) for c in items) else None)


def _short(best: Best) -> str:
    """`binding 0.81 CPTPP`, marked where it rests on an unread cell."""
    return (f"{best.status} {best.strength:g} {' '.join(best.agreements)}".strip()
            + (UNCHECKED_MARK if _marked(best) else ""))


IMPACT_FIELDS = ["party", "partner", "provision", "category", "before_status", "after_status", "before_strength",
                 "after_strength", "before_agreement", "after_agreement", "not_encoded", "unread"]


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
            "not_encoded": list(i.known),
            "unread": sorted({*i.before.unread, *i.after.unread}),
            "pair": f"{i.party}-{i.partner}",
            "before": _short(i.before) + (f" (not encoded: {', '.join(i.known)})" if i.known else ""),
            "after": _short(i.after),
        })
    moved = [_moved(i.before, i.after) for i in items]
    pairs = {(i.party, i.partner) for i in items}
    unknown = {(i.party, i.partner) for i in items if i.known}
    summary = (f"{label}: {moved.count('stronger')} commitment(s) strengthen across {len(pairs)} pair(s), "
               f"{moved.count('weaker') or 'none'} weaken"
               + (f"; {len(unknown)} pair(s) have agreements known but not encoded, so 'before' may be stronger"
                  if unknown else ""))
    marked = any(_marked(i.before) or _marked(i.after) for i in items)
    return Records(IMPACT_FIELDS, rows, title=label, table_fields=["pair", "provision", "before", "after"],
                   summary=summary, caption=UNCHECKED_LEGEND if marked else None)


# --- many agreements side by side -----------------------------------------------------------------

COMPARE_LEGEND = ("cell: status, article, strength; SJ a self-judging public-policy exception, XDS outside dispute "
                  "settlement, NDS no dispute settlement in the agreement; * not yet checked against the text "
                  "(on `absent`: nobody has read that the text lacks it)")


def _marks(agreement: Agreement, key: str) -> list[str]:
    p = agreement.provisions[key]
    if p.status == "absent":
        return ["*"] if p.checked == "unchecked" else []  # nobody has read that the text lacks it
    marks = []
    if "public-policy-self-judging" in p.exception_kinds:
        marks.append("SJ")
    reach = agreement.ds_reach(key)
    if reach != "yes":
        marks.append("XDS" if reach == "excluded" else "NDS")
    if _unchecked(p):
        marks.append("*")
    return marks


def compare_cell(agreement: Agreement, key: str, weights: Weights) -> str:
    p = agreement.provisions[key]
    if p.status == "absent":
        return "absent" + (UNCHECKED_MARK if p.checked == "unchecked" else "")
    marks = _marks(agreement, key)
    return f"{p.status} {_article(p)} {strength(agreement, key, weights).value:g}" + (" " + " ".join(marks) if marks else "")


COMPARE_FIELDS = ["agreement", "provision", "category", "status", "article", "strength", "marks", "checked",
                  "dispute_settlement", "exceptions"]


def compare_records(agreements: list[Agreement], keys: list[str], weights: Weights) -> Records:
    """Long form for files and scripts (a row per agreement and provision, sortable by strength); the
    terminal table has a row per provision and a column per agreement."""
    wide, long = [], []
    for key in keys:
        row: dict[str, Any] = {"provision": key, "category": vocab.PROVISION_CATEGORIES[key]}
        cells = []
        for a in agreements:
            row[a.id] = compare_cell(a, key, weights)
            p = a.provisions[key]
            cells.append({"agreement": a.id, "provision": key, "category": row["category"], "status": p.status,
                          "article": p.article, "strength": strength(a, key, weights).value,
                          "marks": _marks(a, key), "checked": p.checked, "dispute_settlement": a.ds_reach(key),
                          "exceptions": list(p.exception_kinds)})
        same = same_terms(agreements, key)
        row["_same"] = same
        wide.append((same, row))
        long.append((same, cells))
    order = sorted(range(len(keys)), key=lambda i: wide[i][0])  # stable: rows that differ first, in key order
    ids = [a.id for a in agreements]
    records = Records(COMPARE_FIELDS, [cell for i in order for cell in long[i][1]], caption=COMPARE_LEGEND,
                      table_fields=["provision", *ids])
    records.table_rows = [wide[i][1] for i in order]
    return records


def matrix_records(agreements: list[Agreement], matrix: list[list[float]]) -> Records:
    from .analysis import enforceable_share

    ids = [a.id for a in agreements]
    rows = [{"agreement": a.id, **dict(zip(ids, values)), "enforceable_share": enforceable_share(a),
             **_evidence_columns(a), "marked": a.id + (UNCHECKED_MARK if unread(a) else "")}
            for a, values in zip(agreements, matrix)]
    caption = ("similarity of commitments (status, exceptions, carve-outs; 1 = the same), docs/scoring.md; "
               "enforceable_share: present provisions the agreement's dispute settlement can enforce; "
               "* the agreement has cells not yet checked against the treaty text (`unchecked` counts them)")
    shown = ids
    if len(ids) > MATRIX_TABLE_COLUMNS:  # a terminal cannot show 95 columns; files and pipes get them all
        shown = ids[:MATRIX_TABLE_COLUMNS]
        caption += (f"\nthe table shows {len(shown)} of {len(ids)} columns: name the agreements, or narrow with "
                    "--party ISO3; -f csv or -o FILE gives them all")
    return Records(["agreement", *ids, "enforceable_share", "unchecked", "checked_share"], rows, caption=caption,
                   heat=True, table_fields=["marked", *shown, "enforceable_share"], headers={"marked": "agreement"})


MATRIX_TABLE_COLUMNS = 10


def timeline_records(agreements: list[Agreement], scores: dict[str, Score], party: str | None = None) -> Records:
    from .dates import in_force_for

    rows = []
    for a in sorted(agreements, key=lambda x: (x.signed is None, x.signed, x.id)):
        overall = scores[a.id].overall
        rows.append({
            "agreement": a.id,
            "signed": _date(a.signed),
            "in_force": _date(in_force_for(a, party)),
            "ended": _date(a.ended),
            "score": overall,
            **_evidence_columns(a),
            "score_marked": _scored(a, overall),
            "bar": "\u2588" * round(overall / 2.5),
            "_parties": {code: (_date(d.in_force), _date(d.withdrawn)) for code, d in a.parties.items()},  # for a chart
        })
    return Records(["agreement", "signed", "in_force", "ended", "score", "unchecked", "checked_share"], rows,
                   table_fields=["agreement", "signed", "in_force", "ended", "score_marked", "bar"],
                   headers={"bar": "", "score_marked": "score"},
                   caption=UNREAD_CAPTION if any(r["unchecked"] for r in rows) else None)


COVERAGE_FIELDS = ["agreement", "binding", "best_endeavour", "absent", "text", "secondary", "unchecked",
                   "checked_share", "dates_checked"]


def coverage_records(everything: list[Agreement], on: dt.date) -> Records:
    from .dates import bound

    agreements = [a for a in everything if a.encoded]
    in_force = [a for a in everything if any(bound(a, p, on) for p in a.parties)]
    known = [a for a in in_force if not a.encoded]
    summary = (f"{len(everything)} agreement(s) known, {len(agreements)} with provisions encoded; in force on {on}: "
               f"{len(in_force)}, of which {len(in_force) - len(known)} encoded and {len(known)} known only (catalogue)")
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
                   caption=f"share: the share of the {len(vocab.PROVISION_KEYS)} cells read in the treaty text itself",
                   summary=summary)


PATHS_FIELDS = ["order", "folder", "origin", "agreements", "exists", "problems"]


def paths_records(catalog: Catalog, problems=(), app_folder=None) -> Records:
    """The folders read, with the app folder shown where it would be read even before it exists; each folder's
    problems (a broken file) are named, not raised, so that `paths` always answers."""
    from pathlib import Path

    folders = list(catalog.folders)
    if app_folder is not None and all(f.origin != "user" for f in folders):
        folders.insert(1, type(folders[0])(app_folder, "user"))
    rows = []
    for order, folder in enumerate(folders, 1):
        ids = sorted(a for a, path in catalog.origins.items() if path.parent == folder.path)
        mine = [str(p) for p in problems if p.path == str(folder.path) or Path(p.path).parent == folder.path]
        rows.append({"order": order, "folder": str(folder.path), "origin": folder.origin, "agreements": ids,
                     "exists": folder.path.exists(), "problems": mine})
    broken = sum(len(mine) for mine in (r["problems"] for r in rows) if isinstance(mine, list))
    summary = f"{broken} problem(s) in the data files; `tradecmp validate` lists them all" if broken else None
    return Records(PATHS_FIELDS, rows, caption="later folders replace agreements from bundled and user folders",
                   summary=summary)
