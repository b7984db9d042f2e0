"""HTML: a records table as a page a spreadsheet can paste (`--save-html`), and the one-page report.

Every piece of data text goes through `esc`; the page loads nothing from anywhere (no script, font, image or
stylesheet of its own outside the page), prints on paper (a print stylesheet) and reads on a phone.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from ..records import Records
from .text import cell, defuse_formula, visible

if TYPE_CHECKING:
    from ..reporting import Report

CHECKED_WORDS = {
    "text": "checked in the treaty text",
    "secondary": "checked in an analysis quoting the text",
    "unchecked": "not yet checked against the text",
}

CSS = """
:root { --ink: #1f2328; --muted: #57606a; --rule: #d0d7de; --soft: #f6f8fa; --binding: #1a7f37;
  --be: #8a5a00; --absent: #6e7781; --warn: #b42318; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: #fff; margin: 0 auto; max-width: 76rem; padding: 1.25rem 1.5rem 3rem; }
h1 { font-size: 1.65rem; line-height: 1.25; margin: .25rem 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; padding-top: .5rem; border-top: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .4rem; }
p { margin: .4rem 0; }
.summary { font-size: 1.08rem; }
.meta { color: var(--muted); font-size: .9rem; }
.meta span + span::before { content: " · "; }
nav ol { columns: 3 14rem; padding-left: 1.25rem; margin: .25rem 0; font-size: .9rem; }
a { color: #0b5cad; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: .5rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: .25rem 0 .4rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .35rem .5rem; text-align: left; vertical-align: top;
  overflow-wrap: break-word; }
thead th { background: var(--soft); border-bottom: 2px solid var(--rule); white-space: nowrap; }
td.binding, td.best-endeavour, td.absent, td.a-stronger, td.b-stronger, td.differs, td.same { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.legend { color: var(--muted); font-size: .85rem; white-space: pre-line; }
.scale { display: inline-block; width: 8rem; height: .8rem; vertical-align: middle;
  background: linear-gradient(to right, rgb(80,120,255), rgb(255,120,80)); border: 1px solid var(--rule); }
figure { margin: 1rem 0; overflow-x: auto; -webkit-overflow-scrolling: touch; }
figure svg { width: 100%; min-width: 32rem; height: auto; display: block; }
.chart { max-width: 100%; }
figcaption { color: var(--muted); font-size: .85rem; }
.note-box { border-left: 4px solid var(--warn); background: #fff5f5; padding: .4rem .8rem; }
.provision { border-top: 1px solid var(--rule); }
.provision > p { margin-left: 0; }
.cells { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: .75rem; margin: .5rem 0; }
.cell { border: 1px solid var(--rule); border-radius: 6px; padding: .6rem .8rem; min-width: 0; }
.cell.unchecked { border: 2px dashed var(--warn); }
.cell header { display: flex; flex-wrap: wrap; gap: .3rem .6rem; align-items: baseline; }
.cell .agreement { font-weight: 700; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 999px; font-size: .8rem; font-weight: 600;
  border: 1px solid currentColor; white-space: nowrap; }
.binding { color: var(--binding); }
.best-endeavour { color: var(--be); }
.absent { color: var(--absent); }
.a-stronger, .b-stronger, .differs { color: #6639ba; }
.same { color: var(--absent); }
.caveat { color: var(--warn); font-weight: 600; }
blockquote { margin: .5rem 0; padding: .15rem .8rem; border-left: 3px solid var(--rule); background: var(--soft); }
blockquote p { margin: .25rem 0; }
blockquote footer { color: var(--muted); font-size: .85rem; }
dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .15rem .75rem; margin: .5rem 0 0;
  font-size: .88rem; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: break-word; min-width: 0; }
dd ul { margin: 0; padding-left: 1.1rem; }
footer.page { margin-top: 2.5rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: .85rem; }
@media (max-width: 40rem) {
  body { padding: .75rem .8rem 2rem; font-size: 15px; }
  h1 { font-size: 1.35rem; }
  nav ol { columns: 1; }
  .cells { grid-template-columns: minmax(0, 1fr); }
  dl { grid-template-columns: minmax(0, 1fr); }
  dt { font-weight: 600; margin-top: .3rem; }
  table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: 100%; }
  table.stack thead { display: none; }
  table.stack caption { display: block; width: 100%; }
  table.stack tr { border-bottom: 2px solid var(--rule); padding: .35rem 0; }
  table.stack td { border: 0; padding: .1rem 0; }
  table.stack td:empty { display: none; }
  table.stack td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
  table.stack td:first-child { font-weight: 700; }
  table.stack td:first-child::before { content: ""; }
}
@media print {
  @page { margin: 14mm 12mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  nav, .no-print { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  .cell, figure, tr, blockquote { break-inside: avoid; page-break-inside: avoid; }
  .scroll, figure { overflow: visible; }
  figure svg { min-width: 0; }
  thead { display: table-header-group; }
  .cell.unchecked { border-style: dashed; }
  .cell { padding: .4rem .55rem; }
  dl { grid-template-columns: minmax(0, 1fr); gap: 0; font-size: 8.5pt; }
  dt { font-weight: 600; margin-top: .15rem; }
  blockquote { background: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _plain(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return visible(", ".join(cell(v) for v in value if v not in (None, "")))
    return visible(cell(value))


def esc(value: Any) -> str:
    """Data as HTML text: lists joined, None empty, control characters shown, every markup character escaped."""
    return html.escape(_plain(value), quote=True)


def _pasteable(text: str) -> str:
    """A table cell a spreadsheet will not evaluate as a formula (a lone dash stays a dash)."""
    return text if text == "-" or text.startswith("- ") else defuse_formula(text)


def page(title: str, body: str, *, description: str | None = None) -> str:
    meta = f'<meta name="description" content="{esc(description)}">\n' if description else ""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" content=\"tradecmp\">\n"
        f"{meta}<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _heat(value: float) -> str:
    """The terminal table's heat colours (blue 0 to red 1), readable with black text."""
    level = max(0.0, min(1.0, value))
    return f"background: rgb({int(80 + 175 * level)},120,{int(80 + 175 * (1 - level))}); color: #000"


def table(records: Records, *, caption: str | None = None, stack: bool = True) -> str:
    """A real <table> of the columns the terminal table shows (with its headers), one row per record."""
    names = records.table_fields or records.fields
    rows = records.table_rows
    names = [n for i, n in enumerate(names) if i == 0 or any(esc(r.get(n)) for r in rows)]
    heads = [records.headers.get(n, n) or n for n in names]
    title = caption if caption is not None else records.title
    out = [f'<div class="scroll"><table class="{"stack" if stack else ""}">']
    if title:
        out.append(f"<caption>{esc(title)}</caption>")
    out.append("<thead><tr>" + "".join(f'<th scope="col">{esc(h)}</th>' for h in heads) + "</tr></thead><tbody>")
    for row in rows:
        tds = []
        for name, head in zip(names, heads):
            value = row.get(name)
            text = html.escape(_pasteable(_plain(value)), quote=True)
            attrs = f' data-label="{esc(head)}"'
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                attrs += ' class="num"'
                if records.heat and isinstance(value, float):
                    attrs += f' style="{_heat(value)}"'
            elif isinstance(value, str) and value in ("binding", "best-endeavour", "absent", "a-stronger",
                                                      "b-stronger", "differs", "same"):
                attrs += f' class="{value}"'
            tds.append(f"<td{attrs}>{text}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody></table></div>")
    legend = records.caption or ""
    if legend or records.heat:
        scale = '\n<span class="scale" title="0 to 1"></span> cell colour: 0 (blue) to 1 (red)' if records.heat else ""
        out.append(f'<p class="legend">{esc(legend)}{scale}</p>')
    return "\n".join(out)


def table_page(records: Records, title: str | None = None) -> str:
    """The records as a page of its own: title, the lines above the table, the table, its legend."""
    heading = records.title or title or "tradecmp"
    body = [f"<h1>{esc(heading)}</h1>"]
    body += [f"<p>{esc(line)}</p>" for line in records.preamble]
    if records.summary and records.summary not in records.preamble:
        body.append(f'<p class="summary">{esc(records.summary)}</p>')
    body.append(table(records, caption=heading, stack=False))
    return page(heading, "\n".join(body))


# --- the report -----------------------------------------------------------------------------------

def _list(items: list[str]) -> str:
    items = [i for i in items if i]
    if not items:
        return "none"
    if len(items) == 1:
        return esc(items[0])
    return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def cell_card(row: dict) -> str:
    """One agreement's cell for one provision: status, article, the quoted words, exceptions, dispute settlement,
    transitions, carve-outs, dates, and how it was checked, with the caveat where nobody read it."""
    status, checked = row.get("status") or "absent", row.get("checked") or "unchecked"
    unchecked = checked == "unchecked"
    article = row.get("article")
    head = [f'<span class="agreement">{esc(row.get("agreement"))}</span>',
            f'<span class="badge {esc(status)}">{esc(status)}</span>']
    if status != "absent":
        head.append(f'<span class="article">{"Article " + esc(article) if article else "article not known"}</span>')
    head.append(f'<span class="checked{" caveat" if unchecked else ""}">{esc(CHECKED_WORDS.get(checked, checked))}</span>')
    parts = [f'<article class="cell{" unchecked" if unchecked else ""}">', "<header>" + " ".join(head) + "</header>"]
    if unchecked:
        parts.append('<p class="caveat">Caveat: not yet checked against the text; do not quote it without reading the article.</p>')
    if status != "absent" and row.get("text"):
        where = f"{esc(row.get('agreement'))}, Article {esc(article)}" if article else esc(row.get("agreement"))
        title = f" ({esc(row.get('title'))})" if row.get("title") else ""
        parts.append(f"<blockquote><p>“{esc(row.get('text'))}”</p><footer>{where}{title}</footer></blockquote>")
    facts: list[tuple[str, str]] = []
    if status != "absent":
        facts.append(("exceptions", _list(row.get("exception_articles") or [])))
        facts.append(("dispute settlement", esc(row.get("ds_words") or row.get("dispute_settlement_reach"))))
        facts.append(("transitions", _list(row.get("transitions") or [])))
        if row.get("carve_outs"):
            facts.append(("carve-outs", _list(row["carve_outs"])))
        if row.get("dates"):
            facts.append(("applies", esc(row["dates"])))
        if row.get("algorithms"):
            facts.append(("algorithms covered", esc(row["algorithms"])))
        facts.append(("strength", esc(row.get("strength"))))
    if row.get("note"):
        facts.append(("note", esc(row["note"])))
    if facts:
        parts.append("<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>")
    parts.append("</article>")
    return "\n".join(parts)


def _natural_width(svg: str) -> int:
    """A chart's width on screen: a third larger than drawn (its labels are small), never wider than the page."""
    import re

    found = re.search(r'width="([0-9.]+)pt"', svg[:400])
    return round(float(found.group(1)) * 4 / 3 * 1.33) if found else 720


def report_page(report: Report) -> str:
    body = [f"<header><h1>{esc(report.title)}</h1>", f'<p class="summary">{esc(report.summary)}</p>']
    body.append('<p class="meta">' + "".join(f"<span>{esc(k)}: {esc(v)}</span>" for k, v in report.facts) + "</p>")
    body.append("</header>")
    for line in report.warnings:
        body.append(f'<p class="note-box">{esc(line)}</p>')
    sections = [("summary-table", "At a glance")]
    if report.charts:
        sections.append(("charts", "Charts"))
    sections.append(("provisions", "Provision by provision"))
    if report.agreements:
        sections.append(("agreements", "The agreements"))
    sections.append(("sources", "Sources"))
    body.append("<nav aria-label=\"contents\"><ol>" + "".join(f'<li><a href="#{i}">{t}</a></li>' for i, t in sections)
                + "</ol></nav>")
    body.append('<section id="summary-table"><h2>At a glance</h2>')
    for records in report.tables:
        body.append(table(records))
    body.append("</section>")
    if report.charts:
        body.append('<section id="charts"><h2>Charts</h2>')
        for caption, svg in report.charts:
            body.append(f'<figure><div class="chart" style="width: {_natural_width(svg)}px">{svg}</div>'
                        f"<figcaption>{esc(caption)}</figcaption></figure>")
        body.append("</section>")
    body.append('<section id="provisions"><h2>Provision by provision</h2>')
    body.append('<p class="legend">Each card is one agreement\'s cell: its status, article, the quoted treaty words, '
                "exceptions, whether dispute settlement reaches it, transitions, and how the cell was checked. "
                "A dashed red card is not yet checked against the text.</p>")
    for block in report.provisions:
        body.append(f'<section class="provision" id="p-{esc(block.key)}"><h3>{esc(block.key)} '
                    f'<small class="legend">({esc(block.category)})</small></h3>')
        for line in block.lines:
            body.append(f"<p>{esc(line)}</p>")
        for line in block.caveats:
            body.append(f'<p class="caveat">{esc(line)}</p>')
        if block.cells:
            body.append('<div class="cells">' + "\n".join(cell_card(row) for row in block.cells) + "</div>")
        body.append("</section>")
    body.append("</section>")
    if report.agreements:
        body.append('<section id="agreements"><h2>The agreements</h2>')
        for agreement, lines in report.agreements:
            body.append(f"<h3>{esc(agreement)}</h3><ul>" + "".join(f"<li>{esc(x)}</li>" for x in lines) + "</ul>")
        body.append("</section>")
    body.append('<section id="sources"><h2>Sources</h2><p class="legend">Where each cell was read, as the data '
                "records it.</p><dl>")
    for agreement, sources in report.sources:
        body.append(f"<dt>{esc(agreement)}</dt><dd>{_list(sources)}</dd>")
    body.append("</dl></section>")
    body.append('<footer class="page"><p>' + esc(report.footer) + "</p></footer>")
    return page(report.title, "\n".join(body), description=report.summary)
