"""Translation providers against a local LibreTranslate-compatible server with injected faults."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

from framing_desk.core.translation.providers import (
    LibreTranslateProvider,
    OfflineError,
    RateLimitedError,
    RejectedKeyError,
    ServiceError,
    TranslationError,
    pack_batches,
    translate_sentences,
)
from tests.fake_services import KEY, FakeService, closed_port, libretranslate, serve


@pytest.fixture
def libre() -> Iterator[FakeService]:
    with serve(libretranslate) as state:
        yield state


def _run(provider: LibreTranslateProvider, sentences: Sequence[str], **kwargs: Any) -> Any:
    options: dict[str, Any] = {"timeout": 10.0, "backoff": 0.01}
    options.update(kwargs)
    return translate_sentences(provider, sentences, "de", "en", **options)


def test_translates_a_batch_in_one_request(libre: FakeService) -> None:
    provider = LibreTranslateProvider(libre.url, api_key=KEY, timeout=2)
    result = _run(provider, ["eins", "zwei", "drei"])
    assert result.translations == ["EINS", "ZWEI", "DREI"]
    assert result.error is None and result.complete
    assert len(libre.requests) == 1
    assert libre.requests[0].json() == {
        "q": ["eins", "zwei", "drei"],
        "source": "de",
        "target": "en",
        "format": "text",
        "api_key": KEY,
    }


def test_language_names_are_mapped_to_codes(libre: FakeService) -> None:
    LibreTranslateProvider(libre.url).translate_batch(["a"], "german", "english")
    assert libre.requests[0].json()["source"] == "de" and libre.requests[0].json()["target"] == "en"
    assert "api_key" not in libre.requests[0].json()


def test_single_string_answer_is_accepted(libre: FakeService) -> None:
    libre.faults = [(200, {}, b'{"translatedText": "HALLO"}')]
    assert LibreTranslateProvider(libre.url).translate_batch(["hallo"], "de", "en") == ["HALLO"]


def test_refused_connection_is_offline() -> None:
    provider = LibreTranslateProvider(f"http://127.0.0.1:{closed_port()}", timeout=2)
    result = _run(provider, ["a", "b"])
    assert isinstance(result.error, OfflineError)
    assert "could not be reached" in str(result.error)
    assert result.translations == [None, None]


def test_unresolvable_host_is_offline() -> None:
    with pytest.raises(OfflineError):
        LibreTranslateProvider("http://nonexistent.invalid", timeout=2).translate_batch(["a"], "de", "en")


def test_timeout_is_retried_then_reported(libre: FakeService) -> None:
    libre.faults = ["sleep", "sleep"]
    provider = LibreTranslateProvider(libre.url, timeout=0.3)
    start = time.monotonic()
    result = _run(provider, ["a"], retries=1)
    assert isinstance(result.error, OfflineError) and result.error.retryable
    assert "did not answer in time" in str(result.error)
    assert len(libre.requests) == 2
    assert time.monotonic() - start < 3


def test_timeout_then_success(libre: FakeService) -> None:
    libre.faults = ["sleep"]
    result = _run(LibreTranslateProvider(libre.url, timeout=0.3), ["a"])
    assert result.translations == ["A"] and result.error is None


def test_slow_drip_hits_the_overall_timeout(libre: FakeService) -> None:
    libre.always = "drip"
    provider = LibreTranslateProvider(libre.url, timeout=0.5)
    start = time.monotonic()
    with pytest.raises(OfflineError) as info:
        provider.translate_batch(["a long sentence to drip"], "de", "en")
    assert info.value.retryable
    assert time.monotonic() - start < 1.5


def test_rate_limit_with_retry_after_then_success(libre: FakeService) -> None:
    libre.faults = [(429, {"Retry-After": "1"}, b'{"error": "Slowdown"}')]
    start = time.monotonic()
    result = _run(LibreTranslateProvider(libre.url), ["a"], backoff=0.0)
    assert result.translations == ["A"] and result.error is None
    assert len(libre.requests) == 2
    assert time.monotonic() - start >= 0.9  # Retry-After honoured, not the zero backoff


def test_rate_limit_error_carries_retry_after(libre: FakeService) -> None:
    libre.always = (429, {"Retry-After": "7"}, b"{}")
    with pytest.raises(RateLimitedError) as info:
        LibreTranslateProvider(libre.url).translate_batch(["a"], "de", "en")
    assert info.value.retry_after == 7.0


def test_server_error_then_success(libre: FakeService) -> None:
    libre.faults = [(500, {}, b'{"error": "boom"}')]
    result = _run(LibreTranslateProvider(libre.url), ["a", "b"])
    assert result.translations == ["A", "B"] and result.error is None
    assert len(libre.requests) == 2


def test_persistent_server_error(libre: FakeService) -> None:
    libre.always = (500, {}, b"Internal Server Error")
    result = _run(LibreTranslateProvider(libre.url), ["a"], retries=2)
    assert isinstance(result.error, ServiceError)
    assert result.translations == [None]
    assert len(libre.requests) == 3


def test_malformed_json_is_a_service_error_not_retried(libre: FakeService) -> None:
    libre.always = (200, {}, b"<html>proxy login</html>")
    result = _run(LibreTranslateProvider(libre.url), ["a"])
    assert isinstance(result.error, ServiceError)
    assert len(libre.requests) == 1


def test_wrong_number_of_translations_is_a_service_error(libre: FakeService) -> None:
    libre.always = (200, {}, b'{"translatedText": ["only one"]}')
    with pytest.raises(ServiceError):
        LibreTranslateProvider(libre.url).translate_batch(["a", "b"], "de", "en")


@pytest.mark.parametrize("status", [400, 403])
def test_wrong_key_is_rejected_and_not_retried(libre: FakeService, status: int) -> None:
    libre.always = (status, {}, b'{"error": "Invalid API key"}')
    result = _run(LibreTranslateProvider(libre.url, api_key="wrong-key-999"), ["a"])
    assert isinstance(result.error, RejectedKeyError)
    assert "wrong-key-999" not in str(result.error)
    assert len(libre.requests) == 1


def test_other_bad_request_is_a_service_error(libre: FakeService) -> None:
    libre.always = (400, {}, b'{"error": "zz is not supported"}')
    with pytest.raises(ServiceError):
        LibreTranslateProvider(libre.url).translate_batch(["a"], "de", "zz")


def test_messages_never_contain_the_key(libre: FakeService) -> None:
    libre.always = (403, {}, json.dumps({"error": f"Invalid API key {KEY}"}).encode())
    with pytest.raises(TranslationError) as info:
        LibreTranslateProvider(libre.url, api_key=KEY).translate_batch(["a"], "de", "en")
    assert KEY not in str(info.value) and KEY not in repr(info.value)


def test_batches_respect_max_chars(libre: FakeService) -> None:
    sentences = ["x" * 2000] * 5  # 2 + 2 + 1 per 5000 chars
    result = _run(LibreTranslateProvider(libre.url), sentences, max_workers=1)
    assert result.complete
    assert [len(r.json()["q"]) for r in libre.requests] == [2, 2, 1]
    assert all(sum(map(len, r.json()["q"])) <= 5000 for r in libre.requests)


def test_pack_batches_gives_an_oversized_sentence_its_own_batch() -> None:
    assert pack_batches(["ab", "abcdef", "a", "b"], 4) == [range(0, 1), range(1, 2), range(2, 4)]
    assert pack_batches([], 4) == []


def test_partial_results_are_kept(libre: FakeService) -> None:
    libre.faults = [
        (200, {}, b'{"translatedText": ["A1", "A2"]}'),
        (403, {}, b'{"error": "Invalid API key"}'),
    ]
    sentences = ["a" * 3000, "b" * 1000, "c" * 3000]
    result = _run(LibreTranslateProvider(libre.url), sentences, max_workers=1)
    assert result.translations == ["A1", "A2", None]
    assert isinstance(result.error, RejectedKeyError)
    assert not result.complete and not result.cancelled


def test_concurrency_is_bounded(libre: FakeService) -> None:
    libre.delay = 0.15
    sentences = ["x" * 5000] * 8
    result = _run(LibreTranslateProvider(libre.url), sentences, max_workers=3)
    assert result.complete
    assert len(libre.requests) == 8
    assert libre.peak == 3


def test_progress_is_reported(libre: FakeService) -> None:
    calls: list[tuple[int, int]] = []
    provider = LibreTranslateProvider(libre.url)
    _run(provider, ["x" * 3000] * 3, max_workers=1, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_cancel_stops_before_remaining_batches(libre: FakeService) -> None:
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done:
            cancel.set()

    provider = LibreTranslateProvider(libre.url)
    result = _run(provider, ["x" * 5000] * 5, max_workers=1, cancel=cancel, progress=progress)
    assert result.cancelled and result.error is None
    assert result.translations[0] == "X" * 5000
    assert len(libre.requests) < 5
    assert result.translations[-1] is None


def test_cancel_interrupts_a_retry_wait(libre: FakeService) -> None:
    libre.always = (429, {"Retry-After": "20"}, b"{}")
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    start = time.monotonic()
    result = _run(LibreTranslateProvider(libre.url), ["a"], cancel=cancel, timeout=60)
    assert result.cancelled and result.translations == [None]
    assert time.monotonic() - start < 2
