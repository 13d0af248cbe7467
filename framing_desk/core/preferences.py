"""The user's preferences: ignored words and rules, categories, minimum severity, own terms.

They live outside any document, in `preferences.json` in the user's config
folder (or in $FRAMING_DESK_CONFIG_DIR), and hold no API keys and no text of
documents. A damaged file is never overwritten silently: loading it raises
`PreferencesError` unless the caller asks to set it aside (`recover=True`).
"""

from __future__ import annotations

import copy
import json
import logging
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from platformdirs import user_config_dir

from framing_desk.core.model import LANGUAGES, Category, Finding, Severity
from framing_desk.core.rules.pattern import Kind, PatternError, parse_pattern
from framing_desk.core.storage import atomic_write_text

SCHEMA_VERSION = 1
FILE_NAME = "preferences.json"
CONFIG_DIR_VARIABLE = "FRAMING_DESK_CONFIG_DIR"
CUSTOM_SEVERITY = Severity.WARNING

_E = TypeVar("_E", Category, Severity)
_T = TypeVar("_T")
_log = logging.getLogger(__name__)
_KEYS = ("version", "ignored_words", "ignored_rules", "disabled_categories", "min_severity",
         "custom_terms")
_TERM_KEYS = ("language", "phrase", "category", "suggestions", "explanation")
# Signs of the rule notation: a term is matched literally, so it may not use them.
_NOTATION = re.compile(r"[=*|?\[\]{}…]|\.\.\.")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_CUSTOM_FILE = "custom-{}.yaml"
_CONCEPT = {"de": "Eigene Begriffe", "en": "Custom terms"}
_EXPLANATION = {
    "de": "Steht auf Ihrer Liste eigener Begriffe (Einstellungen).",
    "en": "On your own list of terms (preferences).",
}


class PreferencesError(ValueError):
    """The preferences file cannot be read or is damaged; `path` names it."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"preferences file {path}: {problem}")


def normalize_text(text: str) -> str:
    """The form ignored words are compared in: case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; choose one of {LANGUAGES}")


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(copy.deepcopy(dict(mapping)))


def _check_extra(extra: Mapping[str, Any], known: tuple[str, ...]) -> None:
    clash = sorted(set(extra) & set(known))
    if clash:
        raise ValueError(f"extra fields may not reuse known names: {', '.join(clash)}")


@dataclass(frozen=True, slots=True)
class CustomTerm:
    """A phrase of the user's own to flag; words match in all their forms, like rule patterns."""

    language: str
    phrase: str
    category: Category
    suggestions: tuple[str, ...] = ()
    explanation: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        _check_language(self.language)
        phrase = " ".join(self.phrase.split())
        _check_phrase(phrase)
        explanation = self.explanation.strip() if self.explanation else ""
        _check_extra(self.extra, _TERM_KEYS)
        object.__setattr__(self, "phrase", phrase)
        object.__setattr__(self, "category", Category(self.category))
        object.__setattr__(self, "suggestions",
                           tuple(s.strip() for s in self.suggestions if s.strip()))
        object.__setattr__(self, "explanation", explanation or None)
        object.__setattr__(self, "extra", _frozen(self.extra))

    @property
    def key(self) -> tuple[str, str]:
        """What makes two terms the same: language and normalised phrase."""
        return self.language, normalize_text(self.phrase)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "language": self.language,
            "phrase": self.phrase,
            "category": self.category.value,
            "suggestions": list(self.suggestions),
        }
        if self.explanation is not None:
            data["explanation"] = self.explanation
        return {**data, **self.extra}

    @classmethod
    def from_dict(cls, data: object) -> CustomTerm:
        """Read the JSON form; raise ValueError naming what is wrong."""
        if not isinstance(data, dict):
            raise ValueError("each custom term must be an object")
        language, phrase = data.get("language"), data.get("phrase")
        if not isinstance(language, str) or not isinstance(phrase, str):
            raise ValueError("each custom term needs 'language' and 'phrase' texts")
        explanation = data.get("explanation")
        if explanation is not None and not isinstance(explanation, str):
            raise ValueError(f"custom term {phrase!r}: 'explanation' must be a text")
        return cls(
            language=language,
            phrase=phrase,
            category=_enum(data.get("category"), Category, f"custom term {phrase!r}: 'category'"),
            suggestions=tuple(_strings(data, "suggestions", f"custom term {phrase!r}: ")),
            explanation=explanation,
            extra={k: v for k, v in data.items() if k not in _TERM_KEYS},
        )


def _check_phrase(phrase: str) -> None:
    if not phrase:
        raise ValueError("the phrase of a custom term is empty")
    if _NOTATION.search(phrase):
        raise ValueError(f"phrase {phrase!r} may hold only words and punctuation, "
                         "none of = * | ? [ ] { } … ...")
    try:
        tokens = parse_pattern(phrase)
    except PatternError as error:
        raise ValueError(f"phrase {phrase!r}: {error}") from error
    if all(token.kind is Kind.PUNCT for token in tokens):
        raise ValueError(f"phrase {phrase!r} needs at least one word")


@dataclass(frozen=True, slots=True)
class Preferences:
    """All preferences, immutable; the `with_…`/`without_…` methods return changed copies.

    `ignored_words` holds (language, normalised text) pairs; `extra` keeps
    fields of a newer version's file so that saving does not lose them.
    """

    ignored_words: frozenset[tuple[str, str]] = frozenset()
    ignored_rules: frozenset[str] = frozenset()
    disabled_categories: frozenset[Category] = frozenset()
    min_severity: Severity = Severity.INFO
    custom_terms: tuple[CustomTerm, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        words = {(language, normalize_text(text)) for language, text in self.ignored_words}
        for language, text in words:
            _check_language(language)
            if not text:
                raise ValueError("an ignored word is empty")
        rules = {rule.strip() for rule in self.ignored_rules}
        if "" in rules:
            raise ValueError("an ignored rule id is empty")
        counts = Counter(term.key for term in self.custom_terms)
        twice = sorted(f"{phrase!r} ({language})" for (language, phrase), n in counts.items() if n > 1)
        if twice:
            raise ValueError(f"custom terms appear twice: {', '.join(twice)}")
        _check_extra(self.extra, _KEYS)
        object.__setattr__(self, "ignored_words", frozenset(words))
        object.__setattr__(self, "ignored_rules", frozenset(rules))
        object.__setattr__(self, "disabled_categories",
                           frozenset(Category(c) for c in self.disabled_categories))
        object.__setattr__(self, "min_severity", Severity(self.min_severity))
        object.__setattr__(self, "custom_terms", tuple(self.custom_terms))
        object.__setattr__(self, "extra", _frozen(self.extra))

    def ignored_words_in(self, language: str) -> frozenset[str]:
        return frozenset(text for lang, text in self.ignored_words if lang == language)

    def is_word_ignored(self, language: str, text: str) -> bool:
        return (language, normalize_text(text)) in self.ignored_words

    def with_ignored_word(self, language: str, text: str) -> Preferences:
        return replace(self, ignored_words=self.ignored_words | {(language, text)})

    def without_ignored_word(self, language: str, text: str) -> Preferences:
        return replace(self, ignored_words=self.ignored_words - {(language, normalize_text(text))})

    def with_ignored_rule(self, rule_id: str) -> Preferences:
        return replace(self, ignored_rules=self.ignored_rules | {rule_id})

    def without_ignored_rule(self, rule_id: str) -> Preferences:
        return replace(self, ignored_rules=self.ignored_rules - {rule_id.strip()})

    def with_category_enabled(self, category: Category, enabled: bool) -> Preferences:
        disabled = self.disabled_categories - {category} if enabled \
            else self.disabled_categories | {category}
        return replace(self, disabled_categories=disabled)

    def with_min_severity(self, severity: Severity) -> Preferences:
        return replace(self, min_severity=severity)

    def custom_terms_in(self, language: str) -> tuple[CustomTerm, ...]:
        return tuple(term for term in self.custom_terms if term.language == language)

    def with_custom_term(self, term: CustomTerm) -> Preferences:
        """Add `term`, replacing a term of the same language and phrase."""
        kept = tuple(t for t in self.custom_terms if t.key != term.key)
        return replace(self, custom_terms=(*kept, term))

    def without_custom_term(self, language: str, phrase: str) -> Preferences:
        key = (language, normalize_text(phrase))
        return replace(self, custom_terms=tuple(t for t in self.custom_terms if t.key != key))

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, in a stable order, with the extra fields last."""
        data: dict[str, Any] = {
            "version": SCHEMA_VERSION,
            "ignored_words": {lang: sorted(self.ignored_words_in(lang)) for lang in LANGUAGES},
            "ignored_rules": sorted(self.ignored_rules),
            "disabled_categories": sorted(c.value for c in self.disabled_categories),
            "min_severity": self.min_severity.value,
            "custom_terms": [term.to_dict() for term in self.custom_terms],
        }
        return {**data, **self.extra}

    @classmethod
    def from_dict(cls, data: object) -> Preferences:
        """Read the JSON form; missing fields take defaults, wrong ones raise ValueError."""
        if not isinstance(data, dict):
            raise ValueError("must hold a JSON object")
        version = data.get("version")
        if type(version) is not int or version < 1:
            raise ValueError("'version' must be a whole number from 1 on")
        words = data.get("ignored_words", {})
        if not isinstance(words, dict):
            raise ValueError("'ignored_words' must map a language to a list of texts")
        terms = data.get("custom_terms", [])
        if not isinstance(terms, list):
            raise ValueError("'custom_terms' must be a list")
        return cls(
            ignored_words=frozenset((language, text) for language in words
                                    for text in _strings(words, language, "'ignored_words': ")),
            ignored_rules=frozenset(_strings(data, "ignored_rules")),
            disabled_categories=frozenset(
                _enum(value, Category, "'disabled_categories'")
                for value in _strings(data, "disabled_categories")),
            min_severity=_enum(data.get("min_severity", Severity.INFO.value), Severity,
                               "'min_severity'"),
            custom_terms=tuple(CustomTerm.from_dict(term) for term in terms),
            extra={k: v for k, v in data.items() if k not in _KEYS},
        )


def _strings(data: dict[str, Any], key: str, where: str = "") -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}{key!r} must be a list of texts")
    return value


def _enum(value: object, kind: type[_E], where: str) -> _E:
    if isinstance(value, str) and value in {member.value for member in kind}:
        return kind(value)
    allowed = ", ".join(member.value for member in kind)
    raise ValueError(f"{where} {value!r} is not one of: {allowed}")


def preferences_path() -> Path:
    """`preferences.json` in $FRAMING_DESK_CONFIG_DIR if set, else in the user's config folder."""
    folder = os.environ.get(CONFIG_DIR_VARIABLE) or user_config_dir("framing-desk", appauthor=False)
    return Path(folder) / FILE_NAME


def load_preferences(path: Path | None = None, *, recover: bool = False) -> Preferences:
    """Read the preferences; a missing file gives defaults.

    A damaged file raises `PreferencesError`, or with `recover=True` is renamed
    to `preferences.json.bad-<timestamp>` and defaults are returned. A file that
    cannot be read at all (permissions) always raises: it may well be intact.
    """
    return load_json_file(path or preferences_path(), Preferences.from_dict, Preferences,
                          recover=recover, error=PreferencesError, what="preferences file")


def load_json_file(path: Path, parse: Callable[[object], _T], default: Callable[[], _T], *, recover: bool,
                   error: type[PreferencesError], what: str) -> _T:
    """Read a settings file of the config folder: `default()` if it is missing, `parse(json)` otherwise.

    A damaged file (not JSON, not UTF-8, or refused by `parse` with ValueError) raises `error`,
    or with `recover=True` is renamed to `<name>.bad-<timestamp>` and `default()` is returned.
    A file that cannot be read at all (permissions) always raises: it may well be intact.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return default()
    except OSError as exc:
        raise error(path, f"cannot be read: {exc.strerror or exc}") from exc
    try:
        return parse(json.loads(raw))
    except json.JSONDecodeError as exc:
        problem = f"is not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
    except UnicodeDecodeError:
        problem = "is not UTF-8 text"
    except RecursionError:
        problem = "is nested too deeply"
    except ValueError as exc:
        problem = f"is damaged: {exc}"
    if not recover:
        raise error(path, problem + "; fix or remove it, or load with recover=True")
    aside = _set_aside(path, problem, error)
    _log.warning("%s %s %s; kept it as %s and started from defaults", what, path, problem, aside)
    return default()


def _set_aside(path: Path, problem: str, error: type[PreferencesError]) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.bad-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = path.with_name(f"{path.name}.bad-{stamp}-{number}")
    try:
        path.rename(aside)
    except OSError as exc:
        raise error(path, f"{problem}, and could not be set aside: {exc.strerror or exc}") from exc
    return aside


def save_preferences(prefs: Preferences, path: Path | None = None) -> None:
    """Write the preferences atomically: the old file stays whole if writing fails."""
    text = json.dumps(prefs.to_dict(), ensure_ascii=False, indent=2)
    atomic_write_text(path or preferences_path(), text + "\n")


def filter_findings(findings: Iterable[Finding], prefs: Preferences,
                    language: str) -> tuple[Finding, ...]:
    """The findings the user wants to see: not ignored, category enabled, severe enough."""
    words = prefs.ignored_words_in(language)
    least = prefs.min_severity.rank
    return tuple(
        f for f in findings
        if f.rule not in prefs.ignored_rules
        and f.category not in prefs.disabled_categories
        and f.severity.rank >= least
        and normalize_text(f.text) not in words
    )


def write_custom_rule_dir(prefs: Preferences, directory: Path, language: str) -> Path | None:
    """Write the custom terms of `language` as rule files into `directory` (a folder of their own).

    One file per category (`custom-<category>.yaml`), one rule per term with
    the id `<language>.custom.<slug>`; files of categories no longer used are
    removed. Returns `directory`, for `Engine(extra_rule_dirs=[...])`, or None
    when there are no terms. Clears the rule cache so new engines see the change.
    """
    _check_language(language)
    terms = prefs.custom_terms_in(language)
    ids = _rule_ids(terms, language)
    by_category: dict[Category, list[dict[str, Any]]] = defaultdict(list)
    for term in terms:
        by_category[term.category].append(_rule(term, ids[term.key]))
    files = {_CUSTOM_FILE.format(category.value): _rule_file(language, category, rules)
             for category, rules in by_category.items()}
    for stale in directory.glob(_CUSTOM_FILE.format("*")):
        if stale.name not in files:
            stale.unlink()
    for name, text in files.items():
        atomic_write_text(directory / name, text)
    return directory if files else None


def _slug(phrase: str) -> str:
    text = unicodedata.normalize("NFC", phrase).casefold().translate(_UMLAUTS)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "term"


def _rule_ids(terms: Iterable[CustomTerm], language: str) -> dict[tuple[str, str], str]:
    """A unique rule id per term; the same terms always get the same ids."""
    ids: dict[tuple[str, str], str] = {}
    used: set[str] = set()
    for term in sorted(terms, key=lambda t: (_slug(t.phrase), t.key)):
        base = ident = f"{language}.custom.{_slug(term.phrase)}"
        number = 1
        while ident in used:
            number += 1
            ident = f"{base}-{number}"
        used.add(ident)
        ids[term.key] = ident
    return ids


def _rule(term: CustomTerm, ident: str) -> dict[str, Any]:
    rule: dict[str, Any] = {"id": ident, "pattern": term.phrase}
    if term.suggestions:
        rule["suggestions"] = list(term.suggestions)
    else:
        rule["action"] = "rephrase"
    if term.explanation is not None:
        rule["explanation"] = {"de": term.explanation, "en": term.explanation}
    return rule


def _rule_file(language: str, category: Category, rules: list[dict[str, Any]]) -> str:
    data = {
        "concept": _CONCEPT[language],
        "category": category.value,
        "severity": CUSTOM_SEVERITY.value,
        "explanation": _EXPLANATION,
        "rules": rules,
    }
    import yaml

    header = "# Written by Framing Desk from your custom terms (preferences); edits here are lost.\n"
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
