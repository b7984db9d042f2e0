"""Exit codes and the errors that map to them. Documented in README.md and `tradecmp --help`."""

from __future__ import annotations

from typing import NamedTuple

OK = 0
DIFFERENT = 1  # diff --exit-code found differences; validate found problems; verify found a quotation missing
USAGE = 2  # bad option or argument (click's own code)
DATA = 3  # a data file or folder could not be loaded; a treaty text could not be read (verify)
UNKNOWN = 4  # an agreement id, provision key or party that does not exist
OUTPUT = 5  # the output file could not be written
INTERNAL = 70  # a bug in tradecmp: one line on stderr (the traceback with TRADECMP_DEBUG=1); EX_SOFTWARE
INTERRUPTED = 130  # Ctrl-C
BROKEN_PIPE = 141  # the reader closed the pipe (128 + SIGPIPE)

EXIT_CODES_HELP = (
    "Exit codes: 0 ok; 1 differences found (diff --exit-code), problems found (validate), or a quotation not "
    "found or under another article (verify); 2 usage error; 3 a data file or a treaty text could not be read; "
    "4 unknown agreement, provision or party; 5 output could not be written; 70 internal error (a bug: TRADECMP_DEBUG=1 shows the traceback); 130 interrupted; 141 output pipe closed."
)


class Problem(NamedTuple):
    """One thing wrong with one data file, as `validate` prints it."""

    path: str
    code: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.code} {self.message}"


class DataNotice(UserWarning):
    """Something about the data a reader should know that is not an error (a file replacing a bundled agreement)."""


class TradecmpError(Exception):
    exit_code = DATA

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class DataError(TradecmpError):
    exit_code = DATA

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        first = str(problems[0])
        more = f" (and {len(problems) - 1} more problem(s); run `tradecmp validate`)" if len(problems) > 1 else ""
        super().__init__(first + more)


class UsageError(TradecmpError):
    exit_code = USAGE


class UnknownName(TradecmpError):
    exit_code = UNKNOWN


class UnknownAgreement(UnknownName, KeyError):
    """An agreement name that names none; a KeyError too, so that `name in dataset` and `dataset.get` work."""

    def __str__(self) -> str:
        return self.message


class OutputError(TradecmpError):
    exit_code = OUTPUT
