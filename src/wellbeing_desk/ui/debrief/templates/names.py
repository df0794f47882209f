"""Names shared by the template screens: her language, and the step kinds in words."""

from PySide6.QtCore import QCoreApplication, QLocale

from wellbeing_desk.debrief.templates import STEP_KINDS, Template, Text
from wellbeing_desk.languages import interface_language


def template_language() -> str:
    """The language the interface speaks ("en", "fr", …), for reading and writing template text.

    ``install_translators`` sets ``QLocale``'s default to the interface's
    locale (the system's, or the one chosen in Settings); a locale the app has
    no translation for shows English, so its text is English too.
    """
    return interface_language(QLocale().name())


def display_text(value: Text | None, language: str | None = None) -> str:
    return "" if value is None else value.get(language or template_language())


def template_title(template: Template, language: str | None = None) -> str:
    return display_text(template.title, language)


def kind_names() -> dict[str, str]:
    """Every step kind, in the order of ``STEP_KINDS``, named in her language."""
    names = {
        "text": QCoreApplication.translate("TemplateNames", "Free text"),
        "rating": QCoreApplication.translate("TemplateNames", "Rating from 0 to 10"),
        "checklist": QCoreApplication.translate("TemplateNames", "Checklist (tick any)"),
        "choice": QCoreApplication.translate("TemplateNames", "Single choice (pick one)"),
        "contacts": QCoreApplication.translate("TemplateNames", "People to reach"),
        "actions": QCoreApplication.translate("TemplateNames", "Follow-up actions with dates"),
    }
    return {kind: names[kind] for kind in STEP_KINDS}


def language_names() -> dict[str, str]:
    """Each interface language named in her language ("French", "francés"), for template text."""
    return {
        "en": QCoreApplication.translate("TemplateNames", "English"),
        "es": QCoreApplication.translate("TemplateNames", "Spanish"),
        "fr": QCoreApplication.translate("TemplateNames", "French"),
        "pt": QCoreApplication.translate("TemplateNames", "Portuguese"),
        "ar": QCoreApplication.translate("TemplateNames", "Arabic"),
    }
