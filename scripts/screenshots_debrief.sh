#!/usr/bin/env bash
# Photograph the guided debrief in one language: the start page, each template's first
# step, a high-distress offer, the summary, the offer when she is not safe, and the trash.
#   xvfb-run -a -s "-screen 0 1040x720x24" scripts/screenshots_debrief.sh en_GB.UTF-8 en
# The window is driven from Python (the same widgets a person clicks) and photographed
# with QWidget.grab(), so the pictures do not depend on a window manager's timing.
set -u
PY=${PYTHON:-.venv/bin/python}
L=$1; S=$2; OUT=${OUT:-docs/screenshots}; mkdir -p "$OUT"
H=$(mktemp -d); export WELLBEING_DESK_HOME=$H LANG=$L LC_ALL=$L LANGUAGE=${L%%.*}
printf 'tangerine harbour whistles slowly\n' | "$PY" -m wellbeing_desk.cli.main init --kdf-memory 8 --kdf-iterations 1 >/dev/null 2>&1
"$PY" - "$OUT" "$S" <<'PYTHON'
import sys
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from wellbeing_desk import paths
from wellbeing_desk.debrief import record
from wellbeing_desk.debrief.builtin import builtin_template
from wellbeing_desk.ui.application import configure_application, create_application
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.settings_store import SettingsStore
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput

OUT, LANG = Path(sys.argv[1]), sys.argv[2]
PASSPHRASE = "tangerine harbour whistles slowly"
WORDS = {
    "en": {"peer": "Ana (peer circle)", "now": "Shaky, but home. The hearing was postponed "
           "again and I could not sleep.", "helped": "Walking by the river. Calling my sister.",
           "action": "Call Ana", "rest": "An early night, phone off", "sister": "Lucía (my sister)"},
    "es": {"peer": "Ana (círculo de pares)", "now": "Temblando, pero en casa. Otra vez aplazaron "
           "la audiencia y no pude dormir.", "helped": "Caminar junto al río. Llamar a mi hermana.",
           "action": "Llamar a Ana", "rest": "Acostarme temprano, sin teléfono",
           "sister": "Lucía (mi hermana)"},
}[LANG]  # fmt: skip

# A few debriefs, one of her own people and one person for an emergency, written before
# the window opens.
with Vault.open(paths.default_vault_dir(), PASSPHRASE) as vault:
    vault.emergency.add_person(WORDS["sister"], (ContactMethod("phone", "+52 55 1234 5678"),))
    vault.directory.add(DirectoryEntryInput(
        name=WORDS["peer"], kind="person", categories=("peer_support",), languages=(LANG,),
        contacts=(ContactMethod("signal", "+52 55 0000 0000"),), favourite=True))  # fmt: skip
    for template_id, before, after in (("after-incident", 7, 4), ("security-review", 5, None)):
        flow = record.start(builtin_template(template_id))
        flow.set_answer(before, "distress-start")
        if after is not None:
            flow.set_answer(after, "distress-end")
            flow.finish()
        vault.debriefs.create(record.debrief_input(flow, LANG))

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
    window.grab().save(str(OUT / f"debrief-{name}-{LANG}.png"))


def type_text(widget, text: str) -> None:
    """Types like a keyboard would; QTest cannot type accented letters, so insert those."""
    widget.setFocus()
    if hasattr(widget, "insertPlainText"):
        widget.insertPlainText(text)
    else:
        widget.insert(text)
    wait(100)


def click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    wait(200)


window.unlock_page.passphrase.edit.setText(PASSPHRASE)
click(window.unlock_page.unlock_button)
while window.is_locked:
    QTest.qWait(100)
window.workspace.show_section("debrief")
page = window.workspace.pages["debrief"]
wait(800)
shoot("start")
page.home.scroll_area.verticalScrollBar().setValue(560)
shoot("templates")
page.home.scroll_area.verticalScrollBar().setValue(0)

wizard = page.wizard
for index in range(len(page.home.cards)):
    card = page.home.cards[index]  # the cards are made afresh each time the page shows
    template_id = card.choice.template.id
    click(card.start_button)
    if template_id == "after-incident":
        shoot("distress")
    if template_id != "recent-event":  # that one asks "Are you safe right now?" first
        click(wizard.next_button)
    shoot(f"first-step-{template_id}")
    click(wizard.pause_button)
    wait()

# A high rating at the start: the gentle offer.
(card,) = [c for c in page.home.cards if c.choice.template.id == "after-incident"]
click(card.start_button)
wizard.input.scale.set_score(8)
click(wizard.next_button)
wait(600)
shoot("offer")

# Through to the summary.
click(wizard.support.continue_button)
type_text(wizard.input.edit, WORDS["now"])
click(wizard.next_button)
for box in list(wizard.input.boxes.values())[:2]:
    box.setChecked(True)
click(wizard.next_button)
type_text(wizard.input.edit, WORDS["helped"])
click(wizard.next_button)
wait(600)
wizard.input.suggestions.setCurrentRow(0)
click(wizard.input.add_chosen)
shoot("contacts")
click(wizard.next_button)
actions = wizard.input
type_text(actions.rows[0].text, WORDS["rest"])
click(actions.add_button)
type_text(actions.rows[1].text, WORDS["action"])
actions.rows[1].dated.setChecked(True)
actions.rows[1].due.setDate(QDate.currentDate().addDays(2))
shoot("actions")
click(wizard.next_button)
click(wizard.next_button)
wizard.input.scale.set_score(5)
click(wizard.next_button)
wait(600)
shoot("summary")

# "Are you safe right now?" — "No": safety first, never a gate.
click(page.summary.keep_button)
wait()
(card,) = [c for c in page.home.cards if c.choice.template.id == "recent-event"]
click(card.start_button)
click(wizard.input.buttons["no"])
click(wizard.next_button)
wait(600)
shoot("unsafe")
click(wizard.support.continue_button)

# A high rating at the end: nothing left to stop, so "Finish".
while not wizard.session.flow.is_last:
    click(wizard.skip_button)
wizard.input.scale.set_score(8)
click(wizard.next_button)
wait(600)
shoot("offer-end")
click(wizard.support.continue_button)
wait()
click(page.summary.keep_button)
wait()

# Two debriefs in the trash: the quiet link at the bottom of the start page, then the trash.
for _ in range(2):
    click(page.home.rows[-1].delete_button)
    wait()
page.notice.clear()
click(page.home.trash_button)
shoot("trash")
window.close()
PYTHON
echo "files the app left:"; find "$H" -type f | sed "s|$H|HOME|"
