"""How a value becomes a cell, and how data-file text is made safe for each destination."""

from __future__ import annotations

import re
from typing import Any

LIST_SEPARATOR = ";"

# Bidirectional controls can make a terminal show text in an order other than the bytes' (Trojan Source).
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_INVISIBLE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    """The text of a value in a flat format: lists joined by ';', numbers without noise, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return format(value, "g")
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(cell(v) for v in value)
    return str(value)


def visible(text: str) -> str:
    """Control characters and direction overrides shown as escapes, so none reaches a terminal."""
    return _INVISIBLE.sub(lambda m: _escape(m.group()), text)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def defuse_formula(text: str) -> str:
    """OWASP's advice for CSV injection: a cell a spreadsheet would evaluate gets a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
