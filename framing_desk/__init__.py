"""Framing Desk: find, explain and neutralise framing language in news copy."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("framing-desk")
except PackageNotFoundError:
    __version__ = "0.0.0"
