#!/usr/bin/env bash
# Build the Linux one-folder bundle and its .tar.gz.
#   packaging/build-linux.sh [OUT]          # → OUT/wellbeing-desk/ and OUT/wellbeing-desk-VERSION-linux-ARCH.tar.gz
# By default it builds in a fresh venv (the app from this checkout, PyInstaller from PyPI).
# PYTHON=path/to/python uses that interpreter instead (it needs the app and PyInstaller).
# The build machine needs the xcb libraries of PLATFORM.md: PyInstaller copies them.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(realpath -m "${1:-$ROOT/dist}")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# PyInstaller's cache of stripped libraries in this build's own folder: two builds at once
# (CI and a developer) never share a half-written cache, and nothing lands in ~/.cache.
export PYINSTALLER_CONFIG_DIR=$WORK/pyinstaller

if [ -n "${PYTHON:-}" ]; then
  PY=$PYTHON
else
  python3 -m venv "$WORK/venv"
  "$WORK/venv/bin/pip" install -q "$ROOT" "pyinstaller>=6.10,<7"
  PY=$WORK/venv/bin/python
fi
VERSION=$("$PY" -c 'import wellbeing_desk; print(wellbeing_desk.__version__)')
ARCH=$(uname -m)

mkdir -p "$OUT"
rm -rf "$OUT/wellbeing-desk"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$OUT" --workpath "$WORK/build" "$ROOT/packaging/wellbeing-desk.spec"

BUNDLE=$OUT/wellbeing-desk
ln -s wellbeing-desk "$BUNDLE/wellbeing-desk-cli"
mkdir -p "$BUNDLE/share"
cp "$ROOT/packaging/linux/org.wellbeingdesk.WellbeingDesk.desktop" \
   "$ROOT/packaging/linux/org.wellbeingdesk.WellbeingDesk.metainfo.xml" \
   "$ROOT/assets/icons/wellbeing-desk.svg" "$BUNDLE/share/"
cp "$ROOT/packaging/linux/install.sh" "$BUNDLE/install.sh"
chmod +x "$BUNDLE/install.sh"

TARBALL=$OUT/wellbeing-desk-$VERSION-linux-$ARCH.tar.gz
tar -C "$OUT" -czf "$TARBALL" wellbeing-desk
echo "bundle:  $BUNDLE ($(du -sm "$BUNDLE" | cut -f1) MB)"
echo "archive: $TARBALL ($(du -m "$TARBALL" | cut -f1) MB)"
