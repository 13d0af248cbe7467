"""Framing Desk: find, explain and neutralise framing language in news copy."""

__version__ = "0.1.0"
"""The one place the version is written; pyproject.toml reads it (`tool.setuptools.dynamic`)."""
