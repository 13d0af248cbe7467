#!/usr/bin/env bash
# Test the frozen application built by `make dist`: its self-test (offscreen: rules, analysis
# of the sample, rewrite, comparison with the reference translation, main window to PNG) and
# a command-line analysis, both from outside the checkout, on throw-away settings.
#   scripts/dist-test.sh [APP_FOLDER]    (default dist/FramingDesk)
set -euo pipefail
cd "$(dirname "$0")/.."
APP=$(cd "${1:-dist/FramingDesk}" 2>/dev/null && pwd) || { echo "dist-test: no ${1:-dist/FramingDesk}; run make dist first" >&2; exit 1; }
EXE="$APP/FramingDesk"
SAMPLE="$PWD/resources/samples/raketenstopp.de.txt"
OUT="$PWD/build/dist-test"
# The folder's size may not grow past this (the issue's target is 150 MB; see packaging/README.md).
MAX_MB=${FRAMING_DESK_DIST_MAX_MB:-360}
MIN_FINDINGS=15

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export FRAMING_DESK_CONFIG_DIR="$scratch/config" FRAMING_DESK_DATA_DIR="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
cd "$scratch"  # nothing may come from the checkout

size_mb=$(du -sm "$APP" | cut -f1)
echo "== size: ${size_mb} MB (target 150 MB, limit ${MAX_MB} MB)"
if [ "$size_mb" -gt "$MAX_MB" ]; then
    echo "dist-test: $APP is ${size_mb} MB, more than ${MAX_MB} MB" >&2
    exit 1
fi

echo "== prepared data (rule-word forms worked out at build time)"
ls "$APP"/_internal/resources/prepared/forms-de-*.marshal "$APP"/_internal/resources/prepared/forms-en-*.marshal \
    || { echo "dist-test: the prepared rule-word forms are missing from the bundle" >&2; exit 1; }

echo "== self-test"
rm -rf "$OUT"
"$EXE" --self-test --out "$OUT"

echo "== command line: FramingDesk cli analyze $SAMPLE"
"$EXE" cli analyze "$SAMPLE" > "$scratch/analysis.txt"
head -1 "$scratch/analysis.txt"
found=$(head -1 "$scratch/analysis.txt" | sed -n 's/.*: \([0-9]*\) findings.*/\1/p')
if [ -z "$found" ] || [ "$found" -lt "$MIN_FINDINGS" ]; then
    echo "dist-test: the CLI analysis found ${found:-no} findings (expected at least $MIN_FINDINGS)" >&2
    exit 1
fi

echo "== command line: FramingDesk analyze --format json (the bundled sample)"
"$EXE" analyze --format json > "$scratch/analysis.json"
grep -q '"language": "de"' "$scratch/analysis.json" || { echo "dist-test: no JSON analysis" >&2; exit 1; }
echo "   $(grep -c '"rule":' "$scratch/analysis.json") findings as JSON"

echo "dist-test passed (screenshot: $OUT/main-window.png)"
