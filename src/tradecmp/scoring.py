"""Pure comparisons: the strength of a provision, the diff of two agreements, the score.

Plain data in, plain data out; no Rich, no Typer. The method is documented in docs/scoring.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from . import vocab
from .errors import DataError, Problem

if TYPE_CHECKING:
    from .agreement import Agreement, Provision

EPSILON = 1e-9


class Weights(NamedTuple):
    status: dict[str, float]
    exception: dict[str, float]
    outside_dispute_settlement: float
    category: dict[str, float]


def load_weights(path: Path | None = None) -> Weights:
    """The shipped weights, or a user's file with the same keys; a bad file is a DataError."""
    import tomllib

    where = str(path) if path else "weights.toml"
    try:
        raw = tomllib.loads((path or Path(__file__).with_name("weights.toml")).read_text("utf-8"))
    except OSError as exc:
        raise DataError([Problem(where, "unreadable", exc.strerror or str(exc))]) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DataError([Problem(where, "toml-syntax", str(exc))]) from None
    expected = {
        "status": vocab.STATUSES,
        "exception": vocab.EXCEPTION_KINDS,
        "dispute_settlement": ("outside",),
        "category": vocab.CATEGORIES,
    }
    problems = []
    for table, keys in expected.items():
        values = raw.get(table)
        if not isinstance(values, dict) or set(values) != set(keys):
            problems.append(Problem(where, "schema", f"[{table}] must give exactly {', '.join(keys)}"))
            continue
        for key, value in values.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                problems.append(Problem(where, "schema", f"{table}.{key}: must be a number from 0 to 1"))
    extra = set(raw) - set(expected)
    if extra:
        problems.append(Problem(where, "schema", f"unknown tables: {', '.join(sorted(extra))}"))
    if not problems and sum(raw["category"].values()) <= 0:
        problems.append(Problem(where, "schema", "[category] weights must not all be 0"))
    if problems:
        raise DataError(problems)
    total = sum(raw["category"].values())
    return Weights(
        status={k: float(v) for k, v in raw["status"].items()},
        exception={k: float(v) for k, v in raw["exception"].items()},
        outside_dispute_settlement=float(raw["dispute_settlement"]["outside"]),
        category={k: float(v) / total for k, v in raw["category"].items()},
    )


class Reduction(NamedTuple):
    reason: str
    factor: float


class Strength(NamedTuple):
    status: str
    base: float
    reductions: tuple[Reduction, ...]
    value: float


def _exception_reductions(provision: Provision, weights: Weights) -> list[Reduction]:
    reductions = []
    for kind in provision.exception_kinds:
        factor = weights.exception[kind]
        if factor < 1:
            articles = [c.article for c in provision.exceptions if c.kind == kind and c.article]
            where = f" ({', '.join(articles)})" if articles else ""
            reductions.append(Reduction(f"{kind} exception{where}", factor))
    return reductions


DS_WORDS = {"excluded": "outside dispute settlement", "none": "no dispute settlement in the agreement"}


def strength(agreement: Agreement, key: str, weights: Weights) -> Strength:
    """The effective strength (0-1) of one provision: status weight times its reductions.

    Reductions apply to binding provisions only: a best-endeavour commitment gives an exception or a
    panel nothing to bite on.
    """
    provision = agreement.provisions[key]
    base = weights.status[provision.status]
    reductions: list[Reduction] = []
    if provision.status == "binding":
        reductions = _exception_reductions(provision, weights)
        reach = agreement.ds_reach(key)
        if reach != "yes" and weights.outside_dispute_settlement < 1:
            reductions.append(Reduction(DS_WORDS[reach], weights.outside_dispute_settlement))
    value = base
    for reduction in reductions:
        value *= reduction.factor
    return Strength(provision.status, base, tuple(reductions), round(value, 4))


def commitment(agreement: Agreement, key: str, weights: Weights) -> float:
    """What the text commits to, before asking whether a panel can enforce it: status and exceptions only."""
    provision = agreement.provisions[key]
    value = weights.status[provision.status]
    if provision.status == "binding":
        for reduction in _exception_reductions(provision, weights):
            value *= reduction.factor
    return round(value, 4)


# --- diff -----------------------------------------------------------------------------------------

class DiffRow(NamedTuple):
    provision: str
    category: str
    a: Provision
    b: Provision
    a_strength: float
    b_strength: float
    a_ds: str
    b_ds: str
    relation: str
    note: str
    reasons: tuple[str, ...] = ()  # the note's reasons, one by one


def _terms(provision: Provision, ds: str) -> tuple:
    present = provision.status != "absent"
    return (
        provision.status,
        frozenset(provision.exception_kinds),
        ds if present else None,
        frozenset(c.scope for c in provision.carve_outs),
        frozenset((t.party, t.kind) for t in provision.transitions),
        provision.algorithms,
    )


def same_terms(agreements: list[Agreement], key: str) -> bool:
    """Whether the agreements commit to the same on one provision: status, exception kinds, dispute settlement,
    carve-outs, transitions and algorithms alike. The one test of "the same" that `diff` and `compare` share."""
    first, *rest = [_terms(a.provisions[key], a.ds_reach(key)) for a in agreements]
    return all(terms == first for terms in rest)


def _why(label_a: str, a: Provision, a_ds: str, label_b: str, b: Provision, b_ds: str,
         weights: Weights) -> tuple[str, ...]:
    """Every reason two provisions differ, a few words each: those that move the strength most come first."""
    if a.status != b.status:
        head = f"{label_a} {a.status}, {label_b} {b.status}"
        if a.status == "absent" or b.status == "absent":
            return (head,)
        reasons = [(2.0, head)]
    else:
        reasons = []
    for label, mine, my_ds, theirs, their_ds in ((label_a, a, a_ds, b, b_ds), (label_b, b, b_ds, a, a_ds)):
        binding = mine.status == "binding"
        other_kinds = set(theirs.exception_kinds)
        for clause in mine.exceptions:
            if clause.kind not in other_kinds:
                where = f" {clause.article}" if clause.article else ""
                impact = 1 - weights.exception[clause.kind] if binding else 0
                reasons.append((impact, f"{label}: {vocab.EXCEPTION_WORDS[clause.kind]}{where}"))
                other_kinds.add(clause.kind)
        if my_ds != "yes" and their_ds == "yes":
            impact = 1 - weights.outside_dispute_settlement if binding else 0
            reasons.append((impact, f"{label}: {DS_WORDS[my_ds]}"))
        their_scopes = {c.scope for c in theirs.carve_outs}
        for carve in mine.carve_outs:
            if carve.scope not in their_scopes:
                words = vocab.CARVE_OUT_WORDS[carve.scope]
                if carve.scope == "other":
                    words = f"other ({carve.article})" if carve.article else "other"
                reasons.append((0, f"{label}: {words}" if carve.scope == "wto-moratorium" else f"{label}: carves out {words}"))
                their_scopes.add(carve.scope)
        for kind, words in (("obligation", "transition"), ("dispute-settlement", "dispute settlement suspended")):
            their_parties = {t.party for t in theirs.transitions if t.kind == kind}
            new = [t.party for t in mine.transitions if t.kind == kind and t.party not in their_parties]
            if new:
                reasons.append((0, f"{label}: {words} for {', '.join(dict.fromkeys(new))}"))
    if a.algorithms != b.algorithms and (a.algorithms or b.algorithms):
        reasons.append((0, f"{label_a if a.algorithms else label_b}: covers algorithms"))
    reasons.sort(key=lambda r: -r[0])  # stable: equal impacts keep their order
    return tuple(text for _, text in reasons)


def diff(a: Agreement, b: Agreement, weights: Weights) -> list[DiffRow]:
    rows = []
    for key in vocab.PROVISION_KEYS:
        pa, pb = a.provisions[key], b.provisions[key]
        sa, sb = strength(a, key, weights).value, strength(b, key, weights).value
        da, db = a.ds_reach(key), b.ds_reach(key)
        if same_terms([a, b], key):
            same: tuple[str, ...] = ("both absent" if pa.status == "absent" else f"both {pa.status}, same terms",)
            relation, reasons = "same", same
        else:
            relation = "a-stronger" if sa > sb + EPSILON else "b-stronger" if sb > sa + EPSILON else "differs"
            reasons = _why(a.id, pa, da, b.id, pb, db, weights)
        rows.append(DiffRow(key, vocab.PROVISION_CATEGORIES[key], pa, pb, sa, sb, da, db, relation,
                            "; ".join(reasons), reasons))
    return rows


# --- score ----------------------------------------------------------------------------------------

class Score(NamedTuple):
    agreement: str
    categories: dict[str, float]
    overall: float
    strengths: dict[str, Strength]


def score(agreement: Agreement, weights: Weights) -> Score:
    strengths = {key: strength(agreement, key, weights) for key in vocab.PROVISION_KEYS}
    categories = {}
    for category in vocab.CATEGORIES:
        values = [s.value for k, s in strengths.items() if vocab.PROVISION_CATEGORIES[k] == category]
        categories[category] = round(100 * sum(values) / len(values), 1)
    overall = round(sum(weights.category[c] * v for c, v in categories.items()), 1)
    return Score(agreement.id, categories, overall, strengths)
