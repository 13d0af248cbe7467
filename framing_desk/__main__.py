"""`python -m framing_desk` works like the `framing-desk` command (window, or CLI with a sub-command)."""

import sys

from framing_desk.launcher import main

sys.exit(main())
