"""Agreements that incorporate another's provisions, by reference: the UK continuity agreements carry the EU
agreements' texts "mutatis mutandis". The cells are the incorporated agreement's, never copies that drift:

- each cell cites the incorporated agreement's article (`EU-KOR 7.43(a)`) and says so in its note;
- it is `text` only where both the cell and the incorporating clause were read in a text;
- a transition keeps its end as computed in the incorporated agreement, and only for a party of this one;
- dates the incorporated agreement gained after this one was signed (a later protocol, a replaced chapter) are not
  this agreement's: those cells are left as they stood on the day it was signed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .dates import as_on, transition_end

if TYPE_CHECKING:
    from .agreement import Agreement, Provision

_WEAKER = {"text": 0, "secondary": 1, "unchecked": 2}


def _cell(agreement: Agreement, source: Agreement, provision: Provision) -> Provision:
    checked = max(provision.checked, agreement.incorporation_checked, key=_WEAKER.__getitem__)
    transitions = tuple(t._replace(until=transition_end(source, t), years=None) for t in provision.transitions
                        if t.party in agreement.parties)
    article = f"{source.id} {provision.article}" if provision.article else None
    said = f"By incorporation of {source.id} ({agreement.incorporation})."
    return provision._replace(article=article, checked=checked, transitions=transitions,
                              note=f"{said} {provision.note}" if provision.note else said,
                              source=provision.source or source.source)


def incorporate(agreement: Agreement, source: Agreement) -> Agreement:
    """The agreement with the incorporated agreement's cells as they stood when it was signed."""
    day = agreement.signed or agreement.in_force
    text = as_on(source, day) if day else source
    cells = {key: _cell(agreement, source, p) for key, p in text.provisions.items()}
    kept = {key: p._replace(applies_from=None, instrument=None) if p.applies_from and day and p.applies_from <= day else p
            for key, p in cells.items()}
    return agreement._replace(provisions={key: p._replace(applies_until=None) for key, p in kept.items()},
                              dispute_settlement=source.dispute_settlement,
                              has_dispute_settlement=source.has_dispute_settlement)
