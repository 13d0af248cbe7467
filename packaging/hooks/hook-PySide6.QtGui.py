"""PyInstaller's hook for PySide6.QtGui, minus the plugins and translations qt_trim.py leaves out."""

import runpy
from pathlib import Path

collect = runpy.run_path(str(Path(__file__).with_name("qt_trim.py")))["collect"]
hiddenimports, binaries, datas = collect(__file__)
