"""Wall time of translating the sample article through TranslationService + LibreTranslate.

A local LibreTranslate-compatible server answers every request after 200 ms. Prints the time of
(a) one sentence per request, one request at a time (translate_sentences with max_workers=1);
(b) the normal path (batches sent concurrently); (c) a second run served from the translation
memory; and the ratios b/a (target ≤ 0.2) and c/a (target ≤ 0.02).
"""

from __future__ import annotations

import json
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from framing_desk.core import Engine
from framing_desk.core.resources import sample_article
from framing_desk.core.translation.consent import TranslationSettings
from framing_desk.core.translation.keys import SessionKeyStore
from framing_desk.core.translation.memory import TranslationMemory, open_memory
from framing_desk.core.translation.providers import translate_sentences
from framing_desk.core.translation.registry import create_provider
from framing_desk.core.translation.service import TranslationService

DELAY = 0.2


class SlowLibre(BaseHTTPRequestHandler):
    """LibreTranslate's POST /translate, upper-casing, after DELAY seconds; counts requests."""

    protocol_version = "HTTP/1.1"
    requests = 0
    lock = threading.Lock()

    def do_POST(self) -> None:
        texts = json.loads(self.rfile.read(int(self.headers["Content-Length"])))["q"]
        with SlowLibre.lock:
            SlowLibre.requests += 1
        time.sleep(DELAY)
        body = json.dumps({"translatedText": [text.upper() for text in texts]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def timed(run: Callable[[], object]) -> tuple[float, int]:
    """Seconds and server requests taken by `run`."""
    before = SlowLibre.requests
    started = time.perf_counter()
    run()
    return time.perf_counter() - started, SlowLibre.requests - before


def service(url: str, memory: TranslationMemory) -> TranslationService:
    """The service as the app builds it, with consent to LibreTranslate at `url`."""
    settings = (TranslationSettings().with_consent("libretranslate", network=True)
                .with_options("libretranslate", url=url))
    return TranslationService(settings, SessionKeyStore(), memory)


def main() -> None:
    text = sample_article().read_text(encoding="utf-8")
    sentences = [text[s.start:s.end] for s in Engine("de").analyze(text).sentences]
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowLibre)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with tempfile.TemporaryDirectory() as tmp, open_memory(Path(tmp) / "memory.sqlite3") as memory:
            single = create_provider("libretranslate", url=url)
            single.max_chars = 1  # every sentence is a batch of its own
            a, a_requests = timed(lambda: translate_sentences(single, sentences, "de", "en",
                                                              timeout=120.0, max_workers=1))
            normal = service(url, memory)
            b, b_requests = timed(lambda: normal.translate("libretranslate", sentences))
            c, c_requests = timed(lambda: normal.translate("libretranslate", sentences))
    finally:
        server.shutdown()
        server.server_close()
    print(f"sample article: {len(sentences)} sentences, {len(text)} characters; "
          f"the server answers each request after {DELAY * 1000:.0f} ms")
    print(f"(a) one sentence per request, one at a time: {a:.2f} s, {a_requests} requests")
    print(f"(b) TranslationService (batches, concurrent): {b:.3f} s, {b_requests} requests")
    print(f"(c) second run, from the translation memory: {c * 1000:.1f} ms, {c_requests} requests")
    print(f"ratio b/a: {b / a:.3f} (target <= 0.2)")
    print(f"ratio c/a: {c / a:.4f} (target <= 0.02)")


if __name__ == "__main__":
    main()
