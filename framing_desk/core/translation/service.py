"""One entry point for translating sentences: consent first, then the memory, then the provider.

The order matters for privacy: `check_allowed` runs before a provider object
exists or a key is read, so without the user's consent (or in offline mode)
no connection is ever attempted. Sentences the translation memory knows are
not sent again; new translations are stored in it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from framing_desk.core.translation.consent import TranslationSettings, check_allowed
from framing_desk.core.translation.keys import KeyStorage
from framing_desk.core.translation.memory import HUMAN, TranslationMemory
from framing_desk.core.translation.providers import BatchResult, Provider, translate_sentences
from framing_desk.core.translation.registry import create_provider, provider_info

ProviderFactory = Callable[..., Provider]


class TranslationService:
    """Translates aligned sentences with a named provider, honouring consent, offline mode and the memory.

    The editor's own translations (stored with `store_human`) win over the provider's.
    """

    def __init__(self, settings: TranslationSettings, keys: KeyStorage, memory: TranslationMemory | None,
                 *, timeout: float = 120.0, request_timeout: float = 30.0,
                 factory: ProviderFactory = create_provider) -> None:
        self.settings = settings
        self.keys = keys
        self.memory = memory
        self.timeout = timeout
        self.request_timeout = request_timeout
        self.factory = factory

    def provider(self, name: str, *, base_url: str | None = None) -> Provider:
        """Build provider `name` from the settings and the key store (after `check_allowed`)."""
        info = provider_info(name)
        check_allowed(self.settings, name, network=info.network)
        options = dict(self.settings.options.get(name, {}))
        api_key = self.keys.get(name) if info.needs_key else None
        return self.factory(name, api_key=api_key, url=options.get("url"), region=options.get("region"),
                            email=options.get("email"), timeout=self.request_timeout, base_url=base_url)

    def translate(self, name: str, sentences: Sequence[str], *, source: str = "de", target: str = "en",
                  cancel: threading.Event | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  base_url: str | None = None) -> TranslatedText:
        """Translate `sentences` (aligned results; None where a sentence failed)."""
        check_allowed(self.settings, name, network=provider_info(name).network)
        found: list[str | None] = [None] * len(sentences)
        if self.memory is not None:
            human = self.memory.lookup_many(HUMAN, source, target, sentences)
            known = self.memory.lookup_many(name, source, target, sentences)
            found = [h if h is not None else k for h, k in zip(human, known, strict=True)]
        missing = [i for i, hit in enumerate(found) if hit is None and sentences[i].strip()]
        translations: list[str | None] = [
            hit if hit is not None else ("" if not sentences[i].strip() else None)
            for i, hit in enumerate(found)]
        if not missing:
            if progress is not None:
                progress(len(sentences), len(sentences))
            from_memory = [i for i, hit in enumerate(found) if hit is not None]
            return TranslatedText(name, translations, from_memory, BatchResult(list(translations), None))
        provider = self.provider(name, base_url=base_url)
        offset = len(sentences) - len(missing)

        def report(done: int, _total: int) -> None:
            if progress is not None:
                progress(offset + done, len(sentences))

        result = translate_sentences(provider, [sentences[i] for i in missing], source, target,
                                     timeout=self.timeout, cancel=cancel, progress=report)
        for index, translation in zip(missing, result.translations, strict=True):
            translations[index] = translation
        if self.memory is not None:
            new = zip(missing, result.translations, strict=True)
            self.memory.store_many(name, source, target, [(sentences[i], t) for i, t in new if t is not None])
        from_memory = [i for i, hit in enumerate(found) if hit is not None]
        return TranslatedText(name, translations, from_memory, result)

    def store_human(self, sentence: str, translation: str, *, source: str = "de", target: str = "en") -> None:
        """Remember the editor's own translation of `sentence`; it wins over every provider."""
        if self.memory is not None:
            self.memory.store_human(source, target, sentence, translation)


class TranslatedText:
    """Aligned translations of one run, which of them came from the memory, and the run's outcome."""

    def __init__(self, provider: str, translations: list[str | None], from_memory: list[int],
                 result: BatchResult) -> None:
        self.provider = provider
        self.translations = translations
        self.from_memory = frozenset(from_memory)
        self.error = result.error
        self.cancelled = result.cancelled

    @property
    def complete(self) -> bool:
        return all(t is not None for t in self.translations)
