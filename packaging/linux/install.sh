#!/usr/bin/env bash
# Install this Wellbeing Desk bundle for the current user, under ~/.local (no root needed):
#   ./install.sh            # install or update
#   ./install.sh --remove   # remove the program (never her vault: that stays where it is)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
LIB=$PREFIX/lib/wellbeing-desk
BIN=$PREFIX/bin
APPS=$PREFIX/share/applications
ICONS=$PREFIX/share/icons/hicolor/scalable/apps
META=$PREFIX/share/metainfo
ID=org.wellbeingdesk.WellbeingDesk

if [ "${1:-}" = "--remove" ]; then
  rm -rf "$LIB"
  rm -f "$BIN/wellbeing-desk" "$BIN/wellbeing-desk-cli" "$APPS/$ID.desktop" \
        "$ICONS/wellbeing-desk.svg" "$META/$ID.metainfo.xml"
  echo "Wellbeing Desk removed. Your vault was not touched."
  exit 0
fi

mkdir -p "$LIB" "$BIN" "$APPS" "$ICONS" "$META"
# A fresh copy: files of an older version must not linger beside the new ones.
rm -rf "$LIB.new"
cp -a "$HERE/." "$LIB.new/"
rm -rf "$LIB"
mv "$LIB.new" "$LIB"
ln -sfn "$LIB/wellbeing-desk" "$BIN/wellbeing-desk"
ln -sfn "$LIB/wellbeing-desk-cli" "$BIN/wellbeing-desk-cli"
# The menu entry runs the installed program by its full path (~/.local/bin may not be on
# the desktop's PATH).
sed "s|^Exec=wellbeing-desk$|Exec=$LIB/wellbeing-desk|" "$HERE/share/$ID.desktop" > "$APPS/$ID.desktop"
cp "$HERE/share/wellbeing-desk.svg" "$ICONS/wellbeing-desk.svg"
cp "$HERE/share/$ID.metainfo.xml" "$META/$ID.metainfo.xml"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" || true
echo "Wellbeing Desk installed in $LIB; run it from the menu or as 'wellbeing-desk'."
