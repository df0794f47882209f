"""Asking before a copy of her entry goes to a team: which team, and what that means.

The question always names the team (the one chosen in "Team", when she is
in several): everyone in it will see the copy and can change it, it goes at
the team's next sync, her own entry stays as it is and her notes are not
shared. "Share a copy" must be pressed on purpose: Cancel is the default
button and has the focus, so an Enter pressed by accident shares nothing.
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops.team_directory import ShareTarget
from wellbeing_desk.ui.widgets.bidi import her_words
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import paragraph


class ShareWithTeamDialog(QDialog):
    """``chosen_space()`` once accepted; rejected by Cancel, Escape, Enter or a lock."""

    def __init__(self, entry_name: str, targets: Sequence[ShareTarget], parent: QWidget) -> None:
        super().__init__(parent)
        if not targets:
            raise ValueError("no team to share with")
        self._entry_name = entry_name
        self._targets = list(targets)
        title = self.tr("Share with a team")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(420)

        self.team_label = QLabel(self.tr("&Team:"), self)
        self.team_box = QComboBox(self)
        self.team_box.setAccessibleName(self.tr("The team to share a copy with"))
        for target in self._targets:
            self.team_box.addItem(target.team, target.space)
        self.team_label.setBuddy(self.team_box)
        several = len(self._targets) > 1
        self.team_label.setVisible(several)
        self.team_box.setVisible(several)
        self.question = paragraph("", self)
        self.question.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QDialogButtonBox(self)
        self.share_button = QPushButton(self.tr("&Share a copy"), self)
        self.share_button.setAutoDefault(False)  # only a deliberate press shares
        buttons.addButton(self.share_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel: share nothing"))
        self.cancel_button.setDefault(True)
        comfortable(self.share_button, self.cancel_button)
        self.share_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.team_box.currentIndexChanged.connect(lambda _: self._say_which())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(self.team_label)
        layout.addWidget(self.team_box)
        layout.addWidget(self.question)
        layout.addWidget(buttons)
        self._say_which()
        (self.team_box if several else self.cancel_button).setFocus()
        layout.activate()  # size limits settled before the native window exists

    def chosen(self) -> ShareTarget:
        return self._targets[max(0, self.team_box.currentIndex())]

    def chosen_space(self) -> str:
        return self.chosen().space

    def _say_which(self) -> None:
        team = self.chosen().team
        text = self.tr(
            "Share a copy of “{entry}” with the team “{team}”? Everyone in the team will see "
            "it and can change it; it goes at the team's next sync. Your own entry stays as "
            "it is, and your notes on it are not shared."
        ).format(entry=her_words(self._entry_name), team=her_words(team))
        self.question.setText(text)
        self.question.setAccessibleName(text)
        self.share_button.setAccessibleName(
            self.tr("Share a copy with the team “{team}”").format(team=her_words(team))
        )
