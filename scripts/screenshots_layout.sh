#!/usr/bin/env bash
# Photograph every page and dialog at 900×600 (and the default 1040×720 with SIZE=1040x720),
# in English, Spanish and the pseudo-translation, as the layout test walks them
# (tests/ui/layout_tour.py): laid out offscreen on a screen of that size, with the app's style.
#   scripts/screenshots_layout.sh                # → $OUT (default /tmp/wellbeing-layout-shots)
#   OUT=docs/screenshots/layout scripts/screenshots_layout.sh
set -eu
PY=${PYTHON:-.venv/bin/python}
SIZE=${SIZE:-900x600}
OUT=$(realpath -m "${OUT:-/tmp/wellbeing-layout-shots}"); mkdir -p "$OUT"
CONFIG=$(mktemp --suffix=.json)
W=${SIZE%x*}; H=${SIZE#*x}
printf '{"screens": [{"name": "screen", "x": 0, "y": 0, "width": %d, "height": %d, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}' "$W" "$H" > "$CONFIG"
WELLBEING_LAYOUT_CHILD=$SIZE WELLBEING_LAYOUT_SHOTS=$OUT QT_QPA_PLATFORM="offscreen:configfile=$CONFIG" \
  "$PY" -m pytest tests/ui/test_layout_fits.py -q -p no:cacheprovider -n 0 -k "test_pages_fit and not fresh" || true
rm -f "$CONFIG"
echo "pictures in $OUT"
