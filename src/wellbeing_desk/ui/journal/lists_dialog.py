"""Her lists: the activities that help her and the warning signs she watches for.

Rename (F2 or the button), reorder (the buttons or Ctrl+Up/Down), hide or
show, add: each list is a ``CareListEditor``. Each change goes straight to the
vault through the worker; the dialog says ``lists_changed`` so the check-in
and the editor show it. Locking closes the dialog, which then empties itself
and is deleted.
"""

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

from wellbeing_desk.ui.widgets.care_list_dialog import CareListFrame, ListDialogWords
from wellbeing_desk.ui.widgets.care_list_editor import CareListEditor, ListNames
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.care_items import ACTIVITY, WARNING_SIGN


def care_list_names(list_name: str) -> ListNames:
    """What one of her journal lists calls its things.

    In the ``CareListEditor`` translation context, where these words have always been.
    """

    noun = (
        QCoreApplication.translate("CareListEditor", "activities")
        if list_name == ACTIVITY
        else QCoreApplication.translate("CareListEditor", "warning signs")
    )
    return ListNames(
        items=QCoreApplication.translate("CareListEditor", "Your {things}").format(things=noun),
        rename=QCoreApplication.translate("CareListEditor", "Rename the chosen item"),
        up=QCoreApplication.translate("CareListEditor", "Move the chosen item up"),
        down=QCoreApplication.translate("CareListEditor", "Move the chosen item down"),
        hide=QCoreApplication.translate("CareListEditor", "Hide the chosen item"),
        show=QCoreApplication.translate("CareListEditor", "Show the chosen item again"),
        placeholder=QCoreApplication.translate("CareListEditor", "A new name"),
        new_name=QCoreApplication.translate("CareListEditor", "Name of a new item"),
        add=QCoreApplication.translate("CareListEditor", "Add the new item"),
        hidden_tip=QCoreApplication.translate(
            "CareListEditor", "Hidden from the check-in and the editor"
        ),
    )


def care_list_editor(worker: DatabaseWorker, list_name: str, parent: QWidget) -> CareListEditor:
    editor = CareListEditor(worker, list_name, care_list_names(list_name), parent)
    editor.grid.setContentsMargins(12, 12, 12, 12)
    return editor


class CareListsDialog(QDialog):
    lists_changed = Signal()

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activities = care_list_editor(worker, ACTIVITY, self)
        self.signs = care_list_editor(worker, WARNING_SIGN, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Lists"))
        self.tabs.addTab(self.activities, self.tr("What helps me"))
        self.tabs.addTab(self.signs, self.tr("Warning signs"))
        words = ListDialogWords(
            title=self.tr("My lists"),
            intro=self.tr(
                "These are the choices in your check-in and your entries. Hiding an item "
                "keeps it in the entries that already have it."
            ),
            close_name=self.tr("Close my lists"),
        )
        lists = (self.activities, self.signs)
        frame = CareListFrame(self, words, (540, 480), self.tabs, lists, self.lists_changed)
        self.error = frame.error

    def editor(self, list_name: str) -> CareListEditor:
        return self.activities if list_name == ACTIVITY else self.signs
