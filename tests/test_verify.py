"""`verify`: quotations and articles checked against the user's own copy of a treaty."""

from __future__ import annotations

import html
import re
import shutil
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradecmp import errors
from tradecmp.textcopy import TextCopyError, read_text, text_files
from tradecmp.verification import FIELDS, assign_texts, verify

from conftest import TEXTS, need_texts

verify_module = sys.modules["tradecmp.verification"]

TPP_FILES = ("tpp-electronic-commerce.txt", "tpp-exceptions-and-general-provisions.txt")


# --- helpers -----------------------------------------------------------------------------------------


def cell(text=None, article=None, status="binding", checked="text"):
    return SimpleNamespace(status=status, article=article, text=text, checked=checked)


def agreement(id_="XYZ", aliases=(), **cells):
    """A small stand-in agreement; keyword names use _ for -, e.g. source_code=cell(...)."""
    return SimpleNamespace(id=id_, aliases=tuple(aliases), provisions={k.replace("_", "-"): c for k, c in cells.items()})


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def check(text: str, quotation: str, article: str | None = None, tmp_path: Path | None = None) -> dict:
    """The row for one source-code cell quoting `quotation` against a copy holding `text`."""
    file = write(tmp_path / "copy.txt", text)
    result = verify([agreement(source_code=cell(quotation, article))], {"XYZ": [file]})
    (row,) = result.rows
    return row


def results(verification) -> dict[str, tuple[str, str]]:
    return {row["provision"]: (row["result"], row["found_under"]) for row in verification.rows}


def pdf_bytes(text: str, lines_per_page: int = 60) -> bytes:
    """A small real PDF: each line of `text` a line of Helvetica text, WinAnsi-encoded."""
    lines = text.replace("\t", " ").splitlines() or [""]
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (4 + 2 * k) for k in range(len(pages))), len(pages)),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    for k, page in enumerate(pages):
        shown = b"".join(
            b"(%s) Tj T*\n"
            % line.encode("cp1252", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            for line in page
        )
        stream = b"BT /F1 9 Tf 11 TL 36 806 Td\n" + shown + b"ET"
        objects[4 + 2 * k] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * k)
        )
        objects[5 + 2 * k] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offsets[number] for number in sorted(objects))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def html_page(text: str) -> str:
    body = []
    for line in text.splitlines():
        if line.startswith("=== "):
            body.append(f"<h3>{html.escape(line[4:])}</h3>")
        elif line.strip():
            body.append(f"<p>{html.escape(line)}</p>")
    return (
        "<!DOCTYPE html><html><head><title>Article 99 Not a heading</title><style>p {margin: 0}</style></head>"
        "<body>\n" + "\n".join(body) + "\n<script>var x = 'Article 1 Script';</script></body></html>"
    )


# --- the real CPTPP text -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cptpp():
    from tradecmp.catalog import load_catalog

    return load_catalog().agreements["CPTPP"]


def chapter_14_text_cells(agreement) -> list[str]:
    return [
        key
        for key, p in agreement.provisions.items()
        if p.status != "absent" and p.checked == "text" and (p.article or "").startswith("14.")
    ]


def test_cptpp_chapter_14_quotations_are_found_under_their_articles(cptpp):
    need_texts(*TPP_FILES)
    files = [TEXTS / name for name in TPP_FILES]
    result = verify([cptpp], assign_texts([cptpp], ["CPTPP"], files))
    by_key = {row["provision"]: row for row in result.rows}
    keys = chapter_14_text_cells(cptpp)
    assert len(keys) >= 10
    for key in keys:
        row = by_key[key]
        assert row["result"] == "ok", row
        cited = cptpp.provisions[key].article.split("(")[0]
        assert cited.startswith(row["found_under"].removeprefix("Article ")), row
        assert 0 < len(row["excerpt"]) <= 160 and "\n" not in row["excerpt"]
        assert row["checked"] == cptpp.provisions[key].checked  # verify never changes checked
    assert all(set(row) == set(FIELDS) for row in result.rows)
    assert [row["provision"] for row in result.rows] == [
        k for k in verify_module.PROVISION_KEYS if cptpp.provisions[k].status != "absent"
    ]
    assert result.without_text == []
    (summary,) = result.summaries
    assert re.fullmatch(r"CPTPP: \d+ of \d+ quotations found; \d+ under another article; \d+ not found", summary)


def test_the_same_text_as_html_pdf_or_a_folder_named_after_the_agreement_gives_the_same_results(cptpp, tmp_path):
    need_texts(*TPP_FILES)
    pytest.importorskip("pypdf")
    originals = [TEXTS / name for name in TPP_FILES]
    expected = results(verify([cptpp], {"CPTPP": originals}))

    as_html = [write(tmp_path / "html" / f"{p.stem}.html", html_page(p.read_text("utf-8"))) for p in originals]
    as_pdf = []
    for p in originals:
        target = tmp_path / "pdf" / f"{p.stem}.pdf"
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(pdf_bytes(p.read_text("utf-8")))
        as_pdf.append(target)
    folder = tmp_path / "mine" / "CPTPP"
    folder.mkdir(parents=True)
    for p in originals:
        shutil.copy(p, folder / p.name)

    assert results(verify([cptpp], {"CPTPP": as_html})) == expected
    assert results(verify([cptpp], {"CPTPP": as_pdf})) == expected
    assigned = assign_texts([cptpp], [], [tmp_path / "mine"])
    assert sorted(p.name for p in assigned["CPTPP"]) == sorted(TPP_FILES)
    assert results(verify([cptpp], assigned)) == expected
    assert "Article 14.11" in read_text(as_pdf[0])


# --- results -------------------------------------------------------------------------------------------

TEXT = """CHAPTER 14 ELECTRONIC COMMERCE

Article 14.11: Cross-Border Transfer of Information by Electronic Means
1. The Parties recognise that each Party may have its own regulatory requirements.
2. Each Party shall allow the cross-border transfer of information by electronic means.

Article 14.12 Internet Interconnection Charge Sharing
The Parties recognise that a supplier seeking international Internet connection should be able to
negotiate with suppliers of another Party on a commercial basis.
"""


def test_an_invented_quotation_is_not_found(tmp_path):
    row = check(TEXT, "Each Party shall prohibit the cross-border transfer of information", "14.11.2", tmp_path)
    assert (row["result"], row["found_under"], row["excerpt"]) == ("not-found", "", "")


def test_a_quotation_under_another_article_says_where_it_was_found(tmp_path):
    row = check(TEXT, "negotiate with suppliers of another Party on a commercial basis", "14.11", tmp_path)
    assert (row["result"], row["found_under"]) == ("article-differs", "Article 14.12")
    assert "negotiate with suppliers" in row["excerpt"]


def test_a_found_quotation_under_its_article_is_ok_with_an_excerpt_of_the_original(tmp_path):
    row = check(TEXT, "each party shall ALLOW the cross-border transfer of information", "14.11.2", tmp_path)
    assert (row["result"], row["found_under"]) == ("ok", "Article 14.11")
    assert "2. Each Party shall allow the cross-border transfer of information by electronic means." in row["excerpt"]
    assert len(row["excerpt"]) <= 160


def test_the_excerpt_is_the_original_text_around_the_match(tmp_path):
    # "ß" and "ﬁ" grow when case-folded: the excerpt must still be cut from the right place.
    text = "Article 14.11 Title\n" + "Straße ﬁle " * 30 + "\n2. Each  Party shall\nallow the trans-\nfer.\n" + "after " * 40
    row = check(text, "each party shall allow the transfer", "14.11", tmp_path)
    assert "ﬁle 2. Each Party shall allow the trans- fer. after" in row["excerpt"]
    assert len(row["excerpt"]) == 160 and row["excerpt"].startswith("…") and row["excerpt"].endswith("…")


def test_present_cells_without_a_quotation_are_listed_and_absent_cells_are_not(tmp_path):
    file = write(tmp_path / "copy.txt", TEXT)
    subject = agreement(
        cross_border_data_flows=cell("Each Party shall allow the cross-border transfer", "14.11.2"),
        data_localisation=cell(None, "14.13"),
        source_code=cell(None, None, status="absent"),
        customs_duties=cell("No Party shall impose customs duties", "14.3.1"),
        consumer_protection=cell("should be able to negotiate", "14.11"),
    )
    result = verify([subject, agreement("OTHER")], {"XYZ": [file]})
    assert results(result) == {
        "cross-border-data-flows": ("ok", "Article 14.11"),
        "data-localisation": ("no-quotation", ""),
        "customs-duties": ("not-found", ""),
        "consumer-protection": ("article-differs", "Article 14.12"),
    }
    assert [row["provision"] for row in result.rows] == [  # in the order of PROVISION_KEYS
        "cross-border-data-flows",
        "data-localisation",
        "customs-duties",
        "consumer-protection",
    ]
    assert result.summaries == [
        "XYZ: 1 of 3 quotations found; 1 under another article; 1 not found; 1 without a quotation"
    ]
    assert result.without_text == ["OTHER"]


def test_a_quotation_found_twice_is_reported_under_the_cited_article(tmp_path):
    text = "Article 3 Scope\nThe Parties shall cooperate.\n\nArticle 7 Cooperation\nThe Parties shall cooperate.\n"
    assert check(text, "The Parties shall cooperate", "7.2", tmp_path)["result"] == "ok"
    assert check(text, "The Parties shall cooperate", "7.2", tmp_path)["found_under"] == "Article 7"
    assert check(text, "The Parties shall cooperate", "9", tmp_path)["found_under"] == "Article 3"


@pytest.mark.parametrize(
    "heading, cited",
    [
        ("Article 14.11", "14.11.2"),
        ("ARTICLE 14.11", "14.11"),
        ("Article DIGIT.7", "DIGIT.7.1"),
        ("Art. 8.81", "8.81.2(a)"),
        ("=== ARTICLE 7 Electronic Commerce", "7.1(a)"),
        ("Article 12.15: Cross-border Transfer of Information by Electronic Means", "12.15.2"),
        ("**Article 8.61-F**", "8.61-F"),
        ("Article 9\nTransfers of Information", "Annex 8A Article 9"),
        ("### Article 14.9 Paperless Trading", "14.9(b)"),
        ('8. Article 8.54 (Data Processing) shall be replaced by the following:\n"ARTICLE 8.54', "8.54.1"),
        ("confidentiality of communications. ARTICLE 132-P Source Code", "132-P.1"),
    ],
)
def test_article_headings_are_matched_by_number(heading, cited, tmp_path):
    text = f"Preamble\n\n{heading}\n1. A Party shall not deny the legal validity of a signature.\n"
    row = check(text, "shall not deny the legal validity of a signature", cited, tmp_path)
    assert row["result"] == "ok", row


@pytest.mark.parametrize(
    "heading, cited",
    [
        ("Article 14.11 Cross-Border Transfer", "14.1"),
        ("Article 14.1 Definitions", "14.11"),
        ("Article 8.61 Electronic Authentication", "8.61-F"),
        ("Article 7 Electronic Commerce", "17.1"),
        ("Article DIGIT.7 Customs Duties", "DIGIT.8"),
        ("Article 8 Transfers", "Annex 8A Article 9"),
        ("Article 8.80 Review", "Art. 8.81"),
    ],
)
def test_a_different_article_number_is_not_taken_for_the_cited_one(heading, cited, tmp_path):
    text = f"{heading}\nA Party shall not deny the legal validity of a signature.\n"
    row = check(text, "shall not deny the legal validity of a signature", cited, tmp_path)
    assert row["result"] == "article-differs", row
    assert row["found_under"] == "Article " + heading.split()[1]


def test_cross_references_at_a_line_start_are_not_headings(tmp_path):
    text = (
        "Article 14.8 Personal Information Protection\n"
        "This applies as defined in\n"
        "Article 9.1 (Definitions), and under\n"
        "Article 10.1\n"
        "(Definitions). Each Party shall adopt or maintain a legal framework.\n"
    )
    row = check(text, "Each Party shall adopt or maintain a legal framework", "14.8.2", tmp_path)
    assert (row["result"], row["found_under"]) == ("ok", "Article 14.8")


def test_a_cell_whose_article_has_no_number_is_checked_for_its_words(tmp_path):
    text = "Annex 11-B\nSection B\nEach Party shall allow a financial institution to transfer information.\n"
    row = check(text, "Each Party shall allow a financial institution", "Annex 11-B, Section B", tmp_path)
    assert row["result"] == "ok"


# --- normalisation -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "copy, quotation",
    [
        ("legal framework governing elec-\ntronic transactions", "legal framework governing electronic transactions"),
        ("legal framework governing elec- \n  tronic transactions", "legal framework governing electronic transactions"),
        ("that Party\u2019s \u201cterritory\u201d", "that Party's \"territory\""),
        ("that Party's \"territory\"", "that Party\u2019s \u201cterritory\u201d"),
        ("customs duties, fees, or charges1 on electronic transmissions", "duties, fees, or charges on electronic transmissions"),
        ("including personal information,12 and when", "including personal information, and when"),
        ("including personal information;3 and when", "including personal information; and when"),
        ("the charges\u00b9 on transmissions", "the charges on transmissions"),
        ("computing\u00a0facilities  in\tthat   territory", "computing facilities in that territory"),
        ("content \u2013 transmitted \u2014 electronically", "content - transmitted - electronically"),
        ("the **cross-border** transfer of *information*", "the cross-border transfer of information"),
        ("charges[^1] on \\[digital\\] products", "charges on [digital] products"),
        ("ELECTRONIC COMMERCE", "electronic commerce"),
        ("the first part of a sentence, then more words, and the last part of it.", "first part ... the last part"),
        ("the first part of a sentence, then more words, and the last part of it.", "first part \u2026 more words \u2026 last part"),
    ],
)
def test_normalisations_let_the_same_words_match(copy, quotation, tmp_path):
    assert check(f"Article 1 Scope\n{copy}\n", quotation, "1", tmp_path)["result"] == "ok"


@pytest.mark.parametrize(
    "copy, quotation",
    [
        # an elision must keep its parts in order
        ("the first part of a sentence, and the last part of it.", "last part ... first part"),
        ("the first part of a sentence, then more words, and the last part.", "first part ... last part ... more words"),
        # words from two different sentences are not one quotation
        (
            "Each Party shall allow the transfer. No Party shall require local computing facilities.",
            "Each Party shall allow local computing facilities",
        ),
        # a word changed, left out or added is a different text
        ("Each Party shall allow the transfer of information", "Each Party shall permit the transfer of information"),
        ("Each Party shall allow the transfer of information", "Each Party shall allow transfer of information"),
        ("Each Party shall allow the transfer", "Each Party shall not allow the transfer"),
        # parts of an elision too far apart
        ("the first part " + "filler words " * 200 + "the last part", "first part ... last part"),
        # part of a word is not the word
        ("the transferability of information", "the transfer"),
    ],
)
def test_what_is_not_the_same_text_does_not_match(copy, quotation, tmp_path):
    assert check(f"Article 1 Scope\n{copy}\n", quotation, "1", tmp_path)["result"] == "not-found"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    pieces=st.lists(
        st.text(alphabet="abcdeßﬁ-–’\",.;:12*[^]\\\u00a0", min_size=1, max_size=9).filter(lambda p: any(c.isalpha() for c in p)),
        min_size=2,
        max_size=60,
    ),
    separators=st.lists(st.sampled_from([" ", "\n", "  ", " \n "]), min_size=60, max_size=60),
    data=st.data(),
)
def test_any_run_of_words_copied_from_a_text_is_found_and_shown(pieces, separators, data, tmp_path, monkeypatch):
    monkeypatch.setattr(verify_module, "CHUNK", 16)  # many chunks, to exercise finding offsets per chunk
    text = "".join(p + s for p, s in zip(pieces, separators))
    joiners = "-–*[^]\\"
    # A quotation begins and ends at whitespace where no hyphen joins its words to the ones around it.
    starts = [i for i in range(len(pieces)) if i == 0 or not pieces[i - 1].rstrip().endswith(tuple(joiners))]
    first = data.draw(st.sampled_from(starts))
    ends = [j for j in range(first + 1, len(pieces) + 1) if not pieces[j - 1].rstrip().endswith(tuple(joiners))]
    if not ends:
        return
    last = data.draw(st.sampled_from(ends))
    quotation = " ".join(pieces[first:last])
    if not verify_module._words(quotation):
        return
    row = check(text, quotation, None, tmp_path)
    assert row["result"] == "ok"
    if len(quotation) < 60:
        shown = verify_module._needle(row["excerpt"].replace("…", " "))
        assert verify_module._needle(quotation) in shown


def test_each_text_is_read_and_normalised_once(tmp_path, monkeypatch):
    file = write(tmp_path / "shared.txt", TEXT)
    reads = []
    real = verify_module.read_text
    monkeypatch.setattr(verify_module, "read_text", lambda path: reads.append(path) or real(path))
    cells = {key.replace("-", "_"): cell("Each Party shall allow", "14.11") for key in list(verify_module.PROVISION_KEYS)[:8]}
    result = verify([agreement("A", **cells), agreement("B", **cells)], {"A": [file], "B": [file]})
    assert len(result.rows) == 16 and {row["result"] for row in result.rows} == {"ok"}
    assert len(reads) == 1


# --- which file is whose -------------------------------------------------------------------------------

AGREEMENTS = [agreement("TPP"), agreement("CPTPP", ["TPP-11"]), agreement("RCEP"), agreement("WTO-ECA", ["JSI"])]


def names(assignment) -> dict[str, list[str]]:
    return {id_: sorted(p.name for p in paths) for id_, paths in assignment.items()}


def test_files_belong_to_the_agreement_their_name_starts_with(tmp_path):
    for name in [
        "cptpp-chapter-14.txt",
        "CPTPP.pdf",
        "tpp-chapter-14.txt",
        "TPP-11 text.md",
        "tppx-notes.txt",
        "rcep_chapter_12.html",
        "wto-eca.xml",
        "JSI.txt",
        "notes.txt",
        "rcepish.txt",
    ]:
        write(tmp_path / "texts" / name, "x")
    write(tmp_path / "texts" / ".hidden-cptpp.txt", "x")
    write(tmp_path / "texts" / "cptpp-picture.png", "x")  # not a text suffix: not read from a folder
    assignment = assign_texts(AGREEMENTS, [], [tmp_path / "texts"])
    assert names(assignment) == {
        "CPTPP": ["CPTPP.pdf", "TPP-11 text.md", "cptpp-chapter-14.txt"],
        "TPP": ["tpp-chapter-14.txt"],
        "RCEP": ["rcep_chapter_12.html"],
        "WTO-ECA": ["JSI.txt", "wto-eca.xml"],
    }
    assert sorted(p.name for p in assignment.ignored) == ["notes.txt", "rcepish.txt", "tppx-notes.txt"]


def test_a_folder_named_after_an_agreement_holds_its_files(tmp_path):
    write(tmp_path / "texts" / "CPTPP" / "chapter-14.txt", "x")
    write(tmp_path / "texts" / "CPTPP" / "annexes" / "tpp-annex-8-b.txt", "x")
    write(tmp_path / "texts" / "rcep-2020" / "chapter-12.md", "x")
    write(tmp_path / "texts" / "other" / "tpp-chapter-29.txt", "x")
    write(tmp_path / "TPP" / "chapter-14.txt", "x")
    assignment = assign_texts(AGREEMENTS, [], [tmp_path / "texts", tmp_path / "TPP"])
    assert names(assignment) == {
        "CPTPP": ["chapter-14.txt", "tpp-annex-8-b.txt"],
        "RCEP": ["chapter-12.md"],
        "TPP": ["chapter-14.txt", "tpp-chapter-29.txt"],
    }


def test_with_one_id_every_file_given_is_that_agreements(tmp_path):
    write(tmp_path / "texts" / "tpp-chapter-14.txt", "x")
    write(tmp_path / "texts" / "sub" / "anything.md", "x")
    single = write(tmp_path / "rcep-chapter-12.data", "x")  # a file given by name is read whatever its suffix
    assignment = assign_texts(AGREEMENTS, ["tpp-11"], [tmp_path / "texts", single])
    assert names(assignment) == {"CPTPP": ["anything.md", "rcep-chapter-12.data", "tpp-chapter-14.txt"]}


def test_with_several_ids_only_those_agreements_get_files(tmp_path):
    for name in ["cptpp.txt", "tpp.txt", "rcep.txt"]:
        write(tmp_path / name, "x")
    paths = [tmp_path / n for n in ["cptpp.txt", "tpp.txt", "rcep.txt"]]
    assignment = assign_texts(AGREEMENTS, ["CPTPP", "RCEP"], paths)
    assert names(assignment) == {"CPTPP": ["cptpp.txt"], "RCEP": ["rcep.txt"]}
    assert [p.name for p in assignment.ignored] == ["tpp.txt"]


def test_an_unknown_id_is_refused(tmp_path):
    with pytest.raises(errors.UnknownName) as raised:
        assign_texts(AGREEMENTS, ["CPTPP", "NOPE"], [])
    assert raised.value.exit_code == errors.UNKNOWN


# --- reading copies ------------------------------------------------------------------------------------


def test_html_loses_its_tags_and_entities_and_keeps_blocks_as_lines(tmp_path):
    page = write(
        tmp_path / "a.htm",
        "<html><head><title>T</title></head><body><h2>Article 14.3&nbsp;Customs Duties</h2>"
        "<p>No Party shall impose <b>customs</b> duties<sup>1</sup> on electronic&#160;transmissions&hellip;</p>"
        "<ul><li>one</li><li>two<br>three</li></ul></body></html>",
    )
    text = read_text(page)
    assert text.splitlines() == [
        "Article 14.3\u00a0Customs Duties",
        "No Party shall impose customs duties1 on electronic\u00a0transmissions\u2026",
        "one",
        "two",
        "three",
    ]
    plain = write(tmp_path / "b.html", "<body><pre>Article 14.3 Customs Duties\nNo Party shall\n</pre><p>a\nb</p></body>")
    assert read_text(plain).splitlines() == ["Article 14.3 Customs Duties", "No Party shall", "a b"]


def test_tota_xml_becomes_article_headings_and_text(tmp_path):
    xml = write(
        tmp_path / "pta_449.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<treaty><meta><name>Trans-Pacific Partnership</name></meta><body>'
        '<chapter number="CHAPTER 14" name="Electronic Commerce" chapter_identifier="1">'
        '<article number="ARTICLE 14.3" name="Customs Duties" article_identifier="2">1. No Party shall impose '
        "customs duties on electronic transmissions.</article>"
        '<article number="ARTICLE 14.4" name="Non-Discriminatory Treatment" article_identifier="3">No Party shall '
        "accord less favourable treatment &amp; so on.</article></chapter></body></treaty>",
    )
    text = read_text(xml)
    assert "Article 14.3 Customs Duties\n1. No Party shall impose customs duties" in text
    assert "Article 14.4 Non-Discriminatory Treatment\nNo Party shall accord less favourable treatment & so on." in text
    result = verify([agreement(customs_duties=cell("No Party shall impose customs duties", "14.3.1"))], {"XYZ": [xml]})
    assert results(result) == {"customs-duties": ("ok", "Article 14.3")}


def test_tota_xml_in_spanish_gives_article_headings(tmp_path):
    xml = write(
        tmp_path / "pta_438.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<treaty><meta><language>es</language></meta><body>'
        '<chapter number="CAPÍTULO 13" name="Comercio Electrónico" chapter_identifier="1">'
        '<article number="ARTÍCULO 13.4" name="Derechos Aduaneros" article_identifier="2">1. Ninguna Parte podrá '
        "aplicar derechos aduaneros.</article></chapter></body></treaty>",
    )
    text = read_text(xml)
    assert "Chapter 13 Comercio Electrónico\nArticle 13.4 Derechos Aduaneros\n1. Ninguna Parte" in text
    result = verify([agreement(customs_duties=cell("Ninguna Parte podrá aplicar derechos aduaneros", "13.4.1"))], {"XYZ": [xml]})
    assert results(result) == {"customs-duties": ("ok", "Article 13.4")}


def test_a_folder_is_read_recursively_without_hidden_files(tmp_path):
    write(tmp_path / "a.txt", "x")
    write(tmp_path / "deep" / "b.md", "x")
    write(tmp_path / ".git" / "c.txt", "x")
    write(tmp_path / "d.docx", "x")
    assert sorted(p.name for p in text_files(tmp_path)) == ["a.txt", "b.md"]


# --- clean errors --------------------------------------------------------------------------------------


def assert_error(path: Path, code: int, *words: str) -> None:
    with pytest.raises(TextCopyError) as raised:
        read_text(path)
    assert raised.value.exit_code == code
    assert str(path) in raised.value.message
    for word in words:
        assert word in raised.value.message
    assert "\n" not in raised.value.message


def test_a_missing_file_or_folder_is_a_usage_error(tmp_path):
    with pytest.raises(TextCopyError) as raised:
        assign_texts(AGREEMENTS, [], [tmp_path / "nowhere"])
    assert raised.value.exit_code == errors.USAGE == 2
    assert str(tmp_path / "nowhere") in raised.value.message
    assert_error(tmp_path / "missing.txt", 2)


def test_a_binary_file_is_a_data_error_and_a_windows_1252_copy_is_read(tmp_path):
    png = tmp_path / "cptpp.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    assert_error(png, 3, "binary")
    nul = tmp_path / "cptpp.txt"
    nul.write_bytes(b"text\x00with nul bytes")
    assert_error(nul, 3, "binary")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Article 14.11\nEach Party\u2019s rule".encode("cp1252"))
    assert "Each Party\u2019s rule" in read_text(latin)


def test_a_file_named_pdf_that_is_not_one_is_a_data_error(tmp_path):
    fake = write(tmp_path / "cptpp.pdf", "just text")
    assert_error(fake, 3, "not a PDF")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << garbage")
    assert_error(broken, 3)


def test_an_encrypted_pdf_is_a_data_error(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    assert_error(locked, 3, "is an encrypted PDF")


def test_a_pdf_without_pypdf_says_how_to_install_it(tmp_path, monkeypatch):
    document = tmp_path / "cptpp.pdf"
    document.write_bytes(pdf_bytes("Article 14.3 Customs Duties\nNo Party shall impose customs duties"))
    monkeypatch.setitem(sys.modules, "pypdf", None)  # import pypdf now fails as if it were not installed
    assert_error(document, 3, "pip install 'tradecmp[pdf]'")


def test_a_mac_roman_copy_is_read_with_its_quotes(tmp_path):
    mac = tmp_path / "copy.txt"
    mac.write_bytes("ARTICLE 8.85 Location\n2. in that Party\u2019s territory \u201cquoted\u201d".encode("mac_roman"))
    text = read_text(mac)
    assert "Party\u2019s territory" in text and "\u201cquoted\u201d" in text
