"""PyInstaller's entry script: `FramingDesk` runs the `framing-desk` command (window, CLI, self-test)."""

import sys

from framing_desk.launcher import main

if __name__ == "__main__":
    sys.exit(main())
