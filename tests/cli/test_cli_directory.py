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
