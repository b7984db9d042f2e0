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
from typer.core import TyperGroup

from . import errors
from .errors import EXIT_CODES_HELP, TradecmpError
from .render import FORMATS
from .vocab import COMPOSE_STRATEGIES

# The formats of the registry, as a choice Typer can offer (and complete).
# (Enums built from the registries: a type checker cannot list their members, hence the ignores.)
FormatChoice = Enum("FormatChoice", {name: name for name in FORMATS}, type=str)  # type: ignore[misc]
StrategyChoice = Enum("StrategyChoice", {name: name for name in COMPOSE_STRATEGIES}, type=str)  # type: ignore[misc]
ColorChoice = Enum("ColorChoice", {"auto": "auto", "always": "always", "never": "never"}, type=str)


class _GroupedHelp(TyperGroup):
    """The top-level help with the commands in groups (helptext.GROUPS) and where the docs are."""

    def format_commands(self, ctx, formatter) -> None:
        from .helptext import GROUPS

        commands = {name: self.get_command(ctx, name) for name in self.list_commands(ctx)}
        limit = formatter.width - 6 - max(map(len, commands), default=0)
        placed = {name for names in GROUPS.values() for name in names}
        groups = [*GROUPS.items(), ("Other", [n for n in commands if n not in placed])]
        for title, names in groups:
            found = [(n, c) for n in names if (c := commands.get(n)) is not None and not c.hidden]
            rows = [(n, c.get_short_help_str(limit)) for n, c in found]
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)

    def format_epilog(self, ctx, formatter) -> None:
        from .helptext import docs_line

        super().format_epilog(ctx, formatter)
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(docs_line())


def _new_app() -> typer.Typer:
    return typer.Typer(
        cls=_GroupedHelp,
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
        from .api import Dataset

        loaded = Dataset((ctx.params or {}).get("data_dir") or []).resolver.entries.values()  # none read in full
    except Exception:  # noqa: BLE001 - completion must never print an error into the user's shell
        return []
    out = []
    for agreement in loaded:
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
OnText = Annotated[Optional[str], typer.Option("--on", metavar="DATE", help="Each text as it stood on this date, YYYY-MM-DD (default: today: protocols in force included, chapters that have ended left out).")]
Signed = Annotated[bool, typer.Option("--include-signed", help="Count agreements signed but not yet in force.")]
Keys = Annotated[Optional[list[str]], typer.Option("--provision", "-p", metavar="KEY", help="Only these provision keys (repeatable).", autocompletion=_complete_provisions)]
Category = Annotated[Optional[str], typer.Option("--category", metavar="CATEGORY", help="Only this category: data, digital-products, trust, facilitation, emerging.")]
Force = Annotated[bool, typer.Option("--force", help="Overwrite FILE if it exists.")]
# The data in use, declared once: every command that reads agreements offers --data-dir; those that score offer --weights.
DataDirs = Annotated[Optional[list[Path]], typer.Option("--data-dir", metavar="DIR", help="A folder of agreement files, read after the bundled data, your app folder and TRADECMP_DATA_DIRS (repeatable).")]
WeightsFile = Annotated[Optional[Path], typer.Option("--weights", metavar="FILE", help="Score with these weights instead of the shipped ones (docs/scoring.md).")]

_DATA_DIR = inspect.Parameter("data_dir", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=DataDirs)
_WEIGHTS = inspect.Parameter("weights", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=WeightsFile)
_OUTPUT = [
    inspect.Parameter("format", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=Annotated[
        Optional[FormatChoice], typer.Option("--format", "-f", help="Output format. Default: a table on a terminal, TSV in a pipe, or by -o's suffix. sqlite: export only, needs -o.")]),
    inspect.Parameter("output", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=Annotated[
        Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Write to FILE (whole, or not at all) instead of stdout.")]),
    inspect.Parameter("save_svg", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=Annotated[
        Optional[Path], typer.Option("--save-svg", metavar="FILE", help="Also save the table as an SVG picture (for reports and slides).")]),
    inspect.Parameter("save_html", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=Annotated[
        Optional[Path], typer.Option("--save-html", metavar="FILE", help="Also save the table as an HTML page.")]),
    inspect.Parameter("json_fields", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=Annotated[
        Optional[str], typer.Option("--json", metavar="FIELDS", help="JSON with only these fields, comma-separated (as gh does); --json alone lists the fields.")]),
    inspect.Parameter("wide", inspect.Parameter.KEYWORD_ONLY, default=False, annotation=Annotated[
        bool, typer.Option("--wide", help="Table: every column, every word (a narrow screen cuts running text and leaves columns out).")]),
    inspect.Parameter("width", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=Annotated[
        Optional[int], typer.Option("--width", metavar="N", min=20, help="Table: lay out for N columns (default: the terminal's width, else COLUMNS, else 120).")]),
    inspect.Parameter("color", inspect.Parameter.KEYWORD_ONLY, default=ColorChoice.auto, annotation=Annotated[
        ColorChoice, typer.Option("--color", help="Colour in tables: auto (on a terminal, unless NO_COLOR; FORCE_COLOR forces it), always, never.")]),
    inspect.Parameter("no_pager", inspect.Parameter.KEYWORD_ONLY, default=False, annotation=Annotated[
        bool, typer.Option("--no-pager", help="On a terminal, print long output directly instead of through TRADECMP_PAGER, PAGER or less -FRX.")]),
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
        except (typer.Exit, typer.Abort):
            raise
        except Exception as exc:  # noqa: BLE001 - a bug: one line and exit 70, not a traceback
            raise typer.Exit(_internal_error(exc)) from None

    return wrapper


def _internal_error(exc: BaseException) -> int:
    """A bug: one line naming the error (the traceback only with TRADECMP_DEBUG=1), and its own exit code."""
    if os.environ.get("TRADECMP_DEBUG"):
        import traceback

        traceback.print_exception(exc)
    say(f"internal error: {type(exc).__name__}: {exc} (a bug in tradecmp; TRADECMP_DEBUG=1 shows where)")
    return errors.INTERNAL


def _with(fn, extra: list[inspect.Parameter], body):
    """A command whose signature is `fn`'s plus the shared parameters, calling `body(kwargs)`."""
    signature = inspect.signature(fn)
    params = [p for p in signature.parameters.values() if p.kind is not p.VAR_KEYWORD and p.name != "ds"] + extra

    @functools.wraps(fn)
    def command(**kwargs):
        return body(kwargs)

    command.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]  # read by Typer
    command.__annotations__ = {**fn.__annotations__, **{p.name: p.annotation for p in extra}}
    return command


def _command_line(name: str, fn, kwargs: dict) -> str:
    """`tradecmp compare RCEP CPTPP`: the command and its arguments, as parsed."""
    from typing import get_args

    words = ["tradecmp", name]
    for param in inspect.signature(fn).parameters.values():
        if not any(isinstance(m, typer.models.ArgumentInfo) for m in get_args(param.annotation)[1:]):
            continue  # options, and the Dataset (whose truth would load every agreement)
        value = kwargs.get(param.name)
        if value:
            words += [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]
    return " ".join(words)


def records_command(name: Optional[str] = None, *, weights: bool = True, chart: bool = False):
    """Register a command that returns records: it gets --data-dir (and, unless `weights=False`, --weights),
    from which the run's one `Dataset` is built and passed as `ds`, and the output options (handled here, the
    same way for every command); with `chart`, --chart FILE too."""

    def decorate(fn):
        def body(kwargs):
            from .api import Dataset
            from .render import Display, emit, select_fields

            shown = {k: kwargs.pop(k) for k in ("format", "output", "save_svg", "save_html", "json_fields", "wide",
                                                 "width", "color", "no_pager")}
            kwargs["ds"] = Dataset(kwargs.pop("data_dir") or [], kwargs.pop("weights", None))
            picture = kwargs.pop("chart", None)
            if picture is not None:
                from .charts import require

                require(picture)  # before anything is computed or written
            records = fn(**kwargs)
            if picture is not None:
                from .api import chart as draw

                draw(records, picture)
            fmt = shown["format"].value if shown["format"] else None
            if shown["json_fields"] is not None:
                records, fmt = select_fields(records, shown["json_fields"], fmt)
            display = Display(shown["wide"], shown["width"], shown["color"].value, not shown["no_pager"])
            chosen = emit(records, fmt, shown["output"], svg=shown["save_svg"], html=shown["save_html"], display=display,
                          label=_command_line(name or fn.__name__.replace("_", "-"), fn, kwargs))
            if records.summary and (chosen != "table" or shown["output"] is not None):
                for line in records.summary.splitlines():
                    say(line)
            if getattr(records, "exit_code", errors.OK):
                raise typer.Exit(records.exit_code)
            return records

        app.command(name)(handled(_with(fn, [_DATA_DIR, *([_WEIGHTS] if weights else []), *_OUTPUT, *(_CHART if chart else [])], body)))
        return fn

    return decorate


# --- the commands: each one call into the API -----------------------------------------------------

@records_command("list")
def list_(party: PartyOpt = None,
          on: Annotated[Optional[str], typer.Option("--on", metavar="DATE", help="Only agreements in force on this date, YYYY-MM-DD, scored as their texts stood on it (default: every agreement, scored as the texts stand today; with --party, today).")] = None,
          include_signed: Signed = False,
          search: Annotated[Optional[str], typer.Option("--search", metavar="TEXT", help="Only agreements whose id, aliases or name hold these words (korea singapore, tpp11).")] = None,
          *, ds):
    """The agreements: name, signed, in force, parties, overall score; or one country's (--party) on a date."""
    return ds.list_agreements(party_code=party, on=on, include_signed=include_signed, search=search)


@records_command()
def show(agreement: Id, provision: Keys = None, category: Category = None, on: OnText = None, *, ds):
    """One agreement: each provision with status, article, quoted text, exceptions, dispute settlement, transitions, and how it was checked."""
    return ds.show(agreement, provisions=provision, category=category, on=on)


@records_command()
def diff(a: Annotated[str, typer.Argument(metavar="A", help="First agreement (a).", autocompletion=_complete_agreements)],
         b: Annotated[str, typer.Argument(metavar="B", help="Second agreement (b).", autocompletion=_complete_agreements)],
         all_rows: Annotated[bool, typer.Option("--all", help="Show every provision, the same ones too.")] = False,
         exit_code: Annotated[bool, typer.Option("--exit-code", help="Exit 1 if the agreements differ, as git diff does.")] = False,
         provision: Keys = None, category: Category = None, on: OnText = None, *, ds):
    """Two agreements side by side: how each provision's effective commitment differs, and why."""
    from .api import differs

    records = ds.diff(a, b, all=all_rows, provisions=provision, category=category, on=on)
    records.exit_code = errors.DIFFERENT if exit_code and differs(records) else errors.OK
    return records


@records_command("score")
def score_(agreements: Ids = None, explain: Annotated[bool, typer.Option("--explain", help="Show how each number was reached.")] = False,
           party: PartyOpt = None, on: OnText = None, *, ds):
    """A 0-100 score per category and overall, by the method of docs/scoring.md."""
    return ds.score(agreements, explain=explain, party_code=party, on=on)


@records_command()
def export(on: OnText = None,
           metadata: Annotated[Optional[Path], typer.Option("--metadata", metavar="FILE", help="sqlite: write the Datasette metadata here (default: beside the database, as NAME.metadata.json).")] = None,
           replace: Annotated[bool, typer.Option("--replace", help="sqlite: overwrite -o FILE even if it is not a tradecmp export.")] = False,
           *, ds):
    """The whole dataset: one row per agreement and provision key, with the columns of docs/data-format.md."""
    records = ds.export(on=on)
    records.write_options = {"metadata_file": metadata, "replace": replace}
    return records


@app.command()
@handled
def validate(
    paths: Annotated[Optional[list[Path]], typer.Argument(metavar="[PATH]...", help="Files or folders (default: every data folder in use).", show_default=False)] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Also list cells not checked against a treaty text, and check quoted cells more closely.")] = False,
    data_dir: DataDirs = None,
) -> None:
    """Check data files (over the data in use) and report every problem as `path: CODE message`; exit 1 if there is any."""
    from .api import Dataset

    records = Dataset(data_dir).validate(paths, strict=strict)
    for row in records:
        where = f"{row['path']}:{row['line']}" if row["line"] else row["path"]
        sys.stdout.write(f"{where}: {row['code']} {row['message']}\n")
    sys.stdout.flush()
    say(records.summary or "")
    if any(row["level"] == "problem" for row in records):
        raise typer.Exit(errors.DIFFERENT)


@records_command(weights=False)
def coverage(*, ds):
    """How far to trust each agreement: provisions present, and how many cells were checked against a text."""
    return ds.coverage()


@records_command(chart=True)
def compare(agreements: Annotated[list[str], typer.Argument(metavar="ID...", help="Two or more agreement ids.", autocompletion=_complete_agreements)],
            category: Category = None, provision: Keys = None, on: OnText = None, *, ds):
    """Any number of agreements side by side, a column each, with strength and marks; rows where they differ first."""
    return ds.compare(agreements, provisions=provision, category=category, on=on)


@records_command()
def country(party: Party, on: OnToday = None, include_signed: Signed = False, provision: Keys = None,
            category: Category = None, *, ds):
    """The agreements a country is bound by on a date, and its strongest commitment on each provision, toward whom."""
    return ds.country(party, provisions=provision, category=category, on=on, include_signed=include_signed)


@records_command()
def between(a: Annotated[str, typer.Argument(metavar="A", help="A country (ISO3) or EU.", autocompletion=_complete_parties)],
            b: Annotated[str, typer.Argument(metavar="B", help="Another country (ISO3) or EU.", autocompletion=_complete_parties)],
            on: OnToday = None, include_signed: Signed = False, provision: Keys = None, category: Category = None,
            *, ds):
    """For each provision, the strongest commitment in force between two countries, and where it is written."""
    return ds.between(a, b, provisions=provision, category=category, on=on, include_signed=include_signed)


@records_command()
def partners(party: Party, provision: Keys = None, category: Category = None, on: OnToday = None, *, ds):
    """Toward whom a country is bound: every partner, the strongest commitment between them per provision."""
    return ds.partners(party, provisions=provision, category=category, on=on)


@records_command()
def changes(party: Party,
            partner: Annotated[Optional[str], typer.Argument(metavar="[PARTNER]", help="Only between PARTY and this partner.", show_default=False, autocompletion=_complete_parties)] = None,
            start: Annotated[str, typer.Option("--from", metavar="DATE", help="The earlier date, YYYY-MM-DD.")] = ...,  # type: ignore[assignment]  # Typer's required option
            end: Annotated[Optional[str], typer.Option("--to", metavar="DATE", help="The later date (default: today).")] = None,
            provision: Keys = None, category: Category = None,
            anyone: Annotated[bool, typer.Option("--anyone", help="Without PARTNER: the strongest commitment toward anyone, not each partner.")] = False,
            *, ds):
    """What changed between two dates, and what changed it: a country's commitments toward each partner, or between two parties."""
    return ds.changes(party, partner, start=start, end=end, provisions=provision, category=category, anyone=anyone)


@records_command()
def impact(agreement: Id,
           join: Annotated[Optional[str], typer.Option("--join", metavar="PARTY", help="What PARTY joining the agreement on its current text would change.", autocompletion=_complete_parties)] = None,
           on: OnToday = None, provision: Keys = None, category: Category = None, *, ds):
    """What an agreement changes between its parties, against what binds them without it (or what joining would change)."""
    return ds.impact(agreement, join=join, provisions=provision, category=category, on=on)


@records_command(chart=True)
def matrix(agreements: Ids = None, party: PartyOpt = None, on: OnText = None, *, ds):
    """Pairwise similarity of agreements' commitments (1 = the same), with how much of each a panel can enforce."""
    return ds.matrix(agreements, party_code=party, on=on)


@records_command(chart=True)
def timeline(party: PartyOpt = None, on: OnText = None, *, ds):
    """Agreements by signature date with their overall scores, a bar each."""
    return ds.timeline(party_code=party, on=on)


@records_command(weights=False)
def paths(*, ds):
    """The data folders in use, in the order they are read, and which agreements each one gives."""
    return ds.paths()


@records_command(weights=False)
def verify(agreements: Ids = None,
           text: Annotated[Optional[list[Path]], typer.Option("--text", metavar="PATH", help="A treaty text (txt, md, html, pdf, ToTA xml) or a folder of them (repeatable).")] = None,
           *, ds):
    """Check each cell's quotation and article against your own copy of the treaty text (docs/verify.md)."""
    from .api import verify_failed

    records = ds.verify(agreements, texts=text or [])
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
    data_dir: DataDirs = None,
    weights: WeightsFile = None,
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
    strategy: Annotated[StrategyChoice, typer.Option("--strategy", help="common: what every pair already has in force; strongest: the best any member has accepted.")] = StrategyChoice("common"),
    on: OnToday = None,
    force: Force = False,
    data_dir: DataDirs = None,
    weights: WeightsFile = None,
) -> None:
    """Write a draft agreement for a group as a data file that loads back with --data-dir."""
    from .api import Dataset

    chosen = strategy.value
    data = Dataset(data_dir, weights).compose(parties, agreement_id=agreement_id, output=output, name=name,
                                              strategy=chosen, on=on, force=force)
    if str(output) != "-" and output.stem != data["id"].lower():
        say(f"note: name the file {data['id'].lower()}.toml to load it with --data-dir")
    present = sum(cell["status"] != "absent" for cell in data["provisions"].values())
    where = "the draft" if str(output) == "-" else f"wrote {output}"
    say(f"{where}: {present} of {len(data['provisions'])} provisions present ({chosen} strategy)")


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
    if str(target) != "-":
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


def _add_examples() -> None:
    from .helptext import examples

    for info in app.registered_commands:
        info.epilog = info.epilog or examples(_name(info))


def _just(name: str) -> typer.Typer:
    """The app with only the command being run. Typer builds the parameters of every registered command on
    every run (about a third of a command's own start-up); the one asked for is all a run needs."""
    single = _new_app()
    single.registered_commands = [c for c in app.registered_commands if _name(c) == name]
    single.registered_callback = app.registered_callback
    return single


def _name(command) -> str:
    return command.name or command.callback.__name__.lower().replace("_", "-")


_add_examples()


def _bare_json(args: list[str]) -> list[str]:
    """`--json` with no fields (last, or before another option) lists the fields: give it an empty value,
    since Typer has no option whose value may be left out."""
    return [("--json=" if a == "--json" and (i + 1 == len(args) or args[i + 1].startswith("-")) else a)
            for i, a in enumerate(args)]


def _utf8_streams() -> None:
    """Write UTF-8 whatever the locale (PYTHONIOENCODING=ascii, LANG=C): data holds names and quotations in any
    script, and an encoding error must not end a run."""
    import io

    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") != "utf8":
            try:
                stream.reconfigure(encoding="utf-8", errors="backslashreplace" if stream is sys.stderr else "strict")
            except ValueError:  # already written to in another encoding
                pass


def main() -> None:
    """The console script: the app, with a last guard against a closed pipe, Ctrl-C or a bug outside a command."""
    sys.argv[1:] = _bare_json(sys.argv[1:])
    _utf8_streams()
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
    except Exception as exc:  # noqa: BLE001 - a bug outside a command: one line and exit 70
        sys.exit(_internal_error(exc))
