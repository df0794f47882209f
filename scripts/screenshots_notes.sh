#!/usr/bin/env bash
# Photograph the dialogue notes in one language: the list with a note shown, and a note
# with people linked to the directory, open in the editor.
#   xvfb-run -a -s "-screen 0 1040x720x24" scripts/screenshots_notes.sh en_GB.UTF-8 en
# The window is driven from Python (the same widgets a person clicks) and photographed
# with QWidget.grab(), so the pictures do not depend on a window manager's timing.
set -u
PY=${PYTHON:-.venv/bin/python}
L=$1; S=$2; OUT=${OUT:-docs/screenshots}; mkdir -p "$OUT"
H=$(mktemp -d); export WELLBEING_DESK_HOME=$H LANG=$L LC_ALL=$L LANGUAGE=${L%%.*}
"$PY" scripts/demo_vault.py --language "$S" >/dev/null
"$PY" - "$OUT" "$S" <<'PYTHON'
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from wellbeing_desk import paths
from wellbeing_desk.ui.application import configure_application, create_application
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.settings_store import SettingsStore

OUT, LANG = Path(sys.argv[1]), sys.argv[2]
PASSPHRASE = "tangerine harbour whistles slowly"

app = create_application(["wellbeing-desk"])
settings = SettingsStore()
configure_application(app, settings)
window = MainWindow(paths.default_vault_dir(), settings, starter=False)
window.resize(1040, 720)
window.show()


def wait(ms: int = 400) -> None:
    QTest.qWait(ms)
    while window.worker.busy:
        QTest.qWait(50)
    QTest.qWait(150)


def shoot(name: str) -> None:
    wait()
    window.grab().save(str(OUT / f"notes-{name}-{LANG}.png"))


window.unlock_page.passphrase.edit.setText(PASSPHRASE)
QTest.mouseClick(window.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
while window.is_locked:
    QTest.qWait(100)
window.workspace.show_section("notes")
page = window.workspace.pages["notes"]
wait(800)
page.list.focus_list()
wait(600)
shoot("list")

page.edit_note(page.list.selected_id())
wait(600)
page.editor.form.takeaways.rows[0].edit.setFocus()
page.editor.form.title.setFocus()
shoot("participants")
page.editor.cancel()
wait()
window.close()
PYTHON
echo "files the app left:"; find "$H" -type f | sed "s|$H|HOME|"
