"""The `framing-desk` command: the window when started without a sub-command, the CLI otherwise.

    framing-desk [gui] [FILE] [--screenshot OUT.png …]   the window
    framing-desk [cli] analyze|rules|rewrite|diff|translate|compare …   the command line
    framing-desk --self-test [--out DIR]   check that the installation works (exit 0 or 1)

`cli` is optional; it exists so that the frozen application (`FramingDesk cli
analyze FILE`) can name the command line explicitly. Kept apart from `cli`
so that starting the window does not first import the command line's analysis
modules (and spaCy) before the window is shown.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

_CLI_COMMANDS = {"analyze", "rules", "rewrite", "diff", "translate", "compare", "-h", "--help", "--version"}
_SELF_TEST = {"--self-test", "selftest"}


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in _SELF_TEST:
        from framing_desk.selftest import main as self_test

        return self_test(arguments[1:])
    if arguments and (arguments[0] == "cli" or arguments[0] in _CLI_COMMANDS):
        from framing_desk.cli import main as cli_main

        return cli_main(arguments[1:] if arguments[0] == "cli" else arguments)
    if arguments and arguments[0] == "gui":
        arguments = arguments[1:]
    from framing_desk.gui.app import run

    return run(arguments)


if __name__ == "__main__":
    sys.exit(main())
