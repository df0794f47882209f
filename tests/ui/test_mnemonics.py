"""Alt keys: in every window, in every language, each button she sees has its own.

The walk is the layout tour (``layout_tour.tour``): the create and lock screens,
every section and sub-page, every debrief step kind, every dialog class and
real confirmations. In each view the visible buttons and the labels that lead
to a field (``setBuddy``) are read, as Qt registers their Alt keys, and two
of them in one window must not share a letter (Alt+S pressed "Saltar" when
she meant "Siguiente", skipping the distress question). A button repeated on
every row of a list is left out: one letter cannot tell the rows apart.

Missing: every push button she sees has an Alt key, in every language, except
(``EXCEPTIONS``) where the app does not write the words: Qt's own standard
buttons ("Close", "Cancel", "Save" from ``QDialogButtonBox``, translated by
Qt's ``qtbase_<lang>.qm``, shown as Qt writes them), her own words on a button
(chips of her lists, the people in a support offer: marked ``textIsData``)
and a button without text (it must have an accessible name instead). Other
buttons (check boxes, radio buttons, the small ×/↑/↓ and "Show" tool buttons
beside a field) are left out of "missing" but checked for clashes. Every text
whose English has an Alt key also keeps one in each translation
(``test_no_translation_drops_an_alt_key``, over the whole ``.ts`` file, so
strings on screens the walk does not reach count too).
"""

import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tests.ui.layout_tour import tour
from wellbeing_desk import paths
from wellbeing_desk.ui.application import install_translators
from wellbeing_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "grabbing the keyboard"
)
LANGUAGES = ["en", "es", "fr", "pt", "ar"]


def alt_key(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), or None."""
    plain = text.replace("&&", "")
    index = plain.find("&")
    if index < 0 or index == len(plain) - 1:
        return None
    return plain[index + 1].lower()


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.window() is top


EXCEPTIONS = {
    "Qt's words": "a QDialogButtonBox standard button showing Qt's own (translated) text",
    "her words": "a button whose text is her data (property textIsData)",
    "no text": "an icon-only button: it has an accessible name instead",
    "per row": "a button on every row or card (property perRow): one Alt key cannot serve "
    "them all; Tab reaches each and its accessible name names its row",
}


def _qt_text(button: QAbstractButton) -> bool:
    """A standard button of a button box still showing the text Qt gives it."""
    box = button.parent()
    if not isinstance(box, QDialogButtonBox):
        return False
    standard = box.standardButton(button)
    if standard == QDialogButtonBox.StandardButton.NoButton:
        return False
    fresh = QDialogButtonBox(standard)
    qt_text = fresh.button(standard).text()
    fresh.deleteLater()
    return button.text() == qt_text


def exception(button: QAbstractButton) -> str | None:
    """Why a push button may go without an Alt key (a key of ``EXCEPTIONS``), or None."""
    if _qt_text(button):
        return "Qt's words"
    if button.property("textIsData"):
        return "her words"
    if button.property("perRow"):
        return "per row"
    if not button.text():
        return "no text"
    return None


def missing_alt_keys(top: QWidget) -> list[str]:
    """Push buttons shown without an Alt key (a row's repeated button aside)."""
    buttons = [b for b in top.findChildren(QPushButton) if _shown(b, top)]
    counts: dict[str, int] = defaultdict(int)
    for button in buttons:
        counts[button.text()] += 1
    missing = []
    for button in buttons:
        if counts[button.text()] > 1 or alt_key(button.text()) is not None:
            continue
        why = exception(button)
        if why == "no text" and not button.accessibleName():
            missing.append(f"a button without text or accessible name ({button.objectName()})")
        elif why is None:
            missing.append(f"no Alt key: {button.text()!r}")
    return missing


def alt_key_problems(top: QWidget) -> list[str]:
    buttons = [b for b in top.findChildren(QAbstractButton) if _shown(b, top)]
    labels = [
        label
        for label in top.findChildren(QLabel)
        if label.buddy() is not None and _shown(label, top) and _shown(label.buddy(), top)
    ]
    counts: dict[str, int] = defaultdict(int)
    for button in buttons:
        counts[button.text()] += 1
    repeated = {text for text, count in counts.items() if count > 1}
    owners: dict[str, list[str]] = defaultdict(list)
    problems: list[str] = []
    for widget in [*buttons, *labels]:
        text = widget.text()
        key = alt_key(text)
        if key is None or text in repeated:
            continue  # a row's repeated button: the same key on purpose
        owners[key].append(text)
    for key, texts in sorted(owners.items()):
        if len(texts) > 1:
            problems.append(f"Alt+{key.upper()} for {texts}")
    return problems


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def test_alt_key_check_finds_what_it_should(qtbot) -> None:
    assert alt_key("&Siguiente") == "s"
    assert alt_key("Tom && Jerry") is None
    assert alt_key("Sal&tar && más") == "t"
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    field = QLineEdit(top)
    label = QLabel("&Nombre", top)
    label.setBuddy(field)
    for widget in (QPushButton("&Saltar", top), QPushButton("&Siguiente", top), label, field):
        layout.addWidget(widget)
    for _ in range(2):
        layout.addWidget(QPushButton("&Quitar", top))  # one per row: left out
    top.show()
    assert alt_key_problems(top) == ["Alt+S for ['&Saltar', '&Siguiente']"]
    assert missing_alt_keys(top) == []
    layout.addWidget(QPushButton("Guardar", top))
    chip = QPushButton("Tom && Jerry", top)
    chip.setProperty("textIsData", True)
    layout.addWidget(chip)
    icon_only = QPushButton(top)
    icon_only.setAccessibleName("Buscar")
    layout.addWidget(icon_only)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, top)
    layout.addWidget(box)
    QApplication.processEvents()  # a layout shows its new widgets on the next turn
    assert missing_alt_keys(top) == ["no Alt key: 'Guardar'"]
    box.button(QDialogButtonBox.StandardButton.Close).setText("Done")
    assert missing_alt_keys(top) == ["no Alt key: 'Guardar'", "no Alt key: 'Done'"]


def test_every_window_has_distinct_alt_keys(
    qtbot, make_window, ui_vault_dir: Path, language: str
) -> None:
    window: MainWindow = make_window()
    window.resize(1040, 720)
    found: dict[str, list[str]] = {}
    for name, shown in tour(qtbot, window, ui_vault_dir):
        problems = alt_key_problems(shown) + missing_alt_keys(shown)
        if problems:
            found[name] = problems
    report = "\n".join(f"{name}: {'; '.join(p)}" for name, p in found.items())
    assert not found, f"in {language}:\n{report}"


@pytest.mark.parametrize("translated", [code for code in LANGUAGES if code != "en"])
def test_no_translation_drops_an_alt_key(translated: str) -> None:
    """A translation keeps the Alt key of its English ("&Next" once became "Siguiente")."""
    ts = paths.assets_dir() / "translations" / f"wellbeing_desk_{translated}.ts"
    dropped = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or not translation.text or translation.get("type"):
            continue  # untranslated or numerus: the language test reports those
        if alt_key(source) is not None and alt_key(translation.text) is None:
            dropped.append(f"{source!r} → {translation.text!r}")
    assert dropped == []


@pytest.mark.usefixtures("existing_vault")
def test_the_debrief_home_with_rows_has_alt_keys_or_row_buttons(qtbot, window) -> None:
    # The layout tour meets the home with no rows; here one debrief is under way and one
    # finished, so "Continue", "View summary" and "Move to trash" each show once.
    from datetime import date

    from tests.conftest import PASSPHRASE
    from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
    from tests.ui.today.test_follow_ups import add_debrief
    from wellbeing_desk.debrief import record
    from wellbeing_desk.debrief.builtin import builtin_template
    from wellbeing_desk.vault import Vault

    vault_dir = window.vault_dir
    add_debrief(vault_dir, ("Rest", date.today()))
    template = builtin_template("after-incident")
    assert template is not None
    flow = record.start(template)
    flow.finish()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.debriefs.create(record.debrief_input(flow, "en"))
    unlock(qtbot, window)
    window.workspace.show_section("debrief")
    home = window.workspace.pages["debrief"].home
    qtbot.waitUntil(lambda: len(home.rows) == 2, timeout=WORKER_TIMEOUT_MS)
    assert missing_alt_keys(window) == []
    assert alt_key_problems(window) == []
