"""Google, DeepL, Microsoft and MyMemory against local fakes of their wire protocols, with faults."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from framing_desk.core.translation.deepl import DEEPL_FREE_URL, DEEPL_PRO_URL, DeepLProvider
from framing_desk.core.translation.google import GoogleProvider
from framing_desk.core.translation.http import Response, fetch, raise_for_status, server_detail
from framing_desk.core.translation.microsoft import MicrosoftProvider
from framing_desk.core.translation.mymemory import MyMemoryProvider
from framing_desk.core.translation.providers import (
    BatchResult,
    LibreTranslateProvider,
    OfflineError,
    Provider,
    RateLimitedError,
    RejectedKeyError,
    ServiceError,
    TranslationError,
    split_long,
    translate_sentences,
)
from framing_desk.core.translation.registry import (
    ProviderInfo,
    create_provider,
    provider_info,
    providers,
    register,
)
from tests import fake_services as fake
from tests.fake_services import KEY, REGION, FakeService, closed_port, mymemory_body, serve


@dataclass(frozen=True)
class Case:
    """How to build one provider against a base URL, its fake service and a malformed answer."""

    name: str
    answer: Callable[[FakeService, fake.Request], fake.Answer]
    build: Callable[[str, float], Provider]
    malformed: bytes

    def full(self) -> str:
        """A sentence that fills one batch on its own."""
        return "x" * self.build("http://unused", 1.0).max_chars


CASES = [
    Case("google", fake.google, lambda url, t: GoogleProvider(timeout=t, base_url=url),
         b"<html><body><div class='other'>captcha</div></body></html>"),
    Case("deepl", fake.deepl, lambda url, t: DeepLProvider(KEY, timeout=t, base_url=url),
         b'{"translations": "oops"}'),
    Case("microsoft", fake.microsoft,
         lambda url, t: MicrosoftProvider(KEY, region=REGION, timeout=t, base_url=url),
         b"<html>proxy login</html>"),
    Case("mymemory", fake.mymemory, lambda url, t: MyMemoryProvider(timeout=t, base_url=url),
         b'{"responseData": null, "responseStatus": 200}'),
]


@pytest.fixture(params=CASES, ids=[c.name for c in CASES])
def case(request: pytest.FixtureRequest) -> Case:
    return request.param


@pytest.fixture
def service(case: Case) -> Iterator[FakeService]:
    with serve(case.answer) as state:
        yield state


def _run(provider: Provider, sentences: Sequence[str], **kwargs: Any) -> BatchResult:
    options: dict[str, Any] = {"timeout": 10.0, "backoff": 0.01}
    options.update(kwargs)
    return translate_sentences(provider, sentences, "de", "en", **options)


def _no_key(error: TranslationError | None) -> None:
    assert error is not None
    assert KEY not in str(error) and KEY not in repr(error) and KEY not in error.message


# --- every provider, every fault -------------------------------------------------------------------


def test_translates_umlauts(case: Case, service: FakeService) -> None:
    sentences = ["Die Flüchtlingswelle überrollt Städte.", "Grüße aus Köln!"]
    result = _run(case.build(service.url, 2.0), sentences)
    assert result.error is None and result.complete
    assert result.translations == [s.upper() for s in sentences]


def test_unresolvable_host_is_offline(case: Case) -> None:
    result = _run(case.build("http://translate.nonexistent.invalid", 2.0), ["a", "b"])
    assert isinstance(result.error, OfflineError)
    assert "could not be reached" in str(result.error)
    assert result.translations == [None, None]


def test_refused_connection_is_offline(case: Case) -> None:
    result = _run(case.build(f"http://127.0.0.1:{closed_port()}", 2.0), ["a"])
    assert isinstance(result.error, OfflineError) and not result.error.retryable
    _no_key(result.error)


def test_timeout_is_retried_then_reported(case: Case, service: FakeService) -> None:
    service.faults = ["sleep", "sleep"]
    start = time.monotonic()
    result = _run(case.build(service.url, 0.3), ["a"], retries=1)
    assert isinstance(result.error, OfflineError) and result.error.retryable
    assert "did not answer in time" in str(result.error)
    assert len(service.requests) == 2
    assert time.monotonic() - start < 3


def test_timeout_then_success(case: Case, service: FakeService) -> None:
    service.faults = ["sleep"]
    result = _run(case.build(service.url, 0.3), ["a"])
    assert result.translations == ["A"] and result.error is None
    assert len(service.requests) == 2


def test_slow_drip_hits_the_overall_deadline(case: Case, service: FakeService) -> None:
    service.always = "drip"
    start = time.monotonic()
    with pytest.raises(OfflineError) as info:
        case.build(service.url, 0.5).translate_batch(["a sentence to drip"], "de", "en")
    assert info.value.retryable
    assert time.monotonic() - start < 1.5


def test_rate_limit_with_retry_after_then_success(case: Case, service: FakeService) -> None:
    service.faults = [(429, {"Retry-After": "1"}, b'{"message": "Too many requests"}')]
    start = time.monotonic()
    result = _run(case.build(service.url, 2.0), ["a"], backoff=0.0)
    assert result.translations == ["A"] and result.error is None
    assert len(service.requests) == 2
    assert time.monotonic() - start >= 0.9  # Retry-After honoured, not the zero backoff


def test_persistent_rate_limit_is_reported(case: Case, service: FakeService) -> None:
    service.always = (429, {"Retry-After": "0"}, b"{}")
    result = _run(case.build(service.url, 2.0), ["a"], retries=2)
    assert isinstance(result.error, RateLimitedError) and result.error.retry_after == 0.0
    assert len(service.requests) == 3


def test_server_error_then_success(case: Case, service: FakeService) -> None:
    service.faults = [(500, {}, b"Internal Server Error")]
    result = _run(case.build(service.url, 2.0), ["a", "b"])
    assert result.translations == ["A", "B"] and result.error is None


def test_persistent_server_error(case: Case, service: FakeService) -> None:
    service.always = (503, {}, b"Service Unavailable")
    result = _run(case.build(service.url, 2.0), ["a"], retries=2)
    assert isinstance(result.error, ServiceError) and result.error.retryable
    assert result.translations == [None]
    assert len(service.requests) == 3


def test_malformed_body_is_a_service_error_not_retried(case: Case, service: FakeService) -> None:
    service.always = (200, {"Content-Type": "text/html"}, case.malformed)
    result = _run(case.build(service.url, 2.0), ["a"])
    assert isinstance(result.error, ServiceError) and not result.error.retryable
    assert len(service.requests) == 1


def test_partial_results_are_kept(case: Case, service: FakeService) -> None:
    service.faults = ["ok"]
    service.always = (500, {}, b"")
    result = _run(case.build(service.url, 2.0), [case.full()] * 3, max_workers=1, retries=1)
    assert result.translations == [case.full().upper(), None, None]
    assert isinstance(result.error, ServiceError) and not result.complete


def test_concurrency_is_bounded(case: Case, service: FakeService) -> None:
    service.delay = 0.15
    result = _run(case.build(service.url, 2.0), [case.full()] * 8, max_workers=3)
    assert result.complete
    assert len(service.requests) == 8 and service.peak == 3


# --- Google ---------------------------------------------------------------------------------------


@pytest.fixture
def google() -> Iterator[FakeService]:
    with serve(fake.google) as state:
        yield state


def test_google_request_and_batching(google: FakeService) -> None:
    sentences = ["Sie ist schön.", "", "Er\nist  groß.", *(["y" * 1000] * 6)]
    result = GoogleProvider(base_url=google.url).translate_batch(sentences, "german", "english")
    assert result == ["SIE IST SCHÖN.", "", "ER IST GROSS.", *(["Y" * 1000] * 6)]
    assert [r.query["tl"] for r in google.requests] == ["en", "en"]
    assert google.requests[0].query["sl"] == "de"
    assert google.requests[0].query["q"].startswith("Sie ist schön.\nEr ist groß.\n")
    assert all(len(r.query["q"]) <= 5000 for r in google.requests)


def test_google_falls_back_to_one_request_per_sentence(google: FakeService) -> None:
    google.merge_lines = True
    result = GoogleProvider(base_url=google.url).translate_batch(["eins", "zwei", "drei"], "de", "en")
    assert result == ["EINS", "ZWEI", "DREI"]
    assert [r.query["q"] for r in google.requests] == ["eins\nzwei\ndrei", "eins", "zwei", "drei"]


def test_google_splits_an_oversized_sentence(google: FakeService) -> None:
    sentence = " ".join(["wort"] * 1500)  # 7 499 characters
    assert GoogleProvider(base_url=google.url).translate_batch([sentence], "de", "en") == [sentence.upper()]
    assert len(google.requests) == 2 and all(len(r.query["q"]) <= 5000 for r in google.requests)


def test_google_reads_the_older_result_div_and_line_breaks(google: FakeService) -> None:
    google.always = (200, {"Content-Type": "text/html"}, b'<div class="t0">ONE<br>TWO</div>')
    assert GoogleProvider(base_url=google.url).translate_batch(["eins", "zwei"], "de", "en") == ["ONE", "TWO"]


# --- DeepL ----------------------------------------------------------------------------------------


@pytest.fixture
def deepl() -> Iterator[FakeService]:
    with serve(fake.deepl) as state:
        yield state


def test_deepl_request_format(deepl: FakeService) -> None:
    DeepLProvider(KEY, base_url=deepl.url).translate_batch(["Hallo"], "german", "english")
    request = deepl.requests[0]
    assert request.headers["Authorization"] == f"DeepL-Auth-Key {KEY}"
    assert request.json() == {"text": ["Hallo"], "source_lang": "DE", "target_lang": "EN-GB"}
    assert KEY not in request.path


def test_deepl_host_follows_the_key() -> None:
    assert DeepLProvider("abc:fx").url == f"{DEEPL_FREE_URL}/v2/translate"
    assert DeepLProvider("abc").url == f"{DEEPL_PRO_URL}/v2/translate"


def test_deepl_sends_at_most_50_texts(deepl: FakeService) -> None:
    sentences = [f"Satz {i}" for i in range(120)]
    result = _run(DeepLProvider(KEY, base_url=deepl.url), sentences, max_workers=1)
    assert result.translations == [s.upper() for s in sentences]
    assert [len(r.json()["text"]) for r in deepl.requests] == [50, 50, 20]
    deepl.requests.clear()
    assert len(DeepLProvider(KEY, base_url=deepl.url).translate_batch(sentences, "de", "en")) == 120
    assert [len(r.json()["text"]) for r in deepl.requests] == [50, 50, 20]


def test_deepl_wrong_key_is_rejected_and_not_retried(deepl: FakeService) -> None:
    result = _run(DeepLProvider("wrong-key-999", base_url=deepl.url), ["a"])
    assert isinstance(result.error, RejectedKeyError)
    assert "wrong-key-999" not in str(result.error)
    assert len(deepl.requests) == 1


def test_deepl_quota_exceeded_is_clear_and_not_retried(deepl: FakeService) -> None:
    deepl.always = (456, {}, b'{"message": "Quota exceeded"}')
    result = _run(DeepLProvider(KEY, base_url=deepl.url), ["a"])
    assert isinstance(result.error, RateLimitedError) and not result.error.retryable
    assert "quota" in str(result.error)
    assert len(deepl.requests) == 1


def test_deepl_bad_request_explains_and_hides_the_key(deepl: FakeService) -> None:
    deepl.always = (400, {}, json.dumps({"message": f"Bad auth_key {KEY}"}).encode())
    with pytest.raises(ServiceError) as info:
        DeepLProvider(KEY, base_url=deepl.url).translate_batch(["a"], "de", "en")
    assert "DeepL refused the request: Bad auth_key ***" in str(info.value)
    _no_key(info.value)


def test_deepl_unsupported_target(deepl: FakeService) -> None:
    with pytest.raises(ServiceError, match="target_lang"):
        DeepLProvider(KEY, base_url=deepl.url).translate_batch(["a"], "de", "zz")


# --- Microsoft ------------------------------------------------------------------------------------


@pytest.fixture
def microsoft() -> Iterator[FakeService]:
    with serve(fake.microsoft) as state:
        yield state


def test_microsoft_request_format(microsoft: FakeService) -> None:
    provider = MicrosoftProvider(KEY, region=REGION, base_url=microsoft.url)
    assert provider.translate_batch(["Straße", "Tür"], "german", "english") == ["STRASSE", "TÜR"]
    request = microsoft.requests[0]
    assert request.query == {"api-version": "3.0", "from": "de", "to": "en"}
    assert request.headers["Ocp-Apim-Subscription-Key"] == KEY
    assert request.headers["Ocp-Apim-Subscription-Region"] == REGION
    assert request.json() == [{"Text": "Straße"}, {"Text": "Tür"}]


def test_microsoft_honours_the_request_limits(microsoft: FakeService) -> None:
    sentences = ["kurz"] * 1500 + ["x" * 20_000] * 3
    result = _run(MicrosoftProvider(KEY, region=REGION, base_url=microsoft.url), sentences, max_workers=1)
    assert result.complete and result.error is None
    assert all(len(r.json()) <= 1000 for r in microsoft.requests)
    assert all(sum(len(t["Text"]) for t in r.json()) <= 50_000 for r in microsoft.requests)


@pytest.mark.parametrize(("key", "region"), [("wrong-key-999", REGION), (KEY, "eastus")])
def test_microsoft_wrong_key_or_region_is_rejected(microsoft: FakeService, key: str, region: str) -> None:
    result = _run(MicrosoftProvider(key, region=region, base_url=microsoft.url), ["a"])
    assert isinstance(result.error, RejectedKeyError)
    assert "region" in str(result.error) and "wrong-key-999" not in str(result.error)
    assert len(microsoft.requests) == 1


def test_microsoft_quota_is_reported_and_not_retried(microsoft: FakeService) -> None:
    body = {"error": {"code": 403001, "message": "The operation is not allowed because the quota is used."}}
    microsoft.always = (403, {}, json.dumps(body).encode())
    result = _run(MicrosoftProvider(KEY, region=REGION, base_url=microsoft.url), ["a"])
    assert isinstance(result.error, RateLimitedError) and not result.error.retryable
    assert "quota" in str(result.error) and len(microsoft.requests) == 1


def test_microsoft_bad_request_hides_the_key(microsoft: FakeService) -> None:
    body = {"error": {"code": 400036, "message": f"The target language is not valid ({KEY})."}}
    microsoft.always = (400, {}, json.dumps(body).encode())
    with pytest.raises(ServiceError, match="target language is not valid") as info:
        MicrosoftProvider(KEY, region=REGION, base_url=microsoft.url).translate_batch(["a"], "de", "xx")
    _no_key(info.value)


# --- MyMemory -------------------------------------------------------------------------------------


@pytest.fixture
def mymemory() -> Iterator[FakeService]:
    with serve(fake.mymemory) as state:
        yield state


def test_mymemory_request_format(mymemory: FakeService) -> None:
    provider = MyMemoryProvider(email="desk@example.org", base_url=mymemory.url)
    assert provider.translate_batch(["Öl", "Maß"], "german", "english") == ["ÖL", "MASS"]
    assert [r.query for r in mymemory.requests] == [
        {"q": "Öl", "langpair": "de-DE|en-GB", "de": "desk@example.org"},
        {"q": "Maß", "langpair": "de-DE|en-GB", "de": "desk@example.org"},
    ]


def test_mymemory_splits_long_sentences_at_words(mymemory: FakeService) -> None:
    sentence = " ".join(f"wort{i}" for i in range(200))  # about 1 300 characters
    result = _run(MyMemoryProvider(base_url=mymemory.url), [sentence, "kurz"])
    assert result.translations == [sentence.upper(), "KURZ"]
    queries = [r.query["q"] for r in mymemory.requests]
    assert all(len(q) <= 500 for q in queries) and len(queries) == 4
    assert all(not q.startswith(" ") and not q.endswith(" ") for q in queries)


@pytest.mark.parametrize(
    "body",
    [
        mymemory_body("x", status=429),
        mymemory_body("x", status="429"),
        mymemory_body("x", quota=True),
        mymemory_body("MYMEMORY WARNING: YOU USED ALL AVAILABLE FREE TRANSLATIONS FOR TODAY. "
                      "NEXT AVAILABLE IN 10 HOURS 20 MINUTES 18 SECONDS"),
    ],
)
def test_mymemory_quota_is_rate_limited_never_a_translation(mymemory: FakeService, body: bytes) -> None:
    mymemory.faults = ["ok"]
    mymemory.always = (200, {}, body)
    result = _run(MyMemoryProvider(base_url=mymemory.url), ["eins", "zwei"], max_workers=1)
    assert isinstance(result.error, RateLimitedError) and not result.error.retryable
    assert "MyMemory" in str(result.error)
    assert result.translations == ["EINS", None]
    assert len(mymemory.requests) == 2


@pytest.mark.parametrize("status", ["200", 200])
def test_mymemory_status_as_string_or_number(mymemory: FakeService, status: int | str) -> None:
    mymemory.always = (200, {}, mymemory_body("HALLO", status=status))
    assert MyMemoryProvider(base_url=mymemory.url).translate_batch(["hallo"], "de", "en") == ["HALLO"]


def test_mymemory_invalid_language_pair(mymemory: FakeService) -> None:
    with pytest.raises(ServiceError, match=r"does not support this language pair \(de → xx\)") as info:
        MyMemoryProvider(base_url=mymemory.url).translate_batch(["a"], "de", "xx")
    assert not info.value.retryable


# --- shared helpers -------------------------------------------------------------------------------


def test_split_long_cuts_at_spaces() -> None:
    assert split_long("aa bb cc", 5) == ["aa bb", "cc"]
    assert split_long("abcdefgh", 3) == ["abc", "def", "gh"]
    assert split_long("  ", 3) == [""]
    assert " ".join(split_long("ab  cd ef", 4)) == "ab cd ef"


def test_retry_after_as_http_date() -> None:
    date = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 60))
    seconds = Response(429, {"Retry-After": date}, b"").retry_after()
    assert seconds is not None and 55 < seconds <= 60
    assert Response(429, {"Retry-After": "soon"}, b"").retry_after() is None


def test_status_mapping() -> None:
    with pytest.raises(RejectedKeyError):
        raise_for_status(Response(401, {}, b""))
    with pytest.raises(ServiceError) as info:
        raise_for_status(Response(502, {}, b""))
    assert info.value.retryable
    with pytest.raises(ServiceError) as info:
        raise_for_status(Response(404, {}, b""))
    assert not info.value.retryable
    raise_for_status(Response(204, {}, b""))


def test_body_size_is_capped(google: FakeService, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("framing_desk.core.translation.http.MAX_BODY", 100)
    with pytest.raises(ServiceError):
        fetch("GET", f"{google.url}/m", params={"tl": "en", "sl": "de", "q": "x" * 500}, timeout=2)


def test_invalid_address_is_explained() -> None:
    with pytest.raises(OfflineError, match="address is not valid"):
        fetch("GET", "localhost:5000", timeout=1)


def test_server_detail_is_short_and_blanks_the_secret() -> None:
    assert server_detail(f"bad\n key {KEY}  here", KEY) == "bad key *** here"
    assert len(server_detail("x" * 1000)) == 200


# --- registry -------------------------------------------------------------------------------------


def test_catalog_lists_the_online_providers() -> None:
    names = [info.name for info in providers()]
    assert names[:5] == ["google", "deepl", "microsoft", "libretranslate", "mymemory"]
    assert all(info.network and info.note for info in providers() if info.name != "offline")
    assert provider_info("microsoft").needs_region and provider_info("libretranslate").key_optional
    assert provider_info("mymemory").max_chars == 500 and provider_info("google").max_chars == 5000


def test_create_provider_builds_each_online_provider() -> None:
    assert isinstance(create_provider("google"), GoogleProvider)
    deepl = create_provider("deepl", api_key="k:fx", timeout=3.0)
    assert isinstance(deepl, DeepLProvider) and deepl.url.startswith(DEEPL_FREE_URL) and deepl.timeout == 3.0
    ms = create_provider("microsoft", api_key="k", region="westeurope", base_url="http://127.0.0.1:1")
    assert isinstance(ms, MicrosoftProvider) and ms.url == "http://127.0.0.1:1/translate"
    libre = create_provider("libretranslate", url="http://localhost:5000")
    assert isinstance(libre, LibreTranslateProvider) and libre.api_key is None
    assert isinstance(create_provider("mymemory", email="a@b.org"), MyMemoryProvider)


@pytest.mark.parametrize(
    ("name", "kwargs", "message"),
    [
        ("babelfish", {}, "Unknown translation provider 'babelfish'"),
        ("deepl", {}, "DeepL needs an API key"),
        ("deepl", {"api_key": "  "}, "DeepL needs an API key"),
        ("microsoft", {"api_key": "k"}, "Microsoft Translator needs a region"),
        ("microsoft", {}, "needs an API key and a region"),
        ("libretranslate", {}, "LibreTranslate needs a server address"),
    ],
)
def test_create_provider_explains_missing_settings(name: str, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        create_provider(name, **kwargs)


def test_a_provider_can_be_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    from framing_desk.core.translation import registry

    monkeypatch.setattr(registry, "_CATALOG", dict(registry._CATALOG))
    info = ProviderInfo("echo", "Echo", needs_key=False, key_optional=False, needs_url=False,
                        needs_region=False, network=False, max_chars=100, note="Test only.")
    register(info, lambda settings: GoogleProvider(timeout=settings.timeout))
    assert provider_info("echo") == info and providers()[-1] == info
    assert isinstance(create_provider("echo"), GoogleProvider)


def test_create_provider_talks_to_the_fake(deepl: FakeService) -> None:
    provider = create_provider("deepl", api_key=KEY, base_url=deepl.url, timeout=2.0)
    assert provider.translate_batch(["ja"], "de", "en") == ["JA"]
