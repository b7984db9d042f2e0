"""Records in a notebook: a short repr, an HTML table (every data string escaped), and a pandas DataFrame.

pandas is an optional extra (`pip install 'tradecmp[pandas]'`), imported only by `to_pandas`.
"""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING, Any

from . import vocab

if TYPE_CHECKING:
    from .records import Records

HTML_ROWS = 50  # rows an HTML display shows; the records (and to_pandas) hold them all
STATUS_ORDER = ("absent", "best-endeavour", "binding")  # weakest first, for an ordered categorical
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Date fields that may be empty in every row, so their values alone would not tell.
DATE_FIELDS = {"signed", "in_force", "ended", "withdrawn", "until", "applies_from", "applies_until", "cause_date"}


def short_repr(records: Records) -> str:
    shown = ", ".join(records.fields[:6]) + (", ..." if len(records.fields) > 6 else "")
    title = f" {records.title!r}" if records.title else ""
    return f"<Records{title}: {len(records)} row(s) of {shown}>"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return escape("; ".join("" if v is None else str(v) for v in value))
    return escape(str(value))


def to_html(records: Records) -> str:
    """An HTML table with the title above it and the summary below it."""
    parts = ['<div class="tradecmp-records">']
    if records.title:
        parts.append(f"<strong>{escape(records.title)}</strong>")
    parts.append("<table><thead><tr>" + "".join(f"<th>{escape(f)}</th>" for f in records.fields) + "</tr></thead><tbody>")
    for row in records[:HTML_ROWS]:
        parts.append("<tr>" + "".join(f"<td>{_cell(row[f])}</td>" for f in records.fields) + "</tr>")
    parts.append("</tbody></table>")
    if len(records) > HTML_ROWS:
        parts.append(f"<p>{HTML_ROWS} of {len(records)} rows shown; <code>.to_pandas()</code> holds them all.</p>")
    for line in (records.summary or "").splitlines():
        parts.append(f"<p>{escape(line)}</p>")
    parts.append("</div>")
    return "\n".join(parts)


def _is_status(name: str, values: list[Any]) -> bool:
    return (name == "status" or name.endswith("_status")) and all(v in vocab.STATUSES for v in values if v is not None)


def _is_date(name: str, values: list[Any]) -> bool:
    present = [v for v in values if v is not None]
    return (bool(present) or name in DATE_FIELDS) and all(isinstance(v, str) and _DATE.fullmatch(v) for v in present)


def to_pandas(records: Records):
    """A DataFrame of the records: dates as datetime64, statuses an ordered categorical (absent <
    best-endeavour < binding), numbers as numbers, lists as lists; `df.attrs` holds `title` and `summary`."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("to_pandas() needs pandas: pip install 'tradecmp[pandas]'") from None
    frame = pd.DataFrame(list(records), columns=records.fields)
    for name in records.fields:
        values = [row[name] for row in records]
        if _is_status(name, values):
            frame[name] = pd.Categorical(values, categories=STATUS_ORDER, ordered=True)
        elif _is_date(name, values):
            frame[name] = pd.to_datetime(frame[name], format="%Y-%m-%d")
        elif values and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values if v is not None) \
                and any(v is not None for v in values):
            frame[name] = pd.to_numeric(frame[name])
    frame.attrs["title"] = records.title
    frame.attrs["summary"] = records.summary
    return frame
