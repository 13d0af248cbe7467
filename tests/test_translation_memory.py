"""Translation memory: SQLite storage, normalisation, recovery, threads and TMX 1.4 exchange."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from defusedxml import ElementTree

from framing_desk.core.translation.memory import (
    HUMAN,
    DamagedMemoryError,
    TranslationMemory,
    TranslationMemoryError,
    default_memory_path,
    export_tmx,
    import_tmx,
    normalise_sentence,
    open_memory,
)


@pytest.fixture
def memory(tmp_path: Path) -> Iterator[TranslationMemory]:
    with open_memory(tmp_path / "memory.sqlite3") as opened:
        yield opened


def test_store_and_lookup_round_trip(memory: TranslationMemory) -> None:
    memory.store("deepl", "de", "en", "Der Hund bellt.", "The dog barks.")
    assert memory.lookup("deepl", "de", "en", "Der Hund bellt.") == "The dog barks."
    assert memory.lookup("google", "de", "en", "Der Hund bellt.") is None
    assert memory.lookup("deepl", "de", "fr", "Der Hund bellt.") is None
    assert memory.count() == 1


def test_store_again_updates_the_entry(memory: TranslationMemory) -> None:
    memory.store("deepl", "de", "en", "Ja.", "Yes.")
    memory.store("deepl", "de", "en", "Ja.", "Yeah.")
    assert memory.lookup("deepl", "de", "en", "Ja.") == "Yeah."
    (entry,) = memory.entries()
    assert entry.updated >= entry.created
    assert memory.count() == 1


def test_normalisation_collapses_whitespace_and_composes_unicode(memory: TranslationMemory) -> None:
    decomposed = "Die Bu\u0308rger  sind\u00a0\n froh. "
    assert normalise_sentence(decomposed) == "Die Bürger sind froh."
    memory.store("google", "de", "en", decomposed, "The citizens are happy.")
    assert memory.lookup("google", "de", "en", "Die Bürger sind froh.") == "The citizens are happy."
    assert memory.lookup("google", "de", "en", "die Bürger sind froh.") is None  # case is kept
    assert memory.lookup("google", "de", "en", "Die Bürger sind froh") is None  # punctuation is kept


def test_human_entries_win_over_providers(memory: TranslationMemory) -> None:
    memory.store_human("de", "en", "Satz.", "Edited sentence.")
    memory.store("google", "de", "en", "Satz.", "Set.")
    memory.store("deepl", "de", "en", "Satz.", "Sentence.")
    assert memory.lookup_any("de", "en", "Satz.") == "Edited sentence."
    assert memory.lookup("google", "de", "en", "Satz.") == "Set."
    assert memory.count(HUMAN) == 1


def test_lookup_any_prefers_the_newest_provider_without_human(memory: TranslationMemory) -> None:
    memory.store("google", "de", "en", "Satz.", "Set.")
    memory.store("deepl", "de", "en", "Satz.", "Sentence.")
    assert memory.lookup_any("de", "en", "Satz.") == "Sentence."
    assert memory.lookup_any("de", "en", "Anderer Satz.") is None


def test_lookup_many_is_aligned_with_its_input(memory: TranslationMemory) -> None:
    memory.store_many("deepl", "de", "en", [("Eins.", "One."), ("Zwei.", "Two.")])
    memory.store_human("de", "en", "Zwei.", "Two!")
    assert memory.lookup_many("deepl", "de", "en", ["Zwei.", "Drei.", "Eins.", "", "Zwei."]) == [
        "Two.",
        None,
        "One.",
        None,
        "Two.",
    ]
    assert memory.lookup_many(None, "de", "en", ["Eins.", "Zwei."]) == ["One.", "Two!"]


def test_thirty_sentence_article_hits_every_sentence(memory: TranslationMemory) -> None:
    article = [(f"Satz Nummer {index}.", f"Sentence number {index}.") for index in range(30)]
    assert memory.store_many("deepl", "de", "en", article) == 30
    found = memory.lookup_many("deepl", "de", "en", [source for source, _ in article])
    assert found == [target for _, target in article]


def test_batches_larger_than_one_query_chunk(memory: TranslationMemory) -> None:
    pairs = [(f"S{index}.", f"T{index}.") for index in range(1200)]
    memory.store_many("google", "de", "en", pairs)
    assert memory.lookup_many("google", "de", "en", [source for source, _ in pairs]) == [
        target for _, target in pairs
    ]


def test_empty_sentence_is_refused(memory: TranslationMemory) -> None:
    with pytest.raises(ValueError, match="empty"):
        memory.store("deepl", "de", "en", "  \n ", "Nothing.")


def test_entries_persist_across_reopen(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "memory.sqlite3"
    with open_memory(path) as memory:
        memory.store_human("de", "en", "Guten Tag.", "Good day.")
    with open_memory(path) as memory:
        assert memory.lookup_any("de", "en", "Guten Tag.") == "Good day."
        assert memory.count() == 1


def test_closed_memory_raises(tmp_path: Path) -> None:
    memory = open_memory(tmp_path / "memory.sqlite3")
    memory.close()
    memory.close()
    with pytest.raises(TranslationMemoryError, match="closed"):
        memory.count()


def test_default_path_is_in_the_user_data_folder() -> None:
    path = default_memory_path()
    assert path.name == "memory.sqlite3"
    assert "framing-desk" in str(path.parent)


def test_corrupt_file_raises_then_recovers(tmp_path: Path) -> None:
    path = tmp_path / "memory.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DamagedMemoryError, match=r"memory\.sqlite3"):
        open_memory(path)
    with open_memory(path, recover=True) as memory:
        assert memory.count() == 0
        memory.store("deepl", "de", "en", "Neu.", "New.")
    (aside,) = tmp_path.glob("memory.sqlite3.bad-*")
    assert aside.read_bytes().startswith(b"this is not a database")
    with open_memory(path) as memory:
        assert memory.lookup("deepl", "de", "en", "Neu.") == "New."


def test_threads_share_one_memory(memory: TranslationMemory) -> None:
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            for index in range(25):
                sentence, translation = f"Satz {worker}-{index}.", f"Sentence {worker}-{index}."
                memory.store("google", "de", "en", sentence, translation)
                assert memory.lookup_any("de", "en", sentence) == translation
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=work, args=(worker,)) for worker in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert memory.count() == 200


def test_tmx_round_trip_keeps_special_characters(memory: TranslationMemory, tmp_path: Path) -> None:
    tricky = "Er sagte: \"A < B & C > D\" – 'übrigens' Größe."
    memory.store("deepl", "de", "en", tricky, "He said: \"A < B & C > D\" – 'by the way' size.")
    memory.store_human("de", "en", "Äpfel & Birnen.", "Apples & pears.")
    path = tmp_path / "out.tmx"
    assert export_tmx(memory, path) == 2

    root = ElementTree.parse(path).getroot()
    assert root is not None
    assert root.get("version") == "1.4"
    header = root.find("header")
    assert header is not None
    assert header.get("srclang") == "de"
    assert header.get("creationdate")
    assert len(root.findall("body/tu")) == 2

    with open_memory(tmp_path / "other.sqlite3") as other:
        assert import_tmx(other, path) == 2
        assert other.lookup(HUMAN, "de", "en", tricky) == "He said: \"A < B & C > D\" – 'by the way' size."
        assert other.lookup(HUMAN, "de", "en", "Äpfel & Birnen.") == "Apples & pears."


def test_tmx_export_of_one_provider(memory: TranslationMemory, tmp_path: Path) -> None:
    memory.store("deepl", "de", "en", "Eins.", "One.")
    memory.store("google", "de", "en", "Zwei.", "Two.")
    path = tmp_path / "deepl.tmx"
    assert export_tmx(memory, path, provider="deepl") == 1
    with open_memory(tmp_path / "other.sqlite3") as other:
        assert import_tmx(other, path, provider="deepl") == 1
        assert other.lookup("deepl", "de", "en", "Eins.") == "One."
        assert other.lookup_any("de", "en", "Zwei.") is None


def test_tmx_with_inline_tags_and_several_languages(memory: TranslationMemory, tmp_path: Path) -> None:
    path = tmp_path / "tags.tmx"
    path.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x"
          adminlang="en" srclang="de-DE" datatype="html"/>
  <body>
    <tu>
      <tuv xml:lang="de-DE"><seg>Das ist <bpt i="1">&lt;b&gt;</bpt>fett<ept i="1">&lt;/b&gt;</ept>
        und<ph x="2">&lt;br/&gt;</ph> gut.</seg></tuv>
      <tuv xml:lang="en-GB"><seg>That is <bpt i="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept>
        and<ph x="2">&lt;br/&gt;</ph> good.</seg></tuv>
      <tuv xml:lang="fr-FR"><seg>C'est <hi>gras</hi> et bien.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="de-DE"><seg>Nur Deutsch.</seg></tuv>
    </tu>
  </body>
</tmx>
""",
        encoding="utf-8",
    )
    assert import_tmx(memory, path) == 2
    assert memory.lookup_any("de-de", "en-gb", "Das ist fett und gut.") == "That is bold and good."
    assert memory.lookup_any("DE-DE", "fr-FR", "Das ist fett und gut.") == "C'est gras et bien."
    assert memory.lookup_any("en-gb", "de-de", "That is bold and good.") is None


def test_tmx_with_srclang_all_pairs_every_language(memory: TranslationMemory, tmp_path: Path) -> None:
    path = tmp_path / "all.tmx"
    path.write_text(
        '<tmx version="1.4"><header srclang="*all*"/><body><tu>'
        '<tuv xml:lang="de"><seg>Ja.</seg></tuv><tuv xml:lang="en"><seg>Yes.</seg></tuv>'
        "</tu></body></tmx>",
        encoding="utf-8",
    )
    assert import_tmx(memory, path, provider="reference") == 2
    assert memory.lookup("reference", "en", "de", "Yes.") == "Ja."


def test_malformed_tmx_names_the_file(memory: TranslationMemory, tmp_path: Path) -> None:
    path = tmp_path / "broken.tmx"
    path.write_text('<tmx version="1.4"><body><tu><tuv>', encoding="utf-8")
    with pytest.raises(TranslationMemoryError, match=r"broken\.tmx.*not well-formed"):
        import_tmx(memory, path)


def test_xml_that_is_not_tmx_is_refused(memory: TranslationMemory, tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text("<rss><channel/></rss>", encoding="utf-8")
    with pytest.raises(TranslationMemoryError, match=r"feed\.xml is not a TMX file"):
        import_tmx(memory, path)


def test_missing_tmx_file_is_an_error(memory: TranslationMemory, tmp_path: Path) -> None:
    with pytest.raises(TranslationMemoryError, match=r"missing\.tmx"):
        import_tmx(memory, tmp_path / "missing.tmx")


def test_billion_laughs_is_refused(memory: TranslationMemory, tmp_path: Path) -> None:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{level} "{("&lol" + str(level - 1) + ";") * 10 if level > 1 else "&lol;" * 10}">'
        for level in range(1, 10)
    ]
    path = tmp_path / "bomb.tmx"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE tmx [\n{chr(10).join(entities)}\n]>\n'
        '<tmx version="1.4"><header srclang="de"/><body><tu>'
        '<tuv xml:lang="de"><seg>&lol9;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv>'
        "</tu></body></tmx>",
        encoding="utf-8",
    )
    with pytest.raises(TranslationMemoryError, match=r"unsafe XML in .*bomb\.tmx"):
        import_tmx(memory, path)
    assert memory.count() == 0


def test_newer_schema_is_refused_and_never_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "memory.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        connection.execute("INSERT INTO schema_version VALUES (99)")
    connection.close()
    with pytest.raises(TranslationMemoryError, match="newer"):
        open_memory(path, recover=True)
    assert list(tmp_path.glob("*.bad-*")) == []
