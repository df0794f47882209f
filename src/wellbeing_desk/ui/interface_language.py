"""The language the interface is in, for code that formats or picks text by language."""

from PySide6.QtCore import QLocale


def ui_language() -> str:
    """The interface language as Babel wants it (``es_ES``), English for the C locale."""
    name = QLocale().name()
    return "en" if name in ("C", "") else name
