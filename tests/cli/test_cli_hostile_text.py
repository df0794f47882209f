"""Issue 11.11 and 11.17: text from import files never drives her terminal.

The vault refuses controls and bidi overrides in names, numbers and labels;
the importers take them out; whatever the CLI prints is escaped anyway.
"""

import json
from pathlib import Path

import pytest

from tests.cli.support import cli, init_empty
from wellbeing_desk.cli.terminal_text import escaped
from wellbeing_desk.vault.directory_types import (
    ContactMethod,
    DirectoryEntryInput,
    DirectoryValueError,
)

ESC, BEL, RLO = "\x1b", "\x07", "\u202e"
HOSTILE_NAME = f"{ESC}]0;pwned{BEL}{ESC}[2JAna Ruiz"
RAW_CONTROLS = (ESC, BEL, RLO, "\x00", "\x9b")


def assert_clean(text: str) -> None:
    for char in RAW_CONTROLS:
        assert char not in text, repr(text)


@pytest.mark.parametrize(
    ("field", "entry"),
    [
        ("name", DirectoryEntryInput(name=HOSTILE_NAME)),
        ("name", DirectoryEntryInput(name="Ana\x00Ruiz")),
        ("contacts", DirectoryEntryInput("Ana", contacts=(ContactMethod("phone", f"{RLO}0010"),))),
        ("contacts", DirectoryEntryInput("Ana", contacts=(ContactMethod("phone", "1", "w\x1b"),))),
        ("organisation", DirectoryEntryInput("Ana", organisation="Red\u202dX")),
        ("notes", DirectoryEntryInput("Ana", notes=f"fine\n{ESC}[31mred")),
        ("description", DirectoryEntryInput("Ana", description=f"a{RLO}b")),
    ],
)
def test_the_vault_refuses_controls_and_overrides(field: str, entry: DirectoryEntryInput) -> None:
    with pytest.raises(DirectoryValueError, match=f"^{field}: holds an invisible control"):
        entry.validate()


def test_long_texts_keep_newlines_tabs_and_rtl_isolates() -> None:
    text = "Line one\n\tindented \u2067مرحبا\u2069 end"
    assert DirectoryEntryInput("Ana", notes=text, description=text).validate().notes == text


def test_a_hostile_vcard_is_imported_clean_and_listed_clean(
    home: Path, vault_path: Path, tmp_path: Path
) -> None:
    card = tmp_path / "hostile.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"FN:{HOSTILE_NAME}\r\nTEL:{RLO}+52 55 1234 5678\r\nNOTE:a{ESC}[2Jb\\nsecond line\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    init_empty(home, vault_path)
    imported = cli(home, vault_path, "directory", "import", str(card))
    assert imported.returncode == 0, imported.stderr
    listed = cli(home, vault_path, "directory", "list")
    assert listed.returncode == 0 and "Ana Ruiz" in listed.stdout
    assert_clean(listed.stdout + listed.stderr)
    (entry,) = json.loads(cli(home, vault_path, "directory", "list", "--json").stdout)
    assert entry["name"] == "]0;pwned[2JAna Ruiz"
    assert entry["phones"] == ["+52 55 1234 5678"]
    found = cli(home, vault_path, "search", "pwned")
    assert_clean(found.stdout + found.stderr)


def test_what_the_cli_prints_is_escaped_and_json_stays_exact(home: Path, vault_path: Path) -> None:
    """Her own text may hold anything; the terminal still only sees printable characters."""
    init_empty(home, vault_path)
    text = f"{ESC}[2Jcleared? {RLO}reversed\x9b"
    assert cli(home, vault_path, "journal", "add", "--stress", "3", "--text", text).returncode == 0
    listed = cli(home, vault_path, "journal", "list")
    assert_clean(listed.stdout)
    assert "\\u001b[2Jcleared?" in listed.stdout and "\\u202ereversed" in listed.stdout
    as_json = cli(home, vault_path, "journal", "list", "--json")
    assert_clean(as_json.stdout)
    assert json.loads(as_json.stdout)[0]["text"] == text  # the escapes decode to her text


def test_a_csv_error_is_one_escaped_line(home: Path, vault_path: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(f"Name{ESC}[2J,Name{ESC}[2J\nAna,1\n", encoding="utf-8")  # twice
    init_empty(home, vault_path)
    result = cli(home, vault_path, "directory", "import", str(sheet))
    assert result.returncode == 2, result.stderr
    assert_clean(result.stdout + result.stderr)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_terminal_that_cannot_show_a_character_gets_its_escape(
    home: Path, vault_path: Path
) -> None:
    """11.17: non-UTF-8 stdout gave UnicodeEncodeError."""
    init_empty(home, vault_path)
    assert cli(home, vault_path, "journal", "add", "--text", "Hablé con María").returncode == 0
    listed = cli(home, vault_path, "journal", "list", PYTHONIOENCODING="ascii")
    assert listed.returncode == 0, listed.stderr
    assert "Habl\\xe9 con Mar\\xeda" in listed.stdout


def test_escaped_is_valid_inside_json_strings() -> None:
    text = f"a{ESC}b{RLO}c\u2028d\x00"
    assert json.loads(escaped(json.dumps(text, ensure_ascii=False))) == text
