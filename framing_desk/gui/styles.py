"""How categories, verdicts and diff operations look: colour plus a second cue (underline, sign).

Colour is never the only cue: each category has its own underline style, each
verdict its own sign, insertions are underlined and deletions struck through.
Every colour has a light- and a dark-theme variant with enough contrast.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication

from framing_desk.core.model import Category
from framing_desk.core.tone import Verdict


@dataclass(frozen=True)
class CategoryStyle:
    label: str  # the English name; the interface shows `labels.category_label`, which is translated
    light: str
    dark: str
    underline: QTextCharFormat.UnderlineStyle
    css_underline: str
    sign: str


CATEGORY_STYLES: dict[Category, CategoryStyle] = {
    Category.EVALUATIVE: CategoryStyle(
        "Evaluative", "#f4b740", "#8a6200", QTextCharFormat.UnderlineStyle.SingleUnderline, "solid", "E"),
    Category.INTENSIFIER: CategoryStyle(
        "Intensifier", "#ff8a80", "#8e2b23", QTextCharFormat.UnderlineStyle.DashUnderline, "dashed", "I"),
    Category.CERTAINTY: CategoryStyle(
        "Certainty", "#82b1ff", "#1f4f9e", QTextCharFormat.UnderlineStyle.DotLine, "dotted", "C"),
    Category.VAGUE_ATTRIBUTION: CategoryStyle(
        "Vague attribution", "#b388ff", "#5b2d9e", QTextCharFormat.UnderlineStyle.WaveUnderline, "wavy", "V"),
    Category.LOADED_TERM: CategoryStyle(
        "Loaded term", "#ff80ab", "#8c1d4a", QTextCharFormat.UnderlineStyle.DashDotLine, "double", "L"),
    Category.PRESUPPOSITION: CategoryStyle(
        "Presupposition", "#80deea", "#1b6d78", QTextCharFormat.UnderlineStyle.DashDotDotLine, "dashed", "P"),
    Category.OPINION: CategoryStyle(
        "Opinion", "#a5d6a7", "#2e6b31", QTextCharFormat.UnderlineStyle.SingleUnderline, "double", "O"),
}


@dataclass(frozen=True)
class VerdictStyle:
    label: str  # the English name; the interface shows `labels.verdict_label`, which is translated
    sign: str
    light: str
    dark: str


VERDICT_STYLES: dict[Verdict, VerdictStyle] = {
    Verdict.PRESERVED: VerdictStyle("preserved", "=", "#5f6b7a", "#a9b4c2"),
    Verdict.SOFTENED: VerdictStyle("softened", "▼", "#1565c0", "#82b1ff"),
    Verdict.AMPLIFIED: VerdictStyle("amplified", "▲", "#c62828", "#ff8a80"),
    Verdict.SHIFTED: VerdictStyle("shifted", "↔", "#8e24aa", "#ce93d8"),
    Verdict.NEUTRAL: VerdictStyle("neutral", "·", "#9e9e9e", "#757575"),
}

INSERT_LIGHT, INSERT_DARK = "#d7f5dd", "#1e4d2b"
DELETE_LIGHT, DELETE_DARK = "#fbd5d5", "#5c1f1f"
CURRENT_SENTENCE_LIGHT, CURRENT_SENTENCE_DARK = "#fff4c2", "#4a4220"


def is_dark() -> bool:
    """Whether the application currently uses a dark palette."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Base).lightness() < 128


def pick(light: str, dark: str) -> QColor:
    """The colour for the current theme."""
    return QColor(dark if is_dark() else light)


def category_color(category: Category, *, muted: bool = False) -> QColor:
    """The background of a finding; quoted-voice findings are muted (more transparent)."""
    style = CATEGORY_STYLES[category]
    color = pick(style.light, style.dark)
    color.setAlpha(90 if muted else (200 if is_dark() else 170))
    return color


def category_underline(category: Category) -> QColor:
    """A strong version of the category colour for underlines and chart bars."""
    style = CATEGORY_STYLES[category]
    color = QColor(style.light if is_dark() else style.dark)
    return color


def verdict_color(verdict: Verdict) -> QColor:
    style = VERDICT_STYLES[verdict]
    return pick(style.light, style.dark)
