"""DeepL API (free or pro key): POST /v2/translate with up to 50 texts per request.

deep-translator's DeeplTranslator sends one GET per sentence with the key in the URL and no timeout, so
the request is made here (key in the Authorization header); language names use deep-translator's table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from framing_desk.core.messages import QT_TRANSLATE_NOOP
from framing_desk.core.translation.http import (
    RateLimitedError,
    ServiceError,
    fetch,
    raise_for_status,
    server_detail,
)
from framing_desk.core.translation.languages import code_for
from framing_desk.core.translation.providers import pack_batches

DEEPL_FREE_URL = "https://api-free.deepl.com"
DEEPL_PRO_URL = "https://api.deepl.com"
QUOTA_MESSAGE = QT_TRANSLATE_NOOP(
    "Translation", "The DeepL character quota for this billing period is used up. "
                   "Wait for the next period, upgrade the plan, or use another provider.")
_TARGET_VARIANTS = {"EN": "EN-GB", "PT": "PT-PT"}  # plain EN and PT are deprecated as targets


def deepl_url(api_key: str) -> str:
    """The API host for a key: free keys end in ":fx"."""
    return DEEPL_FREE_URL if api_key.endswith(":fx") else DEEPL_PRO_URL


def deepl_source(language: str) -> str | None:
    """DeepL's source code ("DE"; variants dropped), or None to let DeepL detect the language."""
    if language.lower() == "auto":
        return None
    return code_for("DEEPL_LANGUAGE_TO_CODE", language).split("-")[0].upper()


def deepl_target(language: str) -> str:
    """DeepL's target code; English and Portuguese get a regional variant ("EN-GB", "PT-PT")."""
    code = code_for("DEEPL_LANGUAGE_TO_CODE", language).upper()
    return _TARGET_VARIANTS.get(code, code)


class DeepLProvider:
    """DeepL's REST API; the key picks the free or the pro host unless `base_url` is given."""

    name = "deepl"
    max_chars = 30_000  # keeps a request well below DeepL's 128 KiB limit
    max_texts = 50

    def __init__(self, api_key: str, timeout: float = 15.0, base_url: str | None = None) -> None:
        self.api_key = api_key
        self.url = (base_url or deepl_url(api_key)).rstrip("/") + "/v2/translate"
        self.timeout = timeout

    def translate_batch(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        """Translate `sentences`, at most 50 per request; raise a TranslationError subclass on failure."""
        results: list[str] = []
        for chunk in pack_batches(sentences, self.max_chars, self.max_texts):
            results += self._post([sentences[i] for i in chunk], source, target)
        return results

    def _post(self, texts: list[str], source: str, target: str) -> list[str]:
        """One POST to /v2/translate."""
        payload: dict[str, Any] = {"text": texts, "target_lang": deepl_target(target)}
        if (code := deepl_source(source)) is not None:
            payload["source_lang"] = code
        headers = {"Authorization": f"DeepL-Auth-Key {self.api_key}"}
        response = fetch("POST", self.url, json_body=payload, headers=headers, timeout=self.timeout)
        data = response.json()
        if response.status == 456:
            raise RateLimitedError(QUOTA_MESSAGE, retryable=False)
        if response.status == 400:
            detail = server_detail(data.get("message", "") if isinstance(data, dict) else "", self.api_key)
            raise ServiceError(QT_TRANSLATE_NOOP("Translation", "DeepL refused the request: {detail}")
                               if detail else None, detail=detail)
        raise_for_status(response, rejected=(401, 403))
        items = data.get("translations") if isinstance(data, dict) else None
        if not isinstance(items, list) or len(items) != len(texts):
            raise ServiceError()
        translated = [item.get("text") if isinstance(item, dict) else None for item in items]
        if not all(isinstance(t, str) for t in translated):
            raise ServiceError()
        return [str(t) for t in translated]
