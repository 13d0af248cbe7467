"""Texts the window shows in the user's language, marked where core writes them.

`QT_TRANSLATE_NOOP(context, text)` returns `text` as it is. Qt's `pyside6-lupdate` finds these
calls (scripts/update-translations.sh reads every core module that uses them) and puts the texts
in the interface's translation files; the GUI translates a core message with
`QCoreApplication.translate(context, text)` before it fills in the values. Core imports no Qt.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark `text` for translation in `context`; return it unchanged."""
    return text
