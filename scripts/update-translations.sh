#!/usr/bin/env bash
# Updates the German interface translation after the GUI's texts changed:
#   1. pyside6-lupdate collects every self.tr(…) / QCoreApplication.translate(…) string of
#      framing_desk/gui/**/*.py, and every QT_TRANSLATE_NOOP(…) of framing_desk/core, into resources/i18n/framing_desk_de.ts (existing translations are
#      kept, strings no longer in the code are dropped);
#   2. pyside6-lrelease compiles the .ts into resources/i18n/framing_desk_de.qm, which the app loads.
# New strings appear in the .ts as <translation type="unfinished">: translate them (Qt Linguist:
# .venv/bin/pyside6-linguist resources/i18n/framing_desk_de.ts, or any text editor), remove
# type="unfinished", and run this script again so the .qm is rebuilt. tests/gui/test_i18n.py fails
# until both files are up to date.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=.venv/bin
ts=resources/i18n/framing_desk_de.ts
qm=resources/i18n/framing_desk_de.qm
mkdir -p resources/i18n

# The GUI's code, and the core modules that mark the messages they raise (QT_TRANSLATE_NOOP).
mapfile -t sources < <({ find framing_desk/gui -name '*.py'; grep -rl --include='*.py' 'QT_TRANSLATE_NOOP(' framing_desk/core; } | LC_ALL=C sort)

# -locations none and -sort-messages keep the .ts stable (no churn from moved lines, fewer merge
# conflicts); -no-obsolete drops translations of strings that were removed from the code.
"$bin/pyside6-lupdate" -silent -no-obsolete -locations none -sort-messages \
  -source-language en -target-language de "${sources[@]}" -ts "$ts"
"$bin/pyside6-lrelease" -silent "$ts" -qm "$qm"

unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
if [ "$unfinished" -gt 0 ]; then
  echo "$ts: $unfinished message(s) still to translate (marked type=\"unfinished\")." >&2
fi
echo "updated $ts and $qm"
