"""The on-disk analysis cache: exact round trip, misses on any change, damaged entries dropped."""

from pathlib import Path

from framing_desk.core import Engine
from framing_desk.core.analysis_cache import MAX_ENTRIES, AnalysisCache
from framing_desk.core.rules.catalog import builtin_rule_dir


def test_round_trip_is_exact(tmp_path: Path, de_engine: Engine, sample_text: str) -> None:
    cache = AnalysisCache(tmp_path)
    dirs = [builtin_rule_dir("de")]
    analysis = de_engine.analyze(sample_text)
    assert cache.load(sample_text, "de", dirs) is None
    cache.store(analysis, dirs)
    assert cache.load(sample_text, "de", dirs) == analysis


def test_any_change_is_a_miss(tmp_path: Path, de_engine: Engine) -> None:
    cache = AnalysisCache(tmp_path / "cache")
    rules = tmp_path / "rules"
    rules.mkdir()
    text = "Ein historischer Durchbruch."
    cache.store(de_engine.analyze(text), [rules])
    assert cache.load(text, "de", [rules]) is not None
    assert cache.load(text + " ", "de", [rules]) is None
    assert cache.load(text, "en", [rules]) is None
    (rules / "extra.yaml").write_text("rules: []\n", encoding="utf-8")
    assert cache.load(text, "de", [rules]) is None


def test_damaged_entry_is_dropped(tmp_path: Path, de_engine: Engine) -> None:
    cache = AnalysisCache(tmp_path)
    dirs = [builtin_rule_dir("de")]
    text = "Zweifellos ein Erfolg."
    cache.store(de_engine.analyze(text), dirs)
    (entry,) = tmp_path.glob("*.json")
    entry.write_text('{"findings": [[0, 999', encoding="utf-8")
    assert cache.load(text, "de", dirs) is None
    assert not entry.exists()


def test_only_recent_entries_are_kept(tmp_path: Path, de_engine: Engine) -> None:
    cache = AnalysisCache(tmp_path)
    dirs: list[Path] = []
    for i in range(MAX_ENTRIES + 5):
        cache.store(de_engine.analyze(f"Satz {i}."), dirs)
    assert len(list(tmp_path.glob("*.json"))) == MAX_ENTRIES


def test_many_round_trip_keeps_each_text_apart(tmp_path: Path, en_engine: Engine) -> None:
    cache = AnalysisCache(tmp_path)
    dirs = [builtin_rule_dir("en")]
    texts = ["A historic breakthrough.", "Experts believe it works.", "The meeting was on Monday."]
    analyses = list(en_engine.analyze_many(texts))
    assert cache.load_many(texts, "en", dirs) is None
    cache.store_many(analyses, dirs)
    assert cache.load_many(texts, "en", dirs) == analyses
    assert cache.load_many(texts[:2], "en", dirs) is None
    assert cache.load_many(list(reversed(texts)), "en", dirs) is None
    assert cache.load("\n".join(texts), "en", dirs) is None  # a list is never taken for one document


def test_many_of_one_text_is_not_the_text_itself(tmp_path: Path, en_engine: Engine) -> None:
    cache = AnalysisCache(tmp_path)
    dirs = [builtin_rule_dir("en")]
    analysis = en_engine.analyze("A remarkable success.")
    cache.store_many([analysis], dirs)
    assert cache.load(analysis.text, "en", dirs) is None
    assert cache.load_many([analysis.text], "en", dirs) == [analysis]


def test_damaged_many_entry_is_dropped(tmp_path: Path, en_engine: Engine) -> None:
    cache = AnalysisCache(tmp_path)
    dirs = [builtin_rule_dir("en")]
    texts = ["A historic breakthrough.", "Nothing to see."]
    cache.store_many(list(en_engine.analyze_many(texts)), dirs)
    (entry,) = tmp_path.glob("*.json")
    entry.write_text('{"analyses": [{"language": "en"}]}', encoding="utf-8")
    assert cache.load_many(texts, "en", dirs) is None
    assert not entry.exists()
