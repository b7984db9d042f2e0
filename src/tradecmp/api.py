"""The public Python API: a `Dataset` (the data in use) with one method per question, and the same questions
as module-level functions over a fresh default Dataset. The command line builds one Dataset per run.

Every question takes plain arguments (ids, party codes, dates as `datetime.date` or "YYYY-MM-DD"; a str
wherever a list of names is expected) and, where a date matters, `on`. Each returns `Records`: a list of
dicts with exactly the documented field names (numbers as numbers, lists as lists), so
`pandas.DataFrame(tradecmp.export())` just works. docs/api.md has a worked example, docs/architecture.md
the layout. Heavy modules are imported inside the methods that need them, so `import tradecmp` stays quick.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Union, overload

from . import vocab
from .errors import DataNotice, OutputError, UnknownName, UsageError
from .records import Records

if TYPE_CHECKING:
    from .agreement import Agreement
    from .catalog import Catalog
    from .names import Resolver
    from .scoring import Weights

DateLike = Union[dt.date, str, None]
WeightsLike = Union["Weights", str, os.PathLike, None]
Folders = Union[str, os.PathLike, Iterable[Union[str, os.PathLike]], None]
Names = Union[str, Iterable[str], None]  # one name, or several: a str is never iterated letter by letter
_T = TypeVar("_T")


def names_of(value: str | os.PathLike | Iterable[_T] | None) -> list[Any]:
    """A list from one name or many: `"source-code"` is `["source-code"]`, not its letters."""
    if value is None:
        return []
    if isinstance(value, (str, os.PathLike)):
        return [value]
    return list(value)


# --- arguments ------------------------------------------------------------------------------------

def app_dir() -> Path:
    """The user's own data folder, read after the bundled data (~/.config/tradecmp on Linux)."""
    from typer import get_app_dir

    return Path(get_app_dir("tradecmp"))


def catalog(data_dirs: Folders = None) -> Catalog:
    """The agreements in use: the bundled data, the user's app folder, TRADECMP_DATA_DIRS, then `data_dirs`.
    A file that replaces a bundled agreement is reported as a `DataNotice` warning."""
    from .catalog import load_catalog

    loaded = load_catalog([Path(p) for p in names_of(data_dirs)], app_dir())
    if loaded.notices:
        import warnings

        for notice in loaded.notices:
            warnings.warn(notice, DataNotice, stacklevel=3)
    return loaded


def _weights(weights: WeightsLike) -> Weights:
    from .scoring import Weights, load_weights

    if isinstance(weights, Weights):
        return weights
    return load_weights(Path(weights) if weights is not None else None)


@overload
def _date(value: DateLike, name: str = "--on", default_today: Literal[True] = True) -> dt.date: ...
@overload
def _date(value: DateLike, name: str = "--on", *, default_today: bool) -> dt.date | None: ...
def _date(value: DateLike, name: str = "--on", default_today: bool = True) -> dt.date | None:
    """A date argument: a `datetime.date` or "YYYY-MM-DD"; None is today, or None without `default_today`."""
    if value is None:
        return dt.date.today() if default_today else None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise UsageError(f"{name}: {value!r} is not a date of the form YYYY-MM-DD") from None


def closest(name: str, choices: Iterable[str], n: int = 3) -> list[str]:
    """The choices nearest to a mistyped name, nearest first (names.closest)."""
    from .names import closest as nearest

    return nearest(name, choices, n)


def resolve(cat: Catalog, name: str) -> Agreement:
    """The agreement an id, an alias or a near spelling of one names (the one resolver, names.py)."""
    return cat.resolve(name)


def party(code: str) -> str:
    """An ISO 3166-1 alpha-3 code or EU; a country name or a two-letter code gets the code suggested."""
    upper = code.strip().upper()
    if vocab.is_party_code(upper):
        return upper
    guess = vocab.COUNTRY_NAMES.get(upper.replace(".", "").replace("THE ", ""))
    hint = f"; did you mean {guess}?" if guess else ""
    raise UnknownName(f"unknown party {code!r}: use an ISO 3166-1 alpha-3 code such as KOR, or EU{hint}")


def provision_keys(provisions: Names = None, category: str | None = None) -> list[str]:
    """The provision keys asked for (all 23 by default), checked, in the order of docs/data-format.md.

    Args:
        provisions: Keys to keep (one str or several); None keeps all.
        category: Keep only this category's keys (see `categories()`).

    Returns:
        The keys, e.g. `cross-border-data-flows`, in the contract's order.

    Raises:
        UnknownName: A key or category that does not exist (the nearest keys are suggested).

    Example:
        >>> tradecmp.provision_keys(category="data")[:2]
        ['cross-border-data-flows', 'data-localisation']
    """
    keys = list(vocab.PROVISION_KEYS)
    if provisions:
        wanted = []
        for name in names_of(provisions):
            key = name.strip().lower()
            if key not in vocab.PROVISION_KEYS:
                close = closest(key, vocab.PROVISION_KEYS)
                hint = f"; did you mean {', '.join(c.lower() for c in close)}?" if close else f"; the keys are {', '.join(keys)}"
                raise UnknownName(f"unknown provision {name!r}{hint}")
            wanted.append(key)
        keys = [k for k in keys if k in wanted]
    if category:
        category = category.strip().lower()
        if category not in vocab.CATEGORIES:
            raise UnknownName(f"unknown category {category!r}; the categories are {', '.join(vocab.CATEGORIES)}")
        keys = [k for k in keys if vocab.PROVISION_CATEGORIES[k] == category]
    return keys


def categories() -> list[str]:
    """The categories of provision keys, in the contract's order (docs/data-format.md).

    Example:
        >>> tradecmp.categories()[0]
        'data'
    """
    return list(vocab.CATEGORIES)


def _chosen(cat: Catalog, names: Names, party_code: str | None, on: dt.date | None):
    """The named agreements in the order given; or a party's agreements on a date; or all by signature date."""
    from .dates import bound

    if names:
        return [_encoded(resolve(cat, n)) for n in names_of(names)]
    if party_code:
        day = on or dt.date.today()
        return [a for a in cat.sorted() if a.encoded and bound(a, party(party_code), day)]
    return [a for a in cat.sorted() if a.encoded]


def _encoded(agreement: Agreement) -> Agreement:
    """An agreement whose provisions are encoded; a catalogue entry is a clear error where cells are needed."""
    if not agreement.encoded:
        raise UsageError(f"{agreement.id} is in the catalogue of known agreements, but its provisions are not encoded "
                         f"(`tradecmp show {agreement.id}` gives what is known)")
    return agreement


def _on(agreements, on: dt.date | None):
    from .dates import as_on

    return [as_on(a, on) for a in agreements]


# --- the data in use ------------------------------------------------------------------------------

class Dataset(Mapping[str, "Agreement"]):
    """The data in use: the folders, the weights, the agreements (a lazy mapping by id) and the one name
    resolver, with one method per question.

    Agreements are read when first used: `len(ds)`, `"RCEP" in ds` and iterating the ids read none in full;
    `ds["RCEP"]` reads one. An id, an alias or a spelling differing only in case and punctuation finds an
    agreement (`ds["tpp11"]` is CPTPP); catalogue entries (`encoded` False) are included.

    Args:
        data_dirs: Folders (or single files) of agreement files, read after the bundled data, the user's app
            folder and TRADECMP_DATA_DIRS; one path or several.
        weights: A weights file (docs/scoring.md) or a `Weights`; None for the shipped weights.

    Raises:
        DataError: When the data is first used, if a file or folder cannot be loaded (one `Problem` each).
        UnknownAgreement: `ds[name]` for a name that names no agreement (also a KeyError).

    Example:
        >>> ds = tradecmp.open()
        >>> "RCEP" in ds, ds["tpp-11"].id
        (True, 'CPTPP')
    """

    def __init__(self, data_dirs: Folders = None, weights: WeightsLike = None) -> None:
        self.data_dirs: list[Path] = [Path(p) for p in names_of(data_dirs)]
        self._weights_given = weights
        self._catalog: Catalog | None = None
        self._weights: Weights | None = None

    # the data itself, loaded on first use

    @property
    def catalog(self) -> Catalog:
        """The loaded agreement files (with a `DataNotice` warning for each that replaces a bundled one)."""
        if self._catalog is None:
            self._catalog = catalog(self.data_dirs)
        return self._catalog

    @property
    def weights(self) -> Weights:
        """The weights in use (docs/scoring.md)."""
        if self._weights is None:
            self._weights = _weights(self._weights_given)
        return self._weights

    @property
    def resolver(self) -> Resolver:
        """The one resolver of agreement names: ids, aliases, then words of names (names.py)."""
        return self.catalog.resolver()

    def agreement(self, name: str) -> Agreement:
        """The agreement an id or alias (any case, any punctuation) names; UnknownAgreement suggests the nearest."""
        return resolve(self.catalog, name)

    def __getitem__(self, name: str) -> Agreement:
        return self.agreement(name)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.resolver.find(name) is not None

    def __iter__(self) -> Iterator[str]:
        return iter([e.id for e in self.catalog.entries_by_date()])

    def __len__(self) -> int:
        return len(self.catalog.agreements.entries)

    def __repr__(self) -> str:
        loaded = f"{len(self)} agreements" if self._catalog is not None else "not read yet"
        return f"<tradecmp.Dataset: {loaded}; data_dirs={[str(p) for p in self.data_dirs]}>"

    def search(self, text: str) -> list[str]:
        """The ids of the agreements whose id, aliases or name hold every word of `text`, by signature date.

        Example:
            >>> tradecmp.open().search("korea singapore")
            ['KOR-SGP', 'KSDPA']
        """
        return self.resolver.search(text)

    def parties(self) -> list[str]:
        """Every party code (ISO 3166-1 alpha-3, or EU) of the agreements in use, sorted.

        Example:
            >>> "KOR" in tradecmp.open().parties()
            True
        """
        return sorted({code for a in self.values() for code in a.parties})

    # --- one agreement, two, many -----------------------------------------------------------------

    def list_agreements(self, *, party_code: str | None = None, on: DateLike = None, include_signed: bool = False,
                        search: str | None = None) -> Records:
        """The agreements: all of them, those whose names hold `search`'s words, or those a party is bound by on
        a date (default today), by signature date.

        Returns:
            Records with fields agreement, name, signed, in_force, parties, score, status, checked_share, ended,
                ended_by, encoded.

        Raises:
            UnknownName: An unknown party code.
            UsageError: A date that is not YYYY-MM-DD.

        Example:
            >>> [r["agreement"] for r in tradecmp.list_agreements(search="tpp11")]
            ['CPTPP']
        """
        from .scoring import score
        from .dates import bound
        from .views import list_records

        cat, w = self.catalog, self.weights
        day = _date(on)  # scores as the texts stand on the date: today by default
        chosen = cat.sorted() if search is None else [cat.agreements[i] for i in self.search(search)]
        title = None if search is None else f"Agreements matching {search!r}"
        code = None
        if party_code:  # a party's list names the agreements known but not encoded too
            code = party(party_code)
            chosen = [a for a in chosen if bound(a, code, day, include_signed=include_signed)]
            title = f"Agreements of {code} on {day}"
        else:
            chosen = [a for a in chosen if a.encoded]
            if on is not None:
                chosen = [a for a in chosen if any(bound(a, p, day, include_signed=include_signed) for p in a.parties)]
                title = f"Agreements in force on {day}"
        return list_records(chosen, {a.id: score(a, w) for a in _on(chosen, day) if a.encoded}, title, party=code)

    agreements = list_agreements

    def show(self, agreement: str, *, provisions: Names = None, category: str | None = None,
             on: DateLike = None) -> Records:
        """One agreement, cell by cell: status, article, quotation, exceptions, dispute settlement, how checked.

        Returns:
            Records with fields agreement, provision, category, status, article, title, text, exceptions,
                dispute_settlement, strength, checked, source, exception_articles, transitions, carve_outs,
                algorithms, dispute_settlement_reach, applies_from, applies_until, instrument, note, condition.

        Raises:
            UnknownAgreement: A name that names no agreement (the nearest are suggested).
            UnknownName: An unknown provision key or category.

        Example:
            >>> tradecmp.show("RCEP", provisions="source-code")[0]["status"]
            'absent'
        """
        from .dates import as_on
        from .views import show_records

        cat = self.catalog
        found = resolve(cat, agreement)
        if not found.encoded:
            from .views import known_records

            return known_records(found, str(cat.origins[found.id]))
        return show_records(as_on(found, _date(on)), provision_keys(provisions, category),
                            self.weights, str(cat.origins[found.id]))

    def diff(self, a: str, b: str, *, all: bool = False, provisions: Names = None, category: str | None = None,
             on: DateLike = None) -> Records:
        """Two agreements side by side: how each provision's effective commitment differs, and why. Rows that are
        the same (scoring.same_terms) are left out unless `all`.

        Returns:
            Records with fields provision, category, a_status, b_status, a_article, b_article, a_strength,
                b_strength, relation, note, a_checked, b_checked, a, b, stronger, reasons; `relation` is a-stronger, b-stronger, differs or
            same.

        Raises:
            UnknownAgreement: A name that names no agreement.
            UnknownName: An unknown provision key or category.

        Example:
            >>> tradecmp.diff("RCEP", "CPTPP", provisions="source-code")[0]["relation"]
            'b-stronger'
        """
        from .scoring import diff as compare_two
        from .views import diff_records

        cat, day = self.catalog, _date(on)
        first, second = _on([_encoded(resolve(cat, a)), _encoded(resolve(cat, b))], day)
        keys = provision_keys(provisions, category)
        rows = [r for r in compare_two(first, second, self.weights) if r.provision in keys]
        return diff_records(first, second, rows, [r for r in rows if all or r.relation != "same"])

    def score(self, agreements: Names = None, *, explain: bool = False, party_code: str | None = None,
              on: DateLike = None) -> Records:
        """A 0-100 score per category and overall (docs/scoring.md); `explain` shows every step instead.

        Returns:
            Records with fields agreement, data, digital-products, trust, facilitation, emerging, overall,
                unchecked, checked_share; with
            `explain`, agreement, provision, category, status, base, reductions, strength.

        Raises:
            UnknownAgreement: A name that names no agreement.
            UnknownName: An unknown party code.

        Example:
            >>> 0 <= tradecmp.score("CPTPP")[0]["overall"] <= 100
            True
        """
        from .scoring import score as score_one
        from .views import explain_records, score_records

        cat, w, day = self.catalog, self.weights, _date(on)
        chosen = _on(_chosen(cat, agreements, party_code, day), day)
        scores = [score_one(a, w) for a in chosen]
        return explain_records(scores, w) if explain else score_records(scores, chosen)

    def export(self, *, on: DateLike = None) -> Records:
        """The whole dataset: one row per agreement and provision key, absent ones included.

        Returns:
            Records with fields agreement, provision, category, status, article, title, text, exceptions,
                dispute_settlement, strength, checked, source, exception_articles, transitions, carve_outs,
                algorithms, dispute_settlement_reach, applies_from, applies_until, instrument, note, condition (those of `show`).

        Raises:
            UsageError: A date that is not YYYY-MM-DD.

        Example:
            >>> {"agreement", "provision", "status"} <= set(tradecmp.export()[0])
            True
        """
        from .views import export_records

        cat, day = self.catalog, _date(on)
        return export_records(_on(cat.sorted(), day), self.weights)  # catalogue entries: no cells, a row in SQLite

    def coverage(self) -> Records:
        """How far to trust each agreement: provisions present, cells checked against a text.

        Returns:
            Records with fields agreement, binding, best_endeavour, absent, text, secondary, unchecked,
            checked_share, dates_checked.

        Example:
            >>> 0 <= tradecmp.coverage()[0]["checked_share"] <= 1
            True
        """
        from .views import coverage_records

        return coverage_records(self.catalog.sorted(), dt.date.today())

    def compare(self, agreements: Names, *, provisions: Names = None, category: str | None = None,
                on: DateLike = None) -> Records:
        """Any number of agreements side by side, a column each; rows where they differ (scoring.same_terms)
        first.

        Returns:
            Records with fields agreement, provision, category, status, article, strength, marks, checked,
                dispute_settlement, exceptions (its cell: status, article,
            strength and marks).

        Raises:
            UsageError: Fewer than two agreements.
            UnknownAgreement: A name that names no agreement.

        Example:
            >>> tradecmp.compare(["RCEP", "CPTPP"], provisions="source-code")[0]["status"]
            'absent'
        """
        from .views import compare_records

        cat, day = self.catalog, _date(on)
        names = names_of(agreements)
        if len(names) < 2:
            raise UsageError("compare: name at least two agreements")
        return compare_records(_on([_encoded(resolve(cat, n)) for n in names], day), provision_keys(provisions, category),
                               self.weights)

    def matrix(self, agreements: Names = None, *, party_code: str | None = None, on: DateLike = None) -> Records:
        """Pairwise similarity of commitments, with each agreement's enforceable share beside it.

        Returns:
            Records with fields agreement, RCEP, CPTPP, enforceable_share, unchecked, checked_share (similarity 0-1), enforceable_share.

        Raises:
            UnknownAgreement: A name that names no agreement.

        Example:
            >>> tradecmp.matrix(["RCEP", "CPTPP"])[0]["RCEP"]
            1.0
        """
        from .analysis import similarity_matrix
        from .views import matrix_records

        cat, day = self.catalog, _date(on)
        chosen = _on(_chosen(cat, agreements, party_code, day), day)
        return matrix_records(chosen, similarity_matrix(chosen, self.weights))

    def timeline(self, *, party_code: str | None = None, on: DateLike = None) -> Records:
        """Agreements by signature date with their overall scores.

        Returns:
            Records with fields agreement, signed, in_force, ended, score, unchecked, checked_share.

        Raises:
            UnknownName: An unknown party code.

        Example:
            >>> "CPTPP" in [r["agreement"] for r in tradecmp.timeline(party_code="JPN")]
            True
        """
        from .scoring import score as score_one
        from .views import timeline_records

        cat, w, day = self.catalog, self.weights, _date(on)
        chosen = _on(_chosen(cat, None, party_code, day), day)
        return timeline_records(chosen, {a.id: score_one(a, w) for a in chosen}, party(party_code) if party_code else None)

    # --- countries and pairs ----------------------------------------------------------------------

    def country(self, party_code: str, *, provisions: Names = None, category: str | None = None,
                on: DateLike = None, include_signed: bool = False) -> Records:
        """The agreements a country is bound by on a date, and its strongest commitment on each provision,
        toward whom.

        Returns:
            Records with fields provision, category, status, strength, agreement, article, partners, exceptions,
                dispute_settlement, checked, carve_outs, pending, bound, suspended, partly_deferred, unread,
                carve_out_notes, conditions.

        Raises:
            UnknownName: An unknown party code, provision key or category.

        Example:
            >>> tradecmp.country("KOR", provisions="source-code")[0]["provision"]
            'source-code'
        """
        from .analysis import country_view
        from .dates import member_dates
        from .views import country_records

        code, day = party(party_code), _date(on)
        cat = self.catalog
        mine, bests = country_view(cat.sorted(), code, day, self.weights, include_signed, provision_keys(provisions, category))
        from .analysis import known_not_encoded

        lines = [f"{code} on {day}: bound by {len(mine)} agreement(s) whose provisions are encoded"]
        for a in mine:
            via, dates = member_dates(a, code)  # type: ignore[misc]  # not None: country_view chose `a` for `code`
            lines.append(f"{a.id}{f' (as {via})' if via != code else ''}: in force {dates.in_force or '-'}"
                         + (f", withdrew {dates.withdrawn}" if dates.withdrawn else ""))
        known = known_not_encoded(cat.sorted(), (code,), day, include_signed)
        if known:
            lines.append(f"known but not encoded ({len(known)}): {', '.join(a.id for a in known)}: commitments in them "
                         "are not counted below")
        return country_records(bests, code, day, lines)

    def between(self, a: str, b: str, *, provisions: Names = None, category: str | None = None,
                on: DateLike = None, include_signed: bool = False) -> Records:
        """For each provision, the strongest commitment in force between two parties on a date, and where it is
        written.

        Returns:
            Records with fields provision, category, status, strength, agreement, article, exceptions,
                dispute_settlement, checked, carve_outs, pending, bound, suspended, partly_deferred, unread,
                carve_out_notes, conditions.

        Raises:
            UnknownName: An unknown party code, provision key or category.

        Example:
            >>> tradecmp.between("USA", "KOR", on="2026-01-01", provisions="cross-border-data-flows")[0]["agreement"]
            ['KORUS']
        """
        from .analysis import between_directed, known_not_encoded
        from .views import best_records

        first, second, day = party(a), party(b), _date(on)
        if first == second:
            raise UsageError(f"between: name two different parties (both are {first}); `tradecmp country {first}` "
                             "shows one country's commitments")
        everything = self.catalog.sorted()
        shared, directed = between_directed(everything, first, second, day, self.weights, include_signed,
                                            provision_keys(provisions, category))
        known = known_not_encoded(everything, (first, second), day, include_signed)
        names = ", ".join(x.id for x in shared) or "none encoded"
        line = f"{first} and {second} on {day}: agreements binding both: {names}"
        if known:
            line += f"; known but not encoded: {', '.join(x.id for x in known)} (their provisions are not in the data)"
        return best_records(directed, (first, second), f"Commitments between {first} and {second}", [line], summary=line)

    def partners(self, party_code: str, *, provisions: Names = None, category: str | None = None,
                 on: DateLike = None) -> Records:
        """Toward whom a country is bound: for every partner, the strongest commitment between them per provision.

        Returns:
            Records with fields partner, provision, category, status, strength, agreement, article,
                dispute_settlement, checked, exceptions, pending, bound, suspended, partly_deferred, unread,
                not_encoded.

        Raises:
            UnknownName: An unknown party code, provision key or category.

        Example:
            >>> "JPN" in {r["partner"] for r in tradecmp.partners("USA", provisions="source-code")}
            True
        """
        from .analysis import partners as toward
        from .views import partner_records

        code, day = party(party_code), _date(on)
        rows = toward(self.catalog.sorted(), code, day, self.weights, provision_keys(provisions, category))
        return partner_records(rows, code, day)

    def changes(self, party_code: str, partner: str | None = None, *, start: DateLike, end: DateLike = None,
                provisions: Names = None, category: str | None = None, anyone: bool = False) -> Records:
        """What changed from one date to another, and why: between two parties (both directions together); or a
        country's own commitments toward each partner (a `partner` per row); or, with `anyone`, its strongest
        commitment toward anyone.

        Returns:
            Records with fields provision, category, before_status, after_status, before_strength,
            after_strength, before_agreement, after_agreement, cause, cause_date, partner, unread.

        Raises:
            UsageError: `end` earlier than `start`, or a date that is not YYYY-MM-DD.
            UnknownName: An unknown party code, provision key or category.

        Example:
            >>> rows = tradecmp.changes("JPN", "EU", start="2018-01-01", end="2025-01-01", provisions="cross-border-data-flows")
            >>> rows[0]["after_status"]
            'binding'
        """
        from .analysis import changes as what_changed
        from .views import change_records

        code = party(party_code)
        other = party(partner) if partner else None
        first, last = _date(start, "--from"), _date(end, "--to")
        if last < first:
            raise UsageError(f"--to ({last}) is earlier than --from ({first})")
        if other == code:
            raise UsageError(f"changes: name two different parties (got {code} twice)")
        everything = self.catalog.sorted()
        items = what_changed(everything, code, other, first, last, self.weights, provision_keys(provisions, category),
                             anyone=anyone)
        who = f"{code} and {other}" if other else f"{code} toward anyone" if anyone else code
        records = change_records(items, who, first, last)
        from .analysis import known_not_encoded

        known = known_not_encoded(everything, (code, other) if other else (code,), last)
        if known:
            records.summary = (f"{records.summary}; agreements known but not encoded, whose changes are not counted: "
                               f"{', '.join(a.id for a in known)}")
        return records

    def impact(self, agreement: str, *, join: str | None = None, provisions: Names = None,
               category: str | None = None, on: DateLike = None) -> Records:
        """What an agreement changes between its parties (or what joining it would change for `join`).

        Returns:
            Records with fields party, partner, provision, category, before_status, after_status,
                before_strength, after_strength, before_agreement, after_agreement, not_encoded, unread.

        Raises:
            UnknownAgreement: A name that names no agreement.
            UsageError: `join` is already a party.

        Example:
            >>> rows = tradecmp.impact("CPTPP", join="KOR", on="2026-01-01", provisions="data-localisation")
            >>> [r["after_agreement"] for r in rows if r["partner"] == "JPN"]
            [['CPTPP']]
        """
        from .analysis import impact as what_it_changes
        from .views import impact_records

        cat, day = self.catalog, _date(on)
        target = _encoded(resolve(cat, agreement))
        joiner = party(join) if join else None
        if joiner and joiner in target.parties:
            raise UsageError(f"{joiner} is already a party to {target.id}")
        items = what_it_changes(cat.sorted(), target, day, self.weights, joiner, provision_keys(provisions, category))
        label = f"{joiner} joining {target.id}" if joiner else f"{target.id} between its parties"
        return impact_records(items, f"{label} on {day}")

    def compose(self, parties: Names, *, agreement_id: str, output: str | os.PathLike, name: str | None = None,
                strategy: str = "common", on: DateLike = None, force: bool = False) -> dict:
        """Write a draft agreement for a group as a data file that loads back with `data_dirs`; return its data.

        Args:
            strategy: One of `vocab.COMPOSE_STRATEGIES`: common (what every pair already has in force) or
                strongest (the best any member has accepted).

        Returns:
            The draft's data (the TOML file as a dict: id, name, parties, provisions, ...).

        Raises:
            UsageError: Fewer than two parties, or an unknown strategy.
            OutputError: `output` exists and `force` is not given.

        Example:
            >>> import tempfile, pathlib
            >>> with tempfile.TemporaryDirectory() as d:
            ...     draft = tradecmp.compose(["USA", "JPN"], agreement_id="USJP", output=pathlib.Path(d, "usjp.toml"))
            >>> draft["id"]
            'USJP'
        """
        import tomli_w

        from .analysis import compose as choose, draft_agreement
        from .model import check
        from .render import write_atomic

        members = list(dict.fromkeys(party(p) for p in names_of(parties)))
        if len(members) < 2:
            raise UsageError("compose: name at least two different parties")
        if strategy not in vocab.COMPOSE_STRATEGIES:
            raise UsageError(f"--strategy: {strategy!r} is not {' or '.join(vocab.COMPOSE_STRATEGIES)}")
        from .scaffold import agreement_id as checked_id

        draft_id = checked_id(agreement_id, "--id")
        target = Path(output)
        if str(target) != "-" and target.exists() and not force:
            raise OutputError(f"{target} exists; add --force to overwrite it")
        from itertools import combinations

        from .analysis import known_not_encoded

        everything, day = self.catalog.sorted(), _date(on)
        chosen = choose(everything, members, day, self.weights, strategy)
        data = draft_agreement(draft_id, name or f"Draft digital agreement {' '.join(members)}", members, chosen, strategy)
        unknown = [f"{x}-{y} ({', '.join(a.id for a in found)})" for x, y in combinations(members, 2)
                   if (found := known_not_encoded(everything, (x, y), day))]
        if unknown:
            data["note"] += (" Pairs also bound by agreements known but not encoded, whose commitments the draft could "
                             f"not draw on: {'; '.join(unknown)}.")
        check(data)  # the draft must load back
        write_atomic(target, tomli_w.dumps(data))
        return data

    # --- the data itself --------------------------------------------------------------------------

    def validate(self, paths: Folders = None, *, strict: bool = False) -> Records:
        """Every problem in every file (level `problem`), and with `strict` the unchecked cells (level `note`).
        Files given are checked over the data in use, as loading would read them beside it (an alias that
        a bundled agreement already has is a problem).

        Returns:
            Records with fields path, line, code, message, level.

        Example:
            >>> tradecmp.validate()[:1]
            []
        """
        from .checking import validate_paths

        given = [Path(p) for p in names_of(paths)] or None
        if given and any(str(p) == "-" for p in given):  # `-`: one data file on standard input
            from .piped import stdin_as_file

            with stdin_as_file() as (copy, relabel):
                problems, notes, files = validate_paths([copy if str(p) == "-" else p for p in given],
                                                        self.data_dirs, strict=strict, app_dir=app_dir())
                problems, notes = relabel(problems), relabel(notes)
        else:
            problems, notes, files = validate_paths(given, self.data_dirs, strict=strict, app_dir=app_dir())
        rows = [{**p._asdict(), "level": "problem"} for p in problems] + [{**n._asdict(), "level": "note"} for n in notes]
        summary = f"{files} file(s) checked: {len(problems)} problem(s)" + (f", {len(notes)} note(s)" if notes else "")
        return Records(VALIDATE_FIELDS, rows, summary=summary)

    def paths(self) -> Records:
        """The data folders in use, in the order they are read, and which agreements each gives. Never fails on
        a broken data file: each folder's row names its problems (field `problems`).

        Returns:
            Records with fields order, folder, origin, agreements, exists, problems.

        Example:
            >>> tradecmp.paths()[0]["origin"]
            'bundled'
        """
        from .catalog import data_folders, read_folders
        from .views import paths_records

        home = app_dir()
        loaded, problems = read_folders(data_folders(self.data_dirs, home))
        return paths_records(loaded, problems, home)

    def verify(self, agreements: Names = None, *, texts: Folders) -> Records:
        """Check each present cell's quotation and article against the user's own copy of the treaty text.

        Files are matched to agreements by name (docs/verify.md); `verify` confirms words and places, never a
        reading, and changes nothing in the data.

        Returns:
            Records with fields agreement, provision, article, checked, result, found_under, excerpt; `result`
            is found, article-differs, not-found or not-quoted (docs/verify.md).

        Raises:
            UsageError: No text given.
            TextCopyError: A text that does not exist or cannot be read.
            UnknownAgreement: A name that names no agreement.

        Example:
            >>> import tempfile, pathlib
            >>> with tempfile.TemporaryDirectory() as d:
            ...     copy = pathlib.Path(d, "rcep.txt")
            ...     _ = copy.write_text("Article 12.15 Cross-border Transfer of Information ...")
            ...     rows = tradecmp.verify("RCEP", texts=copy)
            >>> rows[0]["agreement"]
            'RCEP'
        """
        from .verification import FIELDS, assign_texts, verify as check_texts

        cat = self.catalog
        ids = [resolve(cat, n).id for n in names_of(agreements)]
        given = [Path(t) for t in names_of(texts)]
        if not given:
            raise UsageError("verify: give at least one --text PATH")
        assigned = assign_texts(cat.agreements, ids, given)
        chosen = [cat.agreements[i] for i in ids] if ids else [a for a in cat.sorted() if a.id in assigned]
        found = check_texts(chosen, assigned)
        lines = list(found.summaries)
        if not ids:
            lines.append(f"{len(cat.agreements) - len(chosen)} agreement(s) without a text given")
        if assigned.ignored:
            lines.append(f"{len(assigned.ignored)} file(s) matched no agreement: {', '.join(p.name for p in assigned.ignored[:5])}"
                         + (" ..." if len(assigned.ignored) > 5 else ""))
        return Records(list(FIELDS), found.rows, summary="\n".join(lines),
                       table_fields=["agreement", "provision", "article", "result", "found_under", "excerpt"],
                       title="Quotations and articles checked against the texts given")


def open(data_dirs: Folders = None, weights: WeightsLike = None) -> Dataset:
    """The data in use as a `Dataset`: the bundled agreements, the app folder, TRADECMP_DATA_DIRS, then
    `data_dirs`, scored with `weights`. Nothing is read until it is used.

    Example:
        >>> ds = tradecmp.open()
        >>> ds.diff("RCEP", "CPTPP", provisions="source-code")[0]["b_status"]
        'binding'
    """
    return Dataset(data_dirs, weights)


VALIDATE_FIELDS = ["path", "line", "code", "message", "level"]


def differs(records: Records) -> bool:
    """Whether a diff found any difference (for `--exit-code`)."""
    return any(row["relation"] != "same" for row in records)


def verify_failed(records: Records) -> bool:
    """Whether any quotation was not found, or found under another article (for the exit code)."""
    return any(row["result"] in ("not-found", "article-differs") for row in records)


# --- the same questions as functions, each over a fresh default Dataset ---------------------------

_F = TypeVar("_F", bound=Callable[..., Any])


def _same_doc(method: Callable[..., Any]) -> Callable[[_F], _F]:
    """Give a module-level wrapper the docstring of the Dataset method it calls (its signature stays its own)."""
    def give(function: _F) -> _F:
        function.__doc__ = method.__doc__
        return function
    return give


@_same_doc(Dataset.list_agreements)
def list_agreements(*, party_code: str | None = None, on: DateLike = None, include_signed: bool = False,
                    search: str | None = None, data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    return Dataset(data_dirs, weights).list_agreements(party_code=party_code, on=on, include_signed=include_signed, search=search)


@_same_doc(Dataset.show)
def show(agreement: str, *, provisions: Names = None, category: str | None = None, on: DateLike = None,
         data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    return Dataset(data_dirs, weights).show(agreement, provisions=provisions, category=category, on=on)


@_same_doc(Dataset.diff)
def diff(a: str, b: str, *, all: bool = False, provisions: Names = None, category: str | None = None,
         on: DateLike = None, data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    return Dataset(data_dirs, weights).diff(a, b, all=all, provisions=provisions, category=category, on=on)


@_same_doc(Dataset.score)
def score(agreements: Names = None, *, explain: bool = False, party_code: str | None = None, on: DateLike = None,
          data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    return Dataset(data_dirs, weights).score(agreements, explain=explain, party_code=party_code, on=on)


@_same_doc(Dataset.export)
def export(*, on: DateLike = None, data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    return Dataset(data_dirs, weights).export(on=on)


@_same_doc(Dataset.coverage)
def coverage(*, data_dirs: Folders = None) -> Records:
    return Dataset(data_dirs).coverage()


@_same_doc(Dataset.compare)
def compare(agreements: Names, *, provisions: Names = None, category: str | None = None, on: DateLike = None,
            data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    return Dataset(data_dirs, weights).compare(agreements, provisions=provisions, category=category, on=on)


@_same_doc(Dataset.matrix)
def matrix(agreements: Names = None, *, party_code: str | None = None, on: DateLike = None,
           data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    return Dataset(data_dirs, weights).matrix(agreements, party_code=party_code, on=on)


@_same_doc(Dataset.timeline)
def timeline(*, party_code: str | None = None, on: DateLike = None, data_dirs: Folders = None,
             weights: WeightsLike = None) -> Records:
    return Dataset(data_dirs, weights).timeline(party_code=party_code, on=on)


@_same_doc(Dataset.country)
def country(party_code: str, *, provisions: Names = None, category: str | None = None, on: DateLike = None,
            include_signed: bool = False, data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    return Dataset(data_dirs, weights).country(party_code, provisions=provisions, category=category, on=on, include_signed=include_signed)


@_same_doc(Dataset.between)
def between(a: str, b: str, *, provisions: Names = None, category: str | None = None, on: DateLike = None,
            include_signed: bool = False, data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    return Dataset(data_dirs, weights).between(a, b, provisions=provisions, category=category, on=on, include_signed=include_signed)


@_same_doc(Dataset.partners)
def partners(party_code: str, *, provisions: Names = None, category: str | None = None, on: DateLike = None,
             data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    return Dataset(data_dirs, weights).partners(party_code, provisions=provisions, category=category, on=on)


@_same_doc(Dataset.changes)
def changes(party_code: str, partner: str | None = None, *, start: DateLike, end: DateLike = None,
            provisions: Names = None, category: str | None = None, anyone: bool = False, data_dirs: Folders = None,
            weights: WeightsLike = None) -> Records:
    return Dataset(data_dirs, weights).changes(party_code, partner, start=start, end=end, provisions=provisions,
                                               category=category, anyone=anyone)


@_same_doc(Dataset.impact)
def impact(agreement: str, *, join: str | None = None, provisions: Names = None, category: str | None = None,
           on: DateLike = None, data_dirs: Folders = None, weights: WeightsLike = None) -> Records:
    return Dataset(data_dirs, weights).impact(agreement, join=join, provisions=provisions, category=category, on=on)


@_same_doc(Dataset.compose)
def compose(parties: Names, *, agreement_id: str, output: str | os.PathLike, name: str | None = None,
            strategy: str = "common", on: DateLike = None, force: bool = False, data_dirs: Folders = None,
            weights: WeightsLike = None) -> dict:
    return Dataset(data_dirs, weights).compose(parties, agreement_id=agreement_id, output=output, name=name,
                                               strategy=strategy, on=on, force=force)


@_same_doc(Dataset.validate)
def validate(paths: Folders = None, *, strict: bool = False, data_dirs: Folders = None) -> Records:
    return Dataset(data_dirs).validate(paths, strict=strict)


@_same_doc(Dataset.paths)
def paths(*, data_dirs: Folders = None) -> Records:
    return Dataset(data_dirs).paths()


@_same_doc(Dataset.verify)
def verify(agreements: Names = None, *, texts: Folders, data_dirs: Folders = None) -> Records:
    return Dataset(data_dirs).verify(agreements, texts=texts)


@_same_doc(Dataset.parties)
def parties(*, data_dirs: Folders = None) -> list[str]:
    return Dataset(data_dirs).parties()


@_same_doc(Dataset.search)
def search(text: str, *, data_dirs: Folders = None) -> list[str]:
    return Dataset(data_dirs).search(text)


def new(agreement_id: str, *, name: str | None = None, output: str | os.PathLike | None = None,
        force: bool = False) -> Path:
    """Write a data file for a new agreement to fill in: every provision key present, absent and unchecked.

    Returns:
        The path written (`<id>.toml` in the current folder unless `output`).

    Raises:
        OutputError: The file exists and `force` is not given.

    Example:
        >>> import tempfile, pathlib
        >>> with tempfile.TemporaryDirectory() as d:
        ...     tradecmp.new("XYZDEA", output=pathlib.Path(d, "xyzdea.toml")).name
        'xyzdea.toml'
    """
    import tomli_w

    from .model import check
    from .render import write_atomic
    from .scaffold import agreement_id as checked_id, scaffold

    data = scaffold(checked_id(agreement_id), name)
    check(data)  # the scaffold must load as it is
    target = Path(output) if output else Path(f"{data['id'].lower()}.toml")
    if str(target) != "-" and target.exists() and not force:
        raise OutputError(f"{target} exists; add --force to overwrite it")
    write_atomic(target, tomli_w.dumps(data))
    return target


def schema() -> dict:
    """The JSON Schema of a data file (the TOML file, read as JSON).

    Example:
        >>> "provisions" in tradecmp.schema()["properties"]
        True
    """
    from .model import json_schema

    return json_schema()


# --- pictures and reports (the `charts` extra draws) ----------------------------------------------

def chart(records: Records, output: str | os.PathLike | None = None, *, kind: str | None = None,
          title: str | None = None):
    """The chart of the records of `compare`, `matrix` or `timeline` (or `kind`), as a matplotlib Figure;
    also written to `output` (.svg or .png, whole or not at all) when given. Needs `pip install 'tradecmp[charts]'`.

    Raises:
        UsageError: The extra is missing, or the suffix is not .svg or .png.

    Example:
        >>> fig = tradecmp.chart(tradecmp.compare(["RCEP", "CPTPP"]))  # doctest: +SKIP
    """
    from . import charts

    target = Path(output) if output is not None else None
    if target is not None:
        charts.require(target)
    fig = charts.figure(records, kind, title=title)
    if target is not None:
        charts.save(fig, target)
    return fig


def report(agreements: str | Iterable[str] | None = None, *, between: Iterable[str] | None = None,
           country: str | None = None, output: str | os.PathLike | None = None, on: DateLike = None,
           provisions: Iterable[str] | None = None, category: str | None = None, charts: bool = True,
           data_dirs: Folders = None, weights: WeightsLike = None) -> str:
    """A self-contained one-page HTML report: on agreements (two make a diff), `between` two parties, or one
    `country`. Returns the page; writes it to `output` too (whole or not at all) when given. Without the
    `charts` extra the page has no charts and says so.

    Raises:
        UnknownAgreement: A name that names no agreement.
        UsageError: A question that is not one of these.

    Example:
        >>> "<title>" in tradecmp.report(["RCEP", "CPTPP"], charts=False)
        True
    """
    from .render import write_atomic
    from .reporting import build

    names = [agreements] if isinstance(agreements, str) else list(agreements or [])
    pair = list(between) if between is not None else None
    made = build(names, between=pair, country=country, on=on, provisions=provisions, category=category,
                 charts=charts, data_dirs=data_dirs, weights=weights)
    if made.warnings:
        import warnings

        for line in made.warnings:
            warnings.warn(line, DataNotice, stacklevel=2)
    page = made.html()
    if output is not None:
        write_atomic(Path(output), page)
    return page

