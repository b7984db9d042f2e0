"""The command-line interface: parse options, call the core, pick a renderer, map errors to exit codes.

Kept thin and quick to import: pydantic and Rich are imported only by the commands that need them.

No `from __future__ import annotations` here: Typer would then evaluate every annotation string on every
run, about 12 ms of start-up.
"""

import functools
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import errors
from .errors import EXIT_CODES_HELP, TradecmpError, UnknownName

app = typer.Typer(
    name="tradecmp",
    help="Compare the digital-trade provisions of trade agreements, cell by cited cell.",
    epilog=EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(str, Enum):
    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"


class Strategy(str, Enum):
    common = "common"
    strongest = "strongest"


DataDirs = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--data-dir",
        metavar="DIR",
        help="A folder of agreement files, read after the bundled data, your app folder and TRADECMP_DATA_DIRS (repeatable).",
    ),
]
FormatOpt = Annotated[
    Optional[Format],
    typer.Option("--format", "-f", help="Output format. Default: a table on a terminal, TSV in a pipe, or by -o's suffix."),
]
OutputOpt = Annotated[
    Optional[Path],
    typer.Option("--output", "-o", metavar="FILE", help="Write to FILE (whole, or not at all) instead of stdout."),
]
SvgOpt = Annotated[
    Optional[Path], typer.Option("--save-svg", metavar="FILE", help="Also save the table as an SVG picture (for reports and slides).")
]
HtmlOpt = Annotated[Optional[Path], typer.Option("--save-html", metavar="FILE", help="Also save the table as an HTML page.")]
WeightsOpt = Annotated[
    Optional[Path],
    typer.Option("--weights", metavar="FILE", help="Score with these weights instead of the shipped ones (docs/scoring.md)."),
]


def _complete_agreements(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Ids and aliases of the agreements actually loaded (with the --data-dir folders given so far)."""
    try:
        from .catalog import load_catalog

        folders = [Path(p) for p in (ctx.params or {}).get("data_dir") or []]  # still text while completing
        catalog = load_catalog(folders, app_dir())
    except Exception:  # completion must never print an error into the user's shell
        return []
    out = []
    for agreement in catalog.sorted():
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
        try:
            return command(*args, **kwargs)
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


def app_dir() -> Path:
    """The user's own data folder, searched after the bundled data (typer.get_app_dir: ~/.config/tradecmp on Linux)."""
    return Path(typer.get_app_dir("tradecmp"))


def _catalog(data_dirs: list[Path] | None):
    from .catalog import load_catalog

    catalog = load_catalog(data_dirs, app_dir())
    for notice in catalog.notices:
        say(notice)
    return catalog


def _chosen(catalog, names: list[str] | None):
    """The named agreements in the order given, or all of them by signature date."""
    return [catalog.resolve(name) for name in names] if names else catalog.sorted()


def _weights(path: Path | None):
    from .compare import load_weights

    return load_weights(path)


def _emit(records, fmt: Format | None, output: Path | None, save_svg: Path | None = None,
          save_html: Path | None = None) -> str:
    from .render import choose_format, emit, save_pictures

    chosen = choose_format(fmt.value if fmt else None, output)
    emit(records, chosen, output)
    save_pictures(records, svg=save_svg, html=save_html)
    return chosen


def _provision_key(name: str) -> str:
    import difflib

    from .vocab import PROVISION_KEYS

    key = name.strip().lower()
    if key not in PROVISION_KEYS:
        close = difflib.get_close_matches(key, PROVISION_KEYS, n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else f"; the keys are {', '.join(PROVISION_KEYS)}"
        raise UnknownName(f"unknown provision {name!r}{hint}")
    return key


@app.command("list")
@handled
def list_(
    data_dir: DataDirs = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    weights: WeightsOpt = None,
    save_svg: SvgOpt = None,
    save_html: HtmlOpt = None,
) -> None:
    """The agreements: name, signed, in force, parties, overall score."""
    from .compare import score
    from .records import list_records

    catalog = _catalog(data_dir)
    table_weights = _weights(weights)
    scores = {a.id: score(a, table_weights) for a in catalog.agreements.values()}
    _emit(list_records(catalog, scores), format, output, save_svg, save_html)


@app.command()
@handled
def show(
    agreement: Annotated[str, typer.Argument(metavar="ID", help="Agreement id or alias.", autocompletion=_complete_agreements)],
    provision: Annotated[Optional[str], typer.Option("--provision", "-p", metavar="KEY", help="Only this provision key.", autocompletion=_complete_provisions)] = None,
    data_dir: DataDirs = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    save_svg: SvgOpt = None,
    save_html: HtmlOpt = None,
) -> None:
    """One agreement: each provision with status, article, quoted text, exceptions, dispute settlement, transitions, and how it was checked."""
    from .records import show_records
    from .vocab import PROVISION_KEYS

    catalog = _catalog(data_dir)
    found = catalog.resolve(agreement)
    keys = [_provision_key(provision)] if provision else list(PROVISION_KEYS)
    _emit(show_records(found, keys, _weights(None), str(catalog.origins[found.id])), format, output, save_svg, save_html)


@app.command()
@handled
def diff(
    a: Annotated[str, typer.Argument(metavar="A", help="First agreement (a).", autocompletion=_complete_agreements)],
    b: Annotated[str, typer.Argument(metavar="B", help="Second agreement (b).", autocompletion=_complete_agreements)],
    all_rows: Annotated[bool, typer.Option("--all", help="Show every provision, the same ones too.")] = False,
    exit_code: Annotated[bool, typer.Option("--exit-code", help="Exit 1 if the agreements differ, as git diff does.")] = False,
    data_dir: DataDirs = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    save_svg: SvgOpt = None,
    save_html: HtmlOpt = None,
    weights: WeightsOpt = None,
) -> None:
    """Two agreements side by side: how each provision's effective commitment differs, and why."""
    from .compare import diff as compare
    from .records import diff_records, diff_summary

    catalog = _catalog(data_dir)
    first, second = catalog.resolve(a), catalog.resolve(b)
    rows = compare(first, second, _weights(weights))
    chosen = _emit(diff_records(first, second, rows, all_rows), format, output, save_svg, save_html)
    if chosen != "table" or output is not None:
        say(diff_summary(first, second, rows))
    if exit_code and any(r.relation != "same" for r in rows):
        raise typer.Exit(errors.DIFFERENT)


@app.command("score")
@handled
def score_(
    agreements: Annotated[Optional[list[str]], typer.Argument(metavar="[ID]...", help="Agreement ids (default: all).", show_default=False, autocompletion=_complete_agreements)] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Show how each number was reached.")] = False,
    weights: WeightsOpt = None,
    data_dir: DataDirs = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    save_svg: SvgOpt = None,
    save_html: HtmlOpt = None,
) -> None:
    """A 0-100 score per category and overall, by the method of docs/scoring.md."""
    from .compare import score
    from .records import explain_records, score_records

    catalog = _catalog(data_dir)
    chosen = _chosen(catalog, agreements)
    table_weights = _weights(weights)
    scores = [score(a, table_weights) for a in chosen]
    records = explain_records(scores, table_weights) if explain else score_records(scores)
    _emit(records, format, output, save_svg, save_html)


class ExportFormat(str, Enum):
    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    sqlite = "sqlite"


@app.command()
@handled
def export(
    data_dir: DataDirs = None,
    format: Annotated[
        Optional[ExportFormat],
        typer.Option("--format", "-f", help="As for other commands, plus sqlite (tables with keys; needs -o)."),
    ] = None,
    output: OutputOpt = None,
    weights: WeightsOpt = None,
    save_svg: SvgOpt = None,
    save_html: HtmlOpt = None,
) -> None:
    """The whole dataset: one row per agreement and provision key, with the columns of DATA.md."""
    catalog = _catalog(data_dir)
    if format is ExportFormat.sqlite or (format is None and output is not None and output.suffix in (".db", ".sqlite")):
        from .sqlite_export import write_sqlite

        if output is None:
            raise typer.BadParameter("sqlite needs -o FILE", param_hint="--format")
        write_sqlite(catalog.sorted(), _weights(weights), output)
        return
    from .records import export_records

    records = export_records(catalog.sorted(), _weights(weights))
    _emit(records, Format(format.value) if format else None, output, save_svg, save_html)


@app.command()
@handled
def validate(
    paths: Annotated[Optional[list[Path]], typer.Argument(metavar="[PATH]...", help="Files or folders (default: every data folder in use).", show_default=False)] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Also list cells not checked against a treaty text, and check quoted cells more closely.")] = False,
    data_dir: DataDirs = None,
) -> None:
    """Check data files and report every problem as `path: CODE message`; exit 1 if there is any."""
    from .validate import validate_paths

    problems, notes, files = validate_paths(paths, data_dir, strict=strict, app_dir=app_dir())
    for line in [*problems, *notes]:
        sys.stdout.write(f"{line}\n")
    sys.stdout.flush()
    say(f"{files} file(s) checked: {len(problems)} problem(s)" + (f", {len(notes)} note(s)" if notes else ""))
    if problems:
        raise typer.Exit(errors.DIFFERENT)


@app.command()
@handled
def coverage(
    data_dir: DataDirs = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    save_svg: SvgOpt = None,
    save_html: HtmlOpt = None,
) -> None:
    """How far to trust each agreement: provisions present, and how many cells were checked against a text."""
    from .records import coverage_records

    catalog = _catalog(data_dir)
    _emit(coverage_records(catalog.sorted()), format, output, save_svg, save_html)


OnOpt = Annotated[Optional[str], typer.Option("--on", metavar="DATE", help="The date to look at, YYYY-MM-DD (default: today).")]
SignedOpt = Annotated[bool, typer.Option("--include-signed", help="Count agreements signed but not yet in force.")]


def _date(text: str | None):
    import datetime as dt

    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a date of the form YYYY-MM-DD", param_hint="--on") from None


def _party(code: str) -> str:
    from .vocab import is_party_code

    upper = code.strip().upper()
    if not is_party_code(upper):
        raise UnknownName(f"unknown party {code!r}: use an ISO 3166-1 alpha-3 code such as KOR, or EU")
    return upper


@app.command()
@handled
def compare(
    agreements: Annotated[list[str], typer.Argument(metavar="ID...", help="Two or more agreement ids.", autocompletion=_complete_agreements)],
    category: Annotated[Optional[str], typer.Option("--category", metavar="CATEGORY", help="Only this category: data, digital-products, trust, facilitation, emerging.")] = None,
    provision: Annotated[Optional[list[str]], typer.Option("--provision", "-p", metavar="KEY", help="Only these provision keys.", autocompletion=_complete_provisions)] = None,
    data_dir: DataDirs = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    save_svg: SvgOpt = None,
    save_html: HtmlOpt = None,
) -> None:
    """Any number of agreements side by side, a column each; rows where they differ first."""
    from .records import compare_records
    from .vocab import CATEGORIES, PROVISION_CATEGORIES, PROVISION_KEYS

    catalog = _catalog(data_dir)
    chosen = [catalog.resolve(name) for name in agreements]
    keys = [_provision_key(p) for p in provision] if provision else list(PROVISION_KEYS)
    if category:
        if category not in CATEGORIES:
            raise UnknownName(f"unknown category {category!r}; the categories are {', '.join(CATEGORIES)}")
        keys = [k for k in keys if PROVISION_CATEGORIES[k] == category]
    _emit(compare_records(chosen, keys, _weights(None)), format, output, save_svg, save_html)


@app.command()
@handled
def country(
    party: Annotated[str, typer.Argument(metavar="PARTY", help="ISO 3166-1 alpha-3 code (KOR), or EU.", autocompletion=_complete_parties)],
    on: OnOpt = None,
    include_signed: SignedOpt = False,
    data_dir: DataDirs = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    save_svg: SvgOpt = None,
    save_html: HtmlOpt = None,
) -> None:
    """The agreements a country is bound by on a date, and its strongest commitment on each provision."""
    from .analysis import country_view
    from .records import best_records, membership_lines

    code, day = _party(party), _date(on)
    catalog = _catalog(data_dir)
    mine, bests = country_view(catalog.sorted(), code, day, _weights(None), include_signed)
    preamble = [f"{code} on {day}: bound by {len(mine)} agreement(s) in the data", *membership_lines(mine, code)]
    _emit(best_records(bests, f"Strongest commitments of {code}", preamble), format, output, save_svg, save_html)


@app.command()
@handled
def between(
    a: Annotated[str, typer.Argument(metavar="A", help="A country (ISO3) or EU.", autocompletion=_complete_parties)],
    b: Annotated[str, typer.Argument(metavar="B", help="Another country (ISO3) or EU.", autocompletion=_complete_parties)],
    on: OnOpt = None,
    include_signed: SignedOpt = False,
    data_dir: DataDirs = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    save_svg: SvgOpt = None,
    save_html: HtmlOpt = None,
) -> None:
    """For each provision, the strongest commitment in force between two countries, and where it is written."""
    from .analysis import between as shared_commitments
    from .records import best_records

    first, second, day = _party(a), _party(b), _date(on)
    catalog = _catalog(data_dir)
    shared, bests = shared_commitments(catalog.sorted(), first, second, day, _weights(None), include_signed)
    names = ", ".join(x.id for x in shared) or "none"
    preamble = [f"{first} and {second} on {day}: agreements binding both: {names}"]
    _emit(best_records(bests, f"Commitments between {first} and {second}", preamble), format, output, save_svg, save_html)


@app.command()
@handled
def compose(
    parties: Annotated[list[str], typer.Argument(metavar="PARTY...", help="Two or more countries (ISO3) or EU.", autocompletion=_complete_parties)],
    agreement_id: Annotated[str, typer.Option("--id", metavar="ID", help="Id of the draft, e.g. USJPKR.")],
    output: Annotated[Path, typer.Option("--output", "-o", metavar="FILE", help="The data file to write.")],
    name: Annotated[Optional[str], typer.Option("--name", metavar="NAME", help="Name of the draft.")] = None,
    strategy: Annotated[Strategy, typer.Option("--strategy", help="common: what every pair already has in force; strongest: the best any member has accepted.")] = Strategy.common,
    on: OnOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite FILE if it exists.")] = False,
    data_dir: DataDirs = None,
) -> None:
    """Write a draft agreement for a group as a data file that loads back with --data-dir."""
    import tomli_w

    from .analysis import compose as choose, draft_agreement
    from .model import Agreement
    from .render import write_atomic

    strategy = strategy.value
    members = list(dict.fromkeys(_party(p) for p in parties))
    if len(members) < 2:
        raise typer.BadParameter("name at least two different parties", param_hint="PARTIES")
    draft_id = agreement_id.strip().upper()
    if output.exists() and not force:
        raise errors.OutputError(f"{output} exists; add --force to overwrite it")
    catalog = _catalog(data_dir)
    if draft_id in catalog.agreements:
        say(f"note: {draft_id} is also the id of {catalog.origins[draft_id]}; loading the draft will replace it")
    chosen = choose(catalog.sorted(), members, _date(on), _weights(None), strategy)
    data = draft_agreement(draft_id, name or f"Draft digital agreement {' '.join(members)}", members, chosen, strategy)
    Agreement.model_validate(data)  # the draft must load back
    write_atomic(output, tomli_w.dumps(data))
    if output.stem != draft_id.lower():
        say(f"note: name the file {draft_id.lower()}.toml to load it with --data-dir")
    present = sum(best.status != "absent" for best in chosen.values())
    say(f"wrote {output}: {present} of {len(chosen)} provisions present ({strategy} strategy)")


@app.command()
@handled
def matrix(
    agreements: Annotated[Optional[list[str]], typer.Argument(metavar="[ID]...", help="Agreement ids (default: all).", show_default=False, autocompletion=_complete_agreements)] = None,
    data_dir: DataDirs = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    save_svg: SvgOpt = None,
    save_html: HtmlOpt = None,
) -> None:
    """Pairwise similarity of agreements (1 = the same commitments), as a heat map or a square CSV."""
    from .analysis import similarity_matrix
    from .records import matrix_records

    catalog = _catalog(data_dir)
    chosen = _chosen(catalog, agreements)
    _emit(matrix_records(chosen, similarity_matrix(chosen, _weights(None))), format, output, save_svg, save_html)


@app.command()
@handled
def timeline(
    data_dir: DataDirs = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    save_svg: SvgOpt = None,
    save_html: HtmlOpt = None,
) -> None:
    """Agreements by signature date with their overall scores, a bar each."""
    from .compare import score
    from .records import timeline_records

    catalog = _catalog(data_dir)
    weights = _weights(None)
    scores = {a.id: score(a, weights) for a in catalog.agreements.values()}
    _emit(timeline_records(list(catalog.agreements.values()), scores), format, output, save_svg, save_html)


@app.command()
@handled
def paths(
    data_dir: DataDirs = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    save_svg: SvgOpt = None,
    save_html: HtmlOpt = None,
) -> None:
    """The data folders in use, in the order they are read, and which agreements each one gives."""
    from .records import paths_records

    catalog = _catalog(data_dir)
    _emit(paths_records(catalog), format, output, save_svg, save_html)


@app.command()
@handled
def new(
    agreement_id: Annotated[str, typer.Argument(metavar="ID", help="Id of the new agreement, e.g. XYZDEA.")],
    name: Annotated[Optional[str], typer.Option("--name", metavar="NAME", help="Full name of the agreement.")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Where to write (default: <id>.toml here).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite FILE if it exists.")] = False,
) -> None:
    """Write a data file for a new agreement to fill in: every provision key present, absent and unchecked."""
    import tomli_w

    from .model import validate as check
    from .render import write_atomic
    from .scaffold import scaffold

    data = scaffold(agreement_id.strip().upper(), name)
    check(data)  # the scaffold must load as it is
    target = output or Path(f"{data['id'].lower()}.toml")
    if target.exists() and not force:
        raise errors.OutputError(f"{target} exists; add --force to overwrite it")
    write_atomic(target, tomli_w.dumps(data))
    say(f"wrote {target}: fill in each provision, then `tradecmp validate {target}`")


@app.command()
@handled
def schema() -> None:
    """Print the JSON Schema of a data file (the TOML file, read as JSON)."""
    import json

    from .model import Agreement

    sys.stdout.write(json.dumps(Agreement.model_json_schema(by_alias=True), indent=2) + "\n")


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


def main() -> None:
    """The console script: the app, with a last guard against a closed pipe or Ctrl-C outside a command."""
    try:
        app()
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(errors.BROKEN_PIPE)
    except KeyboardInterrupt:
        sys.exit(errors.INTERRUPTED)
