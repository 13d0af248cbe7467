"""The German original: an editable text with findings marked, hover explanations and a decision menu."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from framing_desk.core.model import Finding, Sentence, Voice
from framing_desk.core.review import Decision, DecisionKind
from framing_desk.gui import styles
from framing_desk.gui.labels import action_label, category_label, decision_label, severity_label, voice_label
from framing_desk.gui.positions import Utf16Map


@dataclass
class Mark:
    """A finding's place in the editor (Qt positions, shifted as the user types)."""

    start: int
    end: int
    finding: Finding
    decision: Decision


def finding_tooltip(finding: Finding, decision: Decision, ui_language: str = "en") -> str:
    """Rich-text tooltip: category, severity, voice, explanation, alternatives, decision."""
    parts = [
        f"<b>{escape(category_label(finding.category))}</b> · {escape(severity_label(finding.severity))}"
        f" · {escape(voice_label(finding.voice))}",
        f"<p>{escape(finding.explanation.in_language(ui_language))}</p>",
    ]
    if finding.suggestions:
        items = "".join(f"<li>{escape(s)}</li>" for s in finding.suggestions[:6])
        heading = QCoreApplication.translate("SourceEditor", "Neutral alternatives:")
        parts.append(f"{escape(heading)}<ul style='margin:0'>{items}</ul>")
    elif finding.action is not None:
        parts.append(f"<p>{escape(action_label(finding.action))}</p>")
    if not decision.is_open:
        parts.append(f"<p><i>{escape(decision_label(decision.kind))}</i></p>")
    return "".join(parts)


class FindingHighlighter(QSyntaxHighlighter):
    """Paints the marks: category colour plus the category's own underline; muted for quotes."""

    def __init__(self, editor: SourceEditor) -> None:
        super().__init__(editor.document())
        self.editor = editor
        self._formats: dict[tuple[object, ...], QTextCharFormat] = {}

    def clear_formats(self) -> None:
        """Forget cached formats (after a theme change)."""
        self._formats.clear()

    def format_for(self, mark: Mark) -> QTextCharFormat:
        finding, kind = mark.finding, mark.decision.kind
        key = (finding.category, finding.voice, kind)
        cached = self._formats.get(key)
        if cached is not None:
            return cached
        fmt = QTextCharFormat()
        style = styles.CATEGORY_STYLES[finding.category]
        fmt.setUnderlineStyle(style.underline)
        fmt.setUnderlineColor(styles.category_underline(finding.category))
        if kind is DecisionKind.OPEN:
            fmt.setBackground(styles.category_color(finding.category, muted=finding.voice is Voice.QUOTE))
            if finding.voice is Voice.QUOTE:
                fmt.setFontItalic(True)
        elif kind in (DecisionKind.ACCEPTED, DecisionKind.CUSTOM):
            fmt.setFontStrikeOut(True)
            color = styles.category_underline(finding.category)
            color.setAlpha(60)
            fmt.setBackground(color)
        else:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(QColor(150, 150, 150))
        self._formats[key] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        start = block.position()
        end = start + len(text)
        for mark in self.editor.marks_between(start, end):
            begin = max(mark.start, start) - start
            finish = min(mark.end, end) - start
            if finish > begin:
                self.setFormat(begin, finish - begin, self.format_for(mark))


class SourceEditor(QPlainTextEdit):
    """The editable original. Emits requests; the main window turns them into decisions."""

    decisionRequested = Signal(object, object)  # Finding, Decision
    customRequested = Signal(object)  # Finding
    ignoreEverywhereRequested = Signal(object)  # Finding
    sentenceChanged = Signal(int)  # index into the analysis' sentences, -1 if none
    findingSelected = Signal(object)  # Finding | None, the finding under the caret

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceEditor")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self.ui_language = "en"
        self._marks: list[Mark] = []
        self._starts: list[int] = []
        self._sentences: list[list[int]] = []
        self._current_sentence = -1
        self._current_finding: Finding | None = None
        self._highlighter = FindingHighlighter(self)
        self.document().contentsChange.connect(self._shift)
        self.cursorPositionChanged.connect(self._caret_moved)

    # --- data -----------------------------------------------------------------------------------

    def set_marks(self, text: str, items: list[tuple[Finding, Decision]],
                  sentences: tuple[Sentence, ...]) -> None:
        """Show the findings of an analysis of `text` (which must be the editor's text)."""
        positions = Utf16Map(text)
        old = self._blocks_of(self._marks)
        self._marks = [Mark(positions.to_qt(f.start), positions.to_qt(f.end), f, d) for f, d in items]
        self._marks.sort(key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self._marks]
        self._sentences = [[positions.to_qt(s.start), positions.to_qt(s.end)] for s in sentences]
        new = self._blocks_of(self._marks)
        self._rehighlight(old, new)
        self._current_sentence = -2
        self._caret_moved()

    def _blocks_of(self, marks: list[Mark]) -> dict[int, list[tuple[object, ...]]]:
        document = self.document()
        blocks: dict[int, list[tuple[object, ...]]] = {}
        for mark in marks:
            first = document.findBlock(mark.start).blockNumber()
            last = document.findBlock(max(mark.start, mark.end - 1)).blockNumber()
            for number in range(first, last + 1):
                blocks.setdefault(number, []).append(
                    (mark.start, mark.end, mark.finding.category, mark.finding.voice, mark.decision.kind))
        return blocks

    def _rehighlight(self, old: dict[int, list[tuple[object, ...]]],
                     new: dict[int, list[tuple[object, ...]]]) -> None:
        document = self.document()
        for number in sorted(set(old) | set(new)):
            if old.get(number) != new.get(number):
                block = document.findBlockByNumber(number)
                if block.isValid():
                    self._highlighter.rehighlightBlock(block)

    def restyle(self) -> None:
        """Repaint every mark (after a theme change)."""
        self._highlighter.clear_formats()
        self._highlighter.rehighlight()
        self._update_extra_selections()

    @property
    def marks(self) -> list[Mark]:
        return self._marks

    def marks_between(self, start: int, end: int) -> list[Mark]:
        """Marks overlapping the Qt range [start, end)."""
        result = []
        index = max(0, bisect_right(self._starts, start) - 1)
        while index > 0 and self._marks[index - 1].end > start:
            index -= 1
        for mark in self._marks[index:]:
            if mark.start >= end:
                break
            if mark.end > start:
                result.append(mark)
        return result

    def mark_at(self, position: int) -> Mark | None:
        """The mark under a Qt position (the innermost if several)."""
        hits = [m for m in self.marks_between(position, position + 1)]
        if not hits:
            hits = [m for m in self.marks_between(max(0, position - 1), position) if m.end == position]
        return min(hits, key=lambda m: m.end - m.start) if hits else None

    def sentence_at(self, position: int) -> int:
        starts = [s[0] for s in self._sentences]
        index = bisect_right(starts, position) - 1
        if 0 <= index < len(self._sentences) and position <= self._sentences[index][1]:
            return index
        return index if index >= 0 else -1

    def sentence_range(self, index: int) -> tuple[int, int] | None:
        if 0 <= index < len(self._sentences):
            start, end = self._sentences[index]
            return start, end
        return None

    @property
    def current_finding(self) -> Finding | None:
        return self._current_finding

    @property
    def current_sentence(self) -> int:
        return self._current_sentence

    # --- navigation -----------------------------------------------------------------------------

    def select_finding(self, finding: Finding) -> None:
        """Select the finding's words and scroll them into view."""
        mark = next((m for m in self._marks if m.finding == finding), None)
        if mark is None:
            return
        cursor = self.textCursor()
        cursor.setPosition(mark.start)
        cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    def show_sentence(self, index: int) -> None:
        """Put the caret at the start of sentence `index` and scroll it to the top third."""
        span = self.sentence_range(index)
        if span is None:
            return
        cursor = self.textCursor()
        cursor.setPosition(span[0])
        self.setTextCursor(cursor)
        self.centerCursor()

    # --- typing ---------------------------------------------------------------------------------

    def _shift(self, position: int, removed: int, added: int) -> None:
        """Keep marks on their words while the text changes before the next analysis."""
        if not self._marks and not self._sentences:
            return
        delta = added - removed
        edit_end = position + removed
        kept: list[Mark] = []
        for mark in self._marks:
            if mark.end <= position:
                kept.append(mark)
            elif mark.start >= edit_end:
                mark.start += delta
                mark.end += delta
                kept.append(mark)
        self._marks = kept
        self._starts = [m.start for m in kept]
        for sentence in self._sentences:
            if sentence[0] >= edit_end:
                sentence[0] += delta
            if sentence[1] >= position:
                sentence[1] = max(sentence[0], sentence[1] + delta)

    def _caret_moved(self) -> None:
        position = self.textCursor().position()
        sentence = self.sentence_at(position)
        mark = self.mark_at(position)
        finding = mark.finding if mark else None
        if finding != self._current_finding:
            self._current_finding = finding
            self.findingSelected.emit(finding)
        if sentence != self._current_sentence:
            self._current_sentence = sentence
            self._update_extra_selections()
            self.sentenceChanged.emit(sentence)

    def _update_extra_selections(self) -> None:
        selections = []
        span = self.sentence_range(self._current_sentence)
        if span is not None:
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(
                styles.pick(styles.CURRENT_SENTENCE_LIGHT, styles.CURRENT_SENTENCE_DARK))
            cursor = QTextCursor(self.document())
            cursor.setPosition(span[0])
            cursor.setPosition(min(span[1], self.document().characterCount() - 1),
                               QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)

    # --- hover and menu -------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = self.cursorForPosition(event.pos()).position()  # type: ignore[attr-defined]
            mark = self.mark_at(position)
            if mark is not None:
                QToolTip.showText(event.globalPos(),  # type: ignore[attr-defined]
                                  finding_tooltip(mark.finding, mark.decision, self.ui_language), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        position = self.cursorForPosition(event.pos()).position()
        mark = self.mark_at(position)
        menu = self.createStandardContextMenu(event.pos())
        if mark is not None and menu.actions():
            first = menu.actions()[0]
            decisions = self.decision_menu(mark.finding, mark.decision, menu)
            for action in decisions.actions():
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        menu.exec(event.globalPos())

    def decision_menu(self, finding: Finding, decision: Decision, parent: QWidget) -> QMenu:
        """The decisions one can take on `finding`, as a menu (also used by the findings panel)."""
        menu = QMenu(parent)
        title = menu.addAction(self.tr("“{0}” — {1}").format(finding.text, category_label(finding.category)))
        title.setEnabled(False)
        for index, suggestion in enumerate(finding.suggestions[:8]):
            action = menu.addAction(self.tr("Replace with “{0}”").format(suggestion))
            if index == 0:
                action.setShortcut("Ctrl+Return")
            action.triggered.connect(
                lambda _=False, i=index: self.decisionRequested.emit(
                    finding, Decision(DecisionKind.ACCEPTED, i)))
        if not finding.suggestions and finding.action is not None:
            action = menu.addAction(action_label(finding.action))
            action.triggered.connect(
                lambda _=False: self.decisionRequested.emit(finding, Decision(DecisionKind.ACCEPTED)))
        menu.addAction(self.tr("Own wording…")).triggered.connect(
            lambda _=False: self.customRequested.emit(finding))
        menu.addAction(self.tr("Keep as written")).triggered.connect(
            lambda _=False: self.decisionRequested.emit(finding, Decision(DecisionKind.KEPT)))
        menu.addAction(self.tr("Ignore here")).triggered.connect(
            lambda _=False: self.decisionRequested.emit(finding, Decision(DecisionKind.IGNORED_HERE)))
        menu.addAction(self.tr("Ignore everywhere")).triggered.connect(
            lambda _=False: self.ignoreEverywhereRequested.emit(finding))
        if not decision.is_open:
            menu.addAction(self.tr("Reopen")).triggered.connect(
                lambda _=False: self.decisionRequested.emit(finding, Decision()))
        return menu

    def position_of(self, point: QPoint) -> int:
        return self.cursorForPosition(point).position()

