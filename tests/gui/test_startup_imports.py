"""What starting the window loads: nothing of spaCy, Word, web pages, keyring, YAML, settings or export.

Each of these costs tens to hundreds of milliseconds at start-up (see benchmarks/startup.py); they are
loaded on first use instead. A fresh interpreter tells what `framing_desk.gui.app` pulls in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

DEFERRED = (
    "spacy", "thinc", "docx", "bs4", "keyring", "yaml", "charset_normalizer", "sqlite3", "requests",
    "defusedxml", "ctranslate2", "sentencepiece", "importlib.metadata", "email",
    "spacy_lookups_data", "framing_desk.core.engine", "framing_desk.core.nlp.lemmas",
    "framing_desk.core.rules.loader",
    "framing_desk.core.export", "framing_desk.gui.settings_dialog", "framing_desk.core.translation.keys",
    "framing_desk.core.translation.memory", "framing_desk.core.translation.service",
)


def test_starting_the_window_loads_only_what_it_shows() -> None:
    code = (
        "import json, sys\n"
        "import framing_desk.gui.app\n"
        f"print(json.dumps([m for m in {DEFERRED!r} if m in sys.modules]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          timeout=120, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
