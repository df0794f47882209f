"""CSV import: delimiters, BOM, suggested mapping, multi-valued cells, errors naming the line."""

import pytest

from wellbeing_desk.imports import ImportFormatError, parse_csv, sniff_columns
from wellbeing_desk.imports.limits import MAX_IMPORT_BYTES, MAX_IMPORT_RECORDS
from wellbeing_desk.vault.directory_types import ContactMethod

SPANISH_SEMICOLON = (
    "\ufeffNombre;Organización;Teléfono;Correo;Sitio web;Idiomas;Países;Categorías;Notas\r\n"
    "Psicóloga María José Pérez;Clínica Serena;+34 600 111 222, +34 910 000 000;maria@example.org;"
    "https://clinica.example.org;es, pt-BR;ES;counselling;"
    '"Primera sesión gratis;\r\nsin lista de espera"\r\n'
    ";;;;;;;;\r\n"
    "Línea São Paulo;;+55 11 0000 0000;;;pt;BR;;\r\n"
).encode("utf-8")

ENGLISH_COMMA = (
    "name,organization,phone,mobile,email,website,languages,regions,categories,notes\n"
    'Ana Souza,,"+55 11 3333 4444","+55 11 91234 5678","ana@example.org; ana@example.net",'
    ',en;pt,BR,"trauma care, peer support","Prefers Signal, evenings"\n'
)


def test_sniff_semicolons_bom_spanish_headers() -> None:
    preview = sniff_columns(SPANISH_SEMICOLON)
    assert preview.delimiter == ";"
    assert preview.headers[0] == "Nombre"
    assert preview.suggested_mapping == {
        "Nombre": "name",
        "Organización": "organisation",
        "Teléfono": "phone",
        "Correo": "email",
        "Sitio web": "website",
        "Idiomas": "languages",
        "Países": "regions",
        "Categorías": "categories",
        "Notas": "notes",
    }
    assert len(preview.rows) == 2  # blank rows are skipped
    assert preview.rows[0][8] == "Primera sesión gratis;\nsin lista de espera"


def test_parse_semicolons_with_multiline_cell_and_several_phones() -> None:
    preview = sniff_columns(SPANISH_SEMICOLON)
    first, second = parse_csv(SPANISH_SEMICOLON, preview.suggested_mapping)
    assert first.name == "Psicóloga María José Pérez"
    assert first.organisation == "Clínica Serena"
    assert first.contacts == (
        ContactMethod("phone", "+34 600 111 222"),
        ContactMethod("phone", "+34 910 000 000"),
        ContactMethod("email", "maria@example.org"),
        ContactMethod("website", "https://clinica.example.org"),
    )
    assert first.languages == ("es", "pt-BR")
    assert first.regions == ("ES",)
    assert first.notes == "Primera sesión gratis;\nsin lista de espera"
    assert first.source == "imported"
    assert (second.name, second.regions) == ("Línea São Paulo", ("BR",))


def test_commas_english_headers_and_label_categories() -> None:
    data = ENGLISH_COMMA.encode()
    preview = sniff_columns(data)
    assert preview.delimiter == ","
    assert preview.suggested_mapping["organization"] == "organisation"
    [entry] = parse_csv(data, preview.suggested_mapping)
    assert [c.type for c in entry.contacts] == ["phone", "mobile", "email", "email"]
    assert entry.categories == ("trauma_care", "peer_support")
    assert entry.languages == ("en", "pt")
    assert entry.notes == "Prefers Signal, evenings"


def test_first_and_last_name_columns_join_and_org_stands_in_for_name() -> None:
    data = b"First Name,Last Name,Company\nChidi,Okafor,\n,,Front Line Example\n"
    mapping = sniff_columns(data).suggested_mapping
    assert mapping == {
        "First Name": "given_name",
        "Last Name": "family_name",
        "Company": "organisation",
    }
    person, org = parse_csv(data, mapping)
    assert (person.name, person.kind) == ("Chidi Okafor", "person")
    assert (org.name, org.kind) == ("Front Line Example", "organisation")


def test_values_no_field_can_hold_are_kept_in_her_notes() -> None:
    data = b"name,lang,cat,kind\nA,es; not a tag,gardening; counselling,alien\n"
    mapping = {"name": "name", "lang": "languages", "cat": "categories", "kind": "kind"}
    [entry] = parse_csv(data, mapping)
    assert entry.languages == ("es",)
    assert entry.categories == ("counselling",)
    assert entry.kind == "organisation"
    assert entry.notes == "lang: not a tag\ncat: gardening\nkind: alien"


def test_a_second_column_of_one_name_is_read_too() -> None:
    preview = sniff_columns(b"name,name\nA,B\n")
    assert preview.headers == ("name", "name (2)")
    [entry] = parse_csv(b"name,name\nA,B\n", preview.suggested_mapping)
    assert (entry.name, entry.notes) == ("A", "name (2): B")


def test_kind_and_cost_words() -> None:
    data = "name,tipo,costo\nA,persona,gratis\nB,Organización,sliding scale\n".encode()
    a, b = parse_csv(data, {"name": "name", "tipo": "kind", "costo": "cost"})
    assert (a.kind, a.cost) == ("person", "free")
    assert (b.kind, b.cost) == ("organisation", "sliding_scale")


def test_utf8_bom_with_commas_and_latin1_fallback() -> None:
    bom = "\ufeffname,email\nJosé,jose@example.org\n".encode()
    assert sniff_columns(bom).headers == ("name", "email")
    latin = "name,email\nJos\u00e9,jose@example.org\n".encode("latin-1")
    assert parse_csv(latin, {"name": "name"})[0].name == "José"


@pytest.mark.parametrize(
    ("data", "mapping", "line", "message"),
    [
        ("name,phone\nA,1\n,2\n", {"name": "name"}, 3, "Line 3: the name is missing"),
        ('name,notes\nA,"two\nlines"\nB,x,extra\n', {"name": "name"}, 4, "Line 4: this row"),
        ('name\n"unclosed\n', {"name": "name"}, 2, "Line 2: this row cannot be read"),
        ("name\nA\n", {"nombre": "name"}, 1, 'Line 1: there is no column "nombre"'),
    ],
)
def test_errors_name_the_line(data: str, mapping: dict[str, str], line: int, message: str) -> None:
    with pytest.raises(ImportFormatError) as caught:
        parse_csv(data.encode(), mapping)
    assert caught.value.line == line
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize(
    ("data", "mapping"),
    [
        (b"", {"name": "name"}),
        (b"name\n", {"name": "name"}),
        (b"name\nA\n", {"name": "colour"}),
        (b"name,phone\nA,1\n", {"phone": "phone"}),
    ],
)
def test_whole_file_errors(data: bytes, mapping: dict[str, str]) -> None:
    with pytest.raises(ImportFormatError):
        parse_csv(data, mapping)


def test_limits() -> None:
    with pytest.raises(ImportFormatError, match="20 MB"):
        sniff_columns(b"a" * (MAX_IMPORT_BYTES + 1))
    rows = b"name\n" + b"x\n" * (MAX_IMPORT_RECORDS + 1)
    with pytest.raises(ImportFormatError, match="50,000 rows"):
        parse_csv(rows, {"name": "name"})
