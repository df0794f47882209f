"""What the directory's stored keys are called in the interface language.

Kinds, categories, contact types, costs and "experienced" answers are
translated here (context ``DirectoryNames``); languages and regions are named
by Babel/CLDR in the interface language (``QLocale().name()``), so "es" reads
"Spanish" in English and "español" in Spanish.
"""

from functools import cache

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QCoreApplication

from wellbeing_desk.directory.starter import StarterDirectory, load_starter, shipped_contact
from wellbeing_desk.ui.interface_language import ui_language
from wellbeing_desk.vault.directory import DirectoryEntry
from wellbeing_desk.vault.directory_types import WORLDWIDE, ContactMethod


def kind_names() -> dict[str, str]:
    return {
        "person": QCoreApplication.translate("DirectoryNames", "Person"),
        "organisation": QCoreApplication.translate("DirectoryNames", "Organisation"),
        "hotline": QCoreApplication.translate("DirectoryNames", "Hotline"),
        "resource": QCoreApplication.translate("DirectoryNames", "Resource"),
    }


def category_names() -> dict[str, str]:
    return {
        "counselling": QCoreApplication.translate("DirectoryNames", "Counselling"),
        "trauma_care": QCoreApplication.translate("DirectoryNames", "Trauma care"),
        "legal_support": QCoreApplication.translate("DirectoryNames", "Legal support"),
        "digital_security": QCoreApplication.translate("DirectoryNames", "Digital security"),
        "physical_protection": QCoreApplication.translate("DirectoryNames", "Physical protection"),
        "medical": QCoreApplication.translate("DirectoryNames", "Medical care"),
        "relocation": QCoreApplication.translate("DirectoryNames", "Temporary relocation"),
        "funding": QCoreApplication.translate("DirectoryNames", "Emergency funding"),
        "peer_support": QCoreApplication.translate("DirectoryNames", "Peer support"),
        "retreats": QCoreApplication.translate("DirectoryNames", "Rest and retreats"),
        "self_care": QCoreApplication.translate("DirectoryNames", "Self-care"),
    }


def contact_type_names() -> dict[str, str]:
    return {
        "phone": QCoreApplication.translate("DirectoryNames", "Phone"),
        "mobile": QCoreApplication.translate("DirectoryNames", "Mobile"),
        "signal": QCoreApplication.translate("DirectoryNames", "Signal"),
        "whatsapp": QCoreApplication.translate("DirectoryNames", "WhatsApp"),
        "telegram": QCoreApplication.translate("DirectoryNames", "Telegram"),
        "xmpp": QCoreApplication.translate("DirectoryNames", "XMPP (Jabber)"),
        "email": QCoreApplication.translate("DirectoryNames", "Email"),
        "website": QCoreApplication.translate("DirectoryNames", "Website"),
        "postal": QCoreApplication.translate("DirectoryNames", "Postal address"),
    }


def contact_label_name(label: str) -> str:
    """A contact's label as shown: "work", "Work" or Apple's "_$!<Work>!$_" read "Work"/"Trabajo".

    Labels come from address books (vCard types, Apple and Google labels); the
    ones they share are translated, any other label she wrote is shown as it is.
    """
    plain = label.strip()
    if plain.startswith("_$!<") and plain.endswith(">!$_"):
        plain = plain[4:-4]
    key = " ".join(plain.replace("_", " ").casefold().split())
    return _contact_labels().get(key, plain)


def _contact_labels() -> dict[str, str]:
    work = QCoreApplication.translate("DirectoryNames", "Work")
    home = QCoreApplication.translate("DirectoryNames", "Home")
    mobile = QCoreApplication.translate("DirectoryNames", "Mobile")
    main = QCoreApplication.translate("DirectoryNames", "Main")
    website = QCoreApplication.translate("DirectoryNames", "Website")
    return {
        "work": work,
        "business": work,
        "home": home,
        "personal": home,
        "cell": mobile,
        "mobile": mobile,
        "iphone": "iPhone",
        "main": main,
        "voice": QCoreApplication.translate("DirectoryNames", "Voice"),
        "fax": QCoreApplication.translate("DirectoryNames", "Fax"),
        "work fax": QCoreApplication.translate("DirectoryNames", "Work fax"),
        "workfax": QCoreApplication.translate("DirectoryNames", "Work fax"),
        "home fax": QCoreApplication.translate("DirectoryNames", "Home fax"),
        "homefax": QCoreApplication.translate("DirectoryNames", "Home fax"),
        "other fax": QCoreApplication.translate("DirectoryNames", "Other fax"),
        "otherfax": QCoreApplication.translate("DirectoryNames", "Other fax"),
        "pager": QCoreApplication.translate("DirectoryNames", "Pager"),
        "other": QCoreApplication.translate("DirectoryNames", "Other"),
        "school": QCoreApplication.translate("DirectoryNames", "School"),
        "homepage": website,
        "home page": website,
        "profile": QCoreApplication.translate("DirectoryNames", "Profile"),
        "blog": QCoreApplication.translate("DirectoryNames", "Blog"),
        "car": QCoreApplication.translate("DirectoryNames", "Car"),
        "assistant": QCoreApplication.translate("DirectoryNames", "Assistant"),
        "callback": QCoreApplication.translate("DirectoryNames", "Callback"),
    }


def cost_names() -> dict[str, str]:
    return {
        "unknown": QCoreApplication.translate("DirectoryNames", "Not known"),
        "free": QCoreApplication.translate("DirectoryNames", "Free"),
        "sliding_scale": QCoreApplication.translate("DirectoryNames", "Sliding scale"),
        "paid": QCoreApplication.translate("DirectoryNames", "Paid"),
    }


def experience_names() -> dict[str, str]:
    return {
        "unknown": QCoreApplication.translate("DirectoryNames", "Not known"),
        "yes": QCoreApplication.translate("DirectoryNames", "Yes"),
        "no": QCoreApplication.translate("DirectoryNames", "No"),
    }


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
        return QCoreApplication.translate("DirectoryNames", "Worldwide")
    name = _locale(language or ui_language()).territories.get(code)
    return str(name) if name else code


def _capitalised(name: str) -> str:
    # CLDR writes Spanish language names in lower case; in a list they start a line.
    return name[:1].upper() + name[1:]


@cache
def _starter() -> StarterDirectory | None:
    try:
        return load_starter()
    except ValueError:  # a broken shipped file must not break the page (a test guards it)
        return None


def shown_text(found: DirectoryEntry, field: str) -> str:
    """A field as shown: starter text in the interface language, unless she edited it."""
    value = str(getattr(found.entry, field))
    key = found.entry.starter_key
    if found.entry.source != "starter" or not key or field in found.edited_fields:
        return value
    starter = _starter()
    try:
        return starter.text(key, field, ui_language()) if starter else value
    except KeyError:
        return value


def shown_contact_label(found: DirectoryEntry, contact: ContactMethod) -> str:
    """A contact's label in her language: a shipped starter label she did not change in
    the interface language, a label address books share ("work", "cell") as its name."""
    shipped = shipped_contact(found, contact)
    if shipped is not None and shipped.contact.label == contact.label:
        return shipped.label(ui_language())
    return contact_label_name(contact.label)
