"""Read the user's copy of a treaty into plain text, keeping its article headings as lines.

Plain text and markdown are read as they are; HTML loses its tags; a PDF goes through the optional
`pypdf`; a ToTA XML file (github.com/mappingtreaties/tota) becomes "Article <number> <name>" lines
followed by each article's text. Every failure is one `TextCopyError` naming the file.
"""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

from .errors import DATA, USAGE, TradecmpError

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".pdf", ".xml")
PDF_HINT = "install it with: pip install 'tradecmp[pdf]'"


class TextCopyError(TradecmpError):
    """A treaty copy that is missing (exit 2) or cannot be read as text (exit 3)."""

    def __init__(self, message: str, exit_code: int = DATA):
        super().__init__(message)
        self.exit_code = exit_code


def text_files(path: Path) -> list[Path]:
    """The file itself, or every readable-looking file under a folder (hidden ones skipped), sorted."""
    if not path.exists():
        raise TextCopyError(f"{path}: no such file or folder", USAGE)
    if not path.is_dir():
        return [path]
    found: list[Path] = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            Path(root, name) for name in sorted(files) if not name.startswith(".") and name.lower().endswith(SUFFIXES)
        )
    return found


def read_text(path: Path) -> str:
    """The text of one treaty copy, chosen by its suffix; unknown suffixes are read as UTF-8 text."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _read_pdf(path)
    data = _read_bytes(path)
    if suffix == ".xml":
        return _read_xml(path, data)
    text = _decode(path, data)
    return html_to_text(text) if suffix in HTML_SUFFIXES else text


def _open(path: Path):
    if not path.exists():
        raise TextCopyError(f"{path}: no such file", USAGE)
    if path.is_dir():
        raise TextCopyError(f"{path}: is a folder, not a text file")
    try:
        return open(path, "rb")
    except OSError as exc:
        raise TextCopyError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _read_bytes(path: Path) -> bytes:
    with _open(path) as handle:
        try:
            return handle.read()
        except OSError as exc:
            raise TextCopyError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data:
        raise TextCopyError(f"{path}: is a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Not UTF-8: copies saved by older tools are often Windows-1252 or Mac Roman. Take the reading that
        # gives the more typographic quotes and dashes; bytes neither defines become U+FFFD.
        readings = [data.decode(codec, errors="replace") for codec in ("cp1252", "mac_roman")]
        text = max(readings, key=lambda t: sum(map(t.count, "\u2018\u2019\u201c\u201d\u2013\u2014")))
    if "\x00" in text:
        raise TextCopyError(f"{path}: is a binary file, not text")
    return text


class _HTMLText(HTMLParser):
    BLOCKS = frozenset(
        "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer blockquote pre hr dt dd"
        .split()
    )
    SKIP = frozenset(("script", "style", "head", "title"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.in_pre = 0

    def handle_starttag(self, tag, attrs):
        if tag == "body":  # a <head> left open ends here
            self.skipping = 0
        elif tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
            self.in_pre += tag == "pre"

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")
            self.in_pre = max(0, self.in_pre - (tag == "pre"))

    def handle_data(self, data):
        if not self.skipping:
            # Outside <pre>, line breaks in the source are only spaces: the block tags make the lines.
            self.parts.append(data if self.in_pre else re.sub(r"\s*\n\s*", " ", data))


def html_to_text(html: str) -> str:
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    return re.sub(r"[ \t]*\n\s*", "\n", "".join(parser.parts)).strip() + "\n"


def _read_pdf(path: Path) -> str:
    with _open(path) as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise TextCopyError(f"{path}: is not a PDF file")
    try:
        import pypdf
    except ImportError:
        raise TextCopyError(f"{path}: reading a PDF needs the optional pypdf package; {PDF_HINT}") from None
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf logs every damaged object it works around
    try:
        reader = pypdf.PdfReader(path)
        if reader.is_encrypted and not _decrypts(reader):
            raise TextCopyError(f"{path}: is an encrypted PDF; save an unencrypted copy and verify that")
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except TextCopyError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds of error for a damaged file
        raise TextCopyError(f"{path}: is not a readable PDF ({type(exc).__name__}: {exc})") from None


def _decrypts(reader) -> bool:
    """A PDF with only an owner password (no password to open it) can still be read."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - any failure to decrypt means it cannot be read
        return False


def _read_xml(path: Path, data: bytes) -> str:
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise TextCopyError(f"{path}: is not well-formed XML ({exc})") from None
    if root.find(".//article") is None:  # not ToTA: keep the words, one element a line
        return "\n".join(t.strip() for t in root.itertext() if t.strip()) + "\n"
    lines = []
    for element in root.iter():
        if element.tag not in ("chapter", "article"):
            continue
        heading = _xml_heading(element, element.tag)
        if heading:
            lines.append(heading)
        if element.tag == "article":
            lines.append("".join(element.itertext()).strip())
            lines.append("")
    return "\n".join(lines)


def _xml_heading(element, kind: str) -> str:
    # ToTA numbers its Spanish texts "ARTÍCULO 13.4" (chapters "CAPÍTULO 13"): the word goes, the number stays.
    words = {"article": r"article|art\.|art[íi]culo", "chapter": r"chapter|cap[íi]tulo"}.get(kind, kind)
    number = re.sub(rf"^\s*(?:{words})\s*", "", element.get("number") or "", flags=re.IGNORECASE)
    name = (element.get("name") or "").strip()
    if not number and not name:
        return ""
    return " ".join(part for part in (kind.capitalize(), number, name) if part)
