"""Qt plugins and translations Framing Desk cannot use, left out before PyInstaller looks for
their dependencies (so the libraries only they need — EGL, OpenGL, CUPS, GTK, network — stay
out too). Used by this folder's hook-PySide6.Qt*.py, which replace PyInstaller's own.

Not a hook itself: the name does not start with "hook-".
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# The app speaks German and English; Qt's own strings (dialog buttons) for those two only.
TRANSLATIONS = {"qtbase_de.qm", "qtbase_en.qm"}
# Whole plugin types: embedded-device back ends (EGL, evdev input), OpenGL glue (the app draws
# with the raster engine), printer drivers (the app only prints to PDF files, which needs no
# plugin), network information and TLS (QtNetwork is not shipped).
DROPPED_TYPES = {"egldeviceintegrations", "generic", "xcbglintegrations", "printsupport",
                 "wayland-graphics-integration-client", "wayland-graphics-integration-server",
                 "networkinformation", "tls", "sqldrivers", "qmltooling", "designer"}
# Single plugins, by a part of their file name: framebuffer/VNC/EGL platforms, the GTK 3 theme
# (it would load the user's GTK against the bundled GLib), image formats no file of ours uses.
DROPPED_PLUGINS = ("qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc", "qgtk3",
                   "qpdf", "qtiff", "qwebp", "qtga", "qwbmp", "qgif", "qicns", "qmacheif", "qmacjp2")


def wanted(source: str, dest: str) -> bool:
    """False for a Qt plugin or translation file the app does not need."""
    name = Path(source).name
    parts = Path(dest).parts
    if name.endswith(".qm"):
        return name in TRANSLATIONS
    if "plugins" in parts:
        kind = parts[parts.index("plugins") + 1] if parts[-1] != "plugins" else ""
        return kind not in DROPPED_TYPES and not any(part in name for part in DROPPED_PLUGINS)
    return True


def collect(hook_file: str) -> tuple[list, list, list]:
    """PyInstaller's collection for the Qt module `hook_file` is named after, trimmed."""
    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    return (hiddenimports,
            [(source, dest) for source, dest in binaries if wanted(source, dest)],
            [(source, dest) for source, dest in datas if wanted(source, dest)])
