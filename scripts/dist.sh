#!/usr/bin/env bash
# Build the one-folder application dist/FramingDesk with PyInstaller (build.spec), add the
# Linux desktop files, pack dist/FramingDesk-<version>-linux-<arch>.tar.gz and print the
# build time and the size of the folder's biggest parts. Run through `make dist`, which
# installs PyInstaller (requirements-build.txt) into .venv first.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
APP=dist/FramingDesk

# icupkg (icu-devtools) cuts Qt's ICU data down for the bundle (packaging/icu_data.py).
if [ "$(uname -s)" = Linux ] && ! command -v icupkg >/dev/null; then
    bash scripts/setup-system.sh icu-devtools
fi

started=$(date +%s)
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
if [ "$(uname -s)" = Linux ]; then
    install -m 644 packaging/linux/framing-desk.desktop "$APP/framing-desk.desktop"
    install -m 755 packaging/linux/install.sh "$APP/install.sh"
    version=$("$BIN/python" -c 'from importlib.metadata import version; print(version("framing-desk"))')
    archive="dist/FramingDesk-$version-linux-$(uname -m).tar.gz"
    tar -C dist -czf "$archive" FramingDesk
fi
seconds=$(( $(date +%s) - started ))

echo "Built $APP in ${seconds} s."
echo "Size: $(du -sh "$APP" | cut -f1) (target ≤ 150 MB); biggest parts:"
du -sh "$APP"/_internal/* | sort -rh | head -15 | sed 's/^/    /'
if [ -n "${archive:-}" ]; then
    echo "Archive: $archive ($(du -sh "$archive" | cut -f1))"
fi
