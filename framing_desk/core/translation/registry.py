"""The catalog of translation providers for the GUI and the CLI, and `create_provider` to build one."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from framing_desk.core.translation.deepl import DeepLProvider
from framing_desk.core.translation.google import GOOGLE_URL, GoogleProvider
from framing_desk.core.translation.languages import language_codes
from framing_desk.core.translation.microsoft import MICROSOFT_URL, MicrosoftProvider
from framing_desk.core.translation.mymemory import MYMEMORY_URL, MyMemoryProvider
from framing_desk.core.translation.providers import LibreTranslateProvider, Provider

if TYPE_CHECKING:
    from framing_desk.core.translation.offline import OfflineProvider


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


class OfflineModels:
    """The offline provider: translates with the installed model for each language pair asked for.

    `folder` names one model folder to use instead of the installed ones. Models are found when
    the first batch of a language pair arrives (the factory does not know the pair) and loaded
    once; offline.py, and with it ctranslate2, is imported only then.
    """

    name = "offline"
    max_chars = 2000  # OfflineProvider.max_chars, without importing offline.py at start-up

    def __init__(self, folder: Path | None = None, models_dir: Path | None = None) -> None:
        self.folder = folder
        self.models_dir = models_dir
        self._lock = threading.Lock()
        self._loaded: dict[tuple[str, str], OfflineProvider] = {}

    def model_for(self, source: str, target: str) -> OfflineProvider:
        """The provider for the pair; OfflineModelError with advice when no model translates it."""
        from framing_desk.core.translation import offline

        pair = offline.language_code(source), offline.language_code(target)
        with self._lock:
            if pair not in self._loaded:
                if self.folder is not None:
                    model = offline.read_model(self.folder, source=pair[0], target=pair[1])
                else:
                    found = [m for m in offline.installed_models(self.models_dir)
                             if (offline.language_code(m.source), offline.language_code(m.target)) == pair]
                    if not found:
                        raise offline.OfflineModelError(no_model_message(*pair))
                    model = found[0]
                self._loaded[pair] = offline.OfflineProvider(model)
            return self._loaded[pair]

    def translate_batch(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        """Translate with the model for `source` → `target` (see OfflineProvider.translate_batch)."""
        return self.model_for(source, target).translate_batch(sentences, source, target)


def no_model_message(source: str, target: str) -> str:
    """What to tell the user when no offline model translates `source` → `target` (codes)."""
    names = {code: name.title() for name, code in language_codes("LIBRE_LANGUAGES_TO_CODES").items()}
    pair = f"{names.get(source, source)} → {names.get(target, target)}"
    return (f"No offline model for {pair} is installed. Install one in Settings → Translation, "
            "or with `framing-desk translate --install-model FILE`.")


def _offline(settings: ProviderSettings) -> Provider:
    """The offline provider; `url` may name a model folder to use instead of the installed models."""
    folder = Path(settings.url).expanduser() if settings.url else None
    if folder is not None and not folder.exists():
        from framing_desk.core.translation.offline import OfflineModelError

        raise OfflineModelError(f"The offline model folder {folder} does not exist.")
    return OfflineModels(folder)


register(
    ProviderInfo(
        "offline", "Offline model", needs_key=False, key_optional=False, needs_url=False,
        needs_region=False, network=False, max_chars=OfflineModels.max_chars,
        note="Translates on this computer with an installed model (Argos Translate or CTranslate2); "
             "no text leaves the computer and no consent is needed.",
    ),
    _offline,
)
