"""User-visible names of core values, translatable with Qt Linguist (context "Labels").

Every name is written out as a literal `QCoreApplication.translate("Labels", "…")`
call, so that `pyside6-lupdate` (scripts/update-translations.sh) finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from framing_desk.core.messages import MarkedError
from framing_desk.core.model import Action, Category, Severity, Voice
from framing_desk.core.review import DecisionKind
from framing_desk.core.tone import Verdict


def category_label(category: Category) -> str:
    return {
        Category.EVALUATIVE: QCoreApplication.translate("Labels", "Evaluative"),
        Category.INTENSIFIER: QCoreApplication.translate("Labels", "Intensifier"),
        Category.CERTAINTY: QCoreApplication.translate("Labels", "Certainty"),
        Category.VAGUE_ATTRIBUTION: QCoreApplication.translate("Labels", "Vague attribution"),
        Category.LOADED_TERM: QCoreApplication.translate("Labels", "Loaded term"),
        Category.PRESUPPOSITION: QCoreApplication.translate("Labels", "Presupposition"),
        Category.OPINION: QCoreApplication.translate("Labels", "Opinion"),
    }[category]


def severity_label(severity: Severity) -> str:
    return {
        Severity.INFO: QCoreApplication.translate("Labels", "info"),
        Severity.WARNING: QCoreApplication.translate("Labels", "warning"),
        Severity.ERROR: QCoreApplication.translate("Labels", "error"),
    }[severity]


def voice_label(voice: Voice) -> str:
    return {
        Voice.AUTHOR: QCoreApplication.translate("Labels", "author's voice"),
        Voice.QUOTE: QCoreApplication.translate("Labels", "quoted source"),
    }[voice]


def decision_label(kind: DecisionKind) -> str:
    return {
        DecisionKind.OPEN: QCoreApplication.translate("Labels", "open"),
        DecisionKind.ACCEPTED: QCoreApplication.translate("Labels", "accepted"),
        DecisionKind.CUSTOM: QCoreApplication.translate("Labels", "own wording"),
        DecisionKind.KEPT: QCoreApplication.translate("Labels", "kept"),
        DecisionKind.IGNORED_HERE: QCoreApplication.translate("Labels", "ignored here"),
        DecisionKind.IGNORED_EVERYWHERE: QCoreApplication.translate("Labels", "ignored everywhere"),
    }[kind]


def action_label(action: Action) -> str:
    return {
        Action.DELETE: QCoreApplication.translate("Labels", "Delete these words"),
        Action.NAME_SOURCE: QCoreApplication.translate("Labels", "Name the source"),
        Action.ATTRIBUTE_CLAIM: QCoreApplication.translate("Labels", "Attribute the claim"),
        Action.REPHRASE: QCoreApplication.translate("Labels", "Rephrase"),
    }[action]


def verdict_label(verdict: Verdict) -> str:
    return {
        Verdict.PRESERVED: QCoreApplication.translate("Labels", "preserved"),
        Verdict.SOFTENED: QCoreApplication.translate("Labels", "softened"),
        Verdict.AMPLIFIED: QCoreApplication.translate("Labels", "amplified"),
        Verdict.SHIFTED: QCoreApplication.translate("Labels", "shifted"),
        Verdict.NEUTRAL: QCoreApplication.translate("Labels", "neutral"),
    }[verdict]


def core_text(context: str, text: str, **values: str) -> str:
    """A message core marked with `QT_TRANSLATE_NOOP(context, text)`, in the interface's language,
    with `values` filled in (a value that is itself a marked text is translated too)."""
    translated = QCoreApplication.translate(context, text)
    if not values:
        return translated
    return translated.format(**{name: QCoreApplication.translate(context, value)
                                for name, value in values.items()})


def error_text(error: object) -> str:
    """What went wrong, for the user: a core `MarkedError` in the interface's language."""
    if isinstance(error, MarkedError):
        return core_text(error.context, error.text, **error.values)
    return str(error)
