"""The `framing-desk` command: the window when started without a sub-command, the CLI otherwise.

Kept apart from `cli` so that starting the window does not first import the
command line's analysis modules (and spaCy) before the window is shown.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

_CLI_COMMANDS = {"analyze", "rules", "rewrite", "diff", "translate", "compare", "-h", "--help", "--version"}


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in _CLI_COMMANDS:
        from framing_desk.cli import main as cli_main

        return cli_main(arguments)
    if arguments and arguments[0] == "gui":
        arguments = arguments[1:]
    from framing_desk.gui.app import run

    return run(arguments)


if __name__ == "__main__":
    sys.exit(main())
