"""Start-up: the lock screen comes first; the sections and the heavy libraries wait.

Checked in a fresh child process, by the modules it has imported (never by a
time; ``bench/startup.py`` measures that).
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Each section's package, and libraries only some screens need.
DEFERRED = (
    "wellbeing_desk.ui.today",
    "wellbeing_desk.ui.journal",
    "wellbeing_desk.ui.plan",
    "wellbeing_desk.ui.debrief",
    "wellbeing_desk.ui.directory",
    "wellbeing_desk.ui.notes",
    "wellbeing_desk.ui.insights",
    "wellbeing_desk.ui.export.image",
    "wellbeing_desk.ui.export.pdf",
    "wellbeing_desk.ui.search",
    "wellbeing_desk.ui.reach",
    "wellbeing_desk.ui.grounding",
    "wellbeing_desk.ui.settings",
    "wellbeing_desk.ui.workspace",
    "wellbeing_desk.ui.sections",
    "wellbeing_desk.directory.starter",
    "wellbeing_desk.ops",
    # The vault stack loads on the worker thread at the first unlock, not before.
    "wellbeing_desk.vault.vault",
    "wellbeing_desk.vault.journal",
    "wellbeing_desk.vault.directory",
    "wellbeing_desk.vault.rekey",
    "zxcvbn",
    "vobject",
    "babel",
    "PySide6.QtCharts",
)

PROBE = """
import sys
from pathlib import Path
from wellbeing_desk.ui.application import configure_application, create_application
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.settings_store import SettingsStore

app = create_application(["wellbeing-desk"])  # as wellbeing_desk.app does
settings = SettingsStore()
configure_application(app, settings)
window = MainWindow(Path(sys.argv[1]), settings, watch_screen_lock=False, starter=False)
window.show()
app.processEvents()
print("STATE:" + window.state)
deferred = tuple(sys.argv[2].split(","))
loaded = sorted(
    name for name in sys.modules if any(name == d or name.startswith(d + ".") for d in deferred)
)
print("LOADED:" + ",".join(loaded))
window.shutdown()
"""


def first_screen(vault_dir: Path) -> tuple[str, list[str]]:
    """The first screen's state and the deferred modules a fresh process has imported by then."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(vault_dir), ",".join(DEFERRED)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(":", 1) for line in result.stdout.splitlines() if ":" in line)
    return lines["STATE"], [name for name in lines["LOADED"].split(",") if name]


@pytest.mark.usefixtures("existing_vault")
def test_the_unlock_screen_imports_no_section_and_no_heavy_library(ui_vault_dir: Path) -> None:
    state, loaded = first_screen(ui_vault_dir)
    assert state == "locked"
    assert loaded == []


def test_the_create_screen_imports_no_section(tmp_path: Path) -> None:
    state, loaded = first_screen(tmp_path / "new-vault")
    assert state == "create"
    # Not even zxcvbn: the meter loads it in the background once the screen shows.
    assert loaded == []


# Made in the loop turn after the first paint (or at once when asked for), so the
# lock screen paints before the worker, the vault library and the watchers load.
SERVICES = (
    "wellbeing_desk.ui.worker",
    "sqlcipher3",
    "wellbeing_desk.ui.focus_return",
    "wellbeing_desk.ui.screen_lock",
    "wellbeing_desk.ui.app_shortcuts",
    "wellbeing_desk.ui.help_dialog",  # not even then: when Help first opens
)

BEFORE_AND_AFTER_PAINT = """
import sys
from pathlib import Path
from PySide6.QtCore import QElapsedTimer
from wellbeing_desk.ui.application import configure_application, create_application
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.settings_store import SettingsStore

services = tuple(sys.argv[2].split(","))
def loaded():
    return sorted(n for n in sys.modules if any(n == s or n.startswith(s + ".") for s in services))

app = create_application(["wellbeing-desk"])
settings = SettingsStore()
configure_application(app, settings)
window = MainWindow(Path(sys.argv[1]), settings, watch_screen_lock=False, starter=False)
print("BEFORE:" + ",".join(loaded()) + ":" + str(window.services_started))
window.show()
waited = QElapsedTimer()
waited.start()
while not window.services_started and waited.elapsed() < 20000:
    app.processEvents()
print("AFTER:" + ",".join(loaded()) + ":" + str(window.services_started))
window.shutdown()
"""


@pytest.mark.usefixtures("existing_vault")
def test_the_worker_and_watchers_come_after_the_first_paint(ui_vault_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", BEFORE_AND_AFTER_PAINT, str(ui_vault_dir), ",".join(SERVICES)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = {
        line.split(":", 1)[0]: line.split(":")[1:]
        for line in result.stdout.splitlines()
        if line.startswith(("BEFORE:", "AFTER:"))
    }
    before, started_before = lines["BEFORE"]
    after, started_after = lines["AFTER"]
    assert (before, started_before) == ("", "False")
    assert started_after == "True"
    made = {service for service in SERVICES if any(n.startswith(service) for n in after.split(","))}
    assert made == set(SERVICES) - {"wellbeing_desk.ui.help_dialog"}


def test_a_service_asked_for_early_is_made_at_once(make_window) -> None:
    window = make_window()
    assert window.services_started and window.worker is not None
