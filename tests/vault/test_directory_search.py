"""Finding directory entries by what they are, in English and Spanish (issue 10 §4).

A fixture directory whose texts never say what the entries are; each query
below must find exactly the expected entries, in the Directory's search and
in search everywhere alike: names and other words of categories, kinds and
contact types, with and without accents, singular and plural, and the
prefixes she has typed so far.
"""

import json
from pathlib import Path

import pytest

from wellbeing_desk.vault import Vault, directory_search
from wellbeing_desk.vault.directory import SUPPORT, DirectoryFilter
from wellbeing_desk.vault.directory_search import (
    MIN_PREFIX,
    SearchTerms,
    load_terms,
    parse_query,
    singular_forms,
    terms_file,
)
from wellbeing_desk.vault.directory_types import (
    CATEGORIES,
    CONTACT_TYPES,
    KINDS,
    ContactMethod,
    DirectoryEntryInput,
)
from wellbeing_desk.vault.fts import MATCH_END, MATCH_START
from wellbeing_desk.vault.search import search_everything


def entry(
    name: str, kind: str, categories: tuple[str, ...], language: str, *contacts: str, text: str = ""
) -> DirectoryEntryInput:
    return DirectoryEntryInput(
        name=name,
        kind=kind,
        description=text,
        categories=categories,
        languages=(language,),
        contacts=tuple(ContactMethod(t, f"000-{n}") for n, t in enumerate(contacts)),
    )


# Letters as names: what each query must find. Descriptions say nothing of what they are.
FIXTURE = {
    "A": entry("Centro Sanar", "organisation", ("counselling",), "es", "phone",
               text="Sesiones individuales para defensoras."),
    "B": entry("Calm Minds Collective", "organisation", ("counselling", "peer_support"), "en",
               "email", text="Weekly sessions online."),
    "C": entry("Línea Violeta", "hotline", ("trauma_care",), "es", "phone", "mobile",
               text="Atención día y noche."),
    "D": entry("Night Line", "hotline", (), "en", "signal", text="Someone to talk to."),
    "E": entry("Abogadas Unidas", "organisation", ("legal_support",), "es", "email", "website"),
    "F": entry("Shield Lab", "organisation", ("digital_security",), "en", "signal", "website"),
    "G": entry("Dr Rosa Méndez", "person", ("medical",), "es", "whatsapp"),
    "H": entry("Casa Azul", "organisation", ("relocation",), "es", "postal"),
    "I": entry("Rapid Fund", "organisation", ("funding",), "en", "email"),
    "J": entry("Weekend Away", "organisation", ("retreats",), "en", "website"),
    "K": entry("Pocket Guide", "resource", ("self_care",), "en", "website"),
    "L": entry("Ana Torres", "person", ("physical_protection",), "es", "telegram"),
}  # fmt: skip
ORGANISATIONS = "ABEFHIJ"

QUERIES = [
    # English: names, other words, plurals, prefixes.
    ("counselling", "AB"), ("Counseling", "AB"), ("counsellors", "AB"), ("couns", "AB"),
    ("counsel", "AB"), ("therapist", "AB"), ("therapies", "AB"), ("psychologists", "AB"),
    ("psychosocial", "AB"), ("mental health", "AB"), ("helpline", "CD"), ("hotlines", "CD"),
    ("hotl", "CD"), ("24/7", "CD"), ("trauma", "C"), ("peer support", "B"), ("lawyer", "E"),
    ("digital security", "F"), ("doctor", "G"), ("shelter", "H"), ("grants", "I"),
    ("retreats", "J"), ("self-care", "K"), ("organisation", ORGANISATIONS),
    ("organizations", ORGANISATIONS), ("telegram", "L"), ("signal", "DF"), ("email", "BEI"),
    # Spanish, with and without accents.
    ("consejería", "AB"), ("CONSEJERIA", "AB"), ("consej", "AB"), ("terapia", "AB"),
    ("terap", "AB"), ("psicólogas", "AB"), ("psicologo", "AB"), ("psic", "AB"),
    ("acompañamiento psicológico", "AB"), ("acompanamiento psicologico", "AB"),
    ("acompa", "AB"), ("psicosocial", "AB"), ("salud mental", "AB"), ("línea", "CD"),
    ("linea", "CD"), ("líneas de ayuda", "CD"), ("linea de ayud", "CD"), ("abogada", "E"),
    ("abogados", "E"), ("seguridad digital", "F"), ("médico", "G"), ("medicos", "G"),
    ("refugio", "H"), ("fondos", "I"), ("descanso", "J"), ("autocuidado", "K"),
    ("persona", "GL"), ("personas", "GL"), ("organización", ORGANISATIONS),
    ("correo", "BEHI"), ("teléfono", "ACD"), ("whatsapp", "G"), ("apoyo entre pares", "B"),
    # What the entries say still finds them; a short word names nothing it only starts.
    ("sanar", "A"), ("defensoras", "A"), ("ana", "L"), ("rosa mendez", "G"),
    ("terapia sesiones", "A"), ("hot", ""), ("zzz", ""),
]  # fmt: skip


@pytest.fixture
def fixture_ids(vault: Vault) -> dict[str, str]:
    ids = vault.directory.add_many(list(FIXTURE.values()))
    return dict(zip(ids, FIXTURE, strict=True))


def test_the_table_is_big_enough() -> None:
    assert len(QUERIES) >= 30
    assert len({query for query, _ in QUERIES}) == len(QUERIES)


@pytest.mark.parametrize(("query", "expected"), QUERIES)
def test_the_directory_finds_entries_by_what_they_are(
    vault: Vault, fixture_ids: dict[str, str], query: str, expected: str
) -> None:
    found = vault.directory.search(DirectoryFilter(text=query))
    assert "".join(sorted(fixture_ids[row.id] for row in found)) == expected
    assert vault.directory.count(DirectoryFilter(text=query)) == len(expected)


@pytest.mark.parametrize(("query", "expected"), QUERIES)
def test_search_everywhere_finds_the_same(
    vault: Vault, fixture_ids: dict[str, str], query: str, expected: str
) -> None:
    hits = search_everything(vault.connection, query, per_section=100)
    found = [fixture_ids[hit.id] for hit in hits if hit.section == "directory"]
    assert "".join(sorted(found)) == expected
    assert len(found) == len(set(found))


def test_a_hit_found_by_what_it_is_says_so(vault: Vault, fixture_ids: dict[str, str]) -> None:
    def snippet(query: str, name: str) -> str:
        hits = search_everything(vault.connection, query)
        return next(hit.snippet for hit in hits if hit.title == name)

    # Found only by its category: its name, in the language of the word she typed.
    assert snippet("terapia", "Calm Minds Collective") == (
        f"{MATCH_START}Acompañamiento psicológico{MATCH_END}"
    )
    assert snippet("counsellor", "Centro Sanar") == f"{MATCH_START}Counselling{MATCH_END}"
    assert snippet("línea", "Night Line") == f"{MATCH_START}Línea de ayuda{MATCH_END}"
    # Found in its own words too: those are shown, the plural's singular marked.
    assert snippet("lines", "Night Line") == f"Night {MATCH_START}Line{MATCH_END}"


def test_what_it_is_combines_with_filters(vault: Vault, fixture_ids: dict[str, str]) -> None:
    def letters(**where: object) -> str:
        rows = vault.directory.search(DirectoryFilter(**where))  # type: ignore[arg-type]
        return "".join(sorted(fixture_ids[row.id] for row in rows))

    assert letters(text="terapia", language="en") == "B"
    assert letters(text="línea", kind="person") == ""
    assert letters(text="24/7", category="trauma_care") == "C"


def test_support_shows_counselling_trauma_peer_support_and_helplines(
    vault: Vault, fixture_ids: dict[str, str]
) -> None:
    rows = vault.directory.search(DirectoryFilter(category=SUPPORT))
    assert [fixture_ids[row.id] for row in rows] == ["B", "A", "C", "D"]  # by name
    assert vault.directory.count(DirectoryFilter(category=SUPPORT)) == 4
    # Her language first sorts; it hides nothing.
    rows = vault.directory.search(DirectoryFilter(category=SUPPORT, first_language="es"))
    assert [fixture_ids[row.id] for row in rows] == ["A", "C", "B", "D"]
    rows = vault.directory.search(DirectoryFilter(first_language="en-GB"), limit=3)
    assert [fixture_ids[row.id] for row in rows] == ["B", "D", "K"]


def test_a_deleted_entry_is_not_found_by_what_it_is(
    vault: Vault, fixture_ids: dict[str, str]
) -> None:
    by_letter = {letter: entry_id for entry_id, letter in fixture_ids.items()}
    vault.directory.delete(by_letter["A"])
    assert [r.name for r in vault.directory.search(DirectoryFilter(text="terapia"))] == [
        "Calm Minds Collective"
    ]
    assert [
        r.name for r in vault.directory.search(DirectoryFilter(trash=True, text="terapia"))
    ] == ["Centro Sanar"]


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("therapists", ("therapist",)), ("líneas", ("línea",)),
        ("hospitales", ("hospital",)), ("therapies", ("therapi", "therapy")),
        ("bus", ("bus",)), ("lines", ("line",)), ("psicólogas", ("psicóloga",)),
        ("terapia", ("terapia",)),
    ],
)  # fmt: skip
def test_singular_forms(word: str, forms: tuple[str, ...]) -> None:
    assert singular_forms(word) == forms


def test_query_words_are_quoted_and_limited() -> None:
    words = parse_query('"counsel*" OR NEAR(x) ' + "word " * 40)
    assert all('"' not in p for word in words for p in word.prefixes)
    assert len(words) == 32
    assert parse_query("  ,; ") == ()
    assert [w.prefixes for w in parse_query("de la")] == [("de",), ("la",)]  # all she typed


def test_the_shipped_terms_cover_every_key_in_both_languages() -> None:
    terms = load_terms()
    assert terms.languages[:2] == ("en", "es")
    for facet, keys in (("category", CATEGORIES), ("kind", KINDS), ("contact_type", CONTACT_TYPES)):
        for key in keys:
            for language in ("en", "es"):
                assert terms.name(facet, key, language), (facet, key, language)
    # The list, each one finding counselling or helplines.
    for word in ("counsellor", "therapist", "therapy", "psychologist", "psychosocial",
                 "consejería", "terapia", "psicólogo", "psicóloga"):  # fmt: skip
        assert parse_query(word)[0].categories == ("counselling",), word
    for words in ("mental health", "acompañamiento psicológico"):
        assert all("counselling" in w.categories for w in parse_query(words)), words
    for word in ("hotline", "helpline", "línea", "24/7"):
        assert all(w.kinds == ("hotline",) for w in parse_query(word)), word


def test_short_words_name_only_whole_words() -> None:
    assert MIN_PREFIX == 4
    assert parse_query("ana")[0].categories == ()  # not "análisis de riesgo"
    assert parse_query("ong")[0].kinds == ("organisation",)
    assert parse_query("anal")[0].categories == ("physical_protection",)


def test_a_new_language_is_only_data(tmp_path: Path) -> None:
    data = json.loads(terms_file().read_text(encoding="utf-8"))
    data["category"]["counselling"]["de"] = {"name": "Psychologische Beratung",
                                             "synonyms": ["Psychotherapeutin"]}  # fmt: skip
    data["ignore"]["de"] = ["und"]
    path = tmp_path / "terms.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    terms = load_terms(path)
    assert terms.languages[-1] == "de"
    assert parse_query("psychotherapeutin", terms)[0].categories == ("counselling",)
    assert terms.name("category", "counselling", "de") == "Psychologische Beratung"


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(format=2),
        lambda d: d["category"].update(knitting={}),
        lambda d: d["kind"]["person"]["en"].update(name=""),
        lambda d: d["kind"]["person"]["en"].update(synonyms="people"),
        lambda d: d.update(contact_type=[]),
    ],
)
def test_a_broken_terms_file_is_refused(change: object) -> None:
    data = json.loads(terms_file().read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    with pytest.raises(ValueError, match="search terms"):
        SearchTerms.from_data(data)


def test_an_unreadable_terms_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "terms.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match=r"terms\.json"):
        load_terms(path)


def test_missing_words_or_a_broken_file_never_break_the_search(monkeypatch) -> None:
    data = json.loads(terms_file().read_text(encoding="utf-8"))
    del data["contact_type"]["signal"]  # a new contact type, its words not written yet
    assert SearchTerms.from_data(data).name("contact_type", "signal", "en") is None

    monkeypatch.setattr(directory_search, "terms_file", lambda: Path("/nonexistent/terms.json"))
    directory_search.load_terms.cache_clear()
    directory_search.shipped_terms.cache_clear()
    try:
        assert parse_query("terapia")[0].categories == ()  # found by text only
    finally:
        directory_search.load_terms.cache_clear()
        directory_search.shipped_terms.cache_clear()
