"""The command-line interface: parse options, call one function of the API (`api.py`), hand its records to
the output layer (`render`), map errors to exit codes. No trade logic lives here.

Kept quick to import: pydantic and Rich are imported only by the commands that need them. No
`from __future__ import annotations`: Typer would then evaluate every annotation string on every run.
"""

import functools
import inspect
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import errors
from .errors import EXIT_CODES_HELP, TradecmpError
from .render import FORMATS

# The formats of the registry, as a choice Typer can offer (and complete).
FormatChoice = Enum("FormatChoice", {name: name for name in FORMATS}, type=str)
StrategyChoice = Enum("StrategyChoice", {"common": "common", "strongest": "strongest"}, type=str)

def _new_app() -> typer.Typer:
    return typer.Typer(
        name="tradecmp",
        help="Compare the digital-trade provisions of trade agreements, cell by cited cell.",
        epilog=EXIT_CODES_HELP,
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )


app = _new_app()


# --- completion from the data actually loaded -----------------------------------------------------

def _complete_agreements(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Ids and aliases of the agreements actually loaded (with the --data-dir folders given so far)."""
    try:
        from .api import catalog

        loaded = catalog((ctx.params or {}).get("data_dir") or [])
    except Exception:  # completion must never print an error into the user's shell
        return []
    out = []
    for agreement in loaded.sorted():
        for name in (agreement.id, *agreement.aliases):
            if name.upper().startswith(incomplete.upper()):  # answer in the user's case: shells match prefixes
                out.append((name.lower() if incomplete.islower() else name, agreement.name))
    return out


def _complete_provisions(incomplete: str) -> list[str]:
    from .vocab import PROVISION_KEYS

    return [k for k in PROVISION_KEYS if k.startswith(incomplete.lower())]


def _complete_parties(incomplete: str) -> list[str]:
    from .vocab import EU, ISO3

    return sorted(c.lower() if incomplete.islower() else c for c in (*ISO3, EU) if c.startswith(incomplete.upper()))


# --- options shared by the commands ---------------------------------------------------------------

Id = Annotated[str, typer.Argument(metavar="ID", help="Agreement id or alias.", autocompletion=_complete_agreements)]
Ids = Annotated[Optional[list[str]], typer.Argument(metavar="[ID]...", help="Agreement ids (default: all, or --party's).",
                                                    show_default=False, autocompletion=_complete_agreements)]
Party = Annotated[str, typer.Argument(metavar="PARTY", help="ISO 3166-1 alpha-3 code (KOR), or EU.", autocompletion=_complete_parties)]
PartyOpt = Annotated[Optional[str], typer.Option("--party", metavar="PARTY", help="Only the agreements this country (ISO3, or EU) is bound by on the date.", autocompletion=_complete_parties)]
OnToday = Annotated[Optional[str], typer.Option("--on", metavar="DATE", help="The date to look at, YYYY-MM-DD (default: today).")]
OnText = Annotated[Optional[str], typer.Option("--on", metavar="DATE", help="Each text as it stood on this date, YYYY-MM-DD (default: as it stands, every protocol included).")]
Signed = Annotated[bool, typer.Option("--include-signed", help="Count agreements signed but not yet in force.")]
Keys = Annotated[Optional[list[str]], typer.Option("--provision", "-p", metavar="KEY", help="Only these provision keys (repeatable).", autocompletion=_complete_provisions)]
Category = Annotated[Optional[str], typer.Option("--category", metavar="CATEGORY", help="Only this category: data, digital-products, trust, facilitation, emerging.")]
Force = Annotated[bool, typer.Option("--force", help="Overwrite FILE if it exists.")]

_COMMON = [
    inspect.Parameter("data_dir", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=Annotated[
        Optional[list[Path]], typer.Option("--data-dir", metavar="DIR", help="A folder of agreement files, read after the bundled data, your app folder and TRADECMP_DATA_DIRS (repeatable).")]),
    inspect.Parameter("weights", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=Annotated[
        Optional[Path], typer.Option("--weights", metavar="FILE", help="Score with these weights instead of the shipped ones (docs/scoring.md).")]),
]
_OUTPUT = [
    inspect.Parameter("format", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=Annotated[
        Optional[FormatChoice], typer.Option("--format", "-f", help="Output format. Default: a table on a terminal, TSV in a pipe, or by -o's suffix. sqlite: export only, needs -o.")]),
    inspect.Parameter("output", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=Annotated[
        Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Write to FILE (whole, or not at all) instead of stdout.")]),
    inspect.Parameter("save_svg", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=Annotated[
        Optional[Path], typer.Option("--save-svg", metavar="FILE", help="Also save the table as an SVG picture (for reports and slides).")]),
    inspect.Parameter("save_html", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=Annotated[
        Optional[Path], typer.Option("--save-html", metavar="FILE", help="Also save the table as an HTML page.")]),
]
_CHART = [
    inspect.Parameter("chart", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=Annotated[
        Optional[Path], typer.Option("--chart", metavar="FILE", help="Also draw a chart with axes and legend: FILE.svg or FILE.png (pip install 'tradecmp[charts]').")]),
]


def say(message: str) -> None:
    """A message for the person at the terminal, on stderr, with any control characters made visible."""
    from .render.text import visible

    sys.stderr.write(f"tradecmp: {visible(message)}\n")
    sys.stderr.flush()


def _quiet_stdout() -> None:
    """After the reader has gone, send what is still buffered nowhere, so exiting prints no error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def handled(command):
    """Turn tradecmp's errors, a closed pipe and Ctrl-C into a message and an exit code, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        import warnings

        try:
            with warnings.catch_warnings(record=True) as notices:
                warnings.simplefilter("always", errors.DataNotice)
                try:
                    return command(*args, **kwargs)
                finally:
                    for notice in notices:
                        if issubclass(notice.category, errors.DataNotice):
                            say(str(notice.message))
        except TradecmpError as exc:
            say(exc.message)
            raise typer.Exit(exc.exit_code) from None
        except BrokenPipeError:
            _quiet_stdout()
            raise typer.Exit(errors.BROKEN_PIPE) from None
        except KeyboardInterrupt:
            say("interrupted")
            raise typer.Exit(errors.INTERRUPTED) from None

    return wrapper


def _with(fn, extra: list[inspect.Parameter], body):
    """A command whose signature is `fn`'s plus the shared parameters, calling `body(kwargs)`."""
    signature = inspect.signature(fn)
    params = [p for p in signature.parameters.values() if p.kind is not p.VAR_KEYWORD] + extra

    @functools.wraps(fn)
    def command(**kwargs):
        return body(kwargs)

    command.__signature__ = signature.replace(parameters=params)
    command.__annotations__ = {**fn.__annotations__, **{p.name: p.annotation for p in extra}}
    return command


def _command_line(name: str, fn, kwargs: dict) -> str:
    """`tradecmp compare RCEP CPTPP`: the command and its arguments, as parsed."""
    from typing import get_args

    words = ["tradecmp", name]
    for param in inspect.signature(fn).parameters.values():
        value = kwargs.get(param.name)
        if value and any(isinstance(m, typer.models.ArgumentInfo) for m in get_args(param.annotation)[1:]):
            words += [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]
    return " ".join(words)


def records_command(name: Optional[str] = None, *, common: bool = True, chart: bool = False):
    """Register a command that returns records: it gets --data-dir and --weights (passed on to the API call)
    and the output options (handled here, the same way for every command); with `chart`, --chart FILE too."""

    def decorate(fn):
        def body(kwargs):
            from .render import emit

            shown = {k: kwargs.pop(k) for k in ("format", "output", "save_svg", "save_html")}
            picture = kwargs.pop("chart", None)
            if picture is not None:
                from .charts import require

                require(picture)  # before anything is computed or written
            if common:
                kwargs["data_dirs"] = kwargs.pop("data_dir") or []
            records = fn(**kwargs)
            if picture is not None:
                from .api import chart as draw

                draw(records, picture)
            fmt = shown["format"].value if shown["format"] else None
            label = _command_line(name or fn.__name__.replace("_", "-"), fn, kwargs)  # for a page without a title
            chosen = emit(records, fmt, shown["output"], svg=shown["save_svg"], html=shown["save_html"], label=label)
            if records.summary and (chosen != "table" or shown["output"] is not None):
                for line in records.summary.splitlines():
                    say(line)
            if getattr(records, "exit_code", errors.OK):
                raise typer.Exit(records.exit_code)
            return records

        app.command(name)(handled(_with(fn, (_COMMON if common else []) + _OUTPUT + (_CHART if chart else []), body)))
        return fn

    return decorate


# --- the commands: each one call into the API -----------------------------------------------------

@records_command("list")
def list_(party: PartyOpt = None, on: OnToday = None, include_signed: Signed = False, **options):
    """The agreements: name, signed, in force, parties, overall score; or one country's (--party) on a date."""
    from .api import list_agreements

    return list_agreements(party_code=party, on=on, include_signed=include_signed, **options)


@records_command()
def show(agreement: Id, provision: Keys = None, category: Category = None, on: OnText = None, **options):
    """One agreement: each provision with status, article, quoted text, exceptions, dispute settlement, transitions, and how it was checked."""
    from .api import show as show_one

    return show_one(agreement, provisions=provision, category=category, on=on, **options)


@records_command()
def diff(a: Annotated[str, typer.Argument(metavar="A", help="First agreement (a).", autocompletion=_complete_agreements)],
         b: Annotated[str, typer.Argument(metavar="B", help="Second agreement (b).", autocompletion=_complete_agreements)],
         all_rows: Annotated[bool, typer.Option("--all", help="Show every provision, the same ones too.")] = False,
         exit_code: Annotated[bool, typer.Option("--exit-code", help="Exit 1 if the agreements differ, as git diff does.")] = False,
         provision: Keys = None, category: Category = None, on: OnText = None, **options):
    """Two agreements side by side: how each provision's effective commitment differs, and why."""
    from .api import diff as compare_two, differs

    records = compare_two(a, b, all=all_rows, provisions=provision, category=category, on=on, **options)
    records.exit_code = errors.DIFFERENT if exit_code and differs(records) else errors.OK
    return records


@records_command("score")
def score_(agreements: Ids = None, explain: Annotated[bool, typer.Option("--explain", help="Show how each number was reached.")] = False,
           party: PartyOpt = None, on: OnText = None, **options):
    """A 0-100 score per category and overall, by the method of docs/scoring.md."""
    from .api import score

    return score(agreements, explain=explain, party_code=party, on=on, **options)


@records_command()
def export(on: OnText = None, **options):
    """The whole dataset: one row per agreement and provision key, with the columns of docs/data-format.md."""
    from .api import export as export_all

    return export_all(on=on, **options)


@app.command()
@handled
def validate(
    paths: Annotated[Optional[list[Path]], typer.Argument(metavar="[PATH]...", help="Files or folders (default: every data folder in use).", show_default=False)] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Also list cells not checked against a treaty text, and check quoted cells more closely.")] = False,
    data_dir: Annotated[Optional[list[Path]], typer.Option("--data-dir", metavar="DIR", help="A folder of agreement files (repeatable).")] = None,
) -> None:
    """Check data files and report every problem as `path: CODE message`; exit 1 if there is any."""
    from .api import validate as check

    records = check(paths, strict=strict, data_dirs=data_dir)
    for row in records:
        where = f"{row['path']}:{row['line']}" if row["line"] else row["path"]
        sys.stdout.write(f"{where}: {row['code']} {row['message']}\n")
    sys.stdout.flush()
    say(records.summary)
    if any(row["level"] == "problem" for row in records):
        raise typer.Exit(errors.DIFFERENT)


@records_command(common=False)
def coverage(data_dir: Annotated[Optional[list[Path]], typer.Option("--data-dir", metavar="DIR", help="A folder of agreement files (repeatable).")] = None):
    """How far to trust each agreement: provisions present, and how many cells were checked against a text."""
    from .api import coverage as cover

    return cover(data_dirs=data_dir)


@records_command(chart=True)
def compare(agreements: Annotated[list[str], typer.Argument(metavar="ID...", help="Two or more agreement ids.", autocompletion=_complete_agreements)],
            category: Category = None, provision: Keys = None, on: OnText = None, **options):
    """Any number of agreements side by side, a column each, with strength and marks; rows where they differ first."""
    from .api import compare as side_by_side

    return side_by_side(agreements, provisions=provision, category=category, on=on, **options)


@records_command()
def country(party: Party, on: OnToday = None, include_signed: Signed = False, provision: Keys = None,
            category: Category = None, **options):
    """The agreements a country is bound by on a date, and its strongest commitment on each provision, toward whom."""
    from .api import country as view

    return view(party, provisions=provision, category=category, on=on, include_signed=include_signed, **options)


@records_command()
def between(a: Annotated[str, typer.Argument(metavar="A", help="A country (ISO3) or EU.", autocompletion=_complete_parties)],
            b: Annotated[str, typer.Argument(metavar="B", help="Another country (ISO3) or EU.", autocompletion=_complete_parties)],
            on: OnToday = None, include_signed: Signed = False, provision: Keys = None, category: Category = None,
            **options):
    """For each provision, the strongest commitment in force between two countries, and where it is written."""
    from .api import between as pair

    return pair(a, b, provisions=provision, category=category, on=on, include_signed=include_signed, **options)


@records_command()
def partners(party: Party, provision: Keys = None, category: Category = None, on: OnToday = None, **options):
    """Toward whom a country is bound: every partner, the strongest commitment between them per provision."""
    from .api import partners as toward

    return toward(party, provisions=provision, category=category, on=on, **options)


@records_command()
def changes(party: Party,
            partner: Annotated[Optional[str], typer.Argument(metavar="[PARTNER]", help="Only between PARTY and this partner.", show_default=False, autocompletion=_complete_parties)] = None,
            start: Annotated[str, typer.Option("--from", metavar="DATE", help="The earlier date, YYYY-MM-DD.")] = ...,
            end: Annotated[Optional[str], typer.Option("--to", metavar="DATE", help="The later date (default: today).")] = None,
            provision: Keys = None, category: Category = None, **options):
    """What changed in a country's commitments (or between two parties) between two dates, and what changed it."""
    from .api import changes as what_changed

    return what_changed(party, partner, start=start, end=end, provisions=provision, category=category, **options)


@records_command()
def impact(agreement: Id,
           join: Annotated[Optional[str], typer.Option("--join", metavar="PARTY", help="What PARTY joining the agreement on its current text would change.", autocompletion=_complete_parties)] = None,
           on: OnToday = None, provision: Keys = None, category: Category = None, **options):
    """What an agreement changes between its parties, against what binds them without it (or what joining would change)."""
    from .api import impact as what_it_changes

    return what_it_changes(agreement, join=join, provisions=provision, category=category, on=on, **options)


@records_command(chart=True)
def matrix(agreements: Ids = None, party: PartyOpt = None, on: OnText = None, **options):
    """Pairwise similarity of agreements' commitments (1 = the same), with how much of each a panel can enforce."""
    from .api import matrix as similarity

    return similarity(agreements, party_code=party, on=on, **options)


@records_command(chart=True)
def timeline(party: PartyOpt = None, on: OnText = None, **options):
    """Agreements by signature date with their overall scores, a bar each."""
    from .api import timeline as by_date

    return by_date(party_code=party, on=on, **options)


@records_command(common=False)
def paths(data_dir: Annotated[Optional[list[Path]], typer.Option("--data-dir", metavar="DIR", help="A folder of agreement files (repeatable).")] = None):
    """The data folders in use, in the order they are read, and which agreements each one gives."""
    from .api import paths as folders

    return folders(data_dirs=data_dir)


@records_command()
def verify(agreements: Ids = None,
           text: Annotated[Optional[list[Path]], typer.Option("--text", metavar="PATH", help="A treaty text (txt, md, html, pdf, ToTA xml) or a folder of them (repeatable).")] = None,
           **options):
    """Check each cell's quotation and article against your own copy of the treaty text (docs/verify.md)."""
    from .api import verify as check_texts, verify_failed

    options.pop("weights", None)
    records = check_texts(agreements, texts=text or [], **options)
    records.exit_code = errors.DIFFERENT if verify_failed(records) else errors.OK
    return records


@app.command()
@handled
def report(
    agreements: Annotated[Optional[list[str]], typer.Argument(metavar="[ID]...", help="Agreements: one (a report on it), two (a diff) or more (side by side).", show_default=False, autocompletion=_complete_agreements)] = None,
    between: Annotated[Optional[tuple[str, str]], typer.Option("--between", metavar="A B", help="A report on what binds two countries (ISO3) or EU to each other.", autocompletion=_complete_parties)] = None,
    country: Annotated[Optional[str], typer.Option("--country", metavar="PARTY", help="A report on one country's strongest commitments.", autocompletion=_complete_parties)] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="The HTML file to write (whole, or not at all); default: stdout, when it is not a terminal.")] = None,
    on: Annotated[Optional[str], typer.Option("--on", metavar="DATE", help="YYYY-MM-DD: the texts as they stood (agreements), or the day to look at (--between, --country; default today).")] = None,
    provision: Keys = None,
    category: Category = None,
    data_dir: Annotated[Optional[list[Path]], typer.Option("--data-dir", metavar="DIR", help="A folder of agreement files (repeatable).")] = None,
    weights: Annotated[Optional[Path], typer.Option("--weights", metavar="FILE", help="Score with these weights (docs/scoring.md).")] = None,
) -> None:
    """A one-page HTML report to send: `report RCEP CPTPP` (a diff), `report --between USA KOR`, `report --country KOR`."""
    from .api import report as make_report

    if output is None and sys.stdout.isatty():
        raise errors.UsageError("report writes an HTML page: add -o FILE.html, or redirect the output to a file")
    page = make_report(agreements or None, between=between, country=country, output=output, on=on,
                       provisions=provision, category=category, data_dirs=data_dir or [], weights=weights)
    if output is None:
        sys.stdout.write(page)
        sys.stdout.flush()
    else:
        say(f"wrote {output}")


@app.command()
@handled
def compose(
    parties: Annotated[list[str], typer.Argument(metavar="PARTY...", help="Two or more countries (ISO3) or EU.", autocompletion=_complete_parties)],
    agreement_id: Annotated[str, typer.Option("--id", metavar="ID", help="Id of the draft, e.g. USJPKR.")],
    output: Annotated[Path, typer.Option("--output", "-o", metavar="FILE", help="The data file to write.")],
    name: Annotated[Optional[str], typer.Option("--name", metavar="NAME", help="Name of the draft.")] = None,
    strategy: Annotated[StrategyChoice, typer.Option("--strategy", help="common: what every pair already has in force; strongest: the best any member has accepted.")] = StrategyChoice.common,
    on: OnToday = None,
    force: Force = False,
    data_dir: Annotated[Optional[list[Path]], typer.Option("--data-dir", metavar="DIR", help="A folder of agreement files (repeatable).")] = None,
    weights: Annotated[Optional[Path], typer.Option("--weights", metavar="FILE", help="Score with these weights (docs/scoring.md).")] = None,
) -> None:
    """Write a draft agreement for a group as a data file that loads back with --data-dir."""
    from .api import compose as draft

    strategy = strategy.value
    data = draft(parties, agreement_id=agreement_id, output=output, name=name, strategy=strategy, on=on, force=force,
                 data_dirs=data_dir, weights=weights)
    if output.stem != data["id"].lower():
        say(f"note: name the file {data['id'].lower()}.toml to load it with --data-dir")
    present = sum(cell["status"] != "absent" for cell in data["provisions"].values())
    say(f"wrote {output}: {present} of {len(data['provisions'])} provisions present ({strategy} strategy)")


@app.command()
@handled
def new(
    agreement_id: Annotated[str, typer.Argument(metavar="ID", help="Id of the new agreement, e.g. XYZDEA.")],
    name: Annotated[Optional[str], typer.Option("--name", metavar="NAME", help="Full name of the agreement.")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Where to write (default: <id>.toml here).")] = None,
    force: Force = False,
) -> None:
    """Write a data file for a new agreement to fill in: every provision key present, absent and unchecked."""
    from .api import new as scaffold

    target = scaffold(agreement_id, name=name, output=output, force=force)
    say(f"wrote {target}: fill in each provision, then `tradecmp validate {target}`")


@app.command()
@handled
def schema() -> None:
    """Print the JSON Schema of a data file (the TOML file, read as JSON)."""
    import json

    from .api import schema as json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")


def _version(value: bool) -> None:
    if value:
        from . import __version__

        sys.stdout.write(f"tradecmp {__version__}\n")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Compare the digital-trade provisions of trade agreements, cell by cited cell."""


def _just(name: str) -> typer.Typer:
    """The app with only the command being run. Typer builds the parameters of every registered command on
    every run (about a third of a command's own start-up); the one asked for is all a run needs."""
    single = _new_app()
    single.registered_commands = [c for c in app.registered_commands if _name(c) == name]
    single.registered_callback = app.registered_callback
    return single


def _name(command) -> str:
    return command.name or command.callback.__name__.lower().replace("_", "-")


def main() -> None:
    """The console script: the app, with a last guard against a closed pipe or Ctrl-C outside a command."""
    words = sys.argv[1:2]
    completing = any(k.startswith("_TRADECMP") for k in os.environ)
    try:
        if words and not completing and words[0] in {_name(c) for c in app.registered_commands}:
            _just(words[0])()
        else:
            app()
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(errors.BROKEN_PIPE)
    except KeyboardInterrupt:
        sys.exit(errors.INTERRUPTED)
