"""tradecmp: compare the digital-trade provisions of trade agreements.

`tradecmp.open()` gives a `Dataset`, the data in use, with one method per question; the same questions are
functions here (`tradecmp.diff("RCEP", "CPTPP")`). docs/api.md documents them. `import tradecmp` stays
quick: the API module imports what each question needs only when it is asked.

No public name here is also the name of a module of the package (a test checks it): `from tradecmp import
catalog` would otherwise give the module or the function depending on what ran before.
"""

__version__ = "0.2.0"

from .api import (
    Dataset,
    between,
    categories,
    changes,
    chart,
    compare,
    compose,
    country,
    coverage,
    diff,
    export,
    impact,
    list_agreements,
    matrix,
    new,
    open,
    parties,
    partners,
    paths,
    provision_keys,
    report,
    schema,
    score,
    search,
    show,
    timeline,
    validate,
    verify,
)
from .errors import DataError, DataNotice, OutputError, TradecmpError, UnknownAgreement, UnknownName, UsageError
from .records import Records

__all__ = [
    "DataError", "DataNotice", "Dataset", "OutputError", "Records", "TradecmpError", "UnknownAgreement",
    "UnknownName", "UsageError", "between", "categories", "changes", "chart", "compare", "compose", "country", "coverage",
    "diff", "export", "impact", "list_agreements", "matrix", "new", "open", "parties", "partners", "paths",
    "provision_keys", "report", "schema", "score", "search", "show", "timeline", "validate", "verify",
]
