#!/usr/bin/env bash
# Photograph the path to someone she trusts: the first-run step, Today, Reach someone
# now, the lock screen's "Need help now?", and the directory at 900×600.
#   xvfb-run -a -s "-screen 0 1040x720x24" scripts/screenshots_reach.sh es_ES.UTF-8 es
set -u
PY=${PYTHON:-.venv/bin/python}
L=$1; S=$2; OUT=${OUT:-docs/screenshots}; mkdir -p "$OUT"
H=$(mktemp -d); export WELLBEING_DESK_HOME=$H LANG=$L LC_ALL=$L LANGUAGE=${L%%.*}
P="tangerine harbour whistles slowly"
shoot() { sleep 1.5; import -window root "$OUT/$1-$S.png"; }
focus() { local w; w=$(xdotool search --onlyvisible --name "$1" | tail -1); xdotool windowfocus --sync "$w"; sleep 0.4; }
"$PY" -m wellbeing_desk & PID=$!
sleep 3; focus "Wellbeing Desk"
xdotool type --delay 10 "$P"; xdotool key Tab Tab; xdotool type --delay 10 "$P"; xdotool key Return; sleep 4
shoot first-people
xdotool type --delay 15 "Ana Gómez"; xdotool key Tab; xdotool type --delay 15 "+52 55 1234 5678"
xdotool key Tab Tab; xdotool type --delay 15 "Luis (security)"; xdotool key Tab; xdotool type --delay 15 "+52 55 8765 4321"
shoot first-people-filled
xdotool key Return; sleep 2; shoot today-reach
xdotool key ctrl+r; sleep 1.5; shoot reach
xdotool key Return; shoot reach-copied
xdotool key Escape; sleep 0.5; focus "Wellbeing Desk"
xdotool key ctrl+l; sleep 1; shoot unlock-help
xdotool key alt+n; sleep 1; shoot need-help
xdotool key Escape; sleep 0.5; focus "Wellbeing Desk"
xdotool type --delay 10 "$P"; xdotool key Return; sleep 3
W=$(xdotool search --onlyvisible --name "Wellbeing Desk" | tail -1)
xdotool windowsize "$W" 900 600; sleep 1
xdotool key ctrl+4; sleep 1.5; xdotool key Down Down; shoot directory-900
xdotool key ctrl+1; sleep 1; shoot today-900
kill $PID; wait $PID 2>/dev/null
echo "files the app left:"; find "$H" -type f | sed "s|$H|HOME|"
