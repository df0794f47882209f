"""The CLI contract for directory add/list, and search across sections."""

import json
from pathlib import Path

import pytest

from tests.support.isolation import run_cli

PASS = "seven lanterns over the bay"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "cli-home"
    result = run_cli(
        home,
        "init",
        "--kdf-memory",
        "8",
        "--kdf-iterations",
        "1",
        "--no-starter",
        stdin=PASS + "\n",
    )
    assert result.returncode == 0, result.stderr
    return home


def cli(home: Path, *args: str):
    return run_cli(home, *args, stdin=PASS + "\n")


def test_add_and_list_json_carries_the_contract_fields(home: Path) -> None:
    added = cli(
        home, "directory", "add", "--name", "Psicóloga Ana Pérez", "--kind", "person",
        "--category", "counselling", "--category", "trauma_care", "--language", "es",
        "--language", "pt-br", "--region", "gt", "--phone", "+502 5555 0101",
        "--email", "ana@example.org", "--url", "https://example.org", "--note", "peer circle",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    (entry,) = json.loads(cli(home, "directory", "list", "--json").stdout)
    assert entry["id"] == added.stdout.strip()
    assert {k: entry[k] for k in ("name", "kind", "categories", "languages", "regions")} == {
        "name": "Psicóloga Ana Pérez",
        "kind": "person",
        "categories": ["counselling", "trauma_care"],
        "languages": ["es", "pt-BR"],
        "regions": ["GT"],
    }
    assert entry["phones"] == ["+502 5555 0101"]
    assert entry["emails"] == ["ana@example.org"]
    assert entry["urls"] == ["https://example.org"]
    assert entry["note"] == "peer circle"


def test_list_filters(home: Path) -> None:
    cli(home, "directory", "add", "--name", "A", "--category", "legal_support", "--region", "MX")
    cli(home, "directory", "add", "--name", "B", "--language", "fr", "--region", "worldwide")

    def listed(*args: str) -> list[str]:
        return [
            e["name"] for e in json.loads(cli(home, "directory", "list", *args, "--json").stdout)
        ]

    assert listed("--category", "legal_support") == ["A"]
    assert listed("--language", "fr") == ["B"]
    assert listed("--region", "MX") == ["A", "B"]  # worldwide serves Mexico too


@pytest.mark.parametrize(
    "args",
    [("--name", "  "), ("--name", "X", "--kind", "alien"), ("--name", "X", "--region", "Peru"),
     ("--name", "X", "--language", "not a tag"), ("--name", "X", "--category", "astrology")],
)  # fmt: skip
def test_bad_values_are_usage_errors(home: Path, args: tuple) -> None:
    result = cli(home, "directory", "add", *args)
    assert result.returncode == 2, result.stderr
    assert json.loads(cli(home, "directory", "list", "--json").stdout) == []


def test_search_covers_directory_and_journal(home: Path) -> None:
    cli(home, "directory", "add", "--name", "Psicóloga Ana", "--region", "GT")
    cli(home, "journal", "add", "--text", "Llamé a la psicóloga.")
    results = json.loads(cli(home, "search", "psicologa", "--json").stdout)
    assert sorted(r["section"] for r in results) == ["directory", "journal"]
    assert all(set(r) == {"section", "id", "title", "snippet"} for r in results)
    by_place = json.loads(cli(home, "search", "guatemala", "--json").stdout)
    assert [r["title"] for r in by_place] == ["Psicóloga Ana"]


VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Psicóloga Ana Pérez\r\nORG:Colectivo Cuidarnos\r\n"
    "TEL;TYPE=CELL:+502 5555 0101\r\nEMAIL:ana@example.org\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Línea Segura\r\nKIND:org\r\nTEL:tel:+1-555-0100\r\n"
    "END:VCARD\r\n"
)


def test_import_vcards_then_export_every_format(home: Path, tmp_path: Path) -> None:
    cards = tmp_path / "contacts.vcf"
    cards.write_text(VCARDS, encoding="utf-8")
    imported = cli(home, "directory", "import", str(cards))
    assert (imported.returncode, imported.stdout.strip()) == (0, "2"), imported.stderr
    listed = json.loads(cli(home, "directory", "list", "--json").stdout)
    assert sorted(e["name"] for e in listed) == ["Línea Segura", "Psicóloga Ana Pérez"]
    assert all(e["source"] == "imported" for e in listed)

    for fmt in ("vcf", "csv", "json"):
        out = tmp_path / f"out.{fmt}"
        result = cli(home, "directory", "export", "--format", fmt, "-o", str(out))
        assert result.returncode == 0, result.stderr
        assert "Psicóloga Ana Pérez" in out.read_text(encoding="utf-8-sig")
        assert oct(out.stat().st_mode & 0o777) == "0o600"
    stdout = cli(home, "directory", "export", "--format", "json")
    assert len(json.loads(stdout.stdout)) == 2


def test_csv_import_with_semicolons_and_bom(home: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "contactos.csv"
    sheet.write_bytes("\ufeffnombre;teléfono;idiomas\nAbogada Rosa;+52 55 5555 0000;es\n".encode())
    result = cli(home, "directory", "import", str(sheet))
    assert (result.returncode, result.stdout.strip()) == (0, "1"), result.stderr
    (entry,) = json.loads(cli(home, "directory", "list", "--json").stdout)
    assert (entry["name"], entry["phones"], entry["languages"]) == (
        "Abogada Rosa",
        ["+52 55 5555 0000"],
        ["es"],
    )


def test_a_malformed_file_names_the_card_and_imports_nothing(home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.vcf"
    bad.write_text(VCARDS + "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:123\r\nEND:VCARD\r\n")
    result = cli(home, "directory", "import", str(bad))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Card 3" in result.stderr
    assert "nothing was imported" in result.stderr
    assert json.loads(cli(home, "directory", "list", "--json").stdout) == []


# -- import: address-book exports, dry run, unreadable cards ------------------------------

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def listed(home: Path) -> list[dict]:
    return json.loads(cli(home, "directory", "list", "--json").stdout)


@pytest.mark.parametrize(
    "name", ["google_contacts.csv", "outlook_contacts_es.csv", "thunderbird_contacts_fr.csv"]
)
def test_address_book_exports_keep_phones_emails_and_people(home: Path, name: str) -> None:
    result = cli(home, "directory", "import", str(FIXTURES / name))
    assert result.returncode == 0, result.stderr
    count = int(result.stdout.strip())
    assert count >= 2
    assert "Columns of" in result.stderr  # the mapping used, beside the count
    entries = {e["name"]: e for e in listed(home)}
    assert len(entries) == count
    marta = next(e for n, e in entries.items() if n.endswith("Marta Gómez"))
    assert marta["kind"] == "person"
    assert "+57 300 123 4567" in marta["phones"]
    assert "marta@cuidarnos.example" in marta["emails"]
    assert entries["Red de Abogadas"]["kind"] == "organisation"


def test_a_csv_without_a_name_column_is_refused(home: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "numbers.csv"
    sheet.write_text("Phone,E-mail\n+1 555 0100,a@example.org\n", encoding="utf-8")
    result = cli(home, "directory", "import", str(sheet))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "name" in result.stderr and "nothing was imported" in result.stderr
    assert listed(home) == []


def test_dry_run_prints_the_mapping_and_imports_nothing(home: Path) -> None:
    before = sorted(p.read_bytes() for p in (home / "wd").rglob("*") if p.is_file())
    result = run_cli(
        home, "directory", "import", "--dry-run", str(FIXTURES / "outlook_contacts.csv")
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Columns of outlook_contacts.csv:" in out
    assert "  E-mail Address → email" in out
    assert "  Business Phone → phone (work)" in out
    assert "  Job Title → job title (description)" in out
    assert "  Spouse → kept in the notes" in out
    assert "  E-mail Type → left out" in out
    assert "Dra. Marta Gómez (person); not imported: Birthday, Keywords, Spouse" in out
    assert out.rstrip().endswith("2 entries would be imported; nothing was imported (dry run).")
    after = sorted(p.read_bytes() for p in (home / "wd").rglob("*") if p.is_file())
    assert after == before  # not even opened
    assert listed(home) == []


BROKEN = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Psicóloga Ana Pérez\r\nTEL:+502 5555 0101\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Marta\r\nthis is no property\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nTEL:123\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Línea Segura\r\nEND:VCARD\r\n"
)


def test_unreadable_cards_are_named_and_nothing_is_imported(home: Path, tmp_path: Path) -> None:
    cards = tmp_path / "phone.vcf"
    cards.write_text(BROKEN, encoding="utf-8")
    result = cli(home, "directory", "import", str(cards))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "2 cards cannot be read" in result.stderr
    assert "Card 2 (line 9, “Marta”)" in result.stderr and "Card 3 (line 11)" in result.stderr
    assert "--skip-unreadable imports the 2 that can be read" in result.stderr
    assert listed(home) == []


def test_skip_unreadable_imports_the_readable_cards(home: Path, tmp_path: Path) -> None:
    cards = tmp_path / "phone.vcf"
    cards.write_text(BROKEN, encoding="utf-8")
    result = cli(home, "directory", "import", "--skip-unreadable", str(cards))
    assert (result.returncode, result.stdout.strip()) == (0, "2"), result.stderr
    assert "left out: Card 2" in result.stderr
    assert sorted(e["name"] for e in listed(home)) == ["Línea Segura", "Psicóloga Ana Pérez"]


def test_phone_exports_with_photos_and_soft_breaks_import(home: Path) -> None:
    for name in ("iphone_export.vcf", "android_export.vcf"):
        result = cli(home, "directory", "import", str(FIXTURES / name))
        assert result.returncode == 0, result.stderr
        assert "Photo" in result.stderr  # said, not silently dropped
    names = [e["name"] for e in listed(home)]
    assert len(names) == 6 and "Línea de Apoyo Cali 24" in names
