"""Merging an imported entry into hers: her values kept, contacts and places joined."""

from datetime import date

import pytest

from wellbeing_desk.vault.directory_merge import contact_key, merge_entries
from wellbeing_desk.vault.directory_types import (
    ContactMethod,
    DirectoryEntryInput,
    DirectoryValueError,
)

HERS = DirectoryEntryInput(
    name="Psicóloga Ana Ruiz",
    kind="person",
    organisation="Consultorio Ruiz",
    categories=("counselling",),
    languages=("es",),
    regions=("MX",),
    contacts=(
        ContactMethod("phone", "+52 55 1234 5678", "office"),
        ContactMethod("email", "Ana@Example.org"),
    ),
    cost="sliding_scale",
    notes="Recommended by Lucía.",
    favourite=True,
)
THEIRS = DirectoryEntryInput(
    name="PSICOLOGA ana ruiz",
    kind="organisation",
    organisation="Another name",
    description="Counselling for activists.",
    categories=("trauma_care", "counselling"),
    languages=("en", "ES"),
    regions=("mx", "GT"),
    contacts=(
        ContactMethod("phone", "+525512345678", "imported"),
        ContactMethod("email", "ana@example.org"),
        ContactMethod("mobile", "+52 55 9999 0000"),
    ),
    cost="free",
    hours="Mon–Fri",
    last_checked=date(2026, 1, 5),
    notes="From the network's list.",
    source="imported",
)


def test_her_values_are_kept_and_only_empty_ones_filled() -> None:
    merged = merge_entries(HERS, THEIRS)
    assert merged.name == "Psicóloga Ana Ruiz"
    assert merged.kind == "person"
    assert merged.organisation == "Consultorio Ruiz"
    assert merged.cost == "sliding_scale"
    assert merged.favourite and merged.source == "mine"
    assert merged.description == "Counselling for activists."  # hers was empty
    assert merged.hours == "Mon–Fri"
    assert merged.last_checked == date(2026, 1, 5)


def test_unknown_counts_as_empty() -> None:
    merged = merge_entries(
        DirectoryEntryInput(name="A"), DirectoryEntryInput(name="A", cost="free")
    )
    assert merged.cost == "free"
    kept = merge_entries(DirectoryEntryInput(name="A", cost="paid"), DirectoryEntryInput(name="A"))
    assert kept.cost == "paid"


def test_contacts_are_joined_ignoring_formatting() -> None:
    merged = merge_entries(HERS, THEIRS)
    assert merged.contacts == (
        ContactMethod("phone", "+52 55 1234 5678", "office"),  # hers, with her label
        ContactMethod("email", "Ana@Example.org"),
        ContactMethod("mobile", "+52 55 9999 0000"),  # the only new one
    )


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("phone", "+52 55 1234 5678"), ("phone", "+525512345678"), True),
        (("whatsapp", "(55) 1234-5678"), ("whatsapp", "55.1234.5678"), True),
        (("email", " Ana@Example.ORG "), ("email", "ana@example.org"), True),
        (("phone", "+52 55 1234 5678"), ("mobile", "+52 55 1234 5678"), False),  # by type too
        (("signal", "@name.01"), ("signal", "@other.01"), False),  # usernames, not numbers
        (("website", "https://a.org"), ("website", "https://b.org"), False),
    ],
)
def test_contact_keys(a: tuple[str, str], b: tuple[str, str], same: bool) -> None:
    assert (contact_key(ContactMethod(*a)) == contact_key(ContactMethod(*b))) is same


def test_categories_languages_and_regions_are_unions() -> None:
    merged = merge_entries(HERS, THEIRS)
    assert merged.categories == ("counselling", "trauma_care")
    assert merged.languages == ("es", "en")
    assert merged.regions == ("MX", "GT")


def test_notes_are_appended_after_a_blank_line_once() -> None:
    merged = merge_entries(HERS, THEIRS)
    assert merged.notes == "Recommended by Lucía.\n\nFrom the network's list."
    assert merge_entries(merged, THEIRS).notes == merged.notes  # merging again adds nothing
    assert merge_entries(HERS, DirectoryEntryInput(name="x", notes="  ")).notes == HERS.notes
    no_notes = DirectoryEntryInput(name="A")
    assert merge_entries(no_notes, THEIRS).notes == "From the network's list."


def test_same_entry_merges_to_itself() -> None:
    assert merge_entries(HERS, HERS) == HERS.validate()


def test_a_bad_incoming_entry_is_refused() -> None:
    with pytest.raises(DirectoryValueError):
        merge_entries(HERS, DirectoryEntryInput(name="x", regions=("Not a country",)))
