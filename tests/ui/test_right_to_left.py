"""Arabic: the whole window mirrors, and numbers in it still read left to right.

What "reads left to right" means is measured on the text as Qt lays it out
(``QTextLayout``, in the direction the widget lays its text out): the first
digit group of a phone number must be to the left of the next one.
"""

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.ui.conftest import WORKER_TIMEOUT_MS, unlock
from tests.ui.directory.support import PSYCHOLOGIST, add_directory, open_directory
from wellbeing_desk import paths
from wellbeing_desk.ui.application import install_translators
from wellbeing_desk.ui.reach.picker import contact_text
from wellbeing_desk.vault.directory_types import ContactMethod

pytestmark = [
    pytest.mark.qt_log_ignore("does not support"),
    pytest.mark.usefixtures("existing_vault"),
]


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "ar")
    yield
    install_translators(qapp, "en")


def x_of(text: str, part: str, direction: Qt.LayoutDirection, font: QFont) -> float:
    """Where ``part`` starts, in pixels from the left, as Qt lays ``text`` out."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    return float(line.cursorToX(text.index(part))[0])


def reads_left_to_right(text: str, first: str, second: str, direction, font: QFont) -> bool:
    return x_of(text, first, direction, font) < x_of(text, second, direction, font)


def arabic_translations() -> Iterator[str]:
    """Every Arabic translation, each plural form on its own."""
    root = ET.parse(paths.assets_dir() / "translations" / "wellbeing_desk_ar.ts").getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")]
        yield from forms or [translation.text or ""]


def test_the_measure_sees_a_number_read_backwards(qapp: QApplication) -> None:
    # Without help, an Arabic sentence reverses a phone number's groups: what the test catches.
    font = qapp.font()
    plain = "الهاتف: +52 55 1234 5678"
    assert not reads_left_to_right(plain, "55", "1234", Qt.LayoutDirection.RightToLeft, font)


@pytest.mark.usefixtures("arabic")
def test_arabic_mirrors_the_window_and_english_puts_it_back(qtbot, make_window) -> None:
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = make_window()
    window.resize(1040, 720)
    unlock(qtbot, window)
    assert window.isRightToLeft()
    sidebar = window.findChild(QWidget, "sidebar")
    assert sidebar is not None
    left = sidebar.mapTo(window, QPoint(0, 0)).x()
    assert left > window.width() / 2  # the navigation sits on the right
    install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    QApplication.processEvents()
    assert sidebar.mapTo(window, QPoint(0, 0)).x() < window.width() / 2


@pytest.mark.usefixtures("arabic")
def test_phone_numbers_in_the_directory_read_left_to_right(
    qtbot, make_window, ui_vault_dir
) -> None:
    add_directory(ui_vault_dir, [PSYCHOLOGIST])
    window = make_window()
    page = open_directory(qtbot, window)
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.waitUntil(lambda: page.detail.name.text() == PSYCHOLOGIST.name, timeout=WORKER_TIMEOUT_MS)
    value = next(
        w for w in page.detail.contact_widgets
        if isinstance(w, QLabel) and w.text() == "+52 55 1234 5678"
    )  # fmt: skip
    assert value.text() == "+52 55 1234 5678"  # no marks: selecting and copying gives the number
    assert reads_left_to_right(value.text(), "55", "1234", value.layoutDirection(), value.font())
    assert reads_left_to_right(value.text(), "+52", "55", value.layoutDirection(), value.font())
    # In a sentence of the lists (Reach someone, her people), the number is isolated.
    line = contact_text(ContactMethod("phone", "+52 55 1234 5678", "office"))
    assert reads_left_to_right(line, "55", "1234", Qt.LayoutDirection.RightToLeft, value.font())


def test_arabic_translations_isolate_digits_joined_by_dashes() -> None:
    # "5-4-3-2-1" or "(0–10)" in Arabic text shows as "1-2-3-4-5" / "(10–0)" unless isolated.
    joined = re.compile(r"\d+(?:[-–]\d+)+")
    bare = []
    for form in arabic_translations():
        for match in joined.finditer(form):
            start, end = match.span()
            if form[start - 1 : start] != "\u2066" or form[end : end + 1] != "\u2069":
                bare.append(form)
    assert bare == []


def test_chips_and_wrapped_buttons_fill_rows_from_the_right(qtbot, qapp) -> None:
    from PySide6.QtWidgets import QPushButton

    from wellbeing_desk.ui.widgets.flow_layout import FlowLayout

    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    flow = FlowLayout(holder, spacing=6)
    first, second = QPushButton("الراحة", holder), QPushButton("الحركة", holder)
    for button in (first, second):
        flow.addWidget(button)
    holder.resize(400, 100)
    holder.show()
    qtbot.waitExposed(holder)
    assert first.geometry().right() == holder.width() - 1  # the first at the right edge
    assert second.geometry().right() < first.geometry().left()  # the next to its left
    holder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QApplication.processEvents()
    assert first.geometry().left() == 0 and second.geometry().left() > first.geometry().right()


def test_arabic_sentences_that_start_with_latin_text_stay_right_to_left() -> None:
    # "Wellbeing Desk مقفل." would be laid out left to right (its first strong letter
    # is Latin), the full stop at the wrong end; a right-to-left mark in front fixes it.
    def first_strong(text: str) -> str | None:
        plain = re.sub(r"<[^>]*>|\{[a-z_]+\}|%n|&(?!&)", "", text)
        kinds = (unicodedata.bidirectional(c) for c in plain)
        return next((k for k in kinds if k in ("L", "R", "AL")), None)

    wrong = []
    for form in arabic_translations():
        arabic = any("\u0600" <= c <= "\u06ff" for c in form)
        if arabic and first_strong(form) == "L" and not form.startswith("\u200f"):
            wrong.append(form)
    assert wrong == []


@pytest.mark.usefixtures("arabic")
def test_her_text_takes_each_paragraphs_own_direction(qtbot) -> None:
    # In an Arabic window, an English paragraph of her notes still reads left to right
    # and an Arabic one right to left: each paragraph's direction comes from its words,
    # in the writing box and in the Markdown preview alike.
    from wellbeing_desk.ui.widgets.markdown_writing import MarkdownWriting, WritingWords

    form, fields = QWidget(), QWidget()
    qtbot.addWidget(form)
    words = WritingWords("body", "", "preview", "Preview", "Preview", "Edit", "Edit")
    writing = MarkdownWriting(words, form, fields)
    text = "Met Marta at the office.\n\nقابلت مارتا في المكتب.\n\n+52 55 1234 5678"
    writing.body.setPlainText(text)
    writing.preview.set_markdown(text)
    for document in (writing.body.document(), writing.preview.document()):
        blocks = []
        block = document.firstBlock()
        while block.isValid():
            if block.text().strip():
                blocks.append(block.textDirection())
            block = block.next()
        assert blocks == [
            Qt.LayoutDirection.LeftToRight,
            Qt.LayoutDirection.RightToLeft,
            Qt.LayoutDirection.LeftToRight,
        ]
