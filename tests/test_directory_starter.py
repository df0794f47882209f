"""The starter directory file: loads, validates, and ships only checked contact details.

Every contact value must appear in the shared facts file. It sits beside the
clone (``<repo>/../shared/data/starter-directory-facts.md``, as CI lays it
out; ``WELLBEING_DESK_FACTS`` may name another path). Without it the check is
skipped on a developer's machine, but CI (``CI`` set) fails: a crisis
directory must not ship a number nobody checked against its source.
"""

import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from wellbeing_desk import paths
from wellbeing_desk.directory.starter import (
    EmergencyLine,
    contact_problem,
    default_path,
    load_starter,
    public_emergency_lines,
    seen_text,
    source_host,
)
from wellbeing_desk.vault.directory_types import ContactMethod

REPO = Path(__file__).resolve().parents[1]
FACTS_ENV = "WELLBEING_DESK_FACTS"
FLD_LINE = "+353 1 21 00 489"
ACCESS_NOW_EMAIL = "help@accessnow.org"


def facts_path(environ: Mapping[str, str]) -> Path:
    """``$WELLBEING_DESK_FACTS``, else the shared folder beside the clone."""
    override = environ.get(FACTS_ENV, "").strip()
    if override:
        return Path(override)
    return REPO.parent / "shared" / "data" / "starter-directory-facts.md"


def in_ci(environ: Mapping[str, str]) -> bool:
    return environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def read_facts(environ: Mapping[str, str]) -> str:
    """The facts file's text. Missing: a failure in CI, a skip elsewhere."""
    path = facts_path(environ)
    if path.is_file():
        return path.read_text(encoding="utf-8")
    message = f"the starter-directory facts file is not at {path} (or set {FACTS_ENV})"
    if in_ci(environ):
        pytest.fail(f"{message}; CI must check every starter contact against it")
    pytest.skip(message)


def _squash(text: str) -> str:
    return "".join(text.split()).casefold()


def _phone_digits(text: str) -> str:
    """+353 (0) 1 21 00 489 and +353 1 210 0489 both become 353121000489."""
    return re.sub(r"\D", "", text.replace("(0)", ""))


def test_the_file_loads_and_every_entry_validates() -> None:
    starter = load_starter()
    assert default_path().is_file()
    assert len(starter.entries) >= 10
    for item in starter.entries:
        assert item.entry.source == "starter"
        assert item.entry.starter_key == item.key
        assert item.entry.description == item.text("description", "en")


def test_every_entry_has_sources_and_evidence() -> None:
    for item in load_starter().entries:
        assert item.source_urls, item.key
        assert item.evidence.strip(), item.key


def test_keys_are_unique() -> None:
    keys = [item.key for item in load_starter().entries]
    assert len(keys) == len(set(keys))


def test_descriptions_exist_in_english_and_spanish_and_differ() -> None:
    for item in load_starter().entries:
        english = item.texts["description"].get("en", "")
        spanish = item.texts["description"].get("es", "")
        assert english and spanish, item.key
        assert english != spanish, item.key
        for field, values in item.texts.items():
            assert values.get("es"), f"{item.key}: {field} has no Spanish text"


def test_text_falls_back_to_english() -> None:
    starter = load_starter()
    key = starter.entries[0].key
    english = starter.text(key, "description", "en")
    assert starter.text(key, "description", "de") == english  # a language the file lacks
    assert starter.text(key, "description", "es-MX") == starter.text(key, "description", "es")
    assert starter.text(key, "no_such_field", "es") == ""


def test_every_contact_value_appears_in_the_facts_file() -> None:
    text = read_facts(os.environ)
    facts = _squash(text)
    phones = {_phone_digits(found) for found in re.findall(r"\+[0-9][0-9 ()]*[0-9]", text)}
    missing = [
        f"{item.key}: {contact.value}"
        for item in load_starter().entries
        for contact in item.entry.contacts
        if not (
            _phone_digits(contact.value) in phones
            if contact.type in ("phone", "mobile", "whatsapp", "signal")
            and contact.value.startswith("+")
            else _squash(contact.value) in facts
        )
    ]
    assert missing == []


def test_the_facts_file_is_required_in_ci(tmp_path: Path) -> None:
    missing = {FACTS_ENV: str(tmp_path / "nowhere.md")}
    with pytest.raises(pytest.fail.Exception, match="CI must check"):
        read_facts({**missing, "CI": "true"})
    with pytest.raises(pytest.skip.Exception):
        read_facts(missing)
    with pytest.raises(pytest.skip.Exception):
        read_facts({**missing, "CI": "false"})
    present = tmp_path / "facts.md"
    present.write_text("+353 (0) 1 21 00 489", encoding="utf-8")
    assert read_facts({FACTS_ENV: str(present), "CI": "true"}) == "+353 (0) 1 21 00 489"


def test_the_facts_file_is_looked_for_beside_the_clone() -> None:
    expected = REPO.parent / "shared" / "data" / "starter-directory-facts.md"
    assert facts_path({}) == expected
    assert facts_path({FACTS_ENV: "/elsewhere/facts.md"}) == Path("/elsewhere/facts.md")
    assert in_ci({"CI": "true"}) and in_ci({"CI": "1"})
    assert not in_ci({}) and not in_ci({"CI": ""})


def test_the_two_verified_emergency_contacts_ship_with_their_sources() -> None:
    starter = load_starter()
    fld = starter.get("front-line-defenders")
    (phone,) = [c for c in fld.contacts if c.contact.type == "phone"]
    assert phone.contact.value == FLD_LINE
    assert phone.emergency and phone.hours == "24/7"
    assert phone.source_url == "https://protectdefenders.eu/en/supporting-defenders.html"
    assert phone.source == "protectdefenders.eu" and phone.seen == "2020-02"
    assert set(phone.languages) == {"ar", "en", "fr", "ru", "es"}
    assert phone.label("en") and phone.label("es") != phone.label("en")

    access_now = starter.get("access-now-helpline")
    (email,) = [c for c in access_now.contacts if c.contact.type == "email"]
    assert email.contact.value == ACCESS_NOW_EMAIL
    assert email.emergency and email.hours == "24/7"
    assert email.source_url == "https://www.accessnow.org/help/helpline-faq/"
    assert email.seen == "2020-07-28"
    assert email.languages == ()  # not confirmed: never claimed

    # No longer listed as withheld, and no safety note says the number is missing.
    excluded = " ".join(name for name, _ in starter.excluded)
    assert "emergency phone line" not in excluded and "email address" not in excluded
    for item in (fld, access_now):
        assert "not listed here" not in item.text("safety_notes", "en")


def test_the_look_alike_access_now_domain_never_ships() -> None:
    text = default_path().read_text(encoding="utf-8").casefold()
    assert "accesssnow" not in text
    assert ACCESS_NOW_EMAIL in text


def test_public_emergency_lines_are_the_two_24_7_lines() -> None:
    english = public_emergency_lines("en")
    assert [(line.key, line.contact_type, line.value) for line in english] == [
        ("front-line-defenders", "phone", FLD_LINE),
        ("access-now-helpline", "email", ACCESS_NOW_EMAIL),
    ]
    fld, access_now = english
    assert isinstance(fld, EmergencyLine)
    assert fld.name == "Front Line Defenders"
    assert fld.hours == "24/7"
    assert (fld.source, fld.seen_on, fld.seen) == (
        "protectdefenders.eu",
        "2020-02",
        "February 2020",
    )
    assert fld.label == "24/7 emergency line"
    assert fld.contacts == (ContactMethod("phone", FLD_LINE, "24/7 emergency line"),)
    assert (access_now.source, access_now.seen) == ("accessnow.org", "July 28, 2020")

    spanish = public_emergency_lines("es_MX")
    assert spanish[0].label == "Línea de emergencia 24/7"
    assert spanish[0].seen == "febrero de 2020"
    assert spanish[1].seen == "28 de julio de 2020"
    assert [line.value for line in public_emergency_lines("fr")] == [FLD_LINE, ACCESS_NOW_EMAIL]


def test_public_emergency_lines_read_only_lines_marked_emergency(tmp_path: Path) -> None:
    data = json.loads(default_path().read_text(encoding="utf-8"))
    for entry in data["entries"]:
        for contact in entry["contacts"]:
            contact.pop("emergency", None)
    plain = tmp_path / "starter.json"
    plain.write_text(json.dumps(data), encoding="utf-8")
    assert public_emergency_lines("en", load_starter(plain)) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"emergency": True, "hours": ""}, "emergency line needs"),
        ({"seen": "Feb 2020"}, "YYYY-MM-DD or YYYY-MM"),
        ({"seen": "2020-13"}, "not a date"),
        ({"source_url": "https://example.org/not-cited"}, "not one of source_urls"),
        ({"source_url": ""}, "go together"),
        ({"label": {"es": "Solo en español"}}, "English text missing"),
    ],
)
def test_a_contact_with_a_bad_source_is_rejected(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    data = json.loads(default_path().read_text(encoding="utf-8"))
    (fld,) = [e for e in data["entries"] if e["key"] == "front-line-defenders"]
    fld["contacts"][0].update(change)
    bad = tmp_path / "starter.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_starter(bad)


def test_every_date_seen_names_the_page_it_was_seen_on(tmp_path: Path) -> None:
    for item in load_starter().entries:
        if item.entry.last_checked is not None:
            assert item.last_checked_source in item.source_urls, item.key
    data = json.loads(default_path().read_text(encoding="utf-8"))
    (dated,) = [e for e in data["entries"] if e["key"] == "access-now-helpline"]
    del dated["last_checked_source"]
    bad = tmp_path / "starter.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="access-now-helpline: last_checked_source"):
        load_starter(bad)


def test_seen_dates_and_hosts_read_naturally() -> None:
    assert source_host("https://www.accessnow.org/help/helpline-faq/") == "accessnow.org"
    assert source_host("https://protectdefenders.eu/en/index.html") == "protectdefenders.eu"
    assert seen_text("2020-02", "en") == "February 2020"
    assert seen_text("2020-02", "es") == "febrero de 2020"
    assert seen_text("2024-01-12", "es-ES") == "12 de enero de 2024"
    assert seen_text("2024-01-12", "C") == "January 12, 2024"  # an unknown locale: English


def test_every_contact_value_is_well_formed() -> None:
    problems = [
        f"{item.key}: {problem}"
        for item in load_starter().entries
        for contact in item.entry.contacts
        if (problem := contact_problem(contact))
    ]
    assert problems == []


@pytest.mark.parametrize(
    ("kind", "value", "ok"),
    [
        ("phone", "+353 1 210 0489", True),
        ("phone", "+353 (0) 1 21 00 489", False),
        ("phone", "2254 4981", False),
        ("phone", "+1 23", False),
        ("whatsapp", "+52 55 1234 5678", True),
        ("email", "help@example.org", True),
        ("email", "help[at]example[dot]org", False),
        ("email", "help@example", False),
        ("website", "https://www.example.org/help", True),
        ("website", "www.example.org", False),
        ("website", "https://exa mple.org", False),
    ],
)
def test_contact_shapes(kind: str, value: str, ok: bool) -> None:
    assert (contact_problem(ContactMethod(kind, value)) is None) is ok


def test_exclusions_are_documented() -> None:
    excluded = load_starter().excluded
    names = " ".join(name for name, _ in excluded)
    assert "Urban Sangha Project" in names
    assert "Amnesty International" in names
    assert all(reason.strip() for _, reason in excluded)
    shipped = {item.entry.name for item in load_starter().entries}
    assert not any("Urban Sangha" in name or "Amnesty" in name for name in shipped)


def test_a_bad_entry_is_rejected_by_key(tmp_path: Path) -> None:
    data = json.loads(default_path().read_text(encoding="utf-8"))
    data["entries"][0]["contacts"] = [{"type": "phone", "value": "call us", "label": ""}]
    bad = tmp_path / "starter.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=data["entries"][0]["key"]):
        load_starter(bad)


def test_a_missing_source_is_rejected(tmp_path: Path) -> None:
    data = json.loads(default_path().read_text(encoding="utf-8"))
    data["entries"][1]["source_urls"] = []
    bad = tmp_path / "starter.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=data["entries"][1]["key"]):
        load_starter(bad)


def test_ensure_starter_loads_once_per_version_and_keeps_her_edits(vault) -> None:
    from dataclasses import replace

    from wellbeing_desk.directory.starter import ensure_starter, load_starter
    from wellbeing_desk.vault.directory import DirectoryFilter

    starter = load_starter()
    assert ensure_starter(vault, starter) == (len(starter.entries), 0)
    assert ensure_starter(vault, starter) == (0, 0)  # same version: nothing to do
    (first,) = [
        e for e in vault.directory.entries() if e.entry.starter_key == starter.entries[0].key
    ]
    vault.directory.update(first.id, replace(first.entry, description="My own words."))
    newer = replace(starter, updated=starter.updated + "-newer")
    ensure_starter(vault, newer)
    kept = vault.directory.get(first.id)
    assert kept is not None and kept.entry.description == "My own words."
    assert vault.directory.count(DirectoryFilter()) == len(starter.entries)


def test_a_search_in_spanish_finds_starter_entries_stored_in_english(vault) -> None:
    from wellbeing_desk.directory.starter import ensure_starter
    from wellbeing_desk.vault.directory import DirectoryFilter

    ensure_starter(vault)
    hits = {s.name for s in vault.directory.search(DirectoryFilter(text="proteccion"))}
    assert "Front Line Defenders" in hits
    assert vault.directory.search(DirectoryFilter(text="subvenciones"))


def test_urgent_action_fund_regions_match_its_text() -> None:
    # Its text names Central Asia, the Middle East, Europe and the South Caucasus:
    # the region filter must find it there, not only in RU, TR, US and CA.
    uaf = load_starter().get("urgent-action-fund")
    regions = set(uaf.entry.regions)
    for code in (
        "KZ",
        "UZ",
        "JO",
        "LB",
        "FR",
        "PL",
        "UA",
        "AM",
        "AZ",
        "GE",
        "RU",
        "TR",
        "US",
        "CA",
    ):
        assert code in regions, code
    assert "worldwide" not in regions
    assert not regions & {"MX", "KE", "IN"}  # the sister funds cover these


def test_deep_links_point_to_cited_pages() -> None:
    # A website contact is the site itself or a page the entry cites (facts §7: the
    # UAF "apply" page was neither). accessnow.org/help is the facts table's website.
    allowed = {"https://www.accessnow.org/help"}
    for item in load_starter().entries:
        for contact in item.entry.contacts:
            if contact.type != "website" or urlsplit(contact.value).path in ("", "/"):
                continue
            assert contact.value in item.source_urls or contact.value in allowed, (
                f"{item.key}: {contact.value}"
            )


def test_protectdefenders_eu_is_physical_protection() -> None:
    entry = load_starter().get("protectdefenders-eu")
    assert "physical_protection" in entry.entry.categories
    (phone,) = [c for c in entry.contacts if c.contact.type == "phone"]
    assert phone.contact.value == FLD_LINE and phone.source == "protectdefenders.eu"
    assert not phone.emergency  # the same line as Front Line Defenders': listed once


def test_spanish_starter_texts_are_inclusive() -> None:
    starter = load_starter()
    spanish = " ".join(item.text(field, "es") for item in starter.entries for field in item.texts)
    for old in ("intelectuales públicos", "un tercero", "Defensoras mujeres, lesbianas"):
        assert old not in spanish
    assert "intelectuales con presencia pública" in spanish
    assert "otra persona en su nombre" in spanish
    assert "Personas defensoras —mujeres, lesbianas, trans y no binarias—" in spanish
    access_now = starter.get("access-now-helpline")
    assert access_now.text("secure_route", "es").startswith("El primer contacto es por correo")
    assert (
        access_now.entry.hours == "24/7"
    )  # the vault keeps the English, which opening_hours reads


def test_shipped_texts_hold_no_bidi_marks() -> None:
    # Names never carry bidi controls (vault/text_rules.py); the shipped texts in every
    # language keep to that too: the interface lays Arabic out right to left itself.
    import re

    from wellbeing_desk.vault.text_rules import ISOLATES_MARKS

    marks = re.compile(f"[{ISOLATES_MARKS}\u202a-\u202e]")
    text = (paths.assets_dir() / "directory" / "starter.json").read_text(encoding="utf-8")
    assert not marks.search(text)
