"""Microsoft Translator v3 (Azure key and region): POST /translate with up to 1 000 texts per request.

deep-translator's MicrosoftTranslator downloads the language list on creation and sends one request per
sentence without a timeout, so the request is made here; language names use deep-translator's Google
table, which matches Microsoft's codes apart from a few listed below.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing_desk.core.messages import QT_TRANSLATE_NOOP
from framing_desk.core.translation.http import (
    RateLimitedError,
    RejectedKeyError,
    ServiceError,
    fetch,
    raise_for_status,
    server_detail,
)
from framing_desk.core.translation.languages import code_for
from framing_desk.core.translation.providers import pack_batches

MICROSOFT_URL = "https://api.cognitive.microsofttranslator.com"
KEY_MESSAGE = QT_TRANSLATE_NOOP(
    "Translation",
    "Microsoft Translator did not accept the key. Check the key and the region in the settings.")
QUOTA_MESSAGE = QT_TRANSLATE_NOOP(
    "Translation", "The Microsoft Translator quota is used up (the free tier allows 2 million characters a "
                   "month). Wait for the next month, upgrade the plan, or use another provider.")
_QUOTA_CODE = 403001
_CODES = {"iw": "he", "zh-CN": "zh-Hans", "zh-TW": "zh-Hant", "tl": "fil", "jw": "jv"}


def microsoft_code(language: str) -> str:
    """Microsoft's code for a language name deep-translator knows ("german"); codes pass through."""
    code = code_for("GOOGLE_LANGUAGES_TO_CODES", language)
    return _CODES.get(code, code)


class MicrosoftProvider:
    """Microsoft Translator's REST API v3 with a subscription key and, for regional resources, a region."""

    name = "microsoft"
    max_chars = 50_000
    max_texts = 1000

    def __init__(
        self, api_key: str, region: str | None = None, timeout: float = 15.0, base_url: str = MICROSOFT_URL
    ) -> None:
        self.api_key = api_key
        self.region = region
        self.url = base_url.rstrip("/") + "/translate"
        self.timeout = timeout

    def translate_batch(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        """Translate `sentences` within the request limits; raise a TranslationError subclass on failure."""
        results: list[str] = []
        for chunk in pack_batches(sentences, self.max_chars, self.max_texts):
            results += self._post([sentences[i] for i in chunk], source, target)
        return results

    def _post(self, texts: list[str], source: str, target: str) -> list[str]:
        """One POST to /translate."""
        params = {"api-version": "3.0", "to": microsoft_code(target)}
        if source.lower() != "auto":
            params["from"] = microsoft_code(source)
        headers = {"Ocp-Apim-Subscription-Key": self.api_key}
        if self.region:
            headers["Ocp-Apim-Subscription-Region"] = self.region
        body = [{"Text": text} for text in texts]
        response = fetch(
            "POST", self.url, params=params, json_body=body, headers=headers, timeout=self.timeout
        )
        data = response.json()
        error = data.get("error") if isinstance(data, dict) else None
        code = error.get("code") if isinstance(error, dict) else None
        if response.status == 401 or (response.status == 403 and code != _QUOTA_CODE):
            raise RejectedKeyError(KEY_MESSAGE)
        if response.status == 403:
            raise RateLimitedError(QUOTA_MESSAGE, retryable=False)
        if response.status == 400:
            detail = server_detail(error.get("message", "") if isinstance(error, dict) else "", self.api_key)
            refused = QT_TRANSLATE_NOOP("Translation", "Microsoft Translator refused the request: {detail}")
            raise ServiceError(refused if detail else None, detail=detail)
        raise_for_status(response, rejected=())
        if not isinstance(data, list) or len(data) != len(texts):
            raise ServiceError()
        return [_first_translation(item) for item in data]


def _first_translation(item: object) -> str:
    """The text of the first translation in one answer element."""
    translations = item.get("translations") if isinstance(item, dict) else None
    first = translations[0] if isinstance(translations, list) and translations else None
    text = first.get("text") if isinstance(first, dict) else None
    if not isinstance(text, str):
        raise ServiceError()
    return text
