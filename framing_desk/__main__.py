"""`python -m framing_desk` runs the command-line interface."""

import sys

from framing_desk.cli import main

sys.exit(main())
