#!/usr/bin/env bash
# Regenerates the screenshots in docs/screenshots/ with `framing-desk gui --screenshot`
# (offscreen, with empty settings so nothing of the developer's own setup shows).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen FRAMING_DESK_CONFIG_DIR="$scratch/config" FRAMING_DESK_DATA_DIR="$scratch/data"
for theme in light dark; do
  for view in main diff compare chart settings; do
    .venv/bin/framing-desk gui --theme "$theme" --language en --view "$view" --screenshot "$out/$view-$theme.png"
  done
done
.venv/bin/framing-desk gui --theme light --language de --view main --screenshot "$out/main-light-de.png"
echo "screenshots written to $out/"
