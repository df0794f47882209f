#!/usr/bin/env bash
# Photograph the breathing and grounding window (Ctrl+G).
#   xvfb-run -a -s "-screen 0 1040x720x24" scripts/screenshots_grounding.sh [LOCALE LANG TITLE]
#   e.g. scripts/screenshots_grounding.sh es_ES.UTF-8 es "Respiración y anclaje"
# Saves grounding-breathing-en.png (the moving circle, mid in-breath),
# grounding-breathing-still-en.png (Settings → Reduce motion: Always) and
# grounding-senses-en.png. Needs xdotool and imagemagick, like the others.
set -u
PY=${PYTHON:-.venv/bin/python}
L=${1:-en_US.UTF-8}; S=${2:-en}; TITLE=${3:-Breathing and grounding}; OUT=${OUT:-docs/screenshots}; mkdir -p "$OUT"
H=$(mktemp -d); export WELLBEING_DESK_HOME=$H LANG=$L LC_ALL=$L LANGUAGE=${L%%.*}
"$PY" scripts/demo_vault.py --language "$S" >/dev/null
shoot() {  # only the dialog: without a window manager it has no frame to set it apart
  sleep "${2:-1.2}"; local w; w=$(xdotool search --onlyvisible --name "$TITLE" | tail -1)
  import -window "$w" "$OUT/$1-$S.png"
}
focus() { local w; w=$(xdotool search --onlyvisible --name "$1" | tail -1); xdotool windowfocus --sync "$w"; sleep 0.4; }
run() {  # $1: reduce motion (on/off); then the steps to photograph
  local motion=$1; shift
  printf '[ui]\nreduce_motion=%s\n' "$motion" > "$H/settings.ini"
  "$PY" -m wellbeing_desk & PID=$!
  sleep 3; focus "Wellbeing Desk"
  xdotool type --delay 10 "tangerine harbour whistles slowly"; xdotool key Return; sleep 2
  xdotool key ctrl+g; sleep 1; focus "$TITLE"
  "$@"
  kill $PID; wait $PID 2>/dev/null
}
moving() {
  xdotool key space; shoot grounding-breathing 2.6  # 2.6 s into the 4 s in-breath
}
still() {
  xdotool key space; shoot grounding-breathing-still 1.4
}
senses() {
  xdotool key ctrl+Tab; sleep 0.6
  for thing in "${WORDS[@]}"; do xdotool type --delay 20 "$thing"; xdotool key Return; done
  xdotool key BackSpace; shoot grounding-senses
}
if [ "$S" = es ]; then WORDS=("la ventana" "una taza azul" "mis manos"); else WORDS=("the window" "a blue cup" "my hands"); fi
run off moving
run on still
run off senses
echo "files the app left:"; find "$H" -type f | sed "s|$H|HOME|"
