"""Every Tab stop shows that it has the focus; in the directory, Copy is one Tab from the list.

A stop "shows focus" when its picture with the keyboard focus differs from
its picture a moment later, after Tab moved on: a ring, a border, a colour.
"""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette, QRegion
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tests.conftest import PASSPHRASE
from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from wellbeing_desk.ui import focus_ring
from wellbeing_desk.ui.application import style_sheet
from wellbeing_desk.ui.focus_ring import RING_WIDTH
from wellbeing_desk.ui.grounding.dialog import QUIET_STYLE as GROUNDING_QUIET_STYLE
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.widgets.scale_input import ScaleInput
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
MAX_STOPS = 40


@pytest.fixture
def directory_vault(ui_vault_dir: Path, fast_kdf: KdfParams) -> Path:
    vault = Vault.create(ui_vault_dir, PASSPHRASE, fast_kdf)
    vault.directory.add(
        DirectoryEntryInput(
            name="Línea de apoyo",
            kind="hotline",
            categories=("counselling",),
            contacts=(
                ContactMethod("phone", "+1 555 0100"),
                ContactMethod("website", "https://example.org/help"),
            ),
        )
    )
    vault.lock()
    return ui_vault_dir


def _picture(widget: QWidget) -> list[QImage]:
    """The widget's own pixels, not its children's: a container is not lit by a child's ring.

    A list or text view draws its focus inside its viewport, so that is included.
    """
    own = QImage(widget.size(), QImage.Format.Format_ARGB32)
    own.fill(0)
    widget.render(own, QPoint(), QRegion(), QWidget.RenderFlag.DrawWindowBackground)
    pictures = [own]
    if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QScrollArea):
        pictures.append(widget.viewport().grab().toImage())
    return pictures


def _active(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _tab(qtbot) -> QWidget:
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.wait(5)
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _open_directory(qtbot, window: MainWindow) -> QWidget:
    unlock(qtbot, window)
    _active(qtbot, window)
    window.workspace.show_section("directory")
    page = window.workspace.pages["directory"]
    page.focus_list()
    qtbot.waitUntil(lambda: page.selected_id() is not None, timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
    return page


def test_copy_is_one_tab_from_the_directory_list(
    qtbot, directory_vault: Path, window: MainWindow
) -> None:
    page = _open_directory(qtbot, window)
    assert QApplication.focusWidget() is page.view
    copy = _tab(qtbot)
    assert isinstance(copy, QPushButton) and copy.property("copy")
    QTest.keyClick(copy, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == "+1 555 0100"
    # And Ctrl+C in the list copies the same, as F1 says.
    QGuiApplication.clipboard().clear()
    page.focus_list()
    QTest.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "+1 555 0100"


@pytest.mark.parametrize("section", ["directory", "today", "journal", "plan", "notes", "settings"])
def test_every_tab_stop_shows_its_focus(
    qtbot, directory_vault: Path, window: MainWindow, section: str
) -> None:
    window.resize(1040, 720)
    page = _open_directory(qtbot, window)
    if section == "plan":
        window.open_emergency_plan()
        page = window.workspace.pages["journal"].plan
        qtbot.waitUntil(page.emergency.add_button.isEnabled, timeout=WORKER_TIMEOUT_MS)
    elif section != "directory":
        window.workspace.show_section(section)
        qtbot.waitUntil(lambda: not window.worker.busy, timeout=WORKER_TIMEOUT_MS)
        window.workspace.focus_current_page()
        page = window.workspace.pages[section]
    qtbot.wait(30)
    seen: list[QWidget] = []
    silent: list[str] = []
    # Qt shows focus once the keyboard has moved it (not after a click or a programmatic
    # focus): one Tab first, as she would press it, then walk the stops.
    widget = _tab(qtbot)
    for _ in range(MAX_STOPS):
        assert widget is not None
        if widget in seen:
            break
        seen.append(widget)
        focused = _picture(widget)
        following = _tab(qtbot)
        if page.isAncestorOf(widget) and _picture(widget) == focused:
            name = widget.accessibleName() or type(widget).__name__
            silent.append(f"{type(widget).__name__} {name!r}")
        widget = following
    assert len(seen) > 3
    assert silent == [], "no visible focus: " + ", ".join(silent)


# -- every focusable widget class the app uses, with the app's style, light and dark ------

MIN_CONTRAST = 60  # how far (0-255) some pixel must change: a faint tint is not a ring


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#171717",
        QPalette.ColorRole.AlternateBase: "#2a2b2e",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2d2e31",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124",
        QPalette.ColorRole.Mid: "#5f6368",
        QPalette.ColorRole.Midlight: "#3c4043",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def _widgets(parent: QWidget) -> list[tuple[str, QWidget]]:
    """One of each focusable class the app uses, as the app styles them."""
    primary = QPushButton("Save check-in", parent)
    primary.setObjectName("primary")
    quiet = QPushButton("Take a moment", parent)
    quiet.setObjectName("quiet")
    quiet.setStyleSheet(GROUNDING_QUIET_STYLE)
    chip = QPushButton("Rest", parent)
    chip.setCheckable(True)
    tool = QToolButton(parent)
    tool.setText("Show")
    tool.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    combo = QComboBox(parent)
    combo.addItems(["Peer circle", "Supervision"])
    editable = QComboBox(parent)
    editable.setEditable(True)
    lst = QListWidget(parent)
    lst.addItems(["one", "two"])
    view = QListView(parent)
    tabs = QTabWidget(parent)
    tabs.addTab(QLabel("a", tabs), "Entries")
    tabs.addTab(QLabel("b", tabs), "Insights")
    scale = ScaleInput(0, 10, "How stressed", parent=parent)
    return [
        ("QPushButton", QPushButton("Open", parent)),
        ("QPushButton#primary", primary),
        ("QPushButton#quiet", quiet),
        ("QPushButton checkable", chip),
        ("QToolButton", tool),
        ("QCheckBox", QCheckBox("Use it anyway", parent)),
        ("QRadioButton", QRadioButton("Markdown", parent)),
        ("QLineEdit", QLineEdit(parent)),
        ("QPlainTextEdit", QPlainTextEdit(parent)),
        ("QTextBrowser", QTextBrowser(parent)),
        ("QComboBox", combo),
        ("QComboBox editable", editable),
        ("QSpinBox", QSpinBox(parent)),
        ("QDoubleSpinBox", QDoubleSpinBox(parent)),
        ("QDateEdit", QDateEdit(parent)),
        ("QDateTimeEdit", QDateTimeEdit(parent)),
        ("QListWidget", lst),
        ("QListView", view),
        ("QTabBar", tabs.tabBar()),
        ("ScaleInput", scale),
    ]


def _around(top: QWidget, widget: QWidget) -> QImage:
    """The widget and a ring's width around it, as the window shows them."""
    return top.grab(
        widget.geometry().adjusted(-RING_WIDTH, -RING_WIDTH, RING_WIDTH, RING_WIDTH)
    ).toImage()


def _contrast(first: QImage, second: QImage) -> int:
    if first.size() != second.size():
        return 255
    most = 0
    for y in range(0, first.height()):
        for x in range(0, first.width()):
            a, b = first.pixelColor(x, y), second.pixelColor(x, y)
            most = max(
                most, abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())
            )
    return most


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_focusable_class_shows_a_clear_ring(qtbot, qapp: QApplication, scheme: str) -> None:
    palette = _dark_palette() if scheme == "dark" else QApplication.style().standardPalette()
    before_palette, before_sheet = qapp.palette(), qapp.styleSheet()
    qapp.setPalette(palette)
    qapp.setStyleSheet(style_sheet(palette))
    focus_ring.install()  # as the main window does
    try:
        top = QWidget()
        qtbot.addWidget(top)
        layout = QVBoxLayout(top)
        start = QLineEdit(top)
        layout.addWidget(start)
        widgets = _widgets(top)
        for _, widget in widgets:
            layout.addWidget(widget)
        top.show()
        top.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is top)
        start.setFocus()
        QTest.keyClick(start, Qt.Key.Key_Tab)  # focus moved by the keyboard: Qt shows it
        faint: list[str] = []
        for name, widget in widgets:
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(
                lambda widget=widget: (
                    widget.hasFocus() or widget.isAncestorOf(QApplication.focusWidget())
                )
            )
            qtbot.wait(5)
            focused = _around(top, widget)
            start.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.wait(5)
            plain = _around(top, widget)
            if _contrast(focused, plain) < MIN_CONTRAST:
                faint.append(name)
        assert faint == [], f"no clear focus ring ({scheme}): {faint}"
    finally:
        qapp.setStyleSheet(before_sheet)
        qapp.setPalette(before_palette)
