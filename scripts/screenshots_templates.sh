#!/usr/bin/env bash
# Photograph the debrief template manager, the template editor and an import error.
#   xvfb-run -a -s "-screen 0 1040x720x24" scripts/screenshots_templates.sh en_US.UTF-8 en
# The dialogs are opened straight from Python (with the app's translations and
# style) on a throwaway vault. The import error goes to ERROR_OUT (default: TMPDIR),
# to be looked at rather than kept in docs/.
set -u
PY=${PYTHON:-.venv/bin/python}
L=$1; S=$2; OUT=${OUT:-docs/screenshots}; ERROR_OUT=${ERROR_OUT:-${TMPDIR:-/tmp}}; mkdir -p "$OUT" "$ERROR_OUT"
H=$(mktemp -d); export WELLBEING_DESK_HOME=$H LANG=$L LC_ALL=$L LANGUAGE=${L%%.*}
printf 'tangerine harbour whistles slowly\n' | "$PY" -m wellbeing_desk.cli.main init --no-starter --kdf-memory 8 --kdf-iterations 1 >/dev/null 2>&1
OUT=$OUT ERROR_OUT=$ERROR_OUT S=$S QT_QPA_PLATFORM=xcb "$PY" - <<'EOF'
import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from wellbeing_desk.paths import default_vault_dir
from wellbeing_desk.ui.application import configure_application, create_application
from wellbeing_desk.ui.debrief.templates import manager as template_manager
from wellbeing_desk.ui.debrief.templates.manager import TemplateManagerDialog
from wellbeing_desk.ui.settings_store import SettingsStore
from wellbeing_desk.ui.worker import DatabaseWorker

out, error_out, lang = Path(os.environ["OUT"]), Path(os.environ["ERROR_OUT"]), os.environ["S"]
app = create_application(sys.argv[:1])
configure_application(app, SettingsStore())
worker = DatabaseWorker()
state: dict[str, object] = {}
MINE = {
    "id": "after-a-hearing",
    "title": {"en": "After a hard hearing", "es": "Después de una audiencia difícil"},
    "purpose": {
        "en": "Ten quiet minutes for me after a day in court.",
        "es": "Diez minutos tranquilos para mí después de un día en el juzgado.",
    },
    "event_steps_by_default": False,
    "steps": [{"id": "now", "kind": "rating", "prompt": {"en": "How tense am I?", "es": "¿Qué tan tensa estoy?"}}],
}
BAD = {**MINE, "steps": [{"id": "now", "kind": "scale", "prompt": "How tense am I?"}]}


def pump(ms: int) -> None:
    loop_until = QTimer()
    loop_until.setSingleShot(True)
    loop_until.start(ms)
    while loop_until.isActive():
        app.processEvents()


def shoot(name: str, folder: Path) -> None:
    pump(600)
    QGuiApplication.primaryScreen().grabWindow(0).save(str(folder / f"{name}-{lang}.png"))


worker.open_vault(default_vault_dir(), "tangerine harbour whistles slowly", lambda _: state.update(open=True))
while "open" not in state:
    app.processEvents()
worker.submit(lambda v: v.debrief_templates.save("after-a-hearing", "x", json.dumps(MINE)))

manager = TemplateManagerDialog(worker)
manager.move(0, 0)
manager.resize(1000, 680)
manager.show()
pump(800)
manager.select("after-incident")
shoot("debrief-templates", out)

manager.duplicate_current()
pump(800)
editor = manager.editor
assert editor is not None
editor.move(40, 20)
editor.resize(940, 660)
editor.tabs.setCurrentIndex(1)
editor.steps.step_list.setCurrentRow(1)
shoot("debrief-template-editor", out)
editor.reject()
pump(300)

bad = Path(os.environ["WELLBEING_DESK_HOME"]) / "from-a-friend.json"
bad.write_text(json.dumps(BAD), encoding="utf-8")


def close_box() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.move(220, 200)
            pump(400)
            QGuiApplication.primaryScreen().grabWindow(0).save(
                str(error_out / f"debrief-template-import-error-{lang}.png")
            )
            widget.accept()
            return
    QTimer.singleShot(200, close_box)


QTimer.singleShot(500, close_box)
template_manager.ask_open_path = lambda _p, _t, _f, chosen, _c=None: chosen(bad)  # no file dialog
manager.import_file()
pump(2500)
manager.close()
worker.shutdown()
EOF
rm -rf "$H"
