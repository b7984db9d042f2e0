"""What every command returns: rows with the documented field names, and how a table may show them.

A `Records` is a list of dicts holding exactly `fields` (what CSV, JSON and the Python API give); the
attributes are hints for the terminal table only. It is plain data: no Rich, no formats.
"""

from __future__ import annotations

from typing import Any


class Records(list):
    """Rows of one kind, each a dict of exactly `fields`."""

    def __init__(self, fields: list[str], rows: list[dict[str, Any]], *, title: str | None = None,
                 caption: str | None = None, table_fields: list[str] | None = None,
                 headers: dict[str, str] | None = None, preamble: list[str] | None = None, vertical: bool = False,
                 heat: bool = False, summary: str | None = None, dataset: Any = None) -> None:
        super().__init__({name: row.get(name) for name in fields} for row in rows)
        self.fields = fields
        self.table_rows = rows  # the same rows with any extra columns a table shows
        self.title = title
        self.caption = caption
        self.table_fields = table_fields  # the narrower set a terminal table shows, if different
        self.headers = headers or {}  # table headers, where not the field name
        self.preamble = preamble or []  # lines a table prints above itself
        self.vertical = vertical  # a table shows one block per record instead of one row
        self.heat = heat  # colour numeric cells from 0 (cold) to 1 (hot) in a table
        self.summary = summary  # one line for stderr when the output is not a table
        self.dataset = dataset  # the agreements behind an export, for formats that need more than rows

    @property
    def rows(self) -> list[dict[str, Any]]:
        return list(self)

    def __repr__(self) -> str:
        from .notebook import short_repr

        return short_repr(self)

    def _repr_html_(self) -> str:
        from .notebook import to_html

        return to_html(self)

    def to_pandas(self):
        """A pandas DataFrame (the `tradecmp[pandas]` extra): dates as datetime64, statuses an ordered
        categorical (absent < best-endeavour < binding); `df.attrs["summary"]` is the summary line."""
        from .notebook import to_pandas

        return to_pandas(self)
