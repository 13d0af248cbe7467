"""Machine-translation providers: a small interface, batching with retries, and LibreTranslate."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any, Protocol

from framing_desk.core.translation.http import (
    TIMEOUT_MESSAGE,
    OfflineError,
    RateLimitedError,
    RejectedKeyError,
    ServiceError,
    TranslationError,
    fetch,
    raise_for_status,
)
from framing_desk.core.translation.languages import code_for

__all__ = [
    "MAX_RETRY_AFTER",
    "TIMEOUT_MESSAGE",
    "BatchResult",
    "LibreTranslateProvider",
    "OfflineError",
    "Provider",
    "RateLimitedError",
    "RejectedKeyError",
    "ServiceError",
    "TranslationError",
    "pack_batches",
    "split_long",
    "translate_sentences",
]

MAX_RETRY_AFTER = 30.0
"""Longest wait, in seconds, honoured from a server's Retry-After header."""

_POLL = 0.05


class Provider(Protocol):
    """A machine-translation service that translates a batch of sentences in one go.

    A provider may also set `max_texts`, the most sentences one batch may hold.
    """

    name: str
    max_chars: int

    def translate_batch(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        """Translate `sentences`, one result per sentence, or raise a TranslationError."""
        ...


@dataclass(frozen=True)
class BatchResult:
    """Translations in input order (None where missing), the first error, and whether it was cancelled."""

    translations: list[str | None]
    error: TranslationError | None
    cancelled: bool = False

    @property
    def complete(self) -> bool:
        """True when every sentence was translated."""
        return all(t is not None for t in self.translations)


def pack_batches(sentences: Sequence[str], max_chars: int, max_items: int | None = None) -> list[range]:
    """Split sentence indices into consecutive runs within `max_chars` in total and `max_items` each.

    A sentence longer than `max_chars` on its own gets a batch of its own.
    """
    batches: list[range] = []
    start, size = 0, 0
    for i, sentence in enumerate(sentences):
        full = max_items is not None and i - start >= max_items
        if i > start and (full or size + len(sentence) > max_chars):
            batches.append(range(start, i))
            start, size = i, 0
        size += len(sentence)
    if start < len(sentences):
        batches.append(range(start, len(sentences)))
    return batches


def split_long(text: str, limit: int) -> list[str]:
    """Cut `text` into pieces of at most `limit` characters, at spaces where possible.

    Joining the pieces with single spaces gives back the text up to the whitespace at the cuts.
    """
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = rest.rfind(" ", 0, limit + 1)
        if cut <= 0:
            cut = limit
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not pieces:
        pieces.append(rest)
    return pieces


def _sleep(seconds: float, stop: threading.Event, cancel: threading.Event | None) -> bool:
    """Wait up to `seconds`; return False as soon as `stop` or `cancel` is set."""
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        if stop.wait(min(left, _POLL)) or (cancel is not None and cancel.is_set()):
            return False
    return not stop.is_set() and not (cancel is not None and cancel.is_set())


def translate_sentences(
    provider: Provider,
    sentences: Sequence[str],
    source: str,
    target: str,
    *,
    timeout: float,
    max_workers: int = 4,
    retries: int = 3,
    backoff: float = 0.5,
    cancel: threading.Event | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BatchResult:
    """Translate `sentences` in batches, keeping every batch that succeeded.

    `timeout` is the overall budget in seconds: no attempt or retry starts after it. Retryable errors
    (rate limits, 5xx, timeouts) are retried `retries` times with exponential backoff, or after the
    server's Retry-After (capped at MAX_RETRY_AFTER). Batches stay within the provider's `max_chars`
    and, if it has one, `max_texts`. After the first final error, batches not yet
    started are skipped. `progress(done, total)` is called in the calling thread after each batch.
    """
    total = len(sentences)
    results: list[str | None] = [None] * total
    batches = pack_batches(sentences, provider.max_chars, getattr(provider, "max_texts", None))
    deadline = time.monotonic() + timeout
    stop = threading.Event()

    def halted() -> bool:
        return stop.is_set() or (cancel is not None and cancel.is_set())

    def run(batch: range) -> list[str] | None:
        chunk = [sentences[i] for i in batch]
        attempt = 0
        while True:
            if halted():
                return None
            if time.monotonic() >= deadline:
                raise OfflineError(TIMEOUT_MESSAGE, retryable=True)
            try:
                translated = provider.translate_batch(chunk, source, target)
            except TranslationError as exc:
                if not exc.retryable or attempt >= retries:
                    raise
                delay = backoff * 2**attempt
                if exc.retry_after is not None:
                    delay = min(max(exc.retry_after, 0.0), MAX_RETRY_AFTER)
                if time.monotonic() + delay >= deadline:
                    raise
                if not _sleep(delay, stop, cancel):
                    return None
                attempt += 1
                continue
            if len(translated) != len(chunk):
                raise ServiceError()
            return translated

    error: TranslationError | None = None
    done = 0
    if progress is not None:
        progress(0, total)
    with ThreadPoolExecutor(max_workers=max(1, max_workers)) as pool:
        pending: dict[Future[list[str] | None], range] = {pool.submit(run, b): b for b in batches}
        while pending:
            finished, _ = wait(pending, timeout=_POLL, return_when=FIRST_COMPLETED)
            if cancel is not None and cancel.is_set():
                stop.set()
            for future in finished:
                batch = pending.pop(future)
                try:
                    translated = future.result()
                except TranslationError as exc:
                    stop.set()
                    error = error or exc
                    continue
                if translated is None:
                    continue
                for i, text in zip(batch, translated, strict=True):
                    results[i] = text
                done += len(batch)
                if progress is not None:
                    progress(done, total)
    cancelled = cancel is not None and cancel.is_set() and error is None and done < total
    return BatchResult(results, error, cancelled)


def _language_code(language: str) -> str:
    """Map a language name deep-translator knows ("german") to its LibreTranslate code; pass codes through."""
    return code_for("LIBRE_LANGUAGES_TO_CODES", language)


class LibreTranslateProvider:
    """LibreTranslate (public or self-hosted): one POST /translate per batch, with a hard time limit.

    deep-translator's LibreTranslator sends one request per sentence without a timeout and puts the key
    into the URL, so the request is made here; language names are mapped with deep-translator's table.
    """

    name = "libretranslate"
    max_chars = 5000

    def __init__(self, url: str, api_key: str | None = None, timeout: float = 15.0) -> None:
        self.url = url.rstrip("/") + "/translate"
        self.api_key = api_key
        self.timeout = timeout

    def translate_batch(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        """Translate all `sentences` in one request; raise a TranslationError subclass on failure."""
        if not sentences:
            return []
        payload: dict[str, Any] = {
            "q": list(sentences),
            "source": _language_code(source),
            "target": _language_code(target),
            "format": "text",
        }
        if self.api_key:
            payload["api_key"] = self.api_key
        response = fetch("POST", self.url, json_body=payload, timeout=self.timeout)
        data = response.json()
        message = str(data.get("error", "")) if isinstance(data, dict) else ""
        if response.status == 400 and "api key" in message.lower():
            raise RejectedKeyError()
        raise_for_status(response)
        translated = data.get("translatedText") if isinstance(data, dict) else None
        if isinstance(translated, str) and len(sentences) == 1:
            translated = [translated]
        if (
            not isinstance(translated, list)
            or len(translated) != len(sentences)
            or not all(isinstance(t, str) for t in translated)
        ):
            raise ServiceError()
        return [str(t) for t in translated]
