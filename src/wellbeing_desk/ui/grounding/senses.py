"""5-4-3-2-1: one sense at a time, with Back and Next, and "Here and now" at the end (no praise:
it is not a performance).

Each step has one small field per thing (five for sight, one for taste). What
she types there is NEVER saved: not to the vault, not to a draft, not to the
settings file. ``clear()`` empties every field and its undo history; the
dialog calls it when it closes, and locking closes the dialog.
"""

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import heading, paragraph

SENSES: tuple[tuple[str, int], ...] = (
    ("see", 5),
    ("touch", 4),
    ("hear", 3),
    ("smell", 2),
    ("taste", 1),
)
MAX_WORDS_LENGTH = 200
BADGE_SIZE = 56


class SenseStep(QWidget):
    """One sense: its number, what to notice, and ``count`` fields that are never saved."""

    finished = Signal()  # Enter in the last field

    def __init__(
        self, number: int, title: str, prompt: str, names: list[str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        badge = QLabel(str(number), self)
        badge.setObjectName("senseBadge")
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setFixedSize(BADGE_SIZE, BADGE_SIZE)
        badge.setAccessibleName(title)
        font = QFont(badge.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setWeight(QFont.Weight.DemiBold)
        badge.setFont(font)
        self.title = heading(title, self, level=2)
        self.prompt = paragraph(prompt, self)

        self.fields: list[QLineEdit] = []
        for name in names:
            field = QLineEdit(self)
            field.setMaxLength(MAX_WORDS_LENGTH)
            field.setAccessibleName(name)
            field.setAccessibleDescription(prompt)
            self.fields.append(field)
        for field, following in itertools.pairwise(self.fields):
            field.returnPressed.connect(lambda following=following: following.setFocus())
        self.fields[-1].returnPressed.connect(self.finished)

        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(6)
        words.addWidget(self.title)
        words.addWidget(self.prompt)
        top.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addSpacing(6)
        fields = QVBoxLayout()
        fields.setContentsMargins(BADGE_SIZE + 16, 0, 0, 0)
        fields.setSpacing(8)
        for field in self.fields:
            fields.addWidget(field)
        layout.addLayout(fields)
        layout.addStretch(1)

    def clear(self) -> None:
        for field in self.fields:
            field.setText("")  # unlike clear(), setText drops the undo history
            field.setModified(False)


class SensesPage(QWidget):
    """The five steps in a stack, a closing word, and Back / Next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(
            "QLabel#senseBadge { background: palette(highlight);"
            f" color: palette(highlighted-text); border-radius: {BADGE_SIZE // 2}px; }}"
        )
        intro = paragraph(
            self.tr(
                "One sense at a time. Name things to yourself, or type a word if it "
                "helps. Nothing you type here is saved, and it is gone when you close "
                "this window."
            ),
            self,
        )
        intro.setObjectName("muted")
        self.progress = QLabel(self)
        self.progress.setObjectName("muted")

        self.stack = QStackedWidget(self)
        self.steps: list[SenseStep] = []
        for (sense, count), title, prompt in zip(
            SENSES, self._titles(), self._prompts(), strict=True
        ):
            names = [self._field_name(sense, n, count) for n in range(1, count + 1)]
            step = SenseStep(count, title, prompt, names, self.stack)
            step.finished.connect(self.next)
            self.stack.addWidget(step)
            self.steps.append(step)
        self.done_page = self._done_page()
        self.stack.addWidget(self.done_page)

        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setAccessibleName(self.tr("Go back one step"))
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("primary")
        self.again_button = QPushButton(self.tr("Start &again"), self)
        self.again_button.setAccessibleName(self.tr("Start the exercise again"))
        for button in (self.back_button, self.next_button, self.again_button):
            button.setAutoDefault(False)
            button.setMinimumWidth(110)
        comfortable(self.back_button, self.next_button, self.again_button)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.again_button.clicked.connect(self.restart)
        self._show_step(0, focus=False)

    # -- navigation ----------------------------------------------------------------------

    @property
    def index(self) -> int:
        """0 to 4 for the senses, 5 for the closing word."""
        return self.stack.currentIndex()

    def next(self) -> None:
        if self.index < len(self.steps) - 1:
            self._show_step(self.index + 1)
        elif self.index == len(self.steps) - 1:
            for step in self.steps:  # finished: her words go at once, as the closing page says
                step.clear()
            self._show_step(len(self.steps))

    def back(self) -> None:
        if self.index > 0:
            self._show_step(self.index - 1)

    def restart(self) -> None:
        self.clear()
        self._show_step(0)

    def clear(self) -> None:
        """Forget every word typed here and go back to the first sense."""
        for step in self.steps:
            step.clear()
        self._show_step(0, focus=False)

    def focus_first(self) -> None:
        widget = self.stack.currentWidget()
        if isinstance(widget, SenseStep):
            widget.fields[0].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_step(self, index: int, *, focus: bool = True) -> None:
        self.stack.setCurrentIndex(index)
        last_sense = len(self.steps) - 1
        finished = index > last_sense
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(not finished)
        self.again_button.setVisible(finished)
        if index == last_sense:
            self.next_button.setText(self.tr("&Finish"))
            self.next_button.setAccessibleName(self.tr("Finish the exercise"))
        else:
            self.next_button.setText(self.tr("&Next"))
            self.next_button.setAccessibleName(self.tr("Go to the next step"))
        self.progress.setText(
            ""
            if finished
            else self.tr("Step {number} of {total}").format(number=index + 1, total=len(self.steps))
        )
        if focus:
            self.focus_first()

    # -- words -----------------------------------------------------------------------------

    def _done_page(self) -> QWidget:
        page = QWidget(self.stack)
        keys = QKeySequence("Ctrl+G").toString(QKeySequence.SequenceFormat.NativeText)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Here and now"), page, level=2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Take one more slow breath. Notice how you feel now, without judging it. "
                    "Whatever you typed is already gone."
                ),
                page,
            )
        )
        note = paragraph(
            self.tr("You can come back to this exercise at any time with {keys}.").format(
                keys=keys
            ),
            page,
        )
        note.setObjectName("muted")
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def _titles(self) -> list[str]:
        return [
            self.tr("Five things you can see"),
            self.tr("Four things you can touch"),
            self.tr("Three things you can hear"),
            self.tr("Two things you can smell"),
            self.tr("One thing you can taste"),
        ]

    def _prompts(self) -> list[str]:
        return [
            self.tr(
                "Look around slowly. Notice five things you can see: a colour, a shape, "
                "the light on a wall."
            ),
            self.tr(
                "Notice four things you can feel: your feet on the floor, the chair "
                "holding you, the air on your skin, the cloth of your sleeve."
            ),
            self.tr("Listen for three sounds, near or far. Your own breathing counts too."),
            self.tr(
                "Find two things you can smell. If nothing comes, bring to mind two "
                "smells you like."
            ),
            self.tr("Notice one thing you can taste, or take a sip of water and notice that."),
        ]

    def _field_name(self, sense: str, number: int, total: int) -> str:
        if sense == "see":
            text = self.tr("Something you can see, {number} of {total}")
        elif sense == "touch":
            text = self.tr("Something you can touch, {number} of {total}")
        elif sense == "hear":
            text = self.tr("Something you can hear, {number} of {total}")
        elif sense == "smell":
            text = self.tr("Something you can smell, {number} of {total}")
        else:
            text = self.tr("Something you can taste")
            return text
        return text.format(number=number, total=total)
