"""Find the line of a key path (`provisions.source-code.status`, `...exceptions.0.kind`) in a TOML text, so a
schema problem can point at it as a syntax error does. A reading of the text's lines, not a parser: it knows
table headers, arrays of tables, dotted and quoted keys, and counts the items of an inline array; where it
cannot go deeper it answers with the nearest enclosing line (a table header, the array's key)."""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+))*)\s*=""")
_PART = re.compile(r""""([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+)""")


def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(next(g for g in m.groups() if g is not None) for m in _PART.finditer(dotted))


def key_lines(text: str) -> dict[tuple[str, ...], int]:
    """The first line (1-based) of every key path the text spells out, array-of-tables items numbered."""
    found: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    counts: dict[tuple[str, ...], int] = {}
    depth = 0  # inside a multi-line inline array or a multi-line string, no key starts a line
    for number, line in enumerate(text.splitlines(), 1):
        if depth == 0:
            header = _HEADER.match(line)
            if header:
                path = _parts(header.group(2))
                if header.group(1) == "[[":
                    counts[path] = counts.get(path, -1) + 1
                    found.setdefault(path, number)
                    path = (*path, str(counts[path]))
                table = path
                for end in range(1, len(path) + 1):  # [provisions.x] is where `provisions` starts, too
                    found.setdefault(path[:end], number)
                continue
            key = _KEY.match(line)
            if key:
                found.setdefault((*table, *_parts(key.group(1))), number)
        depth = max(0, depth + _balance(line))
    return found


def _balance(line: str) -> int:
    text = re.sub(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'|#.*$', "", line)
    return text.count("[") + text.count("{") - text.count("]") - text.count("}")


def line_of(text: str, path: tuple[str, ...]) -> int | None:
    """The line of `path`, or of the nearest enclosing key the text spells out; None if not even the first."""
    found = key_lines(text)
    for end in range(len(path), 0, -1):
        line = found.get(path[:end])
        if line is not None:
            rest = path[end:]
            if rest and rest[0].isdigit():
                return _inline_item(text, line, int(rest[0]), rest[1] if len(rest) > 1 else None) or line
            return line
    return None


def _inline_item(text: str, start: int, index: int, key: str | None) -> int | None:
    """In an inline array beginning at line `start`, the line of item `index` (one `{` per item), and of `key` in it."""
    lines = text.splitlines()
    seen = -1
    for number in range(start, len(lines) + 1):
        line = lines[number - 1]
        if number > start and _HEADER.match(line):
            return None
        for _ in re.finditer(r"\{", re.sub(r'"(?:[^"\\]|\\.)*"', "", line)):
            seen += 1
            if seen == index:
                if key is None:
                    return number
                for later in range(number, min(number + 20, len(lines) + 1)):
                    if re.search(rf"(^|[{{,\s]){re.escape(key)}\s*=", lines[later - 1]):
                        return later
                return number
    return None
