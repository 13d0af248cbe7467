#!/usr/bin/env bash
# A disk image dist/FramingDesk-<version>.dmg with FramingDesk.app and a link to /Applications,
# from the dist/FramingDesk.app that `pyinstaller build.spec` built on macOS (packaging/README.md).
# Signing and notarisation, when a Developer ID is at hand:
#   CODESIGN_IDENTITY="Developer ID Application: …" NOTARY_PROFILE=<keychain profile> make-dmg.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
APP=dist/FramingDesk.app
[ -d "$APP" ] || { echo "make-dmg: no $APP; build it with pyinstaller build.spec first" >&2; exit 1; }
VERSION=$(/usr/libexec/PlistBuddy -c "Print CFBundleShortVersionString" "$APP/Contents/Info.plist")
DMG="dist/FramingDesk-$VERSION.dmg"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$APP" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$DMG"
hdiutil create -volname "Framing Desk $VERSION" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --sign "$CODESIGN_IDENTITY" --timestamp "$DMG"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
        xcrun stapler staple "$DMG"
    fi
fi
echo "Built $DMG ($(du -h "$DMG" | cut -f1))"
