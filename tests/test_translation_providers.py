"""Translation providers against a local LibreTranslate-compatible server with injected faults."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
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

KEY = "s3cret-key-123"

# A fault is (status, headers, body) to send instead of a translation, or a named behaviour.
Fault = tuple[int, dict[str, str], bytes] | str


@dataclass
class FakeLibre:
    """State shared with the handler: scripted faults, request log and concurrency counters."""

    faults: list[Fault] = field(default_factory=list)
    always: Fault | None = None
    delay: float = 0.0
    requests: list[dict[str, Any]] = field(default_factory=list)
    active: int = 0
    peak: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    url: str = ""

    def next_fault(self) -> Fault | None:
        with self.lock:
            if self.faults:
                return self.faults.pop(0)
            return self.always


def _handler(state: FakeLibre) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            """Keep test output quiet."""

        def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            with state.lock:
                state.requests.append(payload)
                state.active += 1
                state.peak = max(state.peak, state.active)
            try:
                self._answer(payload)
            except OSError:
                pass  # the client gave up; that is the point of some tests
            finally:
                with state.lock:
                    state.active -= 1

        def _answer(self, payload: dict[str, Any]) -> None:
            time.sleep(state.delay)
            fault = state.next_fault()
            if fault == "sleep":
                time.sleep(1.5)
            if isinstance(fault, tuple):
                self._send(*fault)
                return
            if payload.get("api_key") not in (None, KEY):
                self._send(403, {}, b'{"error": "Invalid API key"}')
                return
            q = payload["q"]
            out: str | list[str] = [s.upper() for s in q] if isinstance(q, list) else q.upper()
            body = json.dumps({"translatedText": out}).encode()
            if fault == "drip":
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                for byte in body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.1)
                return
            self._send(200, {}, body)

    return Handler


@pytest.fixture
def libre() -> Iterator[FakeLibre]:
    state = FakeLibre()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield state
    server.shutdown()
    server.server_close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run(provider: LibreTranslateProvider, sentences: Sequence[str], **kwargs: Any) -> Any:
    options: dict[str, Any] = {"timeout": 10.0, "backoff": 0.01}
    options.update(kwargs)
    return translate_sentences(provider, sentences, "de", "en", **options)


def test_translates_a_batch_in_one_request(libre: FakeLibre) -> None:
    provider = LibreTranslateProvider(libre.url, api_key=KEY, timeout=2)
    result = _run(provider, ["eins", "zwei", "drei"])
    assert result.translations == ["EINS", "ZWEI", "DREI"]
    assert result.error is None and result.complete
    assert len(libre.requests) == 1
    assert libre.requests[0] == {
        "q": ["eins", "zwei", "drei"],
        "source": "de",
        "target": "en",
        "format": "text",
        "api_key": KEY,
    }


def test_language_names_are_mapped_to_codes(libre: FakeLibre) -> None:
    LibreTranslateProvider(libre.url).translate_batch(["a"], "german", "english")
    assert libre.requests[0]["source"] == "de" and libre.requests[0]["target"] == "en"
    assert "api_key" not in libre.requests[0]


def test_single_string_answer_is_accepted(libre: FakeLibre) -> None:
    libre.faults = [(200, {}, b'{"translatedText": "HALLO"}')]
    assert LibreTranslateProvider(libre.url).translate_batch(["hallo"], "de", "en") == ["HALLO"]


def test_refused_connection_is_offline() -> None:
    provider = LibreTranslateProvider(f"http://127.0.0.1:{_closed_port()}", timeout=2)
    result = _run(provider, ["a", "b"])
    assert isinstance(result.error, OfflineError)
    assert "could not be reached" in str(result.error)
    assert result.translations == [None, None]


def test_unresolvable_host_is_offline() -> None:
    with pytest.raises(OfflineError):
        LibreTranslateProvider("http://nonexistent.invalid", timeout=2).translate_batch(["a"], "de", "en")


def test_timeout_is_retried_then_reported(libre: FakeLibre) -> None:
    libre.faults = ["sleep", "sleep"]
    provider = LibreTranslateProvider(libre.url, timeout=0.3)
    start = time.monotonic()
    result = _run(provider, ["a"], retries=1)
    assert isinstance(result.error, OfflineError) and result.error.retryable
    assert "did not answer in time" in str(result.error)
    assert len(libre.requests) == 2
    assert time.monotonic() - start < 3


def test_timeout_then_success(libre: FakeLibre) -> None:
    libre.faults = ["sleep"]
    result = _run(LibreTranslateProvider(libre.url, timeout=0.3), ["a"])
    assert result.translations == ["A"] and result.error is None


def test_slow_drip_hits_the_overall_timeout(libre: FakeLibre) -> None:
    libre.always = "drip"
    provider = LibreTranslateProvider(libre.url, timeout=0.5)
    start = time.monotonic()
    with pytest.raises(OfflineError) as info:
        provider.translate_batch(["a long sentence to drip"], "de", "en")
    assert info.value.retryable
    assert time.monotonic() - start < 1.5


def test_rate_limit_with_retry_after_then_success(libre: FakeLibre) -> None:
    libre.faults = [(429, {"Retry-After": "1"}, b'{"error": "Slowdown"}')]
    start = time.monotonic()
    result = _run(LibreTranslateProvider(libre.url), ["a"], backoff=0.0)
    assert result.translations == ["A"] and result.error is None
    assert len(libre.requests) == 2
    assert time.monotonic() - start >= 0.9  # Retry-After honoured, not the zero backoff


def test_rate_limit_error_carries_retry_after(libre: FakeLibre) -> None:
    libre.always = (429, {"Retry-After": "7"}, b"{}")
    with pytest.raises(RateLimitedError) as info:
        LibreTranslateProvider(libre.url).translate_batch(["a"], "de", "en")
    assert info.value.retry_after == 7.0


def test_server_error_then_success(libre: FakeLibre) -> None:
    libre.faults = [(500, {}, b'{"error": "boom"}')]
    result = _run(LibreTranslateProvider(libre.url), ["a", "b"])
    assert result.translations == ["A", "B"] and result.error is None
    assert len(libre.requests) == 2


def test_persistent_server_error(libre: FakeLibre) -> None:
    libre.always = (500, {}, b"Internal Server Error")
    result = _run(LibreTranslateProvider(libre.url), ["a"], retries=2)
    assert isinstance(result.error, ServiceError)
    assert result.translations == [None]
    assert len(libre.requests) == 3


def test_malformed_json_is_a_service_error_not_retried(libre: FakeLibre) -> None:
    libre.always = (200, {}, b"<html>proxy login</html>")
    result = _run(LibreTranslateProvider(libre.url), ["a"])
    assert isinstance(result.error, ServiceError)
    assert len(libre.requests) == 1


def test_wrong_number_of_translations_is_a_service_error(libre: FakeLibre) -> None:
    libre.always = (200, {}, b'{"translatedText": ["only one"]}')
    with pytest.raises(ServiceError):
        LibreTranslateProvider(libre.url).translate_batch(["a", "b"], "de", "en")


@pytest.mark.parametrize("status", [400, 403])
def test_wrong_key_is_rejected_and_not_retried(libre: FakeLibre, status: int) -> None:
    libre.always = (status, {}, b'{"error": "Invalid API key"}')
    result = _run(LibreTranslateProvider(libre.url, api_key="wrong-key-999"), ["a"])
    assert isinstance(result.error, RejectedKeyError)
    assert "wrong-key-999" not in str(result.error)
    assert len(libre.requests) == 1


def test_other_bad_request_is_a_service_error(libre: FakeLibre) -> None:
    libre.always = (400, {}, b'{"error": "zz is not supported"}')
    with pytest.raises(ServiceError):
        LibreTranslateProvider(libre.url).translate_batch(["a"], "de", "zz")


def test_messages_never_contain_the_key(libre: FakeLibre) -> None:
    libre.always = (403, {}, json.dumps({"error": f"Invalid API key {KEY}"}).encode())
    with pytest.raises(TranslationError) as info:
        LibreTranslateProvider(libre.url, api_key=KEY).translate_batch(["a"], "de", "en")
    assert KEY not in str(info.value) and KEY not in repr(info.value)


def test_batches_respect_max_chars(libre: FakeLibre) -> None:
    sentences = ["x" * 2000] * 5  # 2 + 2 + 1 per 5000 chars
    result = _run(LibreTranslateProvider(libre.url), sentences, max_workers=1)
    assert result.complete
    assert [len(r["q"]) for r in libre.requests] == [2, 2, 1]
    assert all(sum(map(len, r["q"])) <= 5000 for r in libre.requests)


def test_pack_batches_gives_an_oversized_sentence_its_own_batch() -> None:
    assert pack_batches(["ab", "abcdef", "a", "b"], 4) == [range(0, 1), range(1, 2), range(2, 4)]
    assert pack_batches([], 4) == []


def test_partial_results_are_kept(libre: FakeLibre) -> None:
    libre.faults = [
        (200, {}, b'{"translatedText": ["A1", "A2"]}'),
        (403, {}, b'{"error": "Invalid API key"}'),
    ]
    sentences = ["a" * 3000, "b" * 1000, "c" * 3000]
    result = _run(LibreTranslateProvider(libre.url), sentences, max_workers=1)
    assert result.translations == ["A1", "A2", None]
    assert isinstance(result.error, RejectedKeyError)
    assert not result.complete and not result.cancelled


def test_concurrency_is_bounded(libre: FakeLibre) -> None:
    libre.delay = 0.15
    sentences = ["x" * 5000] * 8
    result = _run(LibreTranslateProvider(libre.url), sentences, max_workers=3)
    assert result.complete
    assert len(libre.requests) == 8
    assert libre.peak == 3


def test_progress_is_reported(libre: FakeLibre) -> None:
    calls: list[tuple[int, int]] = []
    provider = LibreTranslateProvider(libre.url)
    _run(provider, ["x" * 3000] * 3, max_workers=1, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_cancel_stops_before_remaining_batches(libre: FakeLibre) -> None:
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


def test_cancel_interrupts_a_retry_wait(libre: FakeLibre) -> None:
    libre.always = (429, {"Retry-After": "20"}, b"{}")
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    start = time.monotonic()
    result = _run(LibreTranslateProvider(libre.url), ["a"], cancel=cancel, timeout=60)
    assert result.cancelled and result.translations == [None]
    assert time.monotonic() - start < 2
