"""What many people feel afterwards: common reactions after something hard, and when to get help.

A short page to read, offline, written from Psychological First Aid (WHO/IASC):
the reactions many people notice in the days and weeks after an incident,
that they are common and usually ease, what helps, and the signs that make
talking with someone trained worth it. It asks nothing about the event, gives
no score and keeps nothing.

Two buttons lead on, as their app-wide keys do: the grounding exercise
(Ctrl+G) and Reach someone now (Ctrl+R). The dialog only asks for them
(``grounding_requested``, ``reach_requested``); the main window answers
(``MainWindow.open_common_reactions``). Opened from the debrief start page,
the debrief step ``STEP_ID`` and Help (F1).
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.widgets.flow_layout import FlowLayout
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import heading, paragraph

STEP_ID = "common-reactions"  # the debrief step that offers this page (templates' step id)
SECTION_HEADING = 3  # headings inside the page: the app font, semi-bold
START_SIZE = (640, 560)  # fits a 900×600 screen; the words scroll below that


def bullets(parent: QWidget, *texts: str) -> QVBoxLayout:
    """A short list, its items closer together than paragraphs; read without the bullets."""
    items = QVBoxLayout()
    items.setSpacing(3)
    for text in texts:
        label = paragraph("•  " + text, parent)
        label.setAccessibleName(text)
        items.addWidget(label)
    return items


def reactions_button(parent: QWidget) -> QPushButton:
    """The way to this page from the debrief start page and from Help."""
    button = QPushButton(
        QCoreApplication.translate("CommonReactionsLink", "&What many people feel afterwards"),
        parent,
    )
    button.setAccessibleName(
        QCoreApplication.translate(
            "CommonReactionsLink",
            "Read what many people feel in the days and weeks after something hard",
        )
    )
    button.setAutoDefault(False)
    return button


def step_reactions_button(parent: QWidget) -> QPushButton:
    """The way to this page from the debrief step ``STEP_ID``; hidden until that step shows."""
    button = QPushButton(
        QCoreApplication.translate(
            "CommonReactionsLink", "Read: what many people feel &afterwards"
        ),
        parent,
    )
    button.setAccessibleName(
        QCoreApplication.translate(
            "CommonReactionsLink",
            "Read what many people feel in the days and weeks after something hard",
        )
    )
    button.setAutoDefault(False)
    button.setVisible(False)
    return button


def shows_reactions_link(step_id: str) -> bool:
    return step_id == STEP_ID


class CommonReactionsDialog(QDialog):
    grounding_requested = Signal()  # the breathing and grounding exercises
    reach_requested = Signal()  # Reach someone now: her people for an emergency

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("What many people feel afterwards")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(360)
        self.resize(*START_SIZE)

        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(8)
        column.addWidget(
            paragraph(
                self.tr(
                    "After something frightening or very hard, most people notice changes in "
                    "themselves in the days and weeks that follow. These are common reactions "
                    "to something that should not have happened. They do not mean that "
                    "something is wrong with you."
                ),
                page,
            )
        )
        column.addSpacing(6)
        column.addWidget(heading(self.tr("What many people notice"), page, SECTION_HEADING))
        column.addLayout(
            bullets(
                page,
                self.tr("Trouble sleeping, or waking often"),
                self.tr("Startling easily, or feeling on edge"),
                self.tr("Getting irritable or angry more quickly"),
                self.tr("Feeling numb, flat or far away"),
                self.tr("Feeling guilty, or blaming yourself"),
                self.tr("Feeling tired, even after rest"),
                self.tr("Trouble concentrating or remembering things"),
            )
        )
        column.addWidget(
            paragraph(
                self.tr(
                    "Not everyone feels all of these, and some people feel very little; that "
                    "is common too. For most people they ease little by little over the "
                    "following weeks. Some days will be harder than others."
                ),
                page,
            )
        )
        column.addSpacing(6)
        column.addWidget(heading(self.tr("What often helps"), page, SECTION_HEADING))
        column.addLayout(
            bullets(
                page,
                self.tr("Rest, even when sleep does not come easily"),
                self.tr("A simple routine: meals, water, a little movement"),
                self.tr("Time with people you trust. You do not have to talk about what happened."),
                self.tr(
                    "Grounding when it gets too much: slow breathing, or noticing what is "
                    "around you"
                ),
                self.tr("Breaks from the news and from work, and going easy on alcohol"),
            )
        )
        self.grounding_button = QPushButton(self.tr("&Breathe and ground"), page)
        self.grounding_button.setAccessibleName(self.tr("Breathe and ground"))
        self.grounding_button.setToolTip(self.tr("Breathing and grounding exercises (Ctrl+G)"))
        column.addLayout(self._row(self.grounding_button))

        column.addSpacing(6)
        column.addWidget(
            heading(self.tr("When talking with someone trained is worth it"), page, SECTION_HEADING)
        )
        column.addWidget(
            paragraph(
                self.tr(
                    "A counsellor, a doctor or another trained person you trust can help, "
                    "and asking for that is a way of looking after yourself. It is worth it if:"
                ),
                page,
            )
        )
        column.addLayout(
            bullets(
                page,
                self.tr("these reactions are still strong after a few weeks, or getting worse"),
                self.tr(
                    "you cannot work, or cannot look after yourself or the people who depend on you"
                ),
                self.tr("you are drinking or using more than usual to get through the day"),
            )
        )
        urgent = paragraph(
            self.tr(
                "If you are thinking about hurting yourself, please reach one of your people "
                "now, or a local crisis line."
            ),
            page,
        )
        font = urgent.font()
        font.setWeight(font.Weight.DemiBold)
        urgent.setFont(font)
        column.addWidget(urgent)
        self.reach_button = QPushButton(self.tr("&Reach someone now"), page)
        self.reach_button.setAccessibleName(self.tr("Reach someone now"))
        self.reach_button.setToolTip(self.tr("Your people for an emergency, then support (Ctrl+R)"))
        column.addLayout(self._row(self.reach_button))
        column.addStretch(1)

        # The words scroll, so the page fits a small screen; the buttons stay in reach.
        scroll = QScrollArea(self)
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(title)
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys and Page Down read on
        self.words = scroll
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(self.tr("Close this page"))
        comfortable(self.grounding_button, self.reach_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(title, self, level=2))
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.grounding_button.clicked.connect(self.grounding_requested)
        self.reach_button.clicked.connect(self.reach_requested)

    @staticmethod
    def _row(button: QPushButton) -> FlowLayout:
        button.setAutoDefault(False)
        row = FlowLayout(spacing=8)
        row.addWidget(button)
        return row

    def focus_first(self) -> None:
        """The words first: arrow keys scroll them, Tab reaches the buttons."""
        self.words.setFocus(Qt.FocusReason.OtherFocusReason)


def open_common_reactions(
    over: QWidget, grounding: Callable[[], object], reach: Callable[[], object]
) -> CommonReactionsDialog:
    """Open the page over ``over`` (a window or the dialog on top), or bring the open one up.

    ``grounding`` and ``reach`` answer its two buttons (wired once, when it is made).
    """
    for widget in over.window().findChildren(CommonReactionsDialog):
        if widget.isVisible():
            widget.raise_()
            widget.activateWindow()
            return widget
    dialog = CommonReactionsDialog(over)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.grounding_requested.connect(grounding)
    dialog.reach_requested.connect(reach)
    dialog.open()
    dialog.focus_first()
    return dialog
