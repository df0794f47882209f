#!/usr/bin/env bash
# Photograph the directory (the starter entries and a search) in one language.
#   xvfb-run -a -s "-screen 0 1040x720x24" scripts/screenshots_directory.sh es_ES.UTF-8 es
set -u
PY=${PYTHON:-.venv/bin/python}
L=$1; S=$2; OUT=${OUT:-docs/screenshots}; mkdir -p "$OUT"
H=$(mktemp -d); export WELLBEING_DESK_HOME=$H LANG=$L LC_ALL=$L LANGUAGE=${L%%.*}
printf 'tangerine harbour whistles slowly\n' | "$PY" -m wellbeing_desk.cli.main init --kdf-memory 8 --kdf-iterations 1 >/dev/null 2>&1
shoot() { sleep 1.5; import -window root "$OUT/$1-$S.png"; }
focus() { local w; w=$(xdotool search --onlyvisible --name "$1" | tail -1); xdotool windowfocus --sync "$w"; sleep 0.4; }
"$PY" -m wellbeing_desk & PID=$!
sleep 3; focus "Wellbeing Desk"
xdotool type --delay 10 "tangerine harbour whistles slowly"; xdotool key Return; sleep 2
xdotool key ctrl+4; sleep 1.5; xdotool key Down Down; shoot directory
xdotool key ctrl+f; xdotool type --delay 40 "$([ "$S" = es ] && echo "proteccion" || echo "protection")"; sleep 0.5
xdotool key Down; shoot directory-search
kill $PID; wait $PID 2>/dev/null
