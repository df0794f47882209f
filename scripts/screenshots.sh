#!/usr/bin/env bash
# Drive the real app on a virtual screen and photograph every screen.
#   xvfb-run -a -s "-screen 0 1040x720x24" scripts/screenshots.sh es_ES.UTF-8 es
# Needs the Xvfb packages listed in the README, xdotool and imagemagick.
set -u
PY=${PYTHON:-.venv/bin/python}
L=$1; S=$2; OUT=${OUT:-docs/screenshots}; mkdir -p $OUT
H=$(mktemp -d); export WELLBEING_DESK_HOME=$H LANG=$L LC_ALL=$L LANGUAGE=${L%%.*}
shoot() { sleep 1.2; import -window root "$OUT/$1-$S.png"; }
focus() { local w; w=$(xdotool search --onlyvisible --name "$1" | tail -1); xdotool windowfocus --sync "$w"; sleep 0.4; }
"$PY" -m wellbeing_desk & PID=$!
sleep 3
focus "Wellbeing Desk"
xdotool type --delay 20 "password123"; xdotool key Tab Tab; xdotool type --delay 20 "password123"; shoot create-weak
xdotool key shift+Tab shift+Tab ctrl+a BackSpace Tab Tab ctrl+a BackSpace shift+Tab shift+Tab
xdotool type --delay 10 "tangerine harbour whistles slowly"; xdotool key Tab Tab; xdotool type --delay 10 "tangerine harbour whistles slowly"; shoot create
xdotool key Return; sleep 4; shoot main
xdotool key ctrl+7; shoot settings
xdotool key F1; sleep 1; shoot help
focus "help|Ayuda"; xdotool key Escape; sleep 0.5; focus "Wellbeing Desk"
xdotool key ctrl+l; sleep 1
xdotool type --delay 10 "not my passphrase"; xdotool key Return; sleep 2; shoot unlock-error
xdotool type --delay 10 "tangerine harbour whistles slowly"; xdotool key Return; sleep 2; xdotool key ctrl+l; sleep 1; shoot unlock
kill $PID; wait $PID 2>/dev/null
echo "files the app left:"; find "$H" -type f | sed "s|$H|HOME|"
