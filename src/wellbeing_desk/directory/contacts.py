"""What a contact method opens, and how the form's lists become record values. Qt-free."""

from wellbeing_desk.vault.directory_types import ContactMethod

# Contact types the detail offers to open (asking first: a network action).
OPENABLE = ("email", "website")


def contact_url(contact: ContactMethod) -> str:
    """The address a website or e-mail contact opens (``mailto:`` for e-mail)."""
    value = contact.value.strip()
    if contact.type == "email":
        return value if value.lower().startswith("mailto:") else f"mailto:{value}"
    if "://" not in value:
        return f"https://{value}"
    return value


def split_list(text: str) -> tuple[str, ...]:
    """ "es, en pt-BR" → ("en", "es", "pt-BR"): commas or spaces, sorted as the vault reads."""
    return tuple(sorted(dict.fromkeys(part for part in text.replace(",", " ").split() if part)))
