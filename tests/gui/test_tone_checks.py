"""Tone checks of translations in the window: stored English analyses reused, each state checked once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from framing_desk import core
from framing_desk.core import Engine
from framing_desk.core.analysis_cache import AnalysisCache
from framing_desk.core.model import Analysis
from framing_desk.core.tone import Verdict
from framing_desk.gui.translations import Translations, tone_checks

SOURCE = "Ein bemerkenswerter Erfolg. Der Zug fährt um neun Uhr ab."
ENGLISH = ["A success.", "The train leaves at nine."]


def test_stored_english_analyses_need_no_english_engine(
        tmp_path: Path, de_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = AnalysisCache(tmp_path)
    analysis = de_engine.analyze(SOURCE)
    first = tone_checks(analysis, ENGLISH, cache)
    assert first[0] is not None and first[0].verdict is Verdict.SOFTENED

    def no_engine(language: str = "de") -> Engine:
        raise AssertionError(f"the {language} engine was asked for although the cache has the analyses")

    monkeypatch.setattr(core, "shared_engine", no_engine)
    assert tone_checks(analysis, ENGLISH, cache) == first
    changed = ["A remarkable success.", "The train leaves at nine."]
    with pytest.raises(AssertionError, match="engine was asked for"):
        tone_checks(analysis, changed, cache)


def test_the_same_state_is_checked_once(qtbot: QtBot, de_engine: Engine, tmp_path: Path) -> None:
    translations = Translations(cache=AnalysisCache(tmp_path))
    analysis = de_engine.analyze(SOURCE)
    sentences = [analysis.text[s.start:s.end] for s in analysis.sentences]
    translations.add("reference", "Reference", sentences, ENGLISH)
    with qtbot.waitSignal(translations.toneReady, timeout=60_000):
        translations.check_tone("reference", analysis)
    translations.check_tone("reference", analysis)
    assert translations.idle  # nothing started: the verdicts of this state are there
    translations.edit(sentences[0], "A remarkable success.")
    with qtbot.waitSignal(translations.toneReady, timeout=60_000):
        translations.check_tone("edited", analysis)
    assert translations.tone["edited"][0] is not None
    assert translations.tone["edited"][0].verdict is Verdict.PRESERVED


def test_a_partial_translation_says_how_much_was_kept(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.fake_services import libretranslate, serve

    translations = Translations(cache=AnalysisCache(tmp_path))
    sentences = ["Erster Satz " + "lang " * 700, "Zweiter Satz " + "lang " * 700]  # one request each
    with serve(libretranslate) as service:
        service.faults = ["ok"]
        service.always = (403, {"Content-Type": "application/json"}, b'{"error": "Invalid API key"}')
        settings = translations.settings.with_options("libretranslate", url=service.url)
        translations.save_settings(settings.with_consent("libretranslate", network=True))
        with qtbot.waitSignal(translations.failed, timeout=60_000) as failure:
            translations.translate("libretranslate", sentences)
        assert len(service.requests) >= 2
    title, message = failure.args
    assert title == "Translation incomplete"
    assert message.endswith("1 of 2 sentences was translated and is kept.")
    kept = translations.aligned("libretranslate", sentences)  # batches run at once: either one
    assert [t is None for t in kept].count(True) == 1
    assert all(t == s.upper() for s, t in zip(sentences, kept, strict=True) if t is not None)


def test_an_edit_checks_only_the_new_english_sentence(
        de_engine: Engine, en_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    memo: dict[str, Analysis] = {}
    analysis = de_engine.analyze(SOURCE)
    first = tone_checks(analysis, ENGLISH, None, memo)
    analysed: list[list[str]] = []

    class Recording:
        def analyze_many(self, texts: Iterable[str]) -> Iterator[Analysis]:
            analysed.append(list(texts))
            return en_engine.analyze_many(analysed[-1])

    monkeypatch.setattr(core, "shared_engine", lambda language="de": Recording())
    assert tone_checks(analysis, ENGLISH, None, memo) == first
    assert analysed == [], "nothing new: nothing analysed"
    checks = tone_checks(analysis, ["A remarkable success.", ENGLISH[1]], None, memo)
    assert analysed == [["A remarkable success."]]
    assert checks[0] is not None and checks[0].verdict is Verdict.PRESERVED
    assert checks[1] == first[1]
