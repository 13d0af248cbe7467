"""MyMemory (free, no key): GET /get with one text of at most 500 characters per request.

deep-translator's MyMemoryTranslator has no timeout and returns the service's quota warning as if it were
the translation, so the request is made here; language names use deep-translator's MyMemory table.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing_desk.core.messages import QT_TRANSLATE_NOOP
from framing_desk.core.translation.http import (
    RateLimitedError,
    ServiceError,
    fetch,
    raise_for_status,
    server_detail,
)
from framing_desk.core.translation.languages import code_for
from framing_desk.core.translation.providers import split_long

MYMEMORY_URL = "https://api.mymemory.translated.net"
QUOTA_MESSAGE = QT_TRANSLATE_NOOP(
    "Translation", "The free MyMemory allowance for today is used up. Try again tomorrow, add an e-mail "
                   "address in the settings for a larger allowance, or use another provider.")
_LIMIT = 500
_WARNING = "MYMEMORY WARNING"


def mymemory_code(language: str) -> str:
    """MyMemory's code for a language name deep-translator knows ("german" → "de-DE"); codes pass through."""
    return code_for("MY_MEMORY_LANGUAGES_TO_CODES", language)


class MyMemoryProvider:
    """MyMemory's free API: one sentence per request; longer sentences are split at spaces and re-joined."""

    name = "mymemory"
    max_chars = _LIMIT
    max_texts = 1

    def __init__(self, email: str | None = None, timeout: float = 15.0, base_url: str = MYMEMORY_URL) -> None:
        self.email = email
        self.url = base_url.rstrip("/") + "/get"
        self.timeout = timeout

    def translate_batch(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        """Translate each sentence in turn; raise a TranslationError subclass on failure."""
        return [
            " ".join(self._get(piece, source, target) for piece in split_long(sentence, _LIMIT))
            if sentence.strip()
            else sentence
            for sentence in sentences
        ]

    def _get(self, text: str, source: str, target: str) -> str:
        """One request to /get."""
        params = {"q": text, "langpair": f"{mymemory_code(source)}|{mymemory_code(target)}"}
        if self.email:
            params["de"] = self.email
        response = fetch("GET", self.url, params=params, timeout=self.timeout)
        raise_for_status(response, rejected=())
        data = response.json()
        if not isinstance(data, dict):
            raise ServiceError()
        found = data.get("responseData")
        translated = found.get("translatedText") if isinstance(found, dict) else None
        status = str(data.get("responseStatus", "")).strip()
        if (
            status == "429"
            or data.get("quotaFinished") is True
            or (isinstance(translated, str) and translated.upper().startswith(_WARNING))
        ):
            raise RateLimitedError(QUOTA_MESSAGE, retryable=False)
        if status != "200":
            detail = server_detail(data.get("responseDetails") or translated or "")
            if "LANGUAGE" in detail.upper():
                raise ServiceError(QT_TRANSLATE_NOOP(
                    "Translation", "MyMemory does not support this language pair ({source} → {target})."),
                    source=source, target=target)
            raise ServiceError(QT_TRANSLATE_NOOP("Translation", "MyMemory refused the request: {detail}")
                               if detail else None, detail=detail)
        if not isinstance(translated, str) or not translated.strip():
            raise ServiceError()
        return translated
