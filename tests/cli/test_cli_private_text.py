"""Issue 11.16: free text given as ``-`` is read from standard input after the passphrase.

Private words in argv land in shell history and in ``/proc/PID/cmdline``
while the CLI waits for the passphrase; on stdin they do neither.
"""

import json
from pathlib import Path

from tests.cli.support import PASS, cli, init_empty

PRIVATE = "Lo que pasó el martes.\nNadie más debe leer esto: ñandú 🌱\n"


def test_journal_notes_and_directory_read_their_text_from_stdin(
    home: Path, vault_path: Path
) -> None:
    init_empty(home, vault_path)
    given = f"{PASS}\n{PRIVATE}"
    assert (
        cli(
            home, vault_path, "journal", "add", "--stress", "5", "--text", "-", stdin=given
        ).returncode
        == 0
    )
    assert (
        cli(
            home, vault_path, "notes", "add", "--title", "Círculo", "--text", "-", stdin=given
        ).returncode
        == 0
    )
    added = cli(home, vault_path, "directory", "add", "--name", "Ana", "--note", "-", stdin=given)
    assert added.returncode == 0, added.stderr
    expected = PRIVATE.rstrip("\n")
    (entry,) = json.loads(cli(home, vault_path, "journal", "list", "--json").stdout)
    assert entry["text"] == expected
    (note,) = json.loads(cli(home, vault_path, "notes", "list", "--json").stdout)
    assert note["text"] == expected
    (person,) = json.loads(cli(home, vault_path, "directory", "list", "--json").stdout)
    assert person["note"] == expected


def test_text_over_the_field_limit_saves_nothing(home: Path, vault_path: Path) -> None:
    init_empty(home, vault_path)
    given = f"{PASS}\n" + "x" * 20_001
    result = cli(home, vault_path, "directory", "add", "--name", "Ana", "--note", "-", stdin=given)
    assert result.returncode == 2 and "longer than 20,000 characters" in result.stderr
    assert json.loads(cli(home, vault_path, "directory", "list", "--json").stdout) == []
