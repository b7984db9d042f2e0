"""`tradecmp report` and `--save-html`: pages a person can send, read as a person would read them (parsed HTML)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

import tradecmp
from tradecmp.cli import app

from conftest import write_agreement

CAVEAT = "not yet checked against the text"


class Page(HTMLParser):
    """The parts of a page a reader sees: title, tables, quotations, cards, and every tag with its attributes."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.title = ""
        self.tables: list[list[list[str]]] = []
        self.captions: list[str] = []
        self.quotes: list[str] = []
        self.cards: list[dict] = []  # class and text of each <article class="cell">
        self._stack: list[str] = []
        self._capture: list[tuple[str, list[str]]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag in ("meta", "br", "img", "link", "input"):
            return
        self._stack.append(tag)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th", "title", "caption", "blockquote") or (tag == "article" and "cell" in attributes.get("class", "")):
            self._capture.append((tag, []))
            if tag == "article":
                self.cards.append({"class": attributes.get("class", ""), "text": ""})

    def handle_endtag(self, tag):
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()
        if self._capture and self._capture[-1][0] == tag:
            _, parts = self._capture.pop()
            text = " ".join(" ".join(parts).split())
            if tag in ("td", "th") and self.tables and self.tables[-1]:
                self.tables[-1][-1].append(text)
            elif tag == "title":
                self.title = text
            elif tag == "caption":
                self.captions.append(text)
            elif tag == "blockquote":
                self.quotes.append(text)
            elif tag == "article":
                self.cards[-1]["text"] = text

    def handle_data(self, data):
        for _, parts in self._capture:
            parts.append(data)


def remote_resources(page: str) -> list[str]:
    """Anything a browser would fetch: scripts, stylesheets, frames, images, fonts, CSS urls, src and href
    attributes that point anywhere but into the page itself (`#id`) or at inline data (`data:`)."""
    parsed = Page(page)
    found = [tag for tag, _ in parsed.tags if tag in ("script", "link", "iframe", "img", "object", "embed", "audio",
                                                        "video", "source", "base")]
    for tag, attributes in parsed.tags:
        for name in ("src", "href", "xlink:href", "srcset", "poster", "action"):
            value = (attributes.get(name) or "").strip()
            if value and not value.startswith(("#", "data:")):
                found.append(f"{tag} {name}={value}")
        style = attributes.get("style") or ""
        found += [f"{tag} style {u}" for u in re.findall(r"url\((?!#)[^)]*\)", style)]
    for css in re.findall(r"<style[^>]*>(.*?)</style>", page, re.S | re.I):
        found += re.findall(r"@import|url\((?!#)[^)]*\)", css, re.I)
    return found


@pytest.fixture(scope="module")
def diff_page() -> str:
    return tradecmp.report(["RCEP", "CPTPP"])


def test_a_diff_report_has_a_title_the_summary_and_real_tables(diff_page):
    page = Page(diff_page)
    assert "RCEP" in page.title and "CPTPP" in page.title
    summary = tradecmp.diff("RCEP", "CPTPP").summary
    assert summary in diff_page
    assert page.tables, "no <table>"
    header = page.tables[0][0]
    assert header[:3] == ["provision", "RCEP", "CPTPP"] and "relation" in header
    flows = next(row for row in page.tables[0] if row[0] == "cross-border-data-flows")
    assert flows[1].startswith("binding 12.15.2") and flows[3] == "b-stronger"


def test_every_provision_shows_the_quoted_words_article_exceptions_and_checked_level(diff_page):
    page = Page(diff_page)
    cards = {(card["text"].split()[0], i): card for i, card in enumerate(page.cards)}
    assert len(page.cards) == 2 * 23, "a card per agreement and provision"
    rcep = [row for row in tradecmp.show("RCEP")]
    flows = next(r for r in rcep if r["provision"] == "cross-border-data-flows")
    quote = next(q for q in page.quotes if flows["text"][:40] in q)
    assert "RCEP, Article 12.15.2" in quote
    card = next(c for c in cards.values() if flows["text"][:40] in c["text"])
    for words in ("Article 12.15.2", "checked in the treaty text", "security-self-judging (12.15.3(b))",
                  "dispute settlement no (outside the agreement's dispute settlement)", "KHM until 2027-01-01"):
        assert words in card["text"], words


def test_every_unchecked_cell_carries_the_caveat_and_no_checked_cell_does():
    page = Page(tradecmp.report("DEPA"))
    rows = list(tradecmp.show("DEPA"))
    unchecked = [r for r in rows if r["checked"] == "unchecked"]
    assert unchecked, "DEPA has unchecked cells to test with"
    marked = [c for c in page.cards if "unchecked" in c["class"].split()]
    assert len(marked) == len(unchecked)
    assert all(CAVEAT in c["text"] for c in marked)
    assert not any(CAVEAT in c["text"] for c in page.cards if "unchecked" not in c["class"].split())


def test_the_report_names_sources_data_date_and_version(diff_page):
    rcep_source = tradecmp.show("RCEP")[0]["source"]
    assert Page(f"<p>{rcep_source}</p>").tags  # parses
    import html

    assert html.escape(rcep_source) in diff_page
    assert f"tradecmp: {tradecmp.__version__}" in diff_page
    assert re.search(r"data files last changed: \d{4}-\d{2}-\d{2}", diff_page)


def test_the_report_loads_nothing_from_anywhere_prints_and_fits_a_phone(diff_page):
    assert remote_resources(diff_page) == []
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in diff_page
    assert "@media print" in diff_page and "@media (max-width:" in diff_page
    assert "<svg" in diff_page, "the chart is inline"


def test_a_report_between_two_countries_quotes_the_agreement_that_binds_them():
    page_text = tradecmp.report(between=["USA", "KOR"], on="2026-01-01")
    page = Page(page_text)
    assert "USA" in page.title and "KOR" in page.title
    flows = tradecmp.between("USA", "KOR", on="2026-01-01", provisions=["cross-border-data-flows"])[0]
    assert flows["agreement"] == ["KORUS"]
    korus = next(r for r in tradecmp.show("KORUS", provisions=["cross-border-data-flows"]))
    assert any(korus["text"][:40] in q and "Article 15.8" in q for q in page.quotes)
    assert "strongest commitment: best-endeavour 0.3, in KORUS" in page_text
    assert remote_resources(page_text) == []


def test_a_country_report_says_toward_whom_and_draws_the_timeline():
    page_text = tradecmp.report(country="KOR", on="2026-01-01", provisions=["data-localisation", "source-code"])
    assert "toward" in page_text
    assert page_text.count("<svg") == 2  # the strength heatmap and the timeline
    assert "Agreements over time" in page_text


def test_data_text_is_escaped_everywhere(tmp_path, make_agreement):
    data = make_agreement("EVIL")
    data["name"] = "</title><script>alert('name')</script>"
    cell = data["provisions"]["cross-border-data-flows"]
    cell["text"] = '"><img src=x onerror=alert(1)> shall <b>allow</b>'
    cell["title"] = "<script>alert('title')</script>"
    cell["note"] = "<iframe src='https://example.org'></iframe>"
    data["source"] = "<link rel=stylesheet href=https://example.org/x.css>"
    write_agreement(tmp_path, data)
    page = tradecmp.report("EVIL", data_dirs=[tmp_path])
    assert "<script" not in page and "<img" not in page and "<iframe" not in page and "<link" not in page
    assert remote_resources(page) == []
    assert "&lt;b&gt;allow&lt;/b&gt;" in page
    quotes = Page(page).quotes
    assert any('"><img src=x onerror=alert(1)> shall <b>allow</b>' in q for q in quotes)


def test_report_from_the_command_line_is_the_api_page(runner, tmp_path):
    target = tmp_path / "r.html"
    result = runner.invoke(app, ["report", "RCEP", "CPTPP", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text("utf-8") == tradecmp.report(["RCEP", "CPTPP"])


@pytest.mark.parametrize("args", [[], ["RCEP", "--country", "KOR"], ["--country", "KOR", "--between", "USA", "KOR"]])
def test_report_needs_exactly_one_question(runner, tmp_path, args):
    target = tmp_path / "r.html"
    result = runner.invoke(app, ["report", *args, "-o", str(target)])
    assert result.exit_code == 2
    assert "report RCEP CPTPP" in result.output and not target.exists()


def test_report_refuses_an_unknown_agreement_and_writes_nothing(runner, tmp_path):
    target = tmp_path / "r.html"
    result = runner.invoke(app, ["report", "RCEP", "NOPE", "-o", str(target)])
    assert result.exit_code == 4 and not target.exists()


# --- --save-html ----------------------------------------------------------------------------------

def test_save_html_is_a_table_with_title_caption_and_legend(runner, tmp_path):
    target = tmp_path / "t.html"
    result = runner.invoke(app, ["compare", "RCEP", "CPTPP", "DEPA", "-f", "csv", "--save-html", str(target)])
    assert result.exit_code == 0, result.output
    text = target.read_text("utf-8")
    page = Page(text)
    assert "compare RCEP CPTPP DEPA" in page.title
    assert len(page.tables) == 1
    header, *body = page.tables[0]
    assert header == ["provision", "RCEP", "CPTPP", "DEPA"]
    assert len(body) == 23
    assert page.captions and "SJ a self-judging public-policy exception" in text  # the legend
    assert "<pre" not in text and remote_resources(text) == []


def test_save_html_of_a_diff_keeps_its_title_and_the_matrix_its_colour_legend(runner, tmp_path):
    diff_page, matrix_page = tmp_path / "d.html", tmp_path / "m.html"
    assert runner.invoke(app, ["diff", "RCEP", "CPTPP", "-f", "csv", "--save-html", str(diff_page)]).exit_code == 0
    assert Page(diff_page.read_text("utf-8")).title == "RCEP (a) vs CPTPP (b)"
    assert runner.invoke(app, ["matrix", "RCEP", "CPTPP", "-f", "csv", "--save-html", str(matrix_page)]).exit_code == 0
    text = matrix_page.read_text("utf-8")
    assert "cell colour: 0 (blue) to 1 (red)" in text and "background: rgb(" in text


def test_save_html_escapes_data_and_defuses_formulas(runner, tmp_path, make_agreement):
    data = make_agreement("EVIL")
    data["provisions"]["cross-border-data-flows"]["article"] = "=HYPERLINK(\"https://example.org\")"
    data["provisions"]["cross-border-data-flows"]["text"] = "<script>alert(1)</script>"
    write_agreement(tmp_path / "data", data)
    target = tmp_path / "s.html"
    result = runner.invoke(app, ["show", "EVIL", "--data-dir", str(tmp_path / "data"), "-f", "csv",
                                 "--save-html", str(target)])
    assert result.exit_code == 0, result.output
    text = target.read_text("utf-8")
    assert "<script" not in text and "&lt;script&gt;" in text
    cells = [c for row in Page(text).tables[0] for c in row]
    assert "'=HYPERLINK(\"https://example.org\")" in cells


def test_a_report_on_three_agreements_puts_them_side_by_side():
    page = Page(tradecmp.report(["RCEP", "cptpp", "DEPA"], provisions=["cross-border-data-flows", "data-localisation"]))
    assert page.tables[0][0] == ["provision", "RCEP", "CPTPP", "DEPA"]
    assert len(page.cards) == 3 * 2
    assert "RCEP, CPTPP, DEPA" in page.title
