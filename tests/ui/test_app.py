"""The entry point: one instance per vault, calm messages, translations loaded."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from wellbeing_desk import app as app_module
from wellbeing_desk.ui import application
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.vault.instance_lock import InstanceLock
from wellbeing_desk.vault.layout import VaultLayout

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def _keep_global_hooks(monkeypatch) -> None:
    import threading

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


@pytest.mark.usefixtures("_keep_global_hooks")
def test_a_second_instance_is_refused_with_one_message(qapp, existing_vault) -> None:
    held = InstanceLock(VaultLayout(existing_vault).app_lock)
    held.acquire()  # the first window
    try:
        MessageBox.set_next_answer(Button.Ok)
        assert app_module.main(["--vault", str(existing_vault)]) == 1
    finally:
        held.release()
    assert MessageBox.shown_texts == ["Wellbeing Desk is already running with this vault."]


@pytest.mark.usefixtures("_keep_global_hooks")
def test_an_unusable_vault_folder_gets_a_calm_message(qapp, tmp_path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    MessageBox.set_next_answer(Button.Ok)
    assert app_module.main(["--vault", str(blocker / "vault")]) == 1
    (shown,) = MessageBox.shown_texts
    assert "folder" in shown
    assert str(blocker) not in shown


def test_arguments_leave_qt_options_to_qt() -> None:
    args, rest = app_module.parse_args(["--vault", "/somewhere", "-platform", "offscreen"])
    assert args.vault == Path("/somewhere")
    assert rest == ["-platform", "offscreen"]


def test_python_dash_m_is_the_gui_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "wellbeing_desk", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    assert "--vault" in result.stdout


def test_translations_load_for_the_chosen_language(qapp, tmp_path, monkeypatch) -> None:
    """A .qm named like the real ones is found in assets/translations and used by tr()."""
    ts = tmp_path / "probe.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="es">\n<context><name>UnlockPage</name>\n'
        "<message><source>&amp;Unlock</source><translation>&amp;Desbloquear</translation></message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    translations = tmp_path / "assets" / "translations"
    translations.mkdir(parents=True)
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyside6-lrelease"),
            str(ts),
            "-qm",
            str(translations / "wellbeing_desk_es.qm"),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    monkeypatch.setattr(application.paths, "assets_dir", lambda: tmp_path / "assets")
    try:
        loaded = application.install_translators(qapp, "es")
        assert "wellbeing_desk" in loaded
        from wellbeing_desk.ui.unlock.unlock_page import UnlockPage

        page = UnlockPage()
        assert page.unlock_button.text() == "&Desbloquear"
        page.deleteLater()
    finally:
        application.install_translators(qapp, "en")
        QLocale.setDefault(QLocale.system())
