"""The catalog of translation providers for the GUI and the CLI, and `create_provider` to build one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from framing_desk.core.translation.deepl import DeepLProvider
from framing_desk.core.translation.google import GOOGLE_URL, GoogleProvider
from framing_desk.core.translation.microsoft import MICROSOFT_URL, MicrosoftProvider
from framing_desk.core.translation.mymemory import MYMEMORY_URL, MyMemoryProvider
from framing_desk.core.translation.providers import LibreTranslateProvider, Provider


@dataclass(frozen=True)
class ProviderInfo:
    """What the settings need to offer for one provider.

    `needs_key`: the provider has an API key field; `key_optional`: it may be left empty.
    `network`: text leaves the machine. `note` is shown to the user.
    """

    name: str
    label: str
    needs_key: bool
    key_optional: bool
    needs_url: bool
    needs_region: bool
    network: bool
    max_chars: int
    note: str


@dataclass(frozen=True)
class ProviderSettings:
    """The user's settings handed to a provider factory."""

    api_key: str | None = None
    url: str | None = None
    region: str | None = None
    email: str | None = None
    timeout: float = 15.0
    base_url: str | None = None


ProviderFactory = Callable[[ProviderSettings], Provider]


_CATALOG: dict[str, tuple[ProviderInfo, ProviderFactory]] = {}


def register(info: ProviderInfo, factory: ProviderFactory) -> None:
    """Add (or replace) a provider in the catalog."""
    _CATALOG[info.name] = (info, factory)


def providers() -> list[ProviderInfo]:
    """All providers in catalog order."""
    return [info for info, _ in _CATALOG.values()]


def provider_info(name: str) -> ProviderInfo:
    """The catalog entry for `name`; ValueError for an unknown name."""
    if name not in _CATALOG:
        raise ValueError(f"Unknown translation provider {name!r}. Known: {', '.join(_CATALOG)}.")
    return _CATALOG[name][0]


def create_provider(
    name: str,
    *,
    api_key: str | None = None,
    url: str | None = None,
    region: str | None = None,
    email: str | None = None,
    timeout: float = 15.0,
    base_url: str | None = None,
) -> Provider:
    """Build the provider `name` from the user's settings.

    `base_url` replaces the service's address (tests, proxies). Raises ValueError for an unknown name
    or when a required setting (key, server address, region) is missing.
    """
    info = provider_info(name)
    missing = [
        label
        for label, needed, value in (
            ("an API key", info.needs_key and not info.key_optional, api_key),
            ("a server address", info.needs_url, url),
            ("a region", info.needs_region, region),
        )
        if needed and not (value and value.strip())
    ]
    if missing:
        raise ValueError(f"{info.label} needs {' and '.join(missing)}; please add it in the settings.")
    settings = ProviderSettings(
        api_key=api_key or None,
        url=url,
        region=region,
        email=email or None,
        timeout=timeout,
        base_url=base_url,
    )
    return _CATALOG[name][1](settings)


register(
    ProviderInfo(
        "google", "Google Translate", needs_key=False, key_optional=False, needs_url=False,
        needs_region=False, network=True, max_chars=GoogleProvider.max_chars,
        note="Free, no key. Uses Google's public web page, which may be rate-limited or change at any time.",
    ),
    lambda s: GoogleProvider(timeout=s.timeout, base_url=s.base_url or GOOGLE_URL),
)
register(
    ProviderInfo(
        "deepl", "DeepL", needs_key=True, key_optional=False, needs_url=False,
        needs_region=False, network=True, max_chars=DeepLProvider.max_chars,
        note="Needs a DeepL API key (Free keys end in ':fx'; Pro keys work too).",
    ),
    lambda s: DeepLProvider(s.api_key or "", timeout=s.timeout, base_url=s.base_url),
)
register(
    ProviderInfo(
        "microsoft", "Microsoft Translator", needs_key=True, key_optional=False, needs_url=False,
        needs_region=True, network=True, max_chars=MicrosoftProvider.max_chars,
        note="Needs the key and the region (for example 'westeurope') of an Azure Translator resource.",
    ),
    lambda s: MicrosoftProvider(
        s.api_key or "", region=s.region, timeout=s.timeout, base_url=s.base_url or MICROSOFT_URL
    ),
)
register(
    ProviderInfo(
        "libretranslate", "LibreTranslate", needs_key=True, key_optional=True, needs_url=True,
        needs_region=False, network=True, max_chars=LibreTranslateProvider.max_chars,
        note="Needs the address of a LibreTranslate server; a key only if the server asks for one.",
    ),
    lambda s: LibreTranslateProvider(s.base_url or s.url or "", api_key=s.api_key, timeout=s.timeout),
)
register(
    ProviderInfo(
        "mymemory", "MyMemory", needs_key=False, key_optional=False, needs_url=False,
        needs_region=False, network=True, max_chars=MyMemoryProvider.max_chars,
        note="Free, no key, small daily allowance; an e-mail address raises it. One sentence per request.",
    ),
    lambda s: MyMemoryProvider(email=s.email, timeout=s.timeout, base_url=s.base_url or MYMEMORY_URL),
)
