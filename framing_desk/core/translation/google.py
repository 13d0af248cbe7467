"""Google Translate through the mobile page that deep-translator scrapes (no key needed).

The request (GET /m with tl, sl, q) and the parsing (BeautifulSoup, div "t0" or "result-container") follow
deep-translator's GoogleTranslator, but the request goes through our `fetch`, since deep-translator's own
call has no timeout; sentences are sent several at a time, one per line.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing_desk.core.messages import QT_TRANSLATE_NOOP
from framing_desk.core.translation.http import ServiceError, fetch, raise_for_status
from framing_desk.core.translation.languages import code_for
from framing_desk.core.translation.providers import pack_batches, split_long

GOOGLE_URL = "https://translate.google.com"
_LIMIT = 5000
_RESULT_CLASSES = ("t0", "result-container")  # deep-translator's element query and its fallback


def google_code(language: str) -> str:
    """Map a language name deep-translator knows ("german") to Google's code; pass codes through."""
    return code_for("GOOGLE_LANGUAGES_TO_CODES", language)


class GoogleProvider:
    """Google Translate's free mobile page: sentences joined by line breaks, at most 5 000 characters."""

    name = "google"
    max_chars = _LIMIT

    def __init__(self, timeout: float = 15.0, base_url: str = GOOGLE_URL) -> None:
        self.url = base_url.rstrip("/") + "/m"
        self.timeout = timeout

    def translate_batch(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        """Translate `sentences`, one line per sentence, falling back to one request each if lines shift."""
        lines = [" ".join(s.split()) for s in sentences]
        results = list(sentences)  # blank sentences stay as they are
        todo = [i for i, line in enumerate(lines) if line]
        chunks = pack_batches([lines[i] + "\n" for i in todo], _LIMIT + 1)
        for chunk in chunks:
            indices = [todo[k] for k in chunk]
            translated = self._lines([lines[i] for i in indices], source, target)
            for i, text in zip(indices, translated, strict=True):
                results[i] = text
        return results

    def _lines(self, lines: list[str], source: str, target: str) -> list[str]:
        """Translate a run of lines in one request, or line by line if the answer's lines do not match."""
        if len(lines) == 1:
            return [" ".join(self._get(piece, source, target) for piece in split_long(lines[0], _LIMIT))]
        answer = self._get("\n".join(lines), source, target).split("\n")
        if len(answer) == len(lines):
            return answer
        return [self._lines([line], source, target)[0] for line in lines]

    def _get(self, text: str, source: str, target: str) -> str:
        """One request to the mobile page; the translated text with its line breaks."""
        params = {"tl": google_code(target), "sl": google_code(source), "q": text}
        response = fetch("GET", self.url, params=params, timeout=self.timeout)
        raise_for_status(response, rejected=())
        from bs4 import BeautifulSoup  # a sixth of a second to import: only when Google answers

        soup = BeautifulSoup(response.text(), "html.parser")
        for css_class in _RESULT_CLASSES:
            element = soup.find("div", {"class": css_class})
            if element is not None:
                for br in element.find_all("br"):
                    br.replace_with("\n")
                return "\n".join(line.strip() for line in element.get_text().strip().split("\n"))
        raise ServiceError(QT_TRANSLATE_NOOP(
            "Translation", "Google Translate answered with a page that holds no translation. "
                           "Google may have changed the page; try another provider."))
