"""The command line over a real WebDAV server: set up with the password on the line after
the passphrase, join with the password and the code, and an entry travels."""

import json
from pathlib import Path

import pytest

from tests.cli.support import PASS, cli
from tests.sync.webdav.dav_server import PASSWORD, USER, DavServer
from wellbeing_desk.vault import KdfParams, Vault

pytestmark = pytest.mark.allow_hosts(["127.0.0.1"])


def test_setup_join_and_sync_over_webdav(tmp_path: Path, dav: DavServer) -> None:
    home = tmp_path / "home"
    vault_a, vault_b = tmp_path / "a", tmp_path / "b"
    for path in (vault_a, vault_b):
        Vault.create(path, PASS, KdfParams.fast_for_tests()).lock()
    where = ("--webdav", dav.url, "--user", USER)
    setup = cli(home, vault_a, "sync", "setup", *where, "--json", stdin=f"{PASS}\n{PASSWORD}\n")
    assert setup.returncode == 0, setup.stderr
    code = json.loads(setup.stdout)["pairing_code"]
    joined = cli(home, vault_b, "sync", "join", *where, stdin=f"{PASS}\n{PASSWORD}\n{code}\n")
    assert joined.returncode == 0, joined.stderr
    assert cli(home, vault_a, "journal", "add", "--text", "over dav").returncode == 0
    for vault in (vault_a, vault_b):
        synced = cli(home, vault, "sync", "now", "--json")
        assert synced.returncode == 0, synced.stderr
    listed = json.loads(cli(home, vault_b, "journal", "list", "--json").stdout)
    assert [entry["text"] for entry in listed] == ["over dav"]
    status = json.loads(cli(home, vault_b, "sync", "status", "--json").stdout)
    assert PASSWORD not in json.dumps(status)


def test_a_wrong_webdav_password_is_one_plain_line(tmp_path: Path, dav: DavServer) -> None:
    home = tmp_path / "home"
    vault_a = tmp_path / "a"
    Vault.create(vault_a, PASS, KdfParams.fast_for_tests()).lock()
    setup = cli(
        home, vault_a, "sync", "setup", "--webdav", dav.url, "--user", USER,
        stdin=f"{PASS}\nnot the password\n",
    )  # fmt: skip
    assert setup.returncode == 1
    assert setup.stderr.count("\n") == 1 and "not the password" not in setup.stderr
