"""Shared widgets: passphrase field, strength meter, message box, error sentences."""

import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QLineEdit, QVBoxLayout, QWidget

from wellbeing_desk.ui import application
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.widgets.passphrase_field import PassphraseField
from wellbeing_desk.ui.widgets.strength_meter import StrengthMeter, estimate
from wellbeing_desk.vault.errors import (
    DamagedVaultError,
    StorageFullError,
    VaultInUseError,
    VaultTooNewError,
    WrongPassphraseError,
)


@pytest.fixture
def field(qtbot) -> Iterator[PassphraseField]:
    host = QWidget()
    layout = QVBoxLayout(host)
    # The offscreen plugin warns when a window's size limits change; a host
    # without limits keeps the hint line's showing and hiding quiet.
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    widget = PassphraseField("Passphrase", host)
    layout.addWidget(widget)
    qtbot.addWidget(host)
    host.resize(400, 120)
    host.show()
    qtbot.waitExposed(host)
    yield widget  # (keeps the host alive for the test)
    host.close()


def test_passphrase_is_hidden_until_asked(qtbot, field) -> None:
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password
    assert field.toggle.accessibleName() == "Show the passphrase"
    qtbot.mouseClick(field.toggle, Qt.MouseButton.LeftButton)
    assert field.edit.echoMode() == QLineEdit.EchoMode.Normal
    assert field.toggle.accessibleName() == "Hide the passphrase"
    assert field.edit.inputMethodHints() & Qt.InputMethodHint.ImhSensitiveData
    field.clear()
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password


def test_caps_lock_hint_from_letter_case(qtbot, field) -> None:
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "a")
    assert not field.caps_lock_suspected
    # An upper-case letter without Shift: Caps Lock is probably on.
    qtbot.keyClicks(field.edit, "B")
    assert field.caps_lock_suspected
    # Lower case while holding Shift says the same.
    qtbot.keyClick(field.edit, "c", Qt.KeyboardModifier.ShiftModifier)
    assert field.caps_lock_suspected
    qtbot.keyClick(field.edit, "D", Qt.KeyboardModifier.ShiftModifier)
    assert not field.caps_lock_suspected
    qtbot.keyClicks(field.edit, "7")  # digits tell nothing
    assert not field.caps_lock_suspected


def test_clear_drops_the_undo_history(qtbot, field) -> None:
    qtbot.keyClicks(field.edit, "secret words")
    field.clear()
    field.edit.undo()
    assert field.text() == ""


def test_every_input_and_button_has_an_accessible_name(qtbot, window) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox

    missing = [
        f"{type(w).__name__} {w.objectName()}"
        for w in window.findChildren(QLineEdit)
        + window.findChildren(QAbstractButton)
        + window.findChildren(QComboBox)
        if not w.accessibleName() and not isinstance(w.parent(), QComboBox)
    ]
    assert missing == []


def test_strength_estimates() -> None:
    assert estimate("").weak
    assert estimate("password1").weak
    assert not estimate("quiet river morning lantern").weak
    estimate("x" * 10_000)  # long input is cut, not slow


def test_strength_meter_words(qtbot) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.update_for("password123")
    assert "weak" in meter.label.text().lower()
    meter.update_for("quiet river morning lantern")
    assert "strong" in meter.label.text().lower()
    meter.update_for("")
    assert meter.label.text() == ""


def test_strength_meter_knows_spanish_words(qtbot) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    for common in ("te quiero mucho", "contraseña"):
        meter.update_for(common)
        assert meter.strength.score <= 1
        assert "weak" in meter.label.text().lower()


def test_strength_meter_says_when_a_passphrase_is_too_short(qtbot) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.update_for("Xk9#qz!Lm")  # random, but nine characters
    assert "at least 10 characters" in meter.label.text()
    assert meter.bar.accessibleDescription() == meter.label.text()


def test_strength_meter_colour_follows_the_level_and_the_words_stay(qtbot) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    colours = {}
    texts = set()
    for passphrase in (
        "abc",
        "contraseña",
        "another calm evening",
        "la casa azul del mar",
        "tangerine harbour whistles slowly",
    ):
        meter.update_for(passphrase)
        colours[meter.strength.level] = meter.bar.colour
        texts.add(meter.label.text())
        assert meter.label.text()  # colour is never the only signal
    assert sorted(colours) == [0, 1, 2, 3, 4]
    assert len({colour.name() for colour in colours.values()}) == 5
    weakest, strongest = colours[0], colours[4]
    assert weakest.red() > weakest.green()  # red-ish
    assert strongest.green() > strongest.red()  # green-ish
    assert len(texts) == 5


def test_message_box_can_be_answered_in_advance() -> None:
    MessageBox.set_next_answer(Button.Yes)
    assert MessageBox.question(None, "Title", "Really?") == Button.Yes
    assert MessageBox.shown_texts == ["Really?"]


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (WrongPassphraseError("x"), "did not unlock"),
        (DamagedVaultError("x"), "damaged"),
        (VaultTooNewError("x"), "newer version"),
        (VaultInUseError("x"), "in use"),
        (StorageFullError("x"), "disk is full"),
        (PermissionError("/secret/path"), "folder"),
        (KeyError("content"), "Something went wrong"),
    ],
)
def test_each_error_has_one_calm_sentence(error, words) -> None:
    text = describe_error(error)
    assert words in text
    assert "/secret/path" not in text
    assert "content" not in text


def test_excepthook_shows_a_calm_dialog_without_the_traceback(qapp, capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    application.install_excepthook()
    MessageBox.set_next_answer(Button.Ok)
    try:
        raise ValueError("private journal words")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    (shown,) = MessageBox.shown_texts
    assert "private journal words" not in shown
    assert "Your vault is safe" in shown
    err = capsys.readouterr().err
    assert "private journal words" not in err
    assert "Traceback" not in err
