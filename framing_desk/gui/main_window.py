"""The main window: original, translation and rewrite side by side, findings, diff, comparison, chart."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QImage, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from framing_desk.core.density import paragraph_density
from framing_desk.core.model import Category, Finding, Voice
from framing_desk.core.project import (
    SUFFIX,
    Project,
    ProjectError,
    Recovery,
    decisions_for,
    discard_recovery,
    load_project,
    load_recovery,
    pending_recoveries,
    project_from_review,
    write_recovery,
)
from framing_desk.core.resources import resource_path, sample_article
from framing_desk.core.review import Decision, DecisionKind
from framing_desk.core.textio import UndecodableInputError
from framing_desk.core.tone import ToneCheck
from framing_desk.core.translation.references import (
    ReferenceFormatError,
    align_lines_to_sentences,
    align_to_sentences,
    read_reference,
)
from framing_desk.core.translation.registry import provider_info, providers
from framing_desk.gui import styles
from framing_desk.gui.aligned_view import AlignedSentence, AlignedView, Badge
from framing_desk.gui.app_settings import add_recent_file, recent_files
from framing_desk.gui.compare_view import ComparisonView
from framing_desk.gui.density_chart import DensityChart
from framing_desk.gui.diff_view import DiffView
from framing_desk.gui.findings_panel import FindingsPanel
from framing_desk.gui.labels import core_text, error_text, verdict_label
from framing_desk.gui.positions import Utf16Map
from framing_desk.gui.projects import ProjectStore
from framing_desk.gui.session import DocumentSession
from framing_desk.gui.source_editor import SourceEditor
from framing_desk.gui.translations import EDITED, Translations

if TYPE_CHECKING:
    from framing_desk.core.export.report import ReportInput
    from framing_desk.gui.settings_dialog import SettingsDialog

APP_NAME = "Framing Desk"
REFERENCE_PREFIX = "reference:"
"""A reference translation read from a file is kept as translation "reference:<file name>"."""


def _pane(title: str, body: QWidget, extra: QWidget | None = None) -> QWidget:
    """A titled column of the main splitter."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(2, 2, 2, 2)
    header = QLabel(f"<b>{title}</b>")
    header.setObjectName("paneTitle")
    layout.addWidget(header)
    if extra is not None:
        layout.addWidget(extra)
    layout.addWidget(body, 1)
    return box


class _OnShow(QObject):
    """Calls `callback(widget)` whenever a widget it watches is shown."""

    def __init__(self, callback: Callable[[QWidget], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            self._callback(watched)
        return False


class MainWindow(QMainWindow):
    """Assembles the views over one `DocumentSession` and routes user requests to it."""

    def __init__(self, session: DocumentSession, settings: QSettings) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self._history: list[str] = []
        self._redo_history: list[str] = []
        self._setting_text = False
        self._scrolling = False
        self._tone_text: str | None = None
        self._pending_reference: Path | None = None
        self._wanted_translation: str | None = None
        self._pending_project: Project | None = None
        self._created: datetime | None = None
        self._settings_dialog: SettingsDialog | None = None
        self.projects = ProjectStore(self.current_project, self)
        self.setAcceptDrops(True)

        self.editor = SourceEditor()
        self.editor.setPlaceholderText(self.tr(
            "Open a document (Ctrl+O), paste one (Ctrl+Shift+V) or drop a file here."))
        self.translation_view = AlignedView(self.tr("— not translated —"))
        self.translation_view.setObjectName("translationView")
        self.rewrite_view = AlignedView(self.tr("— no rewrite yet —"))
        self.rewrite_view.setObjectName("rewriteView")
        self.translations = Translations(session.pool, self, cache=session.cache)
        self.translation_choice = QComboBox()
        self.translation_choice.setObjectName("translationChoice")
        self.translation_choice.setToolTip(self.tr("Which translation to show"))
        self.translate_button = QPushButton(self.tr("Translate"))  # sized for its text and menu arrow
        self.translate_button.setToolTip(self.tr("Translate the article with a translation service"))
        self.translate_menu = QMenu(self.translate_button)
        self.translate_button.setMenu(self.translate_menu)
        translation_bar = QWidget()
        row = QHBoxLayout(translation_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.translation_choice, 1)
        row.addWidget(self.translate_button)
        self.rewrite_english = QToolButton()
        self.rewrite_english.setText(self.tr("English"))
        self.rewrite_english.setToolTip(self.tr("Show the rewrite in English (from the translation shown)"))
        self.rewrite_english.setCheckable(True)
        rewrite_bar = QWidget()
        row = QHBoxLayout(rewrite_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.rewrite_info = QLabel()
        row.addWidget(self.rewrite_info, 1)
        row.addWidget(self.rewrite_english)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(_pane(self.tr("Original (German)"), self.editor))
        self.splitter.addWidget(
            _pane(self.tr("Translation (English)"), self.translation_view, translation_bar))
        self.splitter.addWidget(_pane(self.tr("Neutral rewrite"), self.rewrite_view, rewrite_bar))
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.findings = FindingsPanel()
        self.findings_dock = QDockWidget(self.tr("Findings"), self)
        self.findings_dock.setObjectName("findingsDock")
        self.findings_dock.setWidget(self.findings)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.findings_dock)

        self.diff_view = DiffView()
        self.compare_view = ComparisonView()
        self.chart = DensityChart()
        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.addTab(self.diff_view, self.tr("Diff"))
        self.bottom_tabs.addTab(self.compare_view, self.tr("Compare translations"))
        self.bottom_tabs.addTab(self.chart, self.tr("Framing density"))
        self._stale_details: set[QWidget] = set()
        self._details_shown = _OnShow(self._update_details, self)
        for tab in (self.diff_view, self.compare_view, self.chart):
            tab.installEventFilter(self._details_shown)
        self.bottom_dock = QDockWidget(self.tr("Details"), self)
        self.bottom_dock.setObjectName("detailsDock")
        self.bottom_dock.setWidget(self.bottom_tabs)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.bottom_dock)

        self.status = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

        self._create_actions()
        self._connect()
        self.resize(1400, 900)
        self.resizeDocks([self.findings_dock], [430], Qt.Orientation.Horizontal)
        self.resizeDocks([self.bottom_dock], [230], Qt.Orientation.Vertical)

    # --- actions --------------------------------------------------------------------------------

    def _action(self, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                *, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addAction(self._action(self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open))
        file.addAction(self._action(self.tr("&Save project"), self.save_project,
                                    QKeySequence.StandardKey.Save))
        file.addAction(self._action(self.tr("Save project &as…"), self.save_project_as,
                                    QKeySequence.StandardKey.SaveAs))
        file.addSeparator()
        file.addAction(self._action(self.tr("Open the &sample article"), self.open_sample))
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addAction(self._action(self.tr("&Paste as new document"), self.paste_document, "Ctrl+Shift+V"))
        file.addAction(self._action(self.tr("Import a &reference translation…"), self.import_reference))
        file.addSeparator()
        export = file.addMenu(self.tr("&Export"))
        for label, kind, shortcut in ((self.tr("&HTML report…"), "html", "Ctrl+E"),
                                      (self.tr("&PDF report…"), "pdf", None),
                                      (self.tr("&Word file of the rewrite…"), "docx", None),
                                      (self.tr("&JSON…"), "json", None)):
            export.addAction(self._action(label, lambda _=False, k=kind: self.export_dialog(k), shortcut))
        file.addSeparator()
        file.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("&Redo"), self.redo, QKeySequence.StandardKey.Redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings, "Ctrl+,")
        edit.addAction(self.settings_action)
        review = bar.addMenu(self.tr("&Review"))
        self.next_action = self._action(self.tr("&Next open finding"), self.next_finding, "F8")
        self.previous_action = self._action(self.tr("&Previous open finding"), self.previous_finding,
                                            "Shift+F8")
        self.accept_action = self._action(self.tr("&Accept best alternative"), self.accept_current,
                                          "Ctrl+Return")
        self.custom_action = self._action(self.tr("Own &wording…"), self.custom_current, "Ctrl+Shift+Return")
        self.keep_action = self._action(self.tr("&Keep as written"), self.keep_current, "Ctrl+K")
        self.ignore_action = self._action(self.tr("&Ignore here"), self.ignore_current, "Ctrl+I")
        self.ignore_everywhere_action = self._action(self.tr("Ignore &everywhere"),
                                                     self.ignore_everywhere_current, "Ctrl+Shift+I")
        self.accept_category_action = self._action(self.tr("Accept all in &category"),
                                                   self.accept_category_current, "Ctrl+Shift+A")
        for action in (self.next_action, self.previous_action, self.accept_action, self.custom_action,
                       self.keep_action, self.ignore_action, self.ignore_everywhere_action,
                       self.accept_category_action):
            review.addAction(action)
        view = bar.addMenu(self.tr("&View"))
        self.sync_action = self._action(self.tr("&Synchronised scrolling"), self._sync_toggled,
                                        checkable=True)
        self.sync_action.setChecked(bool(self.settings.value("view/sync", True, type=bool)))
        self.draft_action = self._action(self.tr("Preview &all suggestions in the rewrite"),
                                         self.session.set_draft, "Ctrl+D", checkable=True)
        view.addAction(self.sync_action)
        view.addAction(self.draft_action)
        view.addAction(self.findings_dock.toggleViewAction())
        view.addAction(self.bottom_dock.toggleViewAction())
        translate = bar.addMenu(self.tr("&Translate"))
        self.cancel_action = self._action(self.tr("&Cancel translation"), self.translations.cancel, "Esc")
        self.cancel_action.setEnabled(False)
        for info in providers():
            action = QAction(info.label, self)
            action.setObjectName(f"translate-{info.name}")
            action.triggered.connect(lambda _=False, name=info.name: self.translate_with(name))
            self.translate_menu.addAction(action)
            translate.addAction(action)
        translate.addSeparator()
        translate.addAction(self.cancel_action)
        translate.addAction(self._action(self.tr("Translation &settings…"),
                                         lambda: self.open_settings("providers")))

    def _connect(self) -> None:
        session = self.session
        session.documentLoaded.connect(self._document_loaded)
        session.analysisChanged.connect(self._refresh_findings)
        session.decisionsChanged.connect(self._refresh_findings)
        session.rewriteChanged.connect(self._refresh_rewrite)
        session.statusChanged.connect(self.status.setText)
        session.failed.connect(self._show_error)
        self.editor.textChanged.connect(self._text_edited)
        self.editor.document().undoCommandAdded.connect(self._text_undo_step)
        self.editor.installEventFilter(self)
        self.editor.viewport().installEventFilter(self)
        self.editor.decisionRequested.connect(self.decide)
        self.editor.customRequested.connect(self.custom)
        self.editor.ignoreEverywhereRequested.connect(self.ignore_everywhere)
        self.editor.sentenceChanged.connect(self._sentence_changed)
        self.editor.findingSelected.connect(self._finding_under_caret)
        self.editor.verticalScrollBar().valueChanged.connect(self._source_scrolled)
        self.findings.findingSelected.connect(self._finding_picked)
        self.findings.decisionRequested.connect(self.decide)
        self.findings.acceptAllRequested.connect(self.accept_category)
        self.translation_view.sentenceClicked.connect(self._sentence_clicked)
        self.rewrite_view.sentenceClicked.connect(self._sentence_clicked)
        self.compare_view.sentenceSelected.connect(self._sentence_clicked)
        self.chart.paragraphClicked.connect(self._paragraph_clicked)
        self.translation_view.sentenceActivated.connect(self.edit_translation)
        self.translation_choice.currentIndexChanged.connect(self._refresh_translation)
        self.rewrite_english.toggled.connect(lambda _on: self._refresh_rewrite())
        self.translations.changed.connect(self._translations_changed)
        self.translations.toneReady.connect(self._tone_ready)
        self.translations.failed.connect(self._show_error)
        self.translations.progress.connect(self._translation_progress)
        self.translations.running.connect(self._translation_running)
        self.cancel_button.clicked.connect(self.translations.cancel)
        session.decisionsChanged.connect(self.projects.changed)
        self.translations.modified.connect(self.projects.changed)
        self.projects.dirtyChanged.connect(self.setWindowModified)
        self.projects.failed.connect(self._show_error)
        self.projects.saved.connect(self._project_saved)
        self.projects.autosaveFailed.connect(self._autosave_failed)

    # --- document -------------------------------------------------------------------------------

    def _document_loaded(self) -> None:
        self._setting_text = True
        try:
            self.editor.setPlainText(self.session.text)
        finally:
            self._setting_text = False
        self._history.clear()
        self._redo_history.clear()
        self._set_title()
        self.projects.reset(None)
        self._created = None
        self.rewrite_view.set_sentences([])
        self.translation_view.set_sentences([])
        self.translations.clear()
        self._tone_text = None
        self._update_actions()

    def _set_title(self) -> None:
        self.setWindowTitle(f"{self.session.title or self.tr('Untitled')}[*] — {APP_NAME}")

    def _text_edited(self) -> None:
        if not self._setting_text and (text := self.editor.toPlainText()) != self.session.text:
            self.session.set_text(text)
            self.projects.changed()

    def _text_undo_step(self) -> None:
        if not self._setting_text:
            self._history.append("text")
            self._redo_history.clear()
            self._update_actions()

    def _refresh_findings(self) -> None:
        review = self.session.review
        if review is None:
            return
        if review.text == self.editor.toPlainText():
            items = [(f, review.decision(f)) for f in review.findings]
            self.editor.set_marks(review.text, items, review.analysis.sentences)
        self.findings.set_review(review)
        self._details_changed(self.chart)
        if self._pending_reference is not None and self.session.analysed:
            reference, self._pending_reference = self._pending_reference, None
            self.add_reference(reference)
        if self._pending_project is not None and self.session.analysed:
            project, self._pending_project = self._pending_project, None
            self._restore_translations(project)
        if self.session.analysed and self._tone_text != review.text:
            self._tone_text = review.text
            for name in self.translations.names():
                self.translations.check_tone(name, review.analysis)
        self._refresh_translation()
        self._update_actions()

    def _refresh_rewrite(self) -> None:
        rewrite = self.session.rewrite
        review = self.session.review
        if rewrite is None or review is None:
            return
        inserted = []  # (original start, start in the rewrite, length) of each edit that inserts words
        shift = 0
        for edit in rewrite.edits:
            if edit.text:
                inserted.append((edit.start, edit.start + shift, len(edit.text)))
            shift += len(edit.text) - (edit.end - edit.start)
        items = []
        for sentence in review.analysis.sentences:
            start, end = rewrite.to_rewrite(sentence.start), rewrite.to_rewrite(sentence.end)
            text = rewrite.text[start:end]
            shown = text.strip()
            first = start + len(text) - len(text.lstrip())
            marks = tuple((new - first, new - first + length) for old, new, length in inserted
                          if sentence.start <= old < sentence.end)
            items.append(AlignedSentence(shown or None, sentence.block, marks=marks))
        applied = len(rewrite.applied)
        self.rewrite_info.setText(self.tr("1 change applied") if applied == 1
                                  else self.tr("{0} changes applied").format(applied))
        if self.rewrite_english.isChecked():
            items = self._english_rewrite(items)
        self.rewrite_view.set_sentences(items)
        self.rewrite_view.highlight_sentence(self.editor.current_sentence)
        self._details_changed(self.diff_view)

    # --- decisions ------------------------------------------------------------------------------

    def decide(self, finding: Finding, decision: Decision) -> None:
        self.session.decide(finding, decision)
        self._history.append("decision")
        self._redo_history.clear()
        self._update_actions()

    def custom(self, finding: Finding) -> None:
        current = self.session.review.decision(finding) if self.session.review else Decision()
        text, ok = QInputDialog.getText(
            self, self.tr("Own wording"),
            self.tr("Replace “{0}” with:").format(finding.text),
            text=current.text or (finding.suggestions[0] if finding.suggestions else finding.text))
        if ok:
            self.decide(finding, Decision(DecisionKind.CUSTOM, text=text))

    def ignore_everywhere(self, finding: Finding) -> None:
        from framing_desk.core.preferences import save_preferences

        preferences = self.session.ignore_everywhere(finding)
        self._history.append("decision")
        try:
            save_preferences(preferences)
        except OSError as exc:
            self._show_error(self.tr("Could not save the preferences"), str(exc))
        self._update_actions()

    def accept_category(self, category: Category) -> None:
        review = self.session.review
        if review is None:
            return
        items = [(f, Decision(DecisionKind.ACCEPTED)) for f in review.findings
                 if f.category is category and review.decision(f).is_open and f.voice is Voice.AUTHOR]
        if items:
            self.session.decide_many(items)
            self._history.append("decision")
            self._redo_history.clear()
            self._update_actions()

    def _target_finding(self) -> Finding | None:
        return self.editor.current_finding or self.findings.current_finding()

    def accept_current(self) -> None:
        if (finding := self._target_finding()) is not None:
            self.decide(finding, Decision(DecisionKind.ACCEPTED))
            self.next_finding()

    def custom_current(self) -> None:
        if (finding := self._target_finding()) is not None:
            self.custom(finding)

    def keep_current(self) -> None:
        if (finding := self._target_finding()) is not None:
            self.decide(finding, Decision(DecisionKind.KEPT))
            self.next_finding()

    def ignore_current(self) -> None:
        if (finding := self._target_finding()) is not None:
            self.decide(finding, Decision(DecisionKind.IGNORED_HERE))
            self.next_finding()

    def ignore_everywhere_current(self) -> None:
        if (finding := self._target_finding()) is not None:
            self.ignore_everywhere(finding)

    def accept_category_current(self) -> None:
        if (finding := self._target_finding()) is not None:
            self.accept_category(finding.category)

    def next_finding(self) -> None:
        self._step(backwards=False)

    def previous_finding(self) -> None:
        self._step(backwards=True)

    def _step(self, *, backwards: bool) -> None:
        review = self.session.review
        if review is None or not self.session.analysed:
            return
        cursor = self.editor.textCursor()
        start = cursor.selectionStart() if backwards or cursor.hasSelection() else cursor.position()
        position = Utf16Map(review.text).from_qt(start)
        finding = review.next_open(position, backwards=backwards)
        if finding is None:
            self.status.setText(self.tr("No open findings left."))
            return
        self.editor.select_finding(finding)
        self.findings.select(finding)

    # --- undo -----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Route the editor's own Ctrl+Z/Ctrl+Shift+Z to the shared history of text and decisions;
        files dropped on the editor open as documents (dropped text is still inserted)."""
        if watched is self.editor.viewport() and isinstance(event, (QDragEnterEvent, QDropEvent)) \
                and _dropped_file(event.mimeData()) is not None:
            if isinstance(event, QDragEnterEvent):
                self.dragEnterEvent(event)
            else:
                self.dropEvent(event)
            return True
        if (watched is self.editor and event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent)
                and (event.matches(QKeySequence.StandardKey.Undo)
                     or event.matches(QKeySequence.StandardKey.Redo))):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def undo(self) -> None:
        if not self._history:
            return
        kind = self._history.pop()
        self._redo_history.append(kind)
        if kind == "text":
            self._setting_text = True
            try:
                self.editor.undo()
            finally:
                self._setting_text = False
            self.session.set_text(self.editor.toPlainText())
            self.projects.changed()
        else:
            self.session.undo()
        self._update_actions()

    def redo(self) -> None:
        if not self._redo_history:
            return
        kind = self._redo_history.pop()
        self._history.append(kind)
        if kind == "text":
            self._setting_text = True
            try:
                self.editor.redo()
            finally:
                self._setting_text = False
            self.session.set_text(self.editor.toPlainText())
            self.projects.changed()
        else:
            self.session.redo()
        self._update_actions()

    def _update_actions(self) -> None:
        self.undo_action.setEnabled(bool(self._history))
        self.redo_action.setEnabled(bool(self._redo_history))
        has_findings = self.session.review is not None and bool(self.session.review.findings)
        for action in (self.next_action, self.previous_action):
            action.setEnabled(has_findings)

    # --- selection and scrolling ----------------------------------------------------------------

    def _sentence_changed(self, index: int) -> None:
        self.translation_view.highlight_sentence(index)
        self.rewrite_view.highlight_sentence(index)
        self.translation_view.ensure_visible(index)
        self.rewrite_view.ensure_visible(index)
        self.compare_view.select_sentence(index)

    def _sentence_clicked(self, index: int) -> None:
        self.editor.show_sentence(index)

    def _paragraph_clicked(self, block: int) -> None:
        review = self.session.review
        if review is None:
            return
        index = next((i for i, s in enumerate(review.analysis.sentences) if s.block == block), None)
        if index is not None:
            self.editor.show_sentence(index)
            self.editor.setFocus()

    def _finding_under_caret(self, finding: Finding | None) -> None:
        if finding is not None:
            self.findings.select(finding)

    def _finding_picked(self, finding: Finding) -> None:
        self.editor.select_finding(finding)

    def _sync_toggled(self, on: bool) -> None:
        self.settings.setValue("view/sync", on)
        if on:
            self._source_scrolled()

    def _source_scrolled(self, _value: int = 0) -> None:
        if not self.sync_action.isChecked() or self._scrolling:
            return
        position = self.editor.cursorForPosition(self.editor.viewport().rect().topLeft()).position()
        index = self.editor.sentence_at(position)
        span = self.editor.sentence_range(index)
        if span is None:
            return
        fraction = (position - span[0]) / max(1, span[1] - span[0])
        self._scrolling = True
        try:
            self.translation_view.scroll_to_sentence(index, fraction)
            self.rewrite_view.scroll_to_sentence(index, fraction)
        finally:
            self._scrolling = False

    # --- files ----------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_path(path)

    def open_sample(self) -> None:
        """Open the sample article with the team's reference translation."""
        reference = resource_path("samples", "raketenstopp.en.txt")
        self.open_path(sample_article(), reference=reference if reference.exists() else None)

    def open_path(self, path: Path, *, reference: Path | None = None) -> bool:
        """Open a document or a project; a clear message (and nothing changed) if it cannot be read."""
        from framing_desk.core.documents import DocumentError, open_document

        if path.suffix.lower() == SUFFIX:
            return self.open_project(path)
        if not self.confirm_discard():
            return False
        try:
            document = open_document(path)
        except DocumentError as exc:
            self._show_error(self.tr("Cannot open the file"), error_text(exc))
            return False
        except (OSError, UndecodableInputError) as exc:
            self._show_error(self.tr("Cannot open the file"), f"{path}: {exc}")
            return False
        self._pending_reference = reference
        self.session.load_text(document.text, title=document.title or path.name, path=path)
        if document.warnings:
            self.status.setText(" ".join(core_text("Documents", w) for w in document.warnings))
        add_recent_file(self.settings, str(path))
        return True

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a document"), str(Path.home()),
            self.tr("Documents (*.txt *.md *.docx *.html *.htm *.framingdesk);;All files (*)"))
        if name:
            self.open_path(Path(name))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for name in recent_files(self.settings):
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self.open_path(Path(n)))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def paste_document(self) -> None:
        from PySide6.QtWidgets import QApplication

        from framing_desk.core.documents import DocumentError, document_from_clipboard

        mime = QApplication.clipboard().mimeData()
        try:
            document = document_from_clipboard(mime.text() if mime.hasText() else None,
                                               mime.html() if mime.hasHtml() else None)
        except DocumentError as exc:
            self._show_error(self.tr("Nothing to paste"), error_text(exc))
            return
        if self.confirm_discard():
            self.session.load_text(document.text, title=self.tr("Pasted text"))

    # --- projects -------------------------------------------------------------------------------

    def current_project(self) -> Project | None:
        """The review as it stands (the editor's latest text), for saving; None before an analysis."""
        review = self.session.review
        if review is None:
            return None
        sentences = self._sentences()
        names = [n for n in self.translations.names() if n != EDITED]
        translations = {n: tuple(self.translations.by_provider[n].get(s) for s in sentences) for n in names}
        edited = self.translations.by_provider.get(EDITED, {})
        human = {i: edited[s] for i, s in enumerate(sentences) if s in edited}
        options = self.translations.settings.options
        project = project_from_review(
            review, title=self.session.title, source_path=self.session.path,
            translations=translations, human_translations=human,
            providers={n: options[n] for n in names if n in options}, created=self._created)
        return replace(project, text=self.session.text)

    def open_project(self, path: Path) -> bool:
        """Open a saved review; for a damaged file, offer its backup copy."""
        if not self.confirm_discard():
            return False
        try:
            project = load_project(path)
        except ProjectError as exc:
            if exc.backup is None:
                self._show_error(self.tr("Cannot open the project"), error_text(exc))
                return False
            answer = QMessageBox.question(
                self, self.tr("Cannot open the project"),
                self.tr("{0}\n\nOpen the backup copy saved before the last save?").format(error_text(exc)))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            try:
                project = load_project(path, use_backup=True)
            except ProjectError as backup_error:
                self._show_error(self.tr("Cannot open the backup copy"), error_text(backup_error))
                return False
        self._load_project(project, path)
        add_recent_file(self.settings, str(path))
        return True

    def _load_project(self, project: Project, path: Path | None) -> None:
        self._pending_project = project
        self._pending_reference = None
        self.session.load_text(project.text, title=project.title or (path.stem if path else ""),
                               path=project.source_path,
                               decisions=lambda analysis: decisions_for(project, analysis))
        self.projects.path = path
        self._created = project.created

    def _restore_translations(self, project: Project) -> None:
        """Show a loaded project's translations once its sentences are known again."""
        sentences = self._sentences()
        lost = 0
        for name, items in project.translations.items():
            if len(items) != len(sentences):
                lost += 1
                continue
            if name.startswith(REFERENCE_PREFIX):
                label = self._reference_label(name.removeprefix(REFERENCE_PREFIX))
            else:
                label = provider_info(name).label if name in {p.name for p in providers()} else name
            self.translations.add(name, label, sentences, items)
        self.translations.restore_edits({sentences[i]: text for i, text in project.human_translations.items()
                                         if 0 <= i < len(sentences)})
        if lost:
            self.status.setText(self.tr("A saved translation no longer fits the sentences and was left out.")
                                if lost == 1 else
                                self.tr("{0} saved translations no longer fit the sentences and were "
                                        "left out.").format(lost))

    def save_project(self) -> bool:
        """Save to the project's file, or ask for one (Ctrl+S)."""
        if self.projects.path is None:
            return self.save_project_as()
        self.projects.save(self.projects.path)
        return True

    def save_project_as(self) -> bool:
        folder = self.session.path.parent if self.session.path else Path.home()
        stem = Path(self.session.title or self.tr("Review")).stem
        suggestion = self.projects.path or folder / f"{stem}{SUFFIX}"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the review as a project"), str(suggestion),
                                              self.tr("Framing Desk projects (*{0})").format(SUFFIX))
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return self.projects.save(path) is not None

    def _project_saved(self, project: Project) -> None:
        self._created = project.created
        if self.projects.path is not None:
            add_recent_file(self.settings, str(self.projects.path))
            self.status.setText(self.tr("Saved {0}").format(self.projects.path))

    def _autosave_failed(self, message: str) -> None:
        self.status.setText(self.tr("Autosave failed: {0}").format(message))

    def _ask_to_save(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("“{0}” has changes that are not saved in a project. Save them?").format(
                self.session.title or self.tr("Untitled")),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)

    def confirm_discard(self) -> bool:
        """Before the review is replaced or closed: save, discard or stay (False) if it is unsaved."""
        if not self.projects.dirty:
            return True
        self.session.flush()
        self.projects.autosave_now()
        answer = self._ask_to_save()
        if answer == QMessageBox.StandardButton.Save:
            if self.projects.path is None:
                return self.save_project_as() and self.projects.wait() and not self.projects.dirty
            return self.projects.save_and_wait(self.projects.path)
        return answer == QMessageBox.StandardButton.Discard

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest autosaved review; True if it was restored."""
        recoveries = pending_recoveries()
        if not recoveries:
            return False
        recovery = recoveries[0]
        if recovery.problem is not None:
            self._show_error(self.tr("Autosaved review damaged"),
                             self.tr("An autosaved review from {0} is damaged and cannot be restored. It "
                                     "has been set aside.").format(_when(recovery)))
            discard_recovery(recovery)
            return False
        answer = QMessageBox.question(
            self, self.tr("Restore unsaved work?"),
            self.tr("Framing Desk did not close properly last time. Restore the unsaved review "
                    "“{0}” (autosaved {1})?\n\nIf you choose No, the autosaved copy is deleted.").format(
                recovery.title or self.tr("Untitled"), _when(recovery)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            discard_recovery(recovery)
            return False
        try:
            project = load_recovery(recovery)
        except ProjectError as exc:
            self._show_error(self.tr("Cannot restore"), error_text(exc))
            return False
        self._load_project(project, recovery.project_path)
        write_recovery(project, self.projects.session_id, project_path=recovery.project_path)
        discard_recovery(recovery)
        self.projects.changed()
        return True

    def import_reference(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a reference translation"), str(Path.home()),
            self.tr("Translations (*.txt *.xlf *.xliff *.tmx);;All files (*)"))
        if name:
            self.add_reference(Path(name))

    def add_reference(self, path: Path) -> bool:
        """Align a reference translation (plain lines, XLIFF, TMX) with the current sentences."""
        review = self.session.review
        if review is None:
            self._pending_reference = path
            return True
        try:
            reference = read_reference(path)
        except (OSError, ReferenceFormatError, UndecodableInputError) as exc:
            self._show_error(self.tr("Cannot read the translation"), f"{path.name}: {exc}")
            return False
        sentences = self._sentences()
        if any(segment.source is not None for segment in reference.segments):
            aligned = align_to_sentences(reference, sentences)
        else:
            spans = [(s.start, s.end) for s in review.analysis.sentences]
            aligned = align_lines_to_sentences(review.text, spans, [s.target for s in reference.segments])
        name = f"{REFERENCE_PREFIX}{path.name}"
        self.translations.add(name, self._reference_label(path.name), sentences, aligned)
        self._select_translation(name)
        return True

    def _reference_label(self, file_name: str) -> str:
        return self.tr("Reference: {0}").format(Path(file_name).stem)

    # --- export -------------------------------------------------------------------------------

    def report(self) -> ReportInput | None:
        """Everything the editor sees, for an export; None before the first analysis."""
        from framing_desk.core.export.report import ReportInput, TranslationColumn

        self.session.flush()
        review, rewrite = self.session.review, self.session.rewrite
        if review is None or rewrite is None or rewrite.original != review.text:
            return None
        sentences = self._sentences()
        columns = {}
        for name in self.translations.names():
            texts = tuple(t or None for t in self.translations.aligned(name, sentences))
            checks = self.translations.tone.get(name, [])
            columns[self.translations.label(name)] = TranslationColumn(
                texts, tuple(checks) if len(checks) == len(texts) else ())
        return ReportInput(self.session.title or self.tr("Untitled"), review.state, rewrite, columns,
                           explain_in=self.editor.ui_language)

    def export_dialog(self, kind: str) -> None:
        filters = {"html": self.tr("HTML report (*.html)"), "pdf": self.tr("PDF (*.pdf)"),
                   "docx": self.tr("Word document (*.docx)"), "json": self.tr("JSON (*.json)")}
        stem = Path(self.session.title or "report").stem
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), str(Path.home() / f"{stem}.{kind}"),
                                              filters[kind])
        if name:
            self.export(kind, Path(name))

    def export(self, kind: str, path: Path) -> bool:
        """Write the report (or the rewrite, for docx) to `path`; a message if that fails."""
        from framing_desk.core.export import render_html, write_docx, write_html, write_json

        report = self.report()
        if report is None:
            self._show_error(self.tr("Nothing to export yet"),
                             self.tr("Wait until the analysis has finished, then export again."))
            return False
        try:
            if kind == "html":
                write_html(report, path)
            elif kind == "json":
                write_json(report, path)
            elif kind == "docx":
                write_docx(report, path)
            else:
                self._write_pdf(render_html(report), path)
        except (OSError, ValueError) as exc:
            self._show_error(self.tr("Export failed"), f"{path}: {exc}")
            return False
        self.status.setText(self.tr("Exported to {0}").format(path))
        return True

    @staticmethod
    def _write_pdf(html: str, path: Path) -> None:
        """Print the HTML report to a PDF through Qt (written beside, then moved into place)."""
        from PySide6.QtGui import QPageSize, QTextDocument
        from PySide6.QtPrintSupport import QPrinter

        temporary = path.with_name(f".{path.name}.tmp")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setOutputFileName(str(temporary))
        document = QTextDocument()
        document.setHtml(html)
        document.print_(printer)
        if not temporary.exists() or temporary.stat().st_size == 0:
            temporary.unlink(missing_ok=True)
            raise OSError("the PDF could not be written")
        temporary.replace(path)

    # --- translations ---------------------------------------------------------------------------

    def _sentences(self) -> list[str]:
        review = self.session.review
        if review is None:
            return []
        return [review.text[s.start:s.end] for s in review.analysis.sentences]

    def translate_with(self, name: str) -> None:
        """Translate the document with provider `name`, asking for consent first if needed."""
        from framing_desk.core.translation.consent import OfflineModeError
        from framing_desk.core.translation.registry import provider_info

        info = provider_info(name)
        if info.network and self.translations.settings.offline_mode:
            self._show_error(self.tr("Offline mode"), error_text(OfflineModeError(info.label)))
            return
        if self.translations.needs_consent(name):
            answer = QMessageBox.question(
                self, self.tr("Send the text to {0}?").format(info.label),
                self.tr("To translate, the text of this document is sent to {0} over the internet.\n\n"
                        "{1}\n\nAllow Framing Desk to use {0} from now on? You can withdraw this "
                        "in the settings.").format(info.label, info.note))
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.translations.save_settings(self.translations.settings.with_consent(name, network=True))
        self.session.flush()
        self._wanted_translation = name
        self.translations.translate(name, self._sentences())

    def _select_translation(self, name: str) -> None:
        self._translations_changed()
        index = self.translation_choice.findData(name)
        if index >= 0:
            self.translation_choice.setCurrentIndex(index)

    def _translations_changed(self) -> None:
        current = self.translation_choice.currentData()
        self.translation_choice.blockSignals(True)
        self.translation_choice.clear()
        for name in self.translations.names():
            self.translation_choice.addItem(self.translations.label(name), name)
        if not self.translations.names():
            self.translation_choice.addItem(self.tr("No translation yet — choose Translate"), None)
        if self._wanted_translation in self.translations.names():
            current, self._wanted_translation = self._wanted_translation, None
        index = self.translation_choice.findData(current)
        self.translation_choice.setCurrentIndex(max(index, 0))
        self.translation_choice.blockSignals(False)
        review = self.session.review
        if review is not None and self.session.analysed:
            for name in self.translations.names():
                self.translations.check_tone(name, review.analysis)
        self._refresh_translation()

    def _tone_ready(self, _name: str) -> None:
        self._refresh_translation()

    def _refresh_translation(self) -> None:
        review = self.session.review
        if review is None:
            return
        name = self.translation_choice.currentData()
        sentences = self._sentences()
        items = []
        if isinstance(name, str):
            aligned = self.translations.aligned(name, sentences)
            checks = self.translations.tone.get(name, [])
            for index, (sentence, text) in enumerate(zip(review.analysis.sentences, aligned, strict=True)):
                check = checks[index] if index < len(checks) else None
                items.append(AlignedSentence(text if text != "" else None, sentence.block,
                                             badge=self._badge(check)))
        self.translation_view.set_sentences(items)
        self.translation_view.highlight_sentence(self.editor.current_sentence)
        self._refresh_comparison()

    @staticmethod
    def _badge(check: ToneCheck | None) -> Badge | None:
        if check is None or check.verdict.value in ("neutral", "preserved"):
            return None
        style = styles.VERDICT_STYLES[check.verdict]
        return Badge(f"{style.sign} {verdict_label(check.verdict)}", styles.verdict_color(check.verdict),
                     check.explanation)

    def _aligned_by_label(self) -> dict[str, list[str | None]]:
        """Every translation of the current sentences, by its label."""
        sentences = self._sentences()
        return {self.translations.label(n): self.translations.aligned(n, sentences)
                for n in self.translations.names()}

    def _refresh_comparison(self) -> None:
        self._details_changed(self.compare_view, self.diff_view)

    def _details_changed(self, *tabs: QWidget) -> None:
        """New data for these tabs of the Details dock: the one shown takes it now, the others when
        they are shown (each costs tens of milliseconds on a long document, at every re-analysis)."""
        self._stale_details.update(tabs)
        for tab in tabs:
            if tab.isVisible():
                self._update_details(tab)

    def _update_details(self, tab: QWidget) -> None:
        if tab not in self._stale_details:
            return
        self._stale_details.discard(tab)
        if tab is self.chart:
            review = self.session.review
            if review is not None:
                self.chart.set_data(paragraph_density(review.analysis))
        elif tab is self.compare_view:
            self._fill_comparison()
        elif tab is self.diff_view:
            self._refresh_diff_pairs(self._aligned_by_label())

    def _fill_comparison(self) -> None:
        sentences = self._sentences()
        aligned = self._aligned_by_label()
        tone = {}
        for name in self.translations.names():
            checks = self.translations.tone.get(name, [])
            tone[self.translations.label(name)] = checks if len(checks) == len(sentences) else [None] * len(
                sentences)
        self.compare_view.set_comparison(sentences, aligned, tone)

    def _refresh_diff_pairs(self, aligned: dict[str, list[str | None]]) -> None:
        """The diff view's choices: original ↔ rewrite, and every pair of translations."""
        pairs: dict[str, tuple[str, str]] = {}
        rewrite = self.session.rewrite
        if rewrite is not None:
            pairs[self.tr("Original ↔ Rewrite")] = (rewrite.original, rewrite.text)
        labels = list(aligned)
        for i, a in enumerate(labels):
            for b in labels[i + 1:]:
                pairs[f"{a} ↔ {b}"] = ("\n".join(t or "" for t in aligned[a]),
                                      "\n".join(t or "" for t in aligned[b]))
        self.diff_view.set_pairs(pairs)

    def edit_translation(self, index: int) -> None:
        """Let the editor correct the translation of sentence `index` by hand."""
        sentences = self._sentences()
        name = self.translation_choice.currentData()
        if not 0 <= index < len(sentences):
            return
        current = self.translations.aligned(name, sentences)[index] if isinstance(name, str) else None
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Edit the translation"),
            self.tr("German: {0}\n\nEnglish:").format(sentences[index]), current or "")
        if ok and text.strip():
            self.translations.edit(sentences[index], text.strip())

    def _english_rewrite(self, items: list[AlignedSentence]) -> list[AlignedSentence]:
        """The rewrite's sentences in the shown translation where the sentence is unchanged or known."""
        name = self.translation_choice.currentData()
        if not isinstance(name, str):
            return [AlignedSentence(None, item.block) for item in items]
        sentences = self._sentences()
        original = self.translations.aligned(name, sentences)
        rewritten = self.translations.aligned(name, [item.text or "" for item in items])
        result = []
        for item, sentence, before, after in zip(items, sentences, original, rewritten, strict=True):
            text = before if item.text == sentence.strip() else after
            result.append(AlignedSentence(text or None, item.block))
        return result

    def _translation_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _translation_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_action.setEnabled(running)
        self.translate_button.setEnabled(not running)
        self.status.setText(self.tr("Translating…") if running else "")

    # --- settings -------------------------------------------------------------------------------

    def open_settings(self, page: str | None = None) -> SettingsDialog:
        """Show the settings dialog (window-modal); what it saves takes effect at once."""
        if self._settings_dialog is not None:
            if page is not None:
                self._settings_dialog.show_page(page)
            self._settings_dialog.raise_()
            return self._settings_dialog
        from framing_desk.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session.preferences, self.translations.settings, self.translations.keys,
                                self.settings, self, page=page)
        dialog.applied.connect(lambda: self._settings_applied(dialog))
        dialog.finished.connect(lambda _result: self._settings_closed(dialog))
        self._settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_applied(self, dialog: SettingsDialog) -> None:
        self.translations.settings = dialog.translation_settings()
        if dialog.preferences() != self.session.preferences:
            self.session.set_preferences(dialog.preferences())

    def _settings_closed(self, dialog: SettingsDialog) -> None:
        self._settings_dialog = None
        dialog.deleteLater()

    # --- screenshots and layout -----------------------------------------------------------------

    def restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def prepare_screenshot(self, view: str) -> None:
        """Bring the part of the window a screenshot is about to the front."""
        tabs = {"diff": 0, "compare": 1, "chart": 2}
        if view in tabs:
            self.bottom_tabs.setCurrentIndex(tabs[view])
        if view == "settings":
            self.open_settings("providers")
        review = self.session.review
        if review is not None and review.findings:
            self.editor.select_finding(review.findings[0])
            self.editor.moveCursor(self.editor.textCursor().MoveOperation.Start)

    def grab_view(self, view: str) -> QImage:
        if view == "settings" and self._settings_dialog is not None:
            return self._settings_dialog.grab().toImage()
        return self.grab().toImage()

    # --- messages -------------------------------------------------------------------------------

    def _show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: paint the marks, badges and highlights again in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.editor.restyle()
            self.translation_view.redraw()
            self.rewrite_view.redraw()
            self._refresh_findings()
            self._refresh_rewrite()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.flush()
        if not self.confirm_discard():
            event.ignore()
            return
        self.projects.close()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.session.flush()
        self.translations.close()
        event.accept()



def _dropped_file(mime: QMimeData) -> Path | None:
    """The one local file a drag carries, if it carries exactly one."""
    files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
    return Path(files[0]) if len(files) == 1 else None


def _when(recovery: Recovery) -> str:
    return recovery.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
