#!/usr/bin/env bash
# Photograph Search everywhere (Ctrl+K) with results from every section, in one language.
#   xvfb-run -a -s "-screen 0 1040x720x24" scripts/screenshots_search.sh en_US.UTF-8 en
set -u
PY=${PYTHON:-.venv/bin/python}
L=$1; S=$2; OUT=${OUT:-docs/screenshots}; mkdir -p "$OUT"
H=$(mktemp -d); export WELLBEING_DESK_HOME=$H LANG=$L LC_ALL=$L LANGUAGE=${L%%.*}
"$PY" scripts/demo_vault.py --language "$S" >/dev/null
# One made-up record about a retreat in each section (the journal has four months already).
"$PY" - "$S" <<'PYTHON'
import sys
from datetime import date, datetime, time, timedelta

from wellbeing_desk.debrief import record
from wellbeing_desk.debrief.builtin import builtin_template
from wellbeing_desk.paths import default_vault_dir
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory_types import DirectoryEntryInput
from wellbeing_desk.vault.journal import EntryInput
from wellbeing_desk.vault.notes import NoteInput, Participant

es = sys.argv[1] == "es"
T = {
    "journal": "De vuelta del retiro junto al lago. Por fin dormí bien." if es
    else "Back from the retreat by the lake. Slept well for the first time in weeks.",
    "debrief": "Fui dos días a la casa de retiro; hablar con Marta me ayudó." if es
    else "I went to the retreat house for two days; talking with Marta helped.",
    "name": "Casa Lago, centro de retiro" if es else "Casa Lago retreat centre",
    "description": "Semanas de retiro tranquilas para defensoras; el costo depende de tus ingresos."
    if es else "Quiet retreat weeks for defenders; the cost depends on what you can pay.",
    "note": "Círculo del retiro: lo que nos ayudó" if es else "Retreat circle: what helped us",
    "note_body": "Compartimos prácticas del retiro: caminar, escribir, aprender a decir que no."
    if es else "We shared practices from the retreat: walking, writing, learning to say no.",
    "note2": "Diálogo en línea sobre el agotamiento" if es else "Online dialogue on burnout",
    "note2_body": "Planear un retiro en primavera, con apoyo de la red." if es
    else "Planning a retreat in spring, with support from the network.",
}
template = builtin_template("after-incident")
flow = record.start(template)
step = next(s for s in flow.steps if s.kind == "text")
flow.set_answer(T["debrief"], step.id)
today = date.today()
with Vault.open(default_vault_dir(), "tangerine harbour whistles slowly") as vault:
    vault.journal.add(EntryInput(datetime.combine(today - timedelta(days=1), time(19, 10)),
                                 stress=3, mood=4, body=T["journal"]))
    vault.debriefs.create(record.debrief_input(flow, sys.argv[1]))
    vault.directory.add(DirectoryEntryInput(name=T["name"], kind="organisation",
                                            description=T["description"]))
    vault.notes.add(NoteInput(T["note"], today - timedelta(days=3),
                              participants=(Participant("Marta"), Participant("Joseph")),
                              body=T["note_body"]))
    vault.notes.add(NoteInput(T["note2"], today - timedelta(days=12), body=T["note2_body"]))
PYTHON
shoot() { sleep 1.5; import -window root "$OUT/$1-$S.png"; }
focus() { local w; w=$(xdotool search --onlyvisible --name "$1" | tail -1); xdotool windowfocus --sync "$w"; sleep 0.4; }
"$PY" -m wellbeing_desk & PID=$!
sleep 3; focus "Wellbeing Desk"
xdotool type --delay 10 "tangerine harbour whistles slowly"; xdotool key Return; sleep 2
xdotool key ctrl+k; sleep 1
xdotool type --delay 40 "$([ "$S" = es ] && echo "retiro" || echo "retreat")"; sleep 0.8
xdotool key Down; shoot search
kill $PID; wait $PID 2>/dev/null
