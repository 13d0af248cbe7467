"""Framing Desk's desktop application: a thin PySide6 layer over `framing_desk.core`."""
