"""What the Directory list says in place of rows: why there are none, and what helps.

The words stay the Directory page's (its translation context), so moving
them here kept their Spanish; ``ops.directory.empty_list`` decides which.
(The counts under the list stay in the page: lupdate reads plurals only
from ``self.tr``.)
"""

from PySide6.QtCore import QCoreApplication

from wellbeing_desk.ops.directory import EmptyList


def empty_text(why: EmptyList) -> str:
    if why is EmptyList.NO_SUPPORT_YET:
        return QCoreApplication.translate(
            "DirectoryPage",
            "You have not added a counsellor or helpline you trust yet. Add one in your "
            "language, so it is here offline when you need it.",
        )
    if why is EmptyList.NOTHING_MATCHES:
        return QCoreApplication.translate(
            "DirectoryPage", "Nothing matches. Try other words, or clear the filters."
        )
    return QCoreApplication.translate(
        "DirectoryPage",
        "Your directory is empty. Add the people and organisations you can turn to "
        "with “New entry”.",
    )
