"""Reading reference translations (plain text, XLIFF 1.2/2.0, TMX) and aligning them to source sentences."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from framing_desk.core.translation.references import (
    ReferenceFormatError,
    ReferenceTranslation,
    Segment,
    align_to_sentences,
    read_reference,
)

from .conftest import SHARED

CORPUS = SHARED / "corpus" / "de-news"

XLIFF_12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="artikel.txt" source-language="de-DE" target-language="en-US" datatype="plaintext">
    <body>
      <group id="g1">
        <trans-unit id="t1">
          <source>Die Bürger äußern <g id="1">große</g> Sorge.</source>
          <target>Citizens express <g id="1">great</g> concern.</target>
          <alt-trans><source>Falsch</source><target>Wrong</target></alt-trans>
        </trans-unit>
      </group>
      <trans-unit id="t2">
        <source>Er sagte:<x id="2"/> „Nein.“</source>
        <target>He said:<x id="2"/> <bpt id="3">&lt;b&gt;</bpt>“No.”<ept id="3">&lt;/b&gt;</ept></target>
      </trans-unit>
      <trans-unit id="t3">
        <source>Noch nicht übersetzt.</source>
      </trans-unit>
      <trans-unit id="t4">
        <source>Ein <ph id="4">{0}</ph> Platzhalter mit <mrk mtype="term">Begriff</mrk>.</source>
        <target>A <ph id="4">{0}</ph> placeholder with <mrk mtype="term">term</mrk>.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF_20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <segment id="s1">
        <source>Grüße aus <pc id="1">München</pc>.</source>
        <target>Greetings from <pc id="1">Munich</pc>.</target>
      </segment>
      <ignorable><source> </source></ignorable>
      <segment id="s2">
        <source>Straße<ph id="2"/> gesperrt.</source>
        <target>Road<ph id="2"/> closed.</target>
      </segment>
    </unit>
    <unit id="u2">
      <segment>
        <source>Ohne Übersetzung.</source>
      </segment>
    </unit>
    <unit id="u3">
      <segment>
        <source>Preis<cp hex="00A0"/>5 €</source>
        <target>Price<cp hex="00A0"/>€5</target>
      </segment>
    </unit>
  </file>
</xliff>
"""

TMX_14 = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header srclang="de" datatype="plaintext" segtype="sentence" o-tmf="test" adminlang="en"
          creationtool="test" creationtoolversion="1"/>
  <body>
    <tu tuid="1">
      <tuv xml:lang="en-GB"><seg>The weather is <hi>fine</hi>.</seg></tuv>
      <tuv xml:lang="de-DE"><seg>Das Wetter ist <hi>schön</hi>.</seg></tuv>
    </tu>
    <tu tuid="2">
      <tuv xml:lang="de-DE"><seg>Öl<ph x="1">&lt;br/&gt;</ph> wird teurer.</seg></tuv>
      <tuv xml:lang="en-GB"><seg>Oil<ph x="1">&lt;br/&gt;</ph> is getting dearer.</seg></tuv>
    </tu>
    <tu tuid="3">
      <tuv xml:lang="de-DE"><seg>Nur Deutsch.</seg></tuv>
    </tu>
  </body>
</tmx>
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<xliff version="1.2"><file source-language="de"><body>
  <trans-unit id="1"><source>&lol9;</source><target>&lol9;</target></trans-unit>
</body></file></xliff>
"""


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- Plain text


def test_plain_text_keeps_blank_lines_and_drops_the_final_newline(tmp_path: Path) -> None:
    path = write(tmp_path, "article.en", "First line.\r\n\r\nThird – “quoted”.\r\n")
    reference = read_reference(path)
    assert reference == ReferenceTranslation(
        (
            Segment(None, "First line.", None),
            Segment(None, "", None),
            Segment(None, "Third – “quoted”.", None),
        ),
        None,
        None,
        "article.en",
    )


def test_plain_text_with_bom_and_no_final_newline(tmp_path: Path) -> None:
    path = write(tmp_path, "article.txt", codecs.BOM_UTF8 + "Grüße\nÄrger".encode())
    assert [segment.target for segment in read_reference(path).segments] == ["Grüße", "Ärger"]


def test_plain_text_in_utf16(tmp_path: Path) -> None:
    path = write(tmp_path, "article.txt", "Übel\r\nSüß\r\n".encode("utf-16"))
    assert [segment.target for segment in read_reference(path).segments] == ["Übel", "Süß"]


def test_plain_text_in_windows_1252(tmp_path: Path) -> None:
    text = "Die Straße ist gesperrt – „sagt“ die Polizei.\nÖffnung erst übermorgen.\n"
    path = write(tmp_path, "legacy.txt", text.encode("cp1252"))
    assert [segment.target for segment in read_reference(path).segments] == text.splitlines()


def test_empty_plain_text_has_no_segments(tmp_path: Path) -> None:
    assert read_reference(write(tmp_path, "empty.txt", b"")).segments == ()


def test_binary_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReferenceFormatError, match=r"^blob\.txt: .*binary"):
        read_reference(write(tmp_path, "blob.txt", bytes(range(256)) * 4))


# --- XLIFF


def test_xliff_12_with_namespace_groups_inline_tags_and_missing_target(tmp_path: Path) -> None:
    reference = read_reference(write(tmp_path, "job.xlf", XLIFF_12))
    assert reference.name == "job.xlf"
    assert (reference.source_language, reference.target_language) == ("de-DE", "en-US")
    assert reference.segments == (
        Segment("Die Bürger äußern große Sorge.", "Citizens express great concern.", "t1"),
        Segment("Er sagte: „Nein.“", "He said: “No.”", "t2"),
        Segment("Noch nicht übersetzt.", "", "t3"),
        Segment("Ein Platzhalter mit Begriff.", "A placeholder with term.", "t4"),
    )


def test_xliff_12_without_namespace_with_crlf_and_bom(tmp_path: Path) -> None:
    text = XLIFF_12.replace(' xmlns="urn:oasis:names:tc:xliff:document:1.2"', "").replace("\n", "\r\n")
    reference = read_reference(write(tmp_path, "job.xliff", codecs.BOM_UTF8 + text.encode()))
    assert reference.segments[0].source == "Die Bürger äußern große Sorge."
    assert len(reference.segments) == 4


def test_xliff_in_utf16_is_recognised_by_content(tmp_path: Path) -> None:
    reference = read_reference(write(tmp_path, "export.dat", XLIFF_12.encode("utf-16")))
    assert reference.segments[0].target == "Citizens express great concern."


def test_xliff_20_segments_inline_codes_and_languages(tmp_path: Path) -> None:
    reference = read_reference(write(tmp_path, "job.xlf", XLIFF_20))
    assert (reference.source_language, reference.target_language) == ("de", "en")
    assert reference.segments == (
        Segment("Grüße aus München.", "Greetings from Munich.", "s1"),
        Segment("Straße gesperrt.", "Road closed.", "s2"),
        Segment("Ohne Übersetzung.", "", "u2"),
        Segment("Preis\u00a05 €", "Price\u00a0€5", "u3"),
    )


def test_unsupported_xliff_version(tmp_path: Path) -> None:
    with pytest.raises(ReferenceFormatError, match=r"^old\.xlf: unsupported XLIFF version 0\.9$"):
        read_reference(write(tmp_path, "old.xlf", '<xliff version="0.9"/>'))


# --- TMX


def test_tmx_source_by_language_prefix_whatever_the_order(tmp_path: Path) -> None:
    reference = read_reference(write(tmp_path, "memory.tmx", TMX_14.replace("\n", "\r\n")))
    assert (reference.source_language, reference.target_language) == ("de", "en-GB")
    assert reference.segments == (
        Segment("Das Wetter ist schön.", "The weather is fine.", "1"),
        Segment("Öl wird teurer.", "Oil is getting dearer.", "2"),
        Segment("Nur Deutsch.", "", "3"),
    )


def test_tmx_without_srclang_takes_the_first_variant_as_source(tmp_path: Path) -> None:
    text = TMX_14.replace('srclang="de"', 'srclang="*all*"')
    reference = read_reference(write(tmp_path, "memory.tmx", text))
    assert (reference.source_language, reference.target_language) == ("en-GB", "de-DE")
    assert reference.segments[0] == Segment("The weather is fine.", "Das Wetter ist schön.", "1")


# --- Malformed and unsafe input


def test_malformed_xml_names_the_file_and_the_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.xlf", '<xliff version="1.2"><file><body><trans-unit>')
    with pytest.raises(ReferenceFormatError, match=r"^broken\.xlf: not well-formed XML \(.*line 1") as caught:
        read_reference(path)
    assert "\n" not in str(caught.value)


def test_plain_text_under_an_xml_suffix_is_malformed_xml(tmp_path: Path) -> None:
    with pytest.raises(ReferenceFormatError, match=r"^notes\.tmx: not well-formed XML"):
        read_reference(write(tmp_path, "notes.tmx", "Nur ein Satz.\n"))


def test_other_xml_documents_are_unsupported(tmp_path: Path) -> None:
    with pytest.raises(
        ReferenceFormatError, match=r"^page\.xml: unsupported XML document \(root element <html>\)"
    ):
        read_reference(write(tmp_path, "page.xml", '<html xmlns="http://www.w3.org/1999/xhtml"/>'))


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReferenceFormatError, match=r"^bomb\.xlf: .*XML bomb"):
        read_reference(write(tmp_path, "bomb.xlf", BILLION_LAUGHS))


def test_external_entity_is_refused(tmp_path: Path) -> None:
    secret = write(tmp_path, "secret.txt", "geheim")
    text = (
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY s SYSTEM "{secret.as_uri()}">]>'
        '<xliff version="1.2"><file><body><trans-unit id="1"><source>&s;</source></trans-unit>'
        "</body></file></xliff>"
    )
    with pytest.raises(ReferenceFormatError, match=r"^xxe\.xlf: "):
        read_reference(write(tmp_path, "xxe.xlf", text))


# --- Alignment


def test_alignment_by_source_text_exact_normalised_and_fuzzy(tmp_path: Path) -> None:
    reference = read_reference(write(tmp_path, "job.xlf", XLIFF_12))
    sentences = [
        "Noch nicht übersetzt.",  # present, but without a target
        "DIE bürger   äußern große\nSorge.",  # case and whitespace differ
        "Er sagte: „Nein!“",  # a small edit since the translation was made
        "Ein völlig anderer Satz über das Wetter.",
    ]
    assert align_to_sentences(reference, sentences) == [
        None,
        "Citizens express great concern.",
        "He said: “No.”",
        None,
    ]


def test_alignment_by_source_matches_decomposed_umlauts() -> None:
    reference = ReferenceTranslation((Segment("Grüße", "Greetings", None),), "de", "en", "test")
    assert align_to_sentences(reference, ["Gru\u0308ße"]) == ["Greetings"]


def test_alignment_by_position_for_plain_text(tmp_path: Path) -> None:
    reference = read_reference(write(tmp_path, "article.en", "One.\n\nThree.\n"))
    assert align_to_sentences(reference, ["Eins.", "Zwei.", "Drei.", "Vier."]) == [
        "One.",
        None,
        "Three.",
        None,
    ]


def test_alignment_of_no_sentences_is_empty() -> None:
    assert align_to_sentences(ReferenceTranslation((), None, None, "empty"), []) == []


# --- Real engine output


@pytest.mark.skipif(
    not (CORPUS / "wmt19.de").exists() or not (CORPUS / "wmt19.google.en").exists(),
    reason="de-news corpus not available",
)
def test_real_engine_output_is_line_aligned_with_the_german_source() -> None:
    german = (CORPUS / "wmt19.de").read_text(encoding="utf-8").splitlines()
    reference = read_reference(CORPUS / "wmt19.google.en")
    assert len(reference.segments) == len(german)
    assert all(segment.source is None and segment.target for segment in reference.segments)
    aligned = align_to_sentences(reference, german)
    assert aligned[0] == reference.segments[0].target
    assert len(aligned) == len(german)
