"""Local fakes of the online translation services' wire protocols, with injected faults.

Each fake "translates" by upper-casing. A fault is (status, headers, body) to send instead, or one of
"ok" (answer normally), "sleep" (answer after 1.5 s), "drip" (send the answer one byte per 0.1 s).
"""

from __future__ import annotations

import html
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

KEY = "s3cret-key-123:fx"
REGION = "westeurope"

Fault = tuple[int, dict[str, str], bytes] | str
Answer = tuple[int, dict[str, str], bytes]


@dataclass(frozen=True)
class Request:
    """One request as the fake saw it."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class FakeService:
    """State shared with the handler: scripted faults, request log and concurrency counters."""

    answer: Callable[[FakeService, Request], Answer]
    faults: list[Fault] = field(default_factory=list)
    always: Fault | None = None
    delay: float = 0.0
    merge_lines: bool = False  # Google fake: answer several lines as one (shifts the alignment)
    requests: list[Request] = field(default_factory=list)
    active: int = 0
    peak: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    url: str = ""

    def next_fault(self) -> Fault | None:
        with self.lock:
            return self.faults.pop(0) if self.faults else self.always


def _json(status: int, data: object) -> Answer:
    return status, {"Content-Type": "application/json; charset=utf-8"}, json.dumps(data).encode()


def _handler(state: FakeService) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            """Keep test output quiet."""

        def do_GET(self) -> None:
            self._handle()

        def do_POST(self) -> None:
            self._handle()

        def _handle(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            request = Request(
                self.command,
                parts.path,
                {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()},
                dict(self.headers.items()),
                self.rfile.read(length),
            )
            with state.lock:
                state.requests.append(request)
                state.active += 1
                state.peak = max(state.peak, state.active)
            try:
                self._respond(request)
            except OSError:
                pass  # the client gave up; that is the point of some tests
            finally:
                with state.lock:
                    state.active -= 1

        def _respond(self, request: Request) -> None:
            time.sleep(state.delay)
            fault = state.next_fault()
            if fault == "sleep":
                time.sleep(1.5)
            status, headers, body = fault if isinstance(fault, tuple) else state.answer(state, request)
            self.send_response(status)
            headers = {"Content-Type": "application/json", **headers, "Content-Length": str(len(body))}
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            if fault != "drip":
                self.wfile.write(body)
                return
            for byte in body:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.1)

    return Handler


@contextmanager
def serve(answer: Callable[[FakeService, Request], Answer]) -> Iterator[FakeService]:
    """Run a fake service on 127.0.0.1 for the duration of the block."""
    state = FakeService(answer)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    """A local port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def google(state: FakeService, request: Request) -> Answer:
    """translate.google.com/m: the mobile page with the result in <div class="result-container">."""
    if request.method != "GET" or request.path != "/m" or not {"tl", "sl", "q"} <= request.query.keys():
        return 400, {"Content-Type": "text/html"}, b"<html><body>Bad Request</body></html>"
    lines = [line.upper() for line in request.query["q"].split("\n")]
    text = " ".join(lines) if state.merge_lines else "\n".join(lines)
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Google Translate</title></head><body>'
        '<div class="frame"><div class="result-container">' + html.escape(text) + "</div></div></body></html>"
    )
    return 200, {"Content-Type": "text/html; charset=UTF-8"}, page.encode("utf-8")


def deepl(state: FakeService, request: Request) -> Answer:
    """POST /v2/translate with "Authorization: DeepL-Auth-Key …" and a JSON body."""
    if request.method != "POST" or request.path != "/v2/translate":
        return _json(404, {"message": "Not found"})
    if request.headers.get("Authorization") != f"DeepL-Auth-Key {KEY}":
        return 403, {}, b""
    payload = request.json()
    if len(payload["text"]) > 50:
        return _json(400, {"message": "Too many texts in the request."})
    if payload["target_lang"] not in ("EN-GB", "EN-US", "DE", "FR"):
        return _json(400, {"message": "Value for 'target_lang' not supported."})
    source = payload.get("source_lang", "DE")
    items = [{"detected_source_language": source, "text": t.upper()} for t in payload["text"]]
    return _json(200, {"translations": items})


def microsoft(state: FakeService, request: Request) -> Answer:
    """POST /translate?api-version=3.0&from=…&to=… with subscription key and region headers."""
    if request.method != "POST" or request.path != "/translate":
        return _json(404, {"error": {"code": 404001, "message": "The requested resource was not found."}})
    if (
        request.headers.get("Ocp-Apim-Subscription-Key") != KEY
        or request.headers.get("Ocp-Apim-Subscription-Region") != REGION
    ):
        message = "The request is not authorized because credentials are missing or invalid."
        return _json(401, {"error": {"code": 401000, "message": message}})
    if request.query.get("api-version") != "3.0" or "to" not in request.query:
        return _json(400, {"error": {"code": 400021, "message": "The API version parameter is invalid."}})
    body = request.json()
    if len(body) > 1000 or sum(len(item["Text"]) for item in body) > 50_000:
        message = "The maximum request size has been exceeded."
        return _json(400, {"error": {"code": 400077, "message": message}})
    to = request.query["to"]
    return _json(200, [{"translations": [{"text": item["Text"].upper(), "to": to}]} for item in body])


MYMEMORY_LANGUAGE_ERROR = (
    "'XX' IS AN INVALID TARGET LANGUAGE . EXAMPLE: LANGPAIR=EN|IT USING 2 LETTER ISO OR RFC3066 LIKE ZH-CN. "
    "ALMOST ALL LANGUAGES SUPPORTED BUT SOME MAY HAVE NO CONTENT"
)


def mymemory_body(text: str, status: int | str = 200, quota: bool | None = False, details: str = "") -> bytes:
    """A MyMemory /get answer."""
    data = {
        "responseData": {"translatedText": text, "match": 1},
        "quotaFinished": quota,
        "mtLangSupported": None,
        "responseDetails": details,
        "responseStatus": status,
        "responderId": None,
        "exception_code": None,
        "matches": [],
    }
    return json.dumps(data).encode()


def mymemory(state: FakeService, request: Request) -> Answer:
    """GET /get?q=…&langpair=de|en, one text per request, at most 500 characters."""
    if request.method != "GET" or request.path != "/get":
        return 404, {}, b"Not found"
    q, pair = request.query.get("q", ""), request.query.get("langpair", "")
    if len(q) > 500:
        message = "QUERY LENGTH LIMIT EXCEEDED. MAX ALLOWED QUERY : 500 CHARS"
        return 200, {}, mymemory_body(message, "403", None, message)
    if pair.split("|")[-1].lower() == "xx":
        return 200, {}, mymemory_body(MYMEMORY_LANGUAGE_ERROR, "403", None, MYMEMORY_LANGUAGE_ERROR)
    return 200, {}, mymemory_body(q.upper())


def libretranslate(state: FakeService, request: Request) -> Answer:
    """LibreTranslate's POST /translate: {"q": text or list, "api_key"?} → {"translatedText": …}."""
    payload = request.json()
    if payload.get("api_key") not in (None, KEY):
        return _json(403, {"error": "Invalid API key"})
    q = payload["q"]
    return _json(200, {"translatedText": [s.upper() for s in q] if isinstance(q, list) else q.upper()})
