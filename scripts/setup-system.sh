#!/usr/bin/env bash
# Installs the Debian packages Framing Desk needs, only when they are missing:
# python3-venv, the system libraries Qt loads (also on the offscreen platform), fonts, and Xvfb
# so `make run` can show the window on a machine without a display. Further packages may be named
# as arguments (scripts/dist.sh asks for icu-devtools).
set -euo pipefail
missing=()
python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
for pkg in libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 \
           libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
           libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core xvfb xauth "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
  echo "Installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
