"""Starting the application: `framing-desk [gui] [FILE] [--screenshot OUT.png] [--theme …]`."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLibraryInfo, QLocale, QThreadPool, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from framing_desk import __version__
from framing_desk.core.preferences import load_preferences
from framing_desk.core.resources import resource_path, sample_article
from framing_desk.gui.app_settings import app_settings, stored_language, stored_theme
from framing_desk.gui.main_window import MainWindow
from framing_desk.gui.session import DocumentSession
from framing_desk.gui.theme import THEMES, apply_theme, follow_system_scheme


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="framing-desk gui",
                                     description="Start the Framing Desk window.")
    parser.add_argument("file", nargs="?", type=Path, help="document or .framingdesk project to open")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="render the main window with FILE fully analysed to a PNG and exit")
    parser.add_argument("--theme", choices=THEMES, default=None, help="colour scheme (default: as set)")
    parser.add_argument("--language", choices=("en", "de"), default=None, help="interface language")
    parser.add_argument("--size", default="1500x950",
                        help="window size for --screenshot (default %(default)s)")
    parser.add_argument("--view", choices=("main", "diff", "compare", "chart", "settings"), default="main",
                        help="what --screenshot shows (default: the main window)")
    return parser.parse_args(list(argv))


def install_translators(app: QApplication, language: str) -> None:
    """Load Framing Desk's and Qt's own translations for `language` (English needs none), and
    make it the widgets' locale, so numbers read as the language writes them ("0,5 %")."""
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return
    own = QTranslator(app)
    if own.load(str(resource_path("i18n", f"framing_desk_{language}.qm"))):
        app.installTranslator(own)
    qt = QTranslator(app)
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", qt_translations):
        app.installTranslator(qt)


def create_application(argv: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication([sys.argv[0], *argv])
    QCoreApplication.setOrganizationName("Framing Desk")
    QCoreApplication.setApplicationName("Framing Desk")
    QCoreApplication.setApplicationVersion(__version__)
    icon = resource_path("icons", "framing-desk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def build_window(theme: str | None = None, language: str | None = None) -> MainWindow:
    """The application's window with its session, settings, theme and translations applied."""
    app = create_application()
    settings = app_settings()
    install_translators(app, language or stored_language(settings))
    apply_theme(app, theme or stored_theme(settings))
    follow_system_scheme(app)
    session = DocumentSession(load_preferences(recover=True))
    window = MainWindow(session, settings)
    return window


def open_first_document(window: MainWindow, file: Path | None, *, offer_recovery: bool = True) -> None:
    """What a start shows: work a crash left unsaved (if the user wants it back), else `file`, else
    the sample article on the very first start (and an empty window, ready for a document, later)."""
    first_start = not bool(window.settings.value("app/started", False, type=bool))
    window.settings.setValue("app/started", True)
    if offer_recovery and window.offer_recovery():
        window.status.setText(QCoreApplication.translate("MainWindow", "Restored the autosaved review."))
    elif file is not None and file.resolve() != sample_article().resolve():
        window.open_path(file)
    elif file is not None or first_start or not offer_recovery:
        window.open_sample()


def wait_until_analysed(window: MainWindow, timeout: float = 60.0) -> bool:
    """Process events until the document, its findings and its rewrite are shown (waiting for
    events, not blocking on the pools, so each result is taken the moment it arrives)."""
    app = QApplication.instance()
    assert app is not None
    end = time.monotonic() + timeout
    session = window.session
    while time.monotonic() < end:
        app.processEvents()
        if (session.analysed and session.rewrite is not None and session.rewrite.original == session.text
                and window.translations.idle):
            app.processEvents()
            return True
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)
    return False


def run(argv: Sequence[str]) -> int:
    args = parse_arguments(argv)
    app = create_application()
    window = build_window(args.theme, args.language)
    open_first_document(window, args.file, offer_recovery=args.screenshot is None)
    if args.screenshot is not None:
        width, _, height = args.size.partition("x")
        window.resize(int(width), int(height))
        window.show()
        if not wait_until_analysed(window):
            print("framing-desk: the analysis did not finish in time", file=sys.stderr)
            return 1
        window.prepare_screenshot(args.view)
        app.processEvents()
        image = window.grab_view(args.view)
        if not image.save(str(args.screenshot)):
            print(f"framing-desk: cannot write {args.screenshot}", file=sys.stderr)
            return 2
        return 0
    window.restore_layout()
    window.show()
    window.session.warm_up()
    status = app.exec()
    QThreadPool.globalInstance().waitForDone(5000)
    return status
