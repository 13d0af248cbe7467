"""User-visible names of core values, translatable with Qt Linguist (context "Labels")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from framing_desk.core.model import Action, Category, Severity, Voice
from framing_desk.core.review import DecisionKind
from framing_desk.core.tone import Verdict


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def category_label(category: Category) -> str:
    return {
        Category.EVALUATIVE: _t("Evaluative"),
        Category.INTENSIFIER: _t("Intensifier"),
        Category.CERTAINTY: _t("Certainty"),
        Category.VAGUE_ATTRIBUTION: _t("Vague attribution"),
        Category.LOADED_TERM: _t("Loaded term"),
        Category.PRESUPPOSITION: _t("Presupposition"),
        Category.OPINION: _t("Opinion"),
    }[category]


def severity_label(severity: Severity) -> str:
    return {Severity.INFO: _t("info"), Severity.WARNING: _t("warning"), Severity.ERROR: _t("error")}[severity]


def voice_label(voice: Voice) -> str:
    return {Voice.AUTHOR: _t("author's voice"), Voice.QUOTE: _t("quoted source")}[voice]


def decision_label(kind: DecisionKind) -> str:
    return {
        DecisionKind.OPEN: _t("open"),
        DecisionKind.ACCEPTED: _t("accepted"),
        DecisionKind.CUSTOM: _t("own wording"),
        DecisionKind.KEPT: _t("kept"),
        DecisionKind.IGNORED_HERE: _t("ignored here"),
        DecisionKind.IGNORED_EVERYWHERE: _t("ignored everywhere"),
    }[kind]


def action_label(action: Action) -> str:
    return {
        Action.DELETE: _t("Delete these words"),
        Action.NAME_SOURCE: _t("Name the source"),
        Action.ATTRIBUTE_CLAIM: _t("Attribute the claim"),
        Action.REPHRASE: _t("Rephrase"),
    }[action]


def verdict_label(verdict: Verdict) -> str:
    return {
        Verdict.PRESERVED: _t("preserved"),
        Verdict.SOFTENED: _t("softened"),
        Verdict.AMPLIFIED: _t("amplified"),
        Verdict.SHIFTED: _t("shifted"),
        Verdict.NEUTRAL: _t("neutral"),
    }[verdict]
