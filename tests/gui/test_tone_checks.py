"""Tone checks of translations in the window: stored English analyses reused, each state checked once."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from framing_desk import core
from framing_desk.core import Engine
from framing_desk.core.analysis_cache import AnalysisCache
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
