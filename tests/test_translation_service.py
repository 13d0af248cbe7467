"""TranslationService: consent before anything, the memory before the provider, keys from the key store."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from framing_desk.core.translation.consent import (
    ConsentRequiredError,
    OfflineModeError,
    TranslationSettings,
)
from framing_desk.core.translation.keys import SessionKeyStore
from framing_desk.core.translation.memory import HUMAN, TranslationMemory, open_memory
from framing_desk.core.translation.offline import (
    InstalledModel,
    OfflineModelError,
    OfflineProvider,
    install_model,
)
from framing_desk.core.translation.providers import Provider, RejectedKeyError, ServiceError
from framing_desk.core.translation.registry import OfflineModels, create_provider, provider_info
from framing_desk.core.translation.service import TranslationService
from tests import fake_services as fake
from tests.fake_services import KEY, FakeService, serve
from tests.tiny_models import build_argos_folder, build_plain_folder, train_sentencepiece

SENTENCES = ["Die Regierung hat ein Gesetz beschlossen.", "Grüße aus München!", "Der Minister schwieg."]


def libretranslate(state: FakeService, request: fake.Request) -> fake.Answer:
    """POST /translate with a list in "q"; a text containing "kaputt" fails after 0.3 s (a 400)."""
    texts = request.json()["q"]
    if any("kaputt" in text for text in texts):
        time.sleep(0.3)
        return 400, {}, json.dumps({"error": "cannot translate"}).encode()
    return fake.libretranslate(state, request)


@pytest.fixture
def libre() -> Iterator[FakeService]:
    with serve(libretranslate) as state:
        yield state


@pytest.fixture
def memory(tmp_path: Path) -> Iterator[TranslationMemory]:
    with open_memory(tmp_path / "memory.sqlite3") as opened:
        yield opened


def consented(name: str, **options: str) -> TranslationSettings:
    return TranslationSettings().with_consent(name, network=True).with_options(name, **options)


def libre_service(url: str, memory: TranslationMemory | None, **kwargs: Any) -> TranslationService:
    return TranslationService(consented("libretranslate", url=url), SessionKeyStore(), memory,
                              request_timeout=5.0, **kwargs)


def sent(state: FakeService) -> list[str]:
    """Every sentence the fake LibreTranslate received, in order."""
    return [text for request in state.requests for text in request.json()["q"]]


# --- the memory ---------------------------------------------------------------------------------


def test_second_run_is_served_from_the_memory(libre: FakeService, memory: TranslationMemory) -> None:
    service = libre_service(libre.url, memory)
    first = service.translate("libretranslate", SENTENCES)
    assert first.complete and first.error is None and not first.from_memory
    assert first.translations == [s.upper() for s in SENTENCES]
    requests = len(libre.requests)
    assert requests >= 1
    second = service.translate("libretranslate", SENTENCES)
    assert len(libre.requests) == requests, "nothing is sent again"
    assert second.translations == first.translations
    assert second.from_memory == {0, 1, 2}


def test_only_unknown_sentences_are_sent(libre: FakeService, memory: TranslationMemory) -> None:
    memory.store_many("libretranslate", "de", "en", [(SENTENCES[1], "Greetings from Munich!")])
    result = libre_service(libre.url, memory).translate("libretranslate", ["", *SENTENCES])
    assert sent(libre) == [SENTENCES[0], SENTENCES[2]]
    assert result.translations == ["", SENTENCES[0].upper(), "Greetings from Munich!", SENTENCES[2].upper()]
    assert result.from_memory == {2}


def test_another_providers_memory_is_not_used(libre: FakeService, memory: TranslationMemory) -> None:
    memory.store_many("deepl", "de", "en", [(SENTENCES[0], "from DeepL")])
    result = libre_service(libre.url, memory).translate("libretranslate", SENTENCES[:1])
    assert result.translations == [SENTENCES[0].upper()] and sent(libre) == SENTENCES[:1]


def test_human_edits_win(libre: FakeService, memory: TranslationMemory) -> None:
    service = libre_service(libre.url, memory)
    service.translate("libretranslate", SENTENCES)
    requests = len(libre.requests)
    service.store_human(SENTENCES[0], "The government passed a law.")
    service.store_human("Ein neuer Satz.", "A new sentence.")
    result = service.translate("libretranslate", [SENTENCES[0], "Ein  neuer Satz."])
    assert result.translations == ["The government passed a law.", "A new sentence."]
    assert len(libre.requests) == requests, "the editor's translations are never sent for"
    assert memory.lookup(HUMAN, "de", "en", "Ein neuer Satz.") == "A new sentence."


def test_without_memory_everything_is_sent(libre: FakeService) -> None:
    service = libre_service(libre.url, None)
    service.translate("libretranslate", SENTENCES)
    service.store_human(SENTENCES[0], "ignored without a memory")
    result = service.translate("libretranslate", SENTENCES)
    assert result.translations == [s.upper() for s in SENTENCES]
    assert sent(libre) == SENTENCES * 2


# --- consent and offline mode -------------------------------------------------------------------


def test_without_consent_nothing_is_built_or_sent(libre: FakeService, memory: TranslationMemory) -> None:
    built: list[str] = []

    def factory(name: str, **options: Any) -> Provider:
        built.append(name)
        return create_provider(name, **options)

    keys = SessionKeyStore()
    keys.set("libretranslate", KEY)
    settings = TranslationSettings().with_options("libretranslate", url=libre.url)
    service = TranslationService(settings, keys, memory, factory=factory)
    with pytest.raises(ConsentRequiredError, match="No text was sent"):
        service.translate("libretranslate", SENTENCES)
    memory.store_many("libretranslate", "de", "en", [(s, s.upper()) for s in SENTENCES])
    with pytest.raises(ConsentRequiredError):
        service.translate("libretranslate", SENTENCES)  # not even answered from the memory
    assert built == [] and libre.requests == []


def test_consent_for_one_provider_does_not_cover_another(libre: FakeService) -> None:
    service = TranslationService(consented("deepl"), SessionKeyStore(), None)
    with pytest.raises(ConsentRequiredError):
        service.translate("libretranslate", SENTENCES, base_url=libre.url)
    assert libre.requests == []


def test_offline_mode_blocks_every_network_provider(libre: FakeService) -> None:
    settings = consented("libretranslate", url=libre.url).with_offline_mode(True)
    service = TranslationService(settings, SessionKeyStore(), None)
    for name in ("google", "deepl", "microsoft", "mymemory", "libretranslate"):
        with pytest.raises(OfflineModeError, match="Offline mode is on"):
            service.translate(name, SENTENCES, base_url=libre.url)
    assert libre.requests == []


def test_unknown_provider_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="Unknown translation provider"):
        TranslationService(TranslationSettings(), SessionKeyStore(), None).translate("babelfish", ["a"])


# --- keys -----------------------------------------------------------------------------------------


def test_key_comes_from_the_key_store() -> None:
    keys = SessionKeyStore()
    keys.set("deepl", KEY)
    with serve(fake.deepl) as deepl:
        service = TranslationService(consented("deepl"), keys, None, request_timeout=5.0)
        result = service.translate("deepl", SENTENCES, base_url=deepl.url)
        assert result.complete and result.translations == [s.upper() for s in SENTENCES]
        assert {r.headers["Authorization"] for r in deepl.requests} == {f"DeepL-Auth-Key {KEY}"}


def test_missing_key_sends_nothing() -> None:
    with serve(fake.deepl) as deepl:
        service = TranslationService(consented("deepl"), SessionKeyStore(), None)
        with pytest.raises(ValueError, match="DeepL needs an API key"):
            service.translate("deepl", SENTENCES, base_url=deepl.url)
        assert deepl.requests == []


def test_wrong_key_is_reported_without_the_key() -> None:
    keys = SessionKeyStore()
    keys.set("deepl", "wrong-" + KEY)
    with serve(fake.deepl) as deepl:
        result = TranslationService(consented("deepl"), keys, None).translate(
            "deepl", SENTENCES, base_url=deepl.url)
    assert isinstance(result.error, RejectedKeyError)
    assert KEY not in str(result.error) and result.translations == [None] * 3


# --- partial results ------------------------------------------------------------------------------


def one_sentence_per_request(name: str, **options: Any) -> Provider:
    provider = create_provider(name, **options)
    provider.max_chars = 1
    return provider


def test_partial_results_are_kept_and_stored(libre: FakeService, memory: TranslationMemory) -> None:
    sentences = ["Erster Satz.", "Zweiter Satz.", "Dieser Satz ist kaputt."]
    service = libre_service(libre.url, memory, factory=one_sentence_per_request)
    result = service.translate("libretranslate", sentences)
    assert isinstance(result.error, ServiceError) and not result.complete
    assert result.translations == ["ERSTER SATZ.", "ZWEITER SATZ.", None]
    assert memory.count("libretranslate") == 2
    libre.requests.clear()
    again = service.translate("libretranslate", sentences)
    assert sent(libre) == sentences[2:], "only the failed sentence is tried again"
    assert again.from_memory == {0, 1} and again.translations[:2] == result.translations[:2]


def test_progress_counts_the_sentences_from_the_memory(libre: FakeService, memory: TranslationMemory) -> None:
    memory.store_many("libretranslate", "de", "en", [(SENTENCES[0], "known")])
    seen: list[tuple[int, int]] = []
    libre_service(libre.url, memory).translate("libretranslate", SENTENCES,
                                               progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (1, 3) and seen[-1] == (3, 3)


# --- the offline provider -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tiny_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_argos_folder(tmp_path_factory.mktemp("tiny") / "translate-de_en", train_sentencepiece())


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FRAMING_DESK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def installed(tiny_folder: Path, data_dir: Path) -> InstalledModel:
    return install_model(tiny_folder, data_dir / "models")


def test_offline_provider_is_local_and_needs_nothing() -> None:
    info = provider_info("offline")
    assert not info.network and not info.needs_key and not info.needs_url
    assert info.max_chars == OfflineModels.max_chars == OfflineProvider.max_chars


def test_offline_without_a_model_says_how_to_install_one(data_dir: Path) -> None:
    service = TranslationService(TranslationSettings(), SessionKeyStore(), None)
    result = service.translate("offline", SENTENCES)
    assert isinstance(result.error, OfflineModelError)
    assert "No offline model for German → English is installed" in result.error.message
    assert "--install-model" in result.error.message
    assert result.translations == [None] * 3


def test_offline_translates_with_the_installed_model_even_in_offline_mode(
        installed: InstalledModel, memory: TranslationMemory) -> None:
    settings = TranslationSettings().with_offline_mode(True)
    service = TranslationService(settings, SessionKeyStore(), memory)
    result = service.translate("offline", ["", *SENTENCES])
    assert result.error is None and result.complete, result.error
    assert result.translations[0] == "" and all(isinstance(t, str) for t in result.translations)
    assert memory.count("offline") == 3
    assert service.translate("offline", SENTENCES).from_memory == {0, 1, 2}


def test_offline_with_a_model_folder_in_the_settings(
        tiny_folder: Path, tmp_path: Path, data_dir: Path) -> None:
    plain = build_plain_folder(tmp_path / "plain", tiny_folder)
    settings = TranslationSettings().with_options("offline", url=str(plain))
    result = TranslationService(settings, SessionKeyStore(), None).translate("offline", SENTENCES)
    assert result.error is None and result.complete
    wrong_pair = TranslationService(settings.with_options("offline", url=str(tiny_folder)),
                                    SessionKeyStore(), None).translate("offline", SENTENCES, target="fr")
    assert isinstance(wrong_pair.error, OfflineModelError) and "de → en" in wrong_pair.error.message


def test_offline_with_a_missing_folder_fails_before_translating(tmp_path: Path) -> None:
    settings = TranslationSettings().with_options("offline", url=str(tmp_path / "nowhere"))
    with pytest.raises(OfflineModelError, match="does not exist"):
        TranslationService(settings, SessionKeyStore(), None).translate("offline", SENTENCES)


def test_offline_model_is_loaded_once_per_pair(installed: InstalledModel) -> None:
    provider = create_provider("offline")
    assert isinstance(provider, OfflineModels)
    first = provider.model_for("de", "en")
    assert provider.model_for("German", "en-GB") is first
    provider.translate_batch(SENTENCES, "de", "en")
    assert first.loaded
