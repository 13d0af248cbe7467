"""Opening documents: text in any encoding, Markdown, Word, web pages, pasted text, and what is refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from framing_desk.core.documents import (
    DocumentError,
    DocumentKind,
    document_from_bytes,
    document_from_clipboard,
    markdown_to_text,
    open_document,
)

GERMAN = "Grüße aus Köln: „Das Maß ist voll“ – sagte er.\r\nZweite Zeile, süß.\r\n"


# --- Text ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_text_in_any_encoding_with_crlf_normalised(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "Meldung.txt"
    path.write_bytes(GERMAN.encode(encoding))
    document = open_document(path)
    assert document.text == GERMAN.replace("\r\n", "\n")
    assert document.kind is DocumentKind.TEXT
    assert document.title == "Meldung"


def test_latin1_and_old_mac_line_ends() -> None:
    data = "Straße\rÄrger über Öl.\r".encode("latin-1")
    assert document_from_bytes(data, "alt.txt").text == "Straße\nÄrger über Öl.\n"


def test_unknown_extension_is_sniffed_as_text_or_html() -> None:
    assert document_from_bytes(b"Nur Text.", "notiz").kind is DocumentKind.TEXT
    page = document_from_bytes(b"<!DOCTYPE html><html><body><p>Hallo</p></body></html>", "seite.php")
    assert (page.kind, page.text) == (DocumentKind.HTML, "Hallo")


@pytest.mark.parametrize(("data", "name", "what"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "bild.png", "PNG picture"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "bericht.pdf", "PDF file"),
    (bytes(range(256)) * 8, "daten.bin", "not a text document"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "foto.txt", "JPEG picture"),
])
def test_binary_files_are_refused(data: bytes, name: str, what: str) -> None:
    with pytest.raises(DocumentError, match=what) as caught:
        document_from_bytes(data, name)
    assert f"“{name}”" in str(caught.value)
    assert caught.value.name == name


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t"])
def test_empty_files_get_a_clear_message(data: bytes) -> None:
    with pytest.raises(DocumentError, match=r"“leer\.txt” is empty"):
        document_from_bytes(data, "leer.txt")


def test_huge_files_are_refused_with_their_size(tmp_path: Path) -> None:
    path = tmp_path / "riesig.txt"
    path.write_bytes(b"Wort " * 300_000)
    with pytest.raises(DocumentError, match=r"“riesig.txt” is too large to check \(1.4 MB\).*up to 1.0 MB"):
        open_document(path, limit=1024 * 1024)
    assert open_document(path, limit=2 * 1024 * 1024).text.startswith("Wort Wort")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"“weg\.txt” was not found"):
        open_document(tmp_path / "weg.txt")
    with pytest.raises(DocumentError, match="is a folder"):
        open_document(tmp_path)


@pytest.mark.parametrize(("data", "name", "advice"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "alt.doc", "save it as .docx"),
    (b"{\\rtf1\\ansi Hallo}", "brief.rtf", "save it as .docx or .txt"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "tabelle.xls", "save it as .docx"),
])
def test_old_formats_get_advice(data: bytes, name: str, advice: str) -> None:
    with pytest.raises(DocumentError, match=advice):
        document_from_bytes(data, name)


# --- Markdown ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("markdown", "text"), [
    ("# Titel #\nText", "Titel\n\nText"),
    ("Ein *sehr* **klarer** und ***starker*** __Satz__ mit _Nachdruck_.",
     "Ein sehr klarer und starker Satz mit Nachdruck."),
    ("Bürger*innen und Lehrer*innen, snake_case_name, 5 * 3 * 2", None),
    ("Laut [Scholz](https://example.org/a \"Titel\") und [ihm][1].\n\n[1]: https://example.org",
     "Laut Scholz und ihm."),
    ("Vor ![ein Bild](bild.png) nach", "Vor nach"),
    ("- eins\n- zwei\n  weiter\n1. drei", "eins\n\nzwei weiter\n\ndrei"),
    ("> Zitat **stark**\n> > tiefer", "Zitat stark tiefer"),
    ("erste\nzweite Zeile", "erste zweite Zeile"),
    ("hart  \numgebrochen\\\nhier", "hart\numgebrochen\nhier"),
    ("Text <!-- geheim\nüber Zeilen --> weiter", "Text weiter"),
    ("```python\nx = *1*  # <!-- bleibt -->\n```\nDanach", "x = *1*  # <!-- bleibt -->\n\nDanach"),
    ("Code `a *b* c` hier", "Code a *b* c hier"),
    ("Kopf\n====\nText\n\n---\n\nEnde", "Kopf\n\nText\n\nEnde"),
    ("---\ntitle: x\n---\nText", "Text"),
    ("Ein \\*Stern\\* und ~~weg~~ <b>fett</b> <https://x.de>", "Ein *Stern* und weg fett https://x.de"),
    ("Absatz eins\r\n\r\n\r\nAbsatz zwei", "Absatz eins\n\nAbsatz zwei"),
])
def test_markdown_to_text(markdown: str, text: str | None) -> None:
    assert markdown_to_text(markdown) == (markdown if text is None else text)


def test_markdown_file_title_is_its_first_heading() -> None:
    document = document_from_bytes(b"Intro\n\n## Ein *klarer* Tag\n\nText", "a.md")
    assert (document.title, document.kind) == ("Ein klarer Tag", DocumentKind.MARKDOWN)
    assert document_from_bytes(b"Nur Text", "notiz.md").title == "notiz"


# --- Word ----------------------------------------------------------------------------------------

def _docx(tmp_path: Path, name: str = "artikel.docx", *, title: str = "") -> Path:
    document = docx.Document()
    document.core_properties.title = title
    document.sections[0].header.paragraphs[0].text = "Kopfzeile"
    document.sections[0].footer.paragraphs[0].text = "Fußzeile"
    document.add_heading("Ein historischer Tag", level=1)
    document.add_paragraph("Erster Absatz mit Umlauten: äöüß.")
    document.add_paragraph("")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "A1"
    table.cell(0, 1).text = "B1"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "Verbunden"
    paragraph = document.add_paragraph("Zeile eins")
    paragraph.add_run().add_break()
    paragraph.add_run("Zeile zwei")
    path = tmp_path / name
    document.save(str(path))
    return path


def test_docx_paragraphs_and_tables_in_order_without_header_footer(tmp_path: Path) -> None:
    document = open_document(_docx(tmp_path))
    assert document.kind is DocumentKind.DOCX
    assert document.text == ("Ein historischer Tag\n\nErster Absatz mit Umlauten: äöüß.\n\n"
                             "A1\n\nB1\n\nVerbunden\n\nZeile eins\nZeile zwei")
    assert document.title == "Ein historischer Tag"
    assert document.warnings == ()


def test_docx_title_from_properties_and_sniffed_without_extension(tmp_path: Path) -> None:
    path = _docx(tmp_path, "ohne-endung", title="Der Titel")
    document = open_document(path)
    assert (document.kind, document.title) == (DocumentKind.DOCX, "Der Titel")


def test_docx_may_be_larger_than_text_limit(tmp_path: Path) -> None:
    path = _docx(tmp_path)
    size = path.stat().st_size
    assert open_document(path, limit=size // 2).text
    with pytest.raises(DocumentError, match="too large"):
        open_document(path, limit=size // 8)


def _broken(tmp_path: Path, kind: str) -> Path:
    good = _docx(tmp_path, "gut.docx").read_bytes()
    if kind == "not a zip":
        data = b"PK\x03\x04 but nothing else" + bytes(64)
    elif kind == "truncated":
        data = good[: len(good) // 2]
    elif kind == "no document.xml":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr("xl/workbook.xml", "<workbook/>")
        data = buffer.getvalue()
    else:  # damaged XML
        buffer = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(buffer, "w") as archive:
            for item in source.infolist():
                content = source.read(item)
                archive.writestr(item, content[:50] if item.filename == "word/document.xml" else content)
        data = buffer.getvalue()
    path = tmp_path / "kaputt.docx"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("kind", "message"), [
    ("not a zip", "damaged or incomplete"),
    ("truncated", "damaged or incomplete"),
    ("no document.xml", "is not a Word document"),
    ("damaged xml", "damaged or incomplete"),
])
def test_broken_docx_gives_a_clear_error(tmp_path: Path, kind: str, message: str) -> None:
    with pytest.raises(DocumentError, match=message) as caught:
        open_document(_broken(tmp_path, kind))
    assert "“kaputt.docx”" in str(caught.value)


# --- Web pages -----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="windows-1252"><title>Großer Tag | Zeitung</title>
<style>p { color: red }</style><script>var secret = "<p>nein</p>";</script></head>
<body><header><nav><a href="/">Startseite</a></nav></header>
<main><article>
<header><h1>Ein Gro&szlig;er&shy;tag &amp; mehr</h1></header>
<p>Erster <b>Absatz</b>
   über   Zeilen.</p>
<p>Zeile<br>zwei<br><br>Neuer Absatz</p>
<div hidden>versteckt</div><p style="display: none">auch versteckt</p><span aria-hidden="true">x</span>
<figure><img src="a.jpg" alt="Bild"><figcaption>Bildunterschrift</figcaption></figure>
<aside>Lesen Sie auch</aside><!-- Kommentar -->
<ul><li>Punkt eins</li><li>Punkt zwei</li></ul>
<noscript>Bitte JavaScript</noscript><form><input type="text" value="Suche"></form>
<iframe src="video"></iframe>
<footer>Teilen</footer>
</article>
<article><p>Kurzer Anriss</p></article></main>
<footer>Impressum</footer></body></html>
"""


def test_html_article_text_only() -> None:
    document = document_from_bytes(PAGE.encode("cp1252"), "seite.html")
    assert document.kind is DocumentKind.HTML
    assert document.title == "Ein Großertag & mehr"
    assert document.text == ("Ein Großertag & mehr\n\nErster Absatz über Zeilen.\n\nZeile\nzwei\n\n"
                             "Neuer Absatz\n\nBildunterschrift\n\nPunkt eins\n\nPunkt zwei")
    assert document.warnings == ()


def test_html_charset_from_meta_and_bom() -> None:
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    latin = (page + "</head><body><main><p>Öl für Bürger</p></main></body></html>").encode("cp1252")
    assert document_from_bytes(latin, "a.htm").text == "Öl für Bürger"
    utf16 = "<p>Grüße</p>".encode("utf-16")
    assert document_from_bytes(utf16, "b.html").text == "Grüße"


def test_html_falls_back_to_body_with_a_warning() -> None:
    page = b"<html><head><title>Titel</title></head><body><nav>Men\xc3\xbc</nav><p>Text</p></body></html>"
    document = document_from_bytes(page, "seite.html")
    assert (document.text, document.title) == ("Text", "Titel")
    assert document.warnings and "no article" in document.warnings[0]


def test_html_pre_and_entities() -> None:
    page = "<main><pre>eins\n zwei</pre><p>&bdquo;Zitat&ldquo; &ndash; &#228;&nbsp;b</p></main>"
    assert document_from_bytes(page.encode(), "x.html").text == "eins\nzwei\n\n„Zitat“ – ä\xa0b"


def test_html_without_text_is_refused() -> None:
    with pytest.raises(DocumentError, match="contains no text"):
        document_from_bytes(b"<html><body><script>x()</script></body></html>", "leer.html")


# --- Clipboard -----------------------------------------------------------------------------------

def test_clipboard_prefers_plain_text() -> None:
    document = document_from_clipboard("\ufeffEine Überschrift\r\nText", "<p>HTML</p>")
    assert document.text == "Eine Überschrift\nText"
    assert (document.title, document.kind) == ("Eine Überschrift", DocumentKind.TEXT)


def test_clipboard_falls_back_to_html() -> None:
    html = "<html><body><!--StartFragment--><p>Erster</p><p>Zweiter <i>Satz</i></p></body></html>"
    document = document_from_clipboard("  ", html)
    assert (document.text, document.kind) == ("Erster\n\nZweiter Satz", DocumentKind.HTML)
    assert document.title == "Erster"


def test_clipboard_title_is_shortened() -> None:
    assert document_from_clipboard("W" * 200, None).title == "W" * 79 + "…"


@pytest.mark.parametrize(("text", "html"), [(None, None), ("", ""), (" ", "<script>x</script>")])
def test_empty_clipboard(text: str | None, html: str | None) -> None:
    with pytest.raises(DocumentError, match=r"(clipboard holds no text|pasted text contains no text)"):
        document_from_clipboard(text, html)


def test_clipboard_limit() -> None:
    with pytest.raises(DocumentError, match="The pasted text holds too much text"):
        document_from_clipboard("x" * 2000, None, limit=1000)
