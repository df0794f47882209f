"""What the directory's stored keys are called in the interface language.

Kinds, categories, contact types, costs and "experienced" answers are
translated here (context ``DirectoryNames``); languages and regions are named
by Babel/CLDR in the interface language (``QLocale().name()``), so "es" reads
"Spanish" in English and "español" in Spanish.
"""

from functools import cache

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QCoreApplication, QLocale

from wellbeing_desk.vault.directory_types import WORLDWIDE


def _tr(text: str) -> str:
    return QCoreApplication.translate("DirectoryNames", text)


def kind_names() -> dict[str, str]:
    return {
        "person": _tr("Person"),
        "organisation": _tr("Organisation"),
        "hotline": _tr("Hotline"),
        "resource": _tr("Resource"),
    }


def category_names() -> dict[str, str]:
    return {
        "counselling": _tr("Counselling"),
        "trauma_care": _tr("Trauma care"),
        "legal_support": _tr("Legal support"),
        "digital_security": _tr("Digital security"),
        "physical_protection": _tr("Physical protection"),
        "medical": _tr("Medical care"),
        "relocation": _tr("Temporary relocation"),
        "funding": _tr("Emergency funding"),
        "peer_support": _tr("Peer support"),
        "retreats": _tr("Rest and retreats"),
        "self_care": _tr("Self-care"),
    }


def contact_type_names() -> dict[str, str]:
    return {
        "phone": _tr("Phone"),
        "mobile": _tr("Mobile"),
        "signal": _tr("Signal"),
        "whatsapp": _tr("WhatsApp"),
        "email": _tr("Email"),
        "website": _tr("Website"),
        "postal": _tr("Postal address"),
    }


def cost_names() -> dict[str, str]:
    return {
        "unknown": _tr("Not known"),
        "free": _tr("Free"),
        "sliding_scale": _tr("Sliding scale"),
        "paid": _tr("Paid"),
    }


def experience_names() -> dict[str, str]:
    return {"unknown": _tr("Not known"), "yes": _tr("Yes"), "no": _tr("No")}


def ui_language() -> str:
    """The interface language as Babel wants it (``es_ES``), English for the C locale."""
    name = QLocale().name()
    return "en" if name in ("C", "") else name


@cache
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def language_name(tag: str, language: str | None = None) -> str:
    """``pt-BR`` → "Portuguese (Brazil)" / "portugués (Brasil)"; the tag if CLDR has no name."""
    locale = _locale(language or ui_language())
    try:
        name = Locale.parse(tag, sep="-").get_display_name(locale)
    except (UnknownLocaleError, ValueError, TypeError):
        name = None
    if not name:
        name = locale.languages.get(tag.split("-", maxsplit=1)[0])
    return _capitalised(name) if name else tag


def region_name(code: str, language: str | None = None) -> str:
    """``MX`` → "Mexico" / "México"; ``worldwide`` → "Worldwide" (translated)."""
    if code == WORLDWIDE:
        return _tr("Worldwide")
    name = _locale(language or ui_language()).territories.get(code)
    return str(name) if name else code


def _capitalised(name: str) -> str:
    # CLDR writes Spanish language names in lower case; in a list they start a line.
    return name[:1].upper() + name[1:]
