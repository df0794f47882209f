"""Issues 11.6 and 11.7 through the CLI: a hostile or rotten header is exit 5, one line.

Each case puts the same bytes in ``vault.header`` and ``vault.header.copy`` (so
the copy cannot stand in), then runs ``info`` and ``journal list``: exit 5,
the damaged message on exactly one line of stderr, and both files unchanged.
"""

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli.support import cli, init_empty
from tests.support.headers import digests, header_files, rehash, write_both

MAX_HEADER_BYTES = 64 * 1024


def _edited(edit: Callable[[dict[str, Any]], object]) -> Callable[[str], str]:
    def apply(text: str) -> str:
        document = json.loads(text)
        edit(document)
        return json.dumps(rehash(document), indent=2)

    return apply


def _kdf(document: dict[str, Any]) -> dict[str, Any]:
    kdf: dict[str, Any] = document["slots"][0]["kdf"]
    return kdf


def _bit_rot(text: str) -> str:
    document = json.loads(text)
    key = document["slots"][0]["wrapped_key"]
    document["slots"][0]["wrapped_key"] = ("B" if key[0] == "A" else "A") + key[1:]
    return json.dumps(document, indent=2)  # checksum left as it was


CASES: dict[str, Callable[[str], str]] = {
    "5000-digit-integer": lambda t: re.sub(r'"iterations": \d+', '"iterations": ' + "1" * 5000, t),
    "64-KiB-of-nesting": lambda _t: "[" * MAX_HEADER_BYTES,
    "lanes-true": _edited(lambda d: _kdf(d).update(lanes=True)),
    "memory-as-text": _edited(lambda d: _kdf(d).update(memory_kib=str(_kdf(d)["memory_kib"]))),
    "unknown-top-field": _edited(lambda d: d.update(comment="x")),
    "unknown-slot-field": _edited(lambda d: d["slots"][0].update(label="x")),
    "unknown-kdf-field": _edited(lambda d: _kdf(d).update(pepper=1)),
    "bit-rot": _bit_rot,
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_a_hostile_header_is_exit_5_on_one_line(
    home: Path, vault_path: Path, case: Callable[[str], str]
) -> None:
    init_empty(home, vault_path)
    primary, _copy = header_files(vault_path)
    write_both(vault_path, case(primary.read_text(encoding="utf-8")).encode("utf-8"))
    before = digests(vault_path)
    for command in (("info",), ("journal", "list")):
        result = cli(home, vault_path, *command)
        assert result.returncode == 5, (command, result.stderr)
        assert result.stderr.startswith("wellbeing-desk-cli: the vault is damaged"), result.stderr
        assert result.stderr.count("\n") == 1, result.stderr
        assert "unexpected" not in result.stderr and "Traceback" not in result.stderr
        assert result.stdout == ""
    assert digests(vault_path) == before


def test_bit_rot_says_the_header_is_damaged_not_the_passphrase(
    home: Path, vault_path: Path
) -> None:
    init_empty(home, vault_path)
    primary, _copy = header_files(vault_path)
    write_both(vault_path, _bit_rot(primary.read_text(encoding="utf-8")).encode("utf-8"))
    result = cli(home, vault_path, "journal", "list")
    assert result.returncode == 5
    assert "header is damaged" in result.stderr
    assert "not a wrong passphrase" in result.stderr


def test_a_damaged_header_with_a_sound_copy_loses_nothing(home: Path, vault_path: Path) -> None:
    init_empty(home, vault_path)
    assert cli(home, vault_path, "journal", "add", "--stress", "4").returncode == 0
    primary, copy = header_files(vault_path)
    sound = copy.read_bytes()
    primary.write_bytes(_bit_rot(primary.read_text(encoding="utf-8")).encode("utf-8"))
    rotten = primary.read_bytes()
    listed = cli(home, vault_path, "journal", "list")
    assert listed.returncode == 0, listed.stderr
    assert primary.read_bytes() == rotten  # a reading command writes nothing
    added = cli(home, vault_path, "journal", "add", "--stress", "2")
    assert added.returncode == 0, added.stderr
    assert primary.read_bytes() == sound  # the writer put the header back from the copy
    assert copy.read_bytes() == sound
