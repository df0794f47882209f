"""How the sync review shows one thing she is asked about, and the choices it offers.

``VersionsPane``: the same thing was changed on two devices before they
synced, so both versions were kept; the two texts side by side and "Keep
this one", "Keep the other one", "Keep both". ``BroughtBackPane``: it was
deleted on one device while it was being changed on another, so it was kept;
its text and "Keep it", "Move to the trash". The panes only show and ask:
the dialog (``review_dialog``) reads and writes through the worker and hears
her decision from ``chosen``.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops.sync import Choice
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import heading, paragraph


def version_view(name: str, placeholder: str, parent: QWidget) -> QPlainTextEdit:
    """Her text, to read and select (by mouse or keys); Tab moves on instead of typing."""
    view = QPlainTextEdit(parent)
    view.setReadOnly(True)
    view.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    view.setTabChangesFocus(True)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    view.setAccessibleName(name)
    view.setPlaceholderText(placeholder)
    return view


def choice_button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setAutoDefault(False)  # Enter presses the focused button (enter_key.py)
    comfortable(button)
    return button


def buddy_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("fieldLabel")
    label.setWordWrap(True)  # two side by side in a narrow window, or in a longer language
    label.setBuddy(buddy)
    return label


def clear_view(view: QPlainTextEdit) -> None:
    """Empty, with nothing to bring back by undo (her words must not outlive a lock)."""
    view.clear()
    view.document().clearUndoRedoStacks()


class _ItemPane(QWidget):
    """What both panes share: the thing's title, what and when, and why she is asked."""

    chosen = Signal(object)  # the Choice she made

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("", self, 2)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # her words, never markup
        self.about = QLabel(self)
        self.about.setObjectName("muted")
        self.why = paragraph("", self)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(8)
        self.column.addWidget(self.title)
        self.column.addWidget(self.about)
        self.column.addWidget(self.why)

    def _say_why(self, why: str) -> None:
        self.why.setText(why)
        self.why.setAccessibleName(why)

    def show_item(self, title: str, about: str) -> None:
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.about.setText(about)
        self.about.setAccessibleName(about)

    def clear(self) -> None:
        self.show_item("", "")

    def set_deciding(self, deciding: bool) -> None:
        """While her decision is written, the choices wait (one click, one decision)."""
        for button in self.findChildren(QPushButton):
            button.setEnabled(not deciding)

    def first_choice(self) -> QPushButton:
        raise NotImplementedError

    def _choose(self, choice: Choice) -> None:
        self.chosen.emit(choice)


class VersionsPane(_ItemPane):
    """Two versions of one thing, side by side, and which to keep."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._say_why(
            self.tr(
                "This was changed on two of your devices before they synced, so both "
                "versions were kept. Nothing is lost. Which one do you want to keep?"
            )
        )
        nothing = self.tr("Nothing written here.")
        self.in_place = version_view(self.tr("The version in place now"), nothing, self)
        self.other = version_view(self.tr("The other version, kept as a copy"), nothing, self)
        self.keep_this = choice_button(
            self.tr("&Keep this one"),
            self.tr("Keep the version in place now; the other version goes to the trash"),
            self,
        )
        self.keep_other = choice_button(
            self.tr("Keep the &other one"),
            self.tr("Keep the other version: its text replaces the version in place now"),
            self,
        )
        self.keep_both = choice_button(
            self.tr("Keep &both"),
            self.tr("Keep both versions: the other one stays on its own, beside this one"),
            self,
        )
        columns = QGridLayout()
        columns.setHorizontalSpacing(14)
        columns.setVerticalSpacing(6)
        columns.addWidget(buddy_label(self.tr("The version in place &now"), self.in_place, self))
        columns.addWidget(
            buddy_label(self.tr("The other &version, kept as a copy"), self.other, self), 0, 1
        )
        columns.addWidget(self.in_place, 1, 0)
        columns.addWidget(self.other, 1, 1)
        columns.addWidget(self.keep_this, 2, 0, Qt.AlignmentFlag.AlignLeading)
        columns.addWidget(self.keep_other, 2, 1, Qt.AlignmentFlag.AlignLeading)
        columns.setRowStretch(1, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        hint = paragraph(
            self.tr(
                "Either way nothing is lost: “Keep this one” moves the other version to the "
                "trash, and “Keep the other one” puts its text in place of this one and moves "
                "this one's text to the trash. You can restore from the trash."
            ),
            self,
        )
        hint.setObjectName("muted")
        both_row = QHBoxLayout()
        both_row.addWidget(self.keep_both)
        both_row.addStretch(1)
        self.column.addLayout(columns, 1)
        self.column.addWidget(hint)
        self.column.addLayout(both_row)

        self.keep_this.clicked.connect(self._keep_this)
        self.keep_other.clicked.connect(self._keep_other)
        self.keep_both.clicked.connect(self._keep_both)
        QWidget.setTabOrder(self.in_place, self.keep_this)
        QWidget.setTabOrder(self.keep_this, self.other)
        QWidget.setTabOrder(self.other, self.keep_other)
        QWidget.setTabOrder(self.keep_other, self.keep_both)

    def show_texts(self, in_place: str, other: str) -> None:
        self.in_place.setPlainText(in_place)
        self.other.setPlainText(other)
        for view in (self.in_place, self.other):
            view.document().clearUndoRedoStacks()

    def clear(self) -> None:
        super().clear()
        clear_view(self.in_place)
        clear_view(self.other)

    def first_choice(self) -> QPushButton:
        return self.keep_this

    def _keep_this(self) -> None:
        self._choose(Choice.KEEP_RECORD)

    def _keep_other(self) -> None:
        self._choose(Choice.KEEP_COPY)

    def _keep_both(self) -> None:
        self._choose(Choice.KEEP_BOTH)


class BroughtBackPane(_ItemPane):
    """Something deleted on one device while it was changed on another: keep it or not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._say_why(
            self.tr(
                "This was deleted on one of your devices while it was being changed on "
                "another, so it was kept. Keep it, or move it to the trash? From the trash "
                "you can still restore it."
            )
        )
        self.text = version_view(self.tr("What it says"), self.tr("Nothing written here."), self)
        self.keep = choice_button(self.tr("Keep &it"), self.tr("Keep it"), self)
        self.remove = choice_button(
            self.tr("&Move to the trash"),
            self.tr("Move it to the trash, where you can still restore it"),
            self,
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.keep)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        self.column.addWidget(buddy_label(self.tr("What it &says"), self.text, self))
        self.column.addWidget(self.text, 1)
        self.column.addLayout(buttons)
        self.keep.clicked.connect(self._keep)
        self.remove.clicked.connect(self._remove)
        QWidget.setTabOrder(self.text, self.keep)
        QWidget.setTabOrder(self.keep, self.remove)

    def show_text(self, text: str) -> None:
        self.text.setPlainText(text)
        self.text.document().clearUndoRedoStacks()

    def clear(self) -> None:
        super().clear()
        clear_view(self.text)

    def first_choice(self) -> QPushButton:
        return self.keep

    def _keep(self) -> None:
        self._choose(Choice.KEEP_BOTH)

    def _remove(self) -> None:
        self._choose(Choice.REMOVE)
