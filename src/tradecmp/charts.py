"""Charts of the records `compare`, `matrix` and `timeline` return, drawn with matplotlib (the optional extra
`tradecmp[charts]`), imported only when a chart is asked for.

A chart draws what the records say and nothing more: strengths, similarities, dates and scores are the ones
the command computed; unchecked cells are marked from their `checked` field. Text stays text in an SVG
(`svg.fonttype = none`), so labels can be searched and copied, and the file loads no font or image.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import vocab
from .errors import UsageError

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from .records import Records

SUFFIXES = (".svg", ".png")
INSTALL_HINT = "charts need matplotlib, which is not installed: pip install 'tradecmp[charts]'"
UNCHECKED_LABEL = "not yet checked against the text"

_STYLE = {
    "svg.fonttype": "none",  # real <text> elements, not paths
    "svg.hashsalt": "tradecmp",  # the same ids on every run, so a regenerated file changes only where the data did
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans", "Arial", "Helvetica", "Liberation Sans"],
    "font.size": 9,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.labelsize": 9,
    "hatch.linewidth": 0.6,
}
_STATUS_MARK = {"binding": "B", "best-endeavour": "BE", "absent": "–"}


def require(path: str | Path | None = None) -> None:
    """Fail early, before anything is computed or written: a suffix a chart cannot have, or no matplotlib."""
    if path is not None and Path(path).suffix.lower() not in SUFFIXES:
        raise UsageError(f"--chart: {path} must end in .svg or .png")
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise UsageError(INSTALL_HINT) from None


def kind_of(records: Records) -> str:
    """Which chart fits the records: `compare`, `matrix` or `timeline`."""
    fields = list(records.fields)
    if "enforceable_share" in fields:
        return "matrix"
    if fields[:3] == ["agreement", "signed", "in_force"] and "score" in fields:
        return "timeline"
    if _compare_cells(records):
        return "compare"
    raise UsageError("a chart is drawn for the records of compare, matrix or timeline")


def figure(records: Records, kind: str | None = None, *, title: str | None = None) -> Figure:
    """The chart of the records (of `compare`, `matrix` or `timeline`), as a matplotlib Figure."""
    require()
    kind = kind or kind_of(records)
    if kind not in ("compare", "matrix", "timeline"):
        raise UsageError(f"no chart of kind {kind!r}: compare, matrix or timeline")
    import matplotlib

    with matplotlib.rc_context(_STYLE):
        if kind == "compare":
            return _compare_figure(_compare_cells(records), title=title)
        if kind == "matrix":
            return _matrix_figure(records, title=title)
        return _timeline_figure(records, title=title)


def save(fig: Figure, path: str | Path) -> Path:
    """Write the figure as SVG or PNG (by the suffix), whole or not at all."""
    from .render import replace_atomically

    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in SUFFIXES:
        raise UsageError(f"--chart: {target} must end in .svg or .png")

    def write(temporary: Path) -> None:
        with temporary.open("wb") as handle:
            _print(fig, handle, suffix[1:])

    replace_atomically(target, write)
    return target


def svg(fig: Figure) -> str:
    """The figure as an <svg> element to put inside an HTML page (no XML prologue, no doctype)."""
    from io import BytesIO

    buffer = BytesIO()
    _print(fig, buffer, "svg")
    text = buffer.getvalue().decode("utf-8")
    return text[text.index("<svg"):]


def _print(fig: Figure, handle, fmt: str) -> None:
    import matplotlib

    # No date or software stamp: the same data gives the same file.
    metadata: dict[str, Any] = {"Date": None, "Creator": None} if fmt == "svg" else {"Software": None}
    with matplotlib.rc_context(_STYLE):
        fig.savefig(handle, format=fmt, metadata=metadata, dpi=150 if fmt == "png" else 72, bbox_inches="tight",
                    facecolor="white")


def _new_figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _ink(rgba) -> str:
    """Black or white text, whichever reads on the colour."""
    red, green, blue = rgba[:3]
    return "black" if 0.299 * red + 0.587 * green + 0.114 * blue > 0.5 else "white"


# --- compare: a provision x agreement heatmap of strength --------------------------------------------

def _compare_cells(records: Records) -> list[dict]:
    """One dict per (agreement, provision): agreement, provision, status, article, strength, checked.
    From the long rows of a file, or the cells behind a wide table."""
    if {"agreement", "provision", "status", "strength", "checked"} <= set(records.fields):
        return [dict(row) for row in records]
    return [cell for row in getattr(records, "table_rows", []) for cell in row.get("_cells") or []]


def cells_from_show(shows: list[Records]) -> list[dict]:
    """The same cells, from the records of `show` (one per agreement)."""
    return [{k: row[k] for k in ("agreement", "provision", "status", "article", "strength", "checked")}
            for records in shows for row in records]


def compare_figure(cells: list[dict], *, title: str | None = None) -> Figure:
    import matplotlib

    require()
    with matplotlib.rc_context(_STYLE):
        return _compare_figure(cells, title=title)


def _compare_figure(cells: list[dict], *, title: str | None = None) -> Figure:
    from matplotlib import colormaps
    from matplotlib.colors import Normalize
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, Rectangle

    ids = list(dict.fromkeys(c["agreement"] for c in cells))
    keys = [k for k in vocab.PROVISION_KEYS if any(c["provision"] == k for c in cells)]
    by = {(c["agreement"], c["provision"]): c for c in cells}
    values = [[float(by[(a, k)]["strength"]) if (a, k) in by else float("nan") for a in ids] for k in keys]

    cmap, norm = colormaps["YlGnBu"], Normalize(0, 1)
    annotate = len(ids) <= 24
    longest = max((len(a) for a in ids), default=4)
    fig = _new_figure(max(5.5, 3.2 + 0.62 * len(ids)), 2.2 + 0.26 * len(keys) + 0.06 * longest)
    ax = fig.add_subplot()
    ax.imshow(values, cmap=cmap, norm=norm, aspect="auto", interpolation="nearest")
    unchecked = False
    for y, key in enumerate(keys):
        for x, agreement in enumerate(ids):
            cell = by.get((agreement, key))
            if cell is None:
                continue
            if cell["checked"] == "unchecked":
                unchecked = True
                ax.add_patch(Rectangle((x - 0.5, y - 0.5), 1, 1, fill=False, hatch="////", edgecolor="#c0392b",
                                       linewidth=0))
            if annotate:
                mark = _STATUS_MARK.get(cell["status"], cell["status"])
                text = mark if cell["status"] == "absent" else f"{mark} {cell['strength']:.2f}"
                colour = cmap(norm(cell["strength"]))
                plate = {"facecolor": colour, "edgecolor": "none", "pad": 1.2} if cell["checked"] == "unchecked" else None
                ax.text(x, y, text + (" *" if cell["checked"] == "unchecked" else ""), ha="center", va="center",
                        fontsize=7.5, color=_ink(colour), bbox=plate)
    ax.set_xticks(range(len(ids)), ids, rotation=45 if longest > 6 or len(ids) > 8 else 0,
                  ha="right" if longest > 6 or len(ids) > 8 else "center")
    ax.set_yticks(range(len(keys)), keys)
    ax.tick_params(length=0)
    ax.set_xlabel("agreement")
    ax.set_ylabel("provision")
    ax.xaxis.set_label_position("bottom")
    # Category bands: a rule between categories and the category's name on the right.
    categories = [vocab.PROVISION_CATEGORIES[k] for k in keys]
    start = 0
    for index in range(1, len(keys) + 1):
        if index == len(keys) or categories[index] != categories[start]:
            if index < len(keys):
                ax.axhline(index - 0.5, color="white", linewidth=2.5)
            ax.text(len(ids) - 0.5 + 0.15, (start + index - 1) / 2, categories[start], va="center", ha="left",
                    fontsize=8, style="italic", color="#444444")
            start = index
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_title(title or "Strength of each provision, by agreement", loc="left")
    bar = fig.colorbar(matplotlib_scalar(cmap, norm), ax=ax, location="bottom", shrink=0.6, aspect=30, pad=0.02)
    bar.set_label("strength: 0 absent … 1 binding, enforceable, unqualified (docs/scoring.md)")
    handles = [
        Line2D([], [], linestyle="none", marker="$B$", color="black", label="binding"),
        Line2D([], [], linestyle="none", marker="$BE$", markersize=11, color="black", label="best-endeavour"),
        Line2D([], [], linestyle="none", marker="$–$", color="black", label="absent"),
    ]
    if unchecked:
        handles.append(Patch(facecolor="white", edgecolor="#c0392b", hatch="////", label=f"* {UNCHECKED_LABEL}"))
    fig.legend(handles=handles, loc="outside lower center", ncols=len(handles), frameon=False, fontsize=8)
    return fig


def matplotlib_scalar(cmap, norm):
    from matplotlib.cm import ScalarMappable

    return ScalarMappable(norm=norm, cmap=cmap)


# --- matrix: similarity, clustered ----------------------------------------------------------------

def cluster_order(values: list[list[float]]) -> list[int]:
    """Indices in the leaf order of an average-linkage clustering on 1 - similarity: similar agreements end
    up side by side. Ties go to the lower index, so the order is the same on every run."""
    n = len(values)
    clusters: dict[int, list[int]] = {i: [i] for i in range(n)}
    distance = {(i, j): 1 - (values[i][j] + values[j][i]) / 2 for i in range(n) for j in range(i + 1, n)}
    next_id = n
    while len(clusters) > 1:
        (a, b) = min(distance, key=lambda pair: (round(distance[pair], 9), pair))
        left, right = clusters.pop(a), clusters.pop(b)
        # Put the two closest ends next to each other.
        best = min(((left, right), (left[::-1], right), (left, right[::-1]), (left[::-1], right[::-1])),
                   key=lambda lr: 1 - values[lr[0][-1]][lr[1][0]])
        merged = best[0] + best[1]
        for other in clusters:
            members = clusters[other]
            total = sum(1 - (values[i][j] + values[j][i]) / 2 for i in merged for j in members)
            distance[(min(other, next_id), max(other, next_id))] = total / (len(merged) * len(members))
        distance = {pair: d for pair, d in distance.items() if a not in pair and b not in pair}
        clusters[next_id] = merged
        next_id += 1
    return next(iter(clusters.values()), [])


def _matrix_figure(records: Records, *, title: str | None = None) -> Figure:
    from matplotlib import colormaps
    from matplotlib.colors import Normalize

    ids = [row["agreement"] for row in records]
    values = [[float(row[other]) for other in ids] for row in records]
    order = cluster_order(values) if len(ids) > 2 else list(range(len(ids)))
    shown = [[values[i][j] for j in order] for i in order]
    marked = ["unchecked" in records.fields and bool(records[i].get("unchecked")) for i in order]
    labels = [ids[i] + (" *" if m else "") for i, m in zip(order, marked)]
    n = len(ids)
    cell = 0.55 if n <= 12 else 0.3 if n <= 30 else 0.17
    font = 9 if n <= 12 else 7.5 if n <= 30 else 5.5
    longest = max((len(label) for label in labels), default=4)
    side = 1.2 + cell * n + 0.07 * longest * font / 9
    fig = _new_figure(side + 1.4, side + 0.9)
    ax = fig.add_subplot()
    cmap, norm = colormaps["viridis"], Normalize(0, 1)
    ax.imshow(shown, cmap=cmap, norm=norm, interpolation="nearest")
    if n <= 12:
        for y in range(n):
            for x in range(n):
                ax.text(x, y, f"{shown[y][x]:.2f}", ha="center", va="center", fontsize=7.5,
                        color=_ink(cmap(norm(shown[y][x]))))
    ax.set_xticks(range(n), labels, rotation=90, fontsize=font)
    ax.set_yticks(range(n), labels, fontsize=font)
    ax.tick_params(length=0)
    ax.set_xlabel("agreement")
    ax.set_ylabel("agreement")
    for side_ in ax.spines.values():
        side_.set_visible(False)
    how = "clustered: similar agreements side by side" if n > 2 else "in the order given"
    ax.set_title(title or f"Similarity of commitments, {n} agreements\n{how}", loc="left",
                 fontsize=11 if n <= 30 else 13)
    bar = fig.colorbar(matplotlib_scalar(cmap, norm), ax=ax, shrink=min(0.8, 0.3 + 6 / max(n, 1)), aspect=25)
    bar.set_label("similarity of commitments (0 = nothing in common, 1 = the same)")
    if any(marked):
        fig.text(0.01, 0.0, f"* the agreement has cells {UNCHECKED_LABEL}", fontsize=8, ha="left", va="bottom")
    return fig


# --- timeline: agreements on a time axis --------------------------------------------------------------

def _day(value) -> dt.date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _timeline_figure(records: Records, *, title: str | None = None) -> Figure:
    from matplotlib import colormaps
    from matplotlib.colors import Normalize
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.lines import Line2D

    rows = [r for r in getattr(records, "table_rows", records) if _day(r.get("signed")) or _day(r.get("in_force"))]
    today = dt.date.today()
    n = len(rows)
    fig = _new_figure(9.5, max(3.2, 1.9 + 0.24 * n))
    ax = fig.add_subplot()
    cmap, norm = colormaps["viridis"], Normalize(0, 100)
    per_party = False
    for y, row in enumerate(rows):
        signed, in_force, ended = _day(row.get("signed")), _day(row.get("in_force")), _day(row.get("ended"))
        start = signed or in_force
        colour = cmap(norm(float(row.get("score") or 0)))
        if in_force:
            ax.plot([start, in_force], [y, y], color="#bbbbbb", linewidth=1.5, solid_capstyle="butt")
            ax.plot([in_force, ended or today], [y, y], color=colour, linewidth=6, solid_capstyle="butt")
            ax.plot([in_force], [y], marker="o", color=colour, markeredgecolor="black", markersize=5)
        else:
            ax.plot([start, ended or today], [y, y], color="#bbbbbb", linewidth=1.5, linestyle=(0, (2, 2)))
        if signed:
            ax.plot([signed], [y], marker="o", markerfacecolor="white", markeredgecolor="black", markersize=5)
        later = sorted({d for d, _ in ((_day(f), w) for f, w in (row.get("_parties") or {}).values())
                        if d and in_force and d > in_force})
        if later:
            per_party = True
            ax.plot(later, [y] * len(later), linestyle="none", marker="|", color="black", markersize=9)
        if ended:
            ax.plot([ended], [y], marker="X", color="#c0392b", markersize=6)
        mark = " *" if row.get("unchecked") else ""
        ax.text(ended or today, y, f"  {row.get('score', 0):g}{mark}", va="center", ha="left", fontsize=7)
    ax.set_yticks(range(n), [r["agreement"] for r in rows], fontsize=8 if n <= 40 else 6.5)
    if n > 30:  # a tall chart gets its time axis at the top too
        ax.tick_params(axis="x", labeltop=True, top=True)
    ax.set_ylim(n - 0.4, -0.6)
    locator = AutoDateLocator(minticks=5, maxticks=12)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.axvline(today, color="#888888", linestyle=":", linewidth=1)
    ax.set_xlabel(f"date (dotted line: today, {today})")
    ax.set_ylabel("agreement (by date of signature)")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_title(title or f"Agreements over time, {n} agreement{'s' if n != 1 else ''}, coloured by overall score", loc="left")
    bar = fig.colorbar(matplotlib_scalar(cmap, norm), ax=ax, shrink=min(0.6, 0.2 + 8 / max(n, 1)), aspect=20, pad=0.08)
    bar.set_label("overall score (0-100)")
    handles = [
        Line2D([], [], linestyle="none", marker="o", markerfacecolor="white", markeredgecolor="black", label="signed"),
        Line2D([], [], color="#bbbbbb", linewidth=1.5, label="signed, not yet in force"),
        Line2D([], [], marker="o", color=cmap(0.6), markeredgecolor="black", linewidth=6, label="in force (score colour)"),
    ]
    undated = len(list(getattr(records, "table_rows", records))) - n
    if undated:
        fig.text(0.01, 0.0, f"{undated} agreement(s) without a date of signature or entry into force not shown",
                 fontsize=8, ha="left", va="bottom")
    if per_party:
        handles.append(Line2D([], [], linestyle="none", marker="|", color="black", markersize=9,
                              label="in force for a later party"))
    handles.append(Line2D([], [], linestyle="none", marker="X", color="#c0392b", label="ended"))
    fig.legend(handles=handles, loc="outside upper center", ncols=len(handles), frameon=False, fontsize=8)
    return fig
