"""Texts the window shows in the user's language, marked where core writes them.

`QT_TRANSLATE_NOOP(context, text)` returns `text` as it is. Qt's `pyside6-lupdate` finds these
calls (scripts/update-translations.sh reads every core module that uses them) and puts the texts
in the interface's translation files; the GUI translates a `MarkedError` with
`QCoreApplication.translate(error.context, error.text)` before it fills in the values. Core imports
no Qt.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark `text` for translation in `context`; return it unchanged."""
    return text


class MarkedError(Exception):
    """An error for the user whose message can be shown in the interface's language.

    `text` is the English message, with {placeholders} when `values` fill them; when it was
    marked with `QT_TRANSLATE_NOOP(context, …)` the GUI translates it (and every value that is a
    marked text itself). `message` and `str(error)` are the English message.
    """

    context = "Messages"

    def __init__(self, text: str, **values: str) -> None:
        self.text = text
        self.values = values
        self.message = text.format(**values) if values else text
        super().__init__(self.message)
