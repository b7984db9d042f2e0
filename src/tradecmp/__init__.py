"""tradecmp: compare the digital-trade provisions of trade agreements.

The functions of `tradecmp.api` are importable from here (`tradecmp.diff("RCEP", "CPTPP")`); they are
loaded on first use, so `import tradecmp` stays quick. docs/api.md documents them.
"""

__version__ = "0.2.0"

__all__ = [
    "between", "catalog", "changes", "chart", "compare", "compose", "country", "coverage", "diff", "export", "impact",
    "list_agreements", "matrix", "new", "partners", "paths", "report", "schema", "score", "show", "timeline", "validate",
    "verify",
]


def __getattr__(name: str):
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'tradecmp' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
