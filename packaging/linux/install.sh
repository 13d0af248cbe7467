#!/bin/sh
# Add Framing Desk to your applications menu and to your PATH (as `framing-desk`), for your
# user only; nothing outside your home folder is touched. Run it from the unpacked folder:
#     ./install.sh              install (run it again after moving the folder)
#     ./install.sh --uninstall  remove the menu entry, icon and command again
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/framing-desk.desktop"
command="$HOME/.local/bin/framing-desk"

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$entry" "$data/icons/hicolor/256x256/apps/framing-desk.png" \
          "$data/icons/hicolor/512x512/apps/framing-desk.png" "$command"
    echo "Framing Desk removed from the menu (the folder $here is still there)."
    exit 0
fi

mkdir -p "$data/applications" "$data/icons/hicolor/256x256/apps" "$data/icons/hicolor/512x512/apps" \
         "$HOME/.local/bin"
cp "$here/_internal/resources/icons/framing-desk.png" "$data/icons/hicolor/256x256/apps/framing-desk.png"
cp "$here/_internal/resources/icons/framing-desk-512.png" "$data/icons/hicolor/512x512/apps/framing-desk.png"
sed -e "s|^Exec=.*|Exec=\"$here/FramingDesk\" %f|" -e "s|^TryExec=.*|TryExec=$here/FramingDesk|" \
    "$here/framing-desk.desktop" > "$entry"
ln -sf "$here/FramingDesk" "$command"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "Framing Desk is in your applications menu; in a terminal: framing-desk (window), framing-desk cli analyze FILE."
