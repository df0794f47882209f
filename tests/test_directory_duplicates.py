"""Likely duplicates: the same name (case and accents aside) and a shared phone or e-mail."""

from wellbeing_desk.directory.duplicates import (
    Duplicate,
    contact_keys,
    find_duplicates,
    name_key,
)
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput


def entry(name: str, *contacts: tuple[str, str]) -> DirectoryEntryInput:
    return DirectoryEntryInput(name=name, contacts=tuple(ContactMethod(t, v) for t, v in contacts))


EXISTING = [
    ("a", entry("Psicóloga Ana Ruiz", ("phone", "+52 55 1234 5678"), ("email", "ana@example.org"))),
    ("b", entry("Legal Aid Dublin", ("phone", "+353 1 555 0100"))),
]


def test_name_key_ignores_case_accents_and_spacing() -> None:
    assert name_key("  PSICÓLOGA   Ana  Ruiz ") == "psicologa ana ruiz"
    assert name_key("Łódź") != name_key("Lodz")  # Ł is not an accented L in Unicode


def test_contact_keys_compare_phone_digits_and_email_case() -> None:
    keys = contact_keys(
        entry("X", ("mobile", "(555) 123-456"), ("email", " Ana@Example.ORG "), ("phone", "112"))
    )
    assert keys == {"tel:555123456", "mail:ana@example.org"}  # a short code is not matched


def test_same_name_and_shared_phone_or_email_is_a_duplicate() -> None:
    incoming = [
        entry("psicologa ana RUIZ", ("whatsapp", "+525512345678")),
        entry("Legal Aid Dublin", ("email", "x@example.org")),  # same name, nothing shared
        entry("Someone Else", ("email", "ANA@example.org")),  # shared e-mail, other name
        entry("Legal aid dublin", ("phone", "+353 1 555 0100"), ("phone", "+353 1 555 0100")),
    ]
    assert find_duplicates(incoming, EXISTING) == [
        Duplicate(0, "a", "Psicóloga Ana Ruiz"),
        Duplicate(3, "b", "Legal Aid Dublin"),
    ]


def test_nothing_to_compare_finds_nothing() -> None:
    assert find_duplicates([], EXISTING) == []
    assert find_duplicates([entry("Legal Aid Dublin")], EXISTING) == []
    assert find_duplicates([entry("Legal Aid Dublin", ("phone", "+353 1 555 0100"))], []) == []
