#!/usr/bin/env bash
# Photograph the journal screens with demo data, in one language.
#   xvfb-run -a -s "-screen 0 1040x720x24" scripts/screenshots_journal.sh es_ES.UTF-8 es
set -u
PY=${PYTHON:-.venv/bin/python}
L=$1; S=$2; OUT=${OUT:-docs/screenshots}; mkdir -p "$OUT"
H=$(mktemp -d); export WELLBEING_DESK_HOME=$H LANG=$L LC_ALL=$L LANGUAGE=${L%%.*}
"$PY" scripts/demo_vault.py --language "$S" >/dev/null
shoot() { sleep 1.5; import -window root "$OUT/$1-$S.png"; }
focus() { local w; w=$(xdotool search --onlyvisible --name "$1" | tail -1); xdotool windowfocus --sync "$w"; sleep 0.4; }
"$PY" -m wellbeing_desk & PID=$!
sleep 3; focus "Wellbeing Desk"
xdotool type --delay 10 "tangerine harbour whistles slowly"; xdotool key Return; sleep 2
xdotool key 4 Tab 3; shoot today
xdotool key ctrl+n; sleep 1; xdotool type --delay 5 "Notes from today"; shoot editor
xdotool key Escape; sleep 0.5; xdotool key ctrl+2; sleep 1; xdotool key ctrl+f; sleep 0.3
xdotool type --delay 20 "$([ "$S" = es ] && echo audiencia || echo hearing)"; shoot journal-list
xdotool key Escape ctrl+Tab; sleep 1.5; shoot insights
xdotool key ctrl+Tab; sleep 1; shoot plan
kill $PID; wait $PID 2>/dev/null
