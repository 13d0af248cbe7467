"""Shared HTTP for the online providers: one request under a hard deadline, and errors users understand.

requests only limits each single socket wait, so a server that drips its answer byte by byte could hold
a translation forever; `fetch` streams the body and gives up at an overall deadline. The error classes
live here (and are re-exported by providers.py) so that this module does not import the providers.
"""

from __future__ import annotations

import json
import time
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from framing_desk.core.messages import QT_TRANSLATE_NOOP, MarkedError

MAX_BODY = 10 * 1024 * 1024
"""Largest answer, in bytes, that is read before the request counts as failed."""

TIMEOUT_MESSAGE = QT_TRANSLATE_NOOP(
    "Translation",
    "The translation service did not answer in time. Check the internet connection or try again later.")
BAD_ADDRESS_MESSAGE = QT_TRANSLATE_NOOP(
    "Translation", "The server address is not valid. It should look like https://example.org.")


class TranslationError(MarkedError):
    """A translation failed; the message is meant for the user and never holds an API key.

    `message` is an English text marked for translation (context "Translation"), with
    {placeholders} that `values` fill; without one, the class's `default_message`.
    """

    context = "Translation"
    default_message = QT_TRANSLATE_NOOP("Translation", "The translation failed.")

    def __init__(self, message: str | None = None, *, retryable: bool = False,
                 retry_after: float | None = None, **values: str) -> None:
        super().__init__(message or self.default_message, **values)
        self.retryable = retryable
        self.retry_after = retry_after


class OfflineError(TranslationError):
    """The service could not be reached, or did not answer in time."""

    default_message = QT_TRANSLATE_NOOP(
        "Translation",
        "The translation service could not be reached. Check the internet connection or the server address.")


class RateLimitedError(TranslationError):
    """The service asks us to slow down, or the usage quota is used up (then not retryable)."""

    default_message = QT_TRANSLATE_NOOP(
        "Translation",
        "The translation service is busy or the usage limit was reached. Please wait a moment and try again.")

    def __init__(
        self, message: str | None = None, *, retry_after: float | None = None, retryable: bool = True
    ) -> None:
        super().__init__(message, retryable=retryable, retry_after=retry_after)


class RejectedKeyError(TranslationError):
    """The API key is missing, wrong or expired; retrying cannot help."""

    default_message = QT_TRANSLATE_NOOP(
        "Translation", "The translation service did not accept the API key. Check the key in the settings.")


class ServiceError(TranslationError):
    """The service answered, but with an error or with something that is not a translation."""

    default_message = QT_TRANSLATE_NOOP(
        "Translation",
        "The translation service had a problem and returned no usable translation. Try again later.")


@dataclass(frozen=True)
class Response:
    """A complete HTTP answer: status, headers (case-insensitive) and the raw body."""

    status: int
    headers: Mapping[str, str]
    body: bytes

    def json(self) -> object:
        """The body parsed as JSON; None when it is not JSON."""
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    def text(self) -> str:
        """The body decoded with the charset from Content-Type (UTF-8 if none is given)."""
        from email.message import Message  # the email package loads with the first response

        header = Message()
        header["Content-Type"] = self.headers.get("Content-Type", "text/plain")
        charset = header.get_content_charset() or "utf-8"
        try:
            return self.body.decode(charset, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")

    def retry_after(self) -> float | None:
        """Seconds to wait from a Retry-After header (number or HTTP date), if there is one."""
        value = self.headers.get("Retry-After")
        if value is None:
            return None
        try:
            return max(float(value), 0.0)
        except ValueError:
            pass
        from email.utils import parsedate_to_datetime

        try:
            return max(parsedate_to_datetime(value).timestamp() - time.time(), 0.0)
        except (TypeError, ValueError):
            return None


def fetch(
    method: Literal["GET", "POST"],
    url: str,
    *,
    timeout: float,
    params: Mapping[str, str] | None = None,
    json_body: Any = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """Send one request and read the whole answer within `timeout` seconds overall.

    Raises OfflineError when the server cannot be reached or is too slow (retryable for timeouts),
    ServiceError when the connection breaks mid-answer (retryable) or the answer is too large.
    """
    import requests  # with urllib3 and ssl a sixth of a second: loaded on the first request
    import urllib3.exceptions

    deadline = time.monotonic() + timeout
    try:
        response = requests.request(
            method, url, params=params, json=json_body, headers=headers, timeout=timeout, stream=True
        )
    except requests.Timeout as exc:
        raise OfflineError(TIMEOUT_MESSAGE, retryable=True) from exc
    except (
        requests.exceptions.InvalidURL,
        requests.exceptions.MissingSchema,
        requests.exceptions.InvalidSchema,
    ) as exc:
        raise OfflineError(BAD_ADDRESS_MESSAGE) from exc
    except requests.ConnectionError as exc:
        raise OfflineError() from exc
    except requests.RequestException as exc:
        raise ServiceError() from exc
    with response:
        body = bytearray()
        try:
            while chunk := response.raw.read1(65536, decode_content=True):
                body += chunk
                if time.monotonic() > deadline:
                    raise OfflineError(TIMEOUT_MESSAGE, retryable=True)
                if len(body) > MAX_BODY:
                    raise ServiceError()
        except (urllib3.exceptions.ReadTimeoutError, TimeoutError) as exc:
            raise OfflineError(TIMEOUT_MESSAGE, retryable=True) from exc
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise ServiceError(retryable=True) from exc
    return Response(response.status_code, response.headers, bytes(body))


def raise_for_status(response: Response, *, rejected: Collection[int] = (401, 403)) -> None:
    """Raise the usual TranslationError for a failed status; return quietly for 2xx.

    `rejected` statuses mean a wrong key, 429 asks to slow down (with Retry-After), 5xx is retried,
    anything else is a plain service error. Providers check their special statuses before calling this.
    """
    status = response.status
    if status in rejected:
        raise RejectedKeyError()
    if status == 429:
        raise RateLimitedError(retry_after=response.retry_after())
    if status >= 500:
        raise ServiceError(retryable=True)
    if not 200 <= status < 300:
        raise ServiceError()


def server_detail(text: object, secret: str | None = None, limit: int = 200) -> str:
    """A short, single-line version of a server's error text with `secret` blanked out."""
    detail = str(text).replace(secret, "***") if secret else str(text)
    return " ".join(detail.split())[:limit]
