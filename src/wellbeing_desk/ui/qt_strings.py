"""Words of Qt's own dialogs that Qt's Spanish catalogue does not have.

PySide6 ships ``qtbase_es.qm``, loaded beside the app's translation
(``application.install_translators``), but it was made before Qt's file
dialog gave its labels keyboard mnemonics: "&Look in:" and "Files of &type:"
are missing from it and would show in English. They are listed here under
Qt's own context, so lupdate puts them in the app's .ts and the app's .qm
answers for them; Qt's catalogue, searched first, wins where it has a word.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MISSING_FROM_QTBASE: tuple[tuple[str, str], ...] = (
    ("QFileDialog", str(QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"))),
    ("QFileDialog", str(QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))),
)
