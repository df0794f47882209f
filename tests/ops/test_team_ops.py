"""The team operations the Sync page runs on the worker, without Qt."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desk.ops import team as team_ops
from wellbeing_desk.sync.errors import FingerprintMismatchError, NotTeamAdminError
from wellbeing_desk.sync.vault_sync import FolderMissingError
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.crockford import CodeTextError
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput
from wellbeing_desk.vault.team_entries import share_with_team


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    path = tmp_path / "stick"
    path.mkdir()
    return path


@pytest.fixture
def second(tmp_path: Path, fast_kdf: KdfParams) -> Iterator[Vault]:
    """Another member's vault, on her own computer."""
    opened = Vault.create(tmp_path / "second", PASSPHRASE, fast_kdf)
    yield opened
    opened.lock()


def test_overview_gives_her_member_key_and_no_team_yet(vault: Vault) -> None:
    assert team_ops.overview(vault) == team_ops.TeamsOverview((), None, None)  # reads only
    seen = team_ops.member_key(vault)
    assert seen.teams == () and seen.key_text is not None
    key = team_ops.read_member_key(seen.key_text, "Rosa")
    assert key.fingerprint == seen.fingerprint
    assert team_ops.overview(vault).key_text == seen.key_text  # made once, then kept


def test_create_invite_join_sync_and_remove_through_a_folder(
    vault: Vault, second: Vault, stick: Path
) -> None:
    row = team_ops.create_folder(vault, stick, "  Red de  cuidado ", "Rosa")
    assert (row.team, row.admin, len(row.members)) == ("Red de cuidado", True, 1)
    newcomer = team_ops.read_member_key(team_ops.member_key(second).key_text, " Ana ")
    assert newcomer.name == "Ana"
    added = team_ops.invite(vault, row.space, newcomer)
    assert added.fingerprint == newcomer.fingerprint

    mine = team_ops.member_key(vault).fingerprint
    spaced = " ".join(f"  {row.space[:8]} {row.space[8:]} ".upper().split())
    joined = team_ops.join_folder(second, stick, spaced, mine.replace("-", " ").lower())
    assert joined.space == row.space and not joined.admin

    entry = vault.directory.add(
        DirectoryEntryInput(
            name="Team counsellor", kind="person", contacts=(ContactMethod("phone", "+34 6"),)
        )
    )
    share_with_team(vault.connection(), entry, row.space)
    assert team_ops.sync_now(vault, row.space).report.sent >= 1
    progress: list[object] = []
    outcome = team_ops.sync_now(second, row.space, progress=progress.append)
    assert outcome.report.received >= 1 and progress
    assert outcome.team.last_sync_at is not None

    with pytest.raises(NotTeamAdminError):
        team_ops.remove(second, row.space, mine)
    gone = team_ops.remove(vault, row.space, newcomer.fingerprint)
    assert gone.name == "Ana"
    assert team_ops.sync_now(second, row.space).report.removed


def test_what_she_typed_wrong_is_told_apart(vault: Vault, stick: Path) -> None:
    row = team_ops.create_folder(vault, stick, "Red", "Rosa")
    text = team_ops.member_key(vault).key_text
    typo = text[:10] + ("1" if text[10] != "1" else "2") + text[11:]
    with pytest.raises(CodeTextError):
        team_ops.read_member_key(typo, "Ana")
    with pytest.raises(ValueError):
        team_ops.read_member_key(text, "   ")
    with pytest.raises(team_ops.SpaceIdError):
        team_ops.join_folder(vault, stick, "not an id", "0000-0000-0000-0000-0000")
    with pytest.raises(team_ops.FingerprintTextError):
        team_ops.join_folder(vault, stick, row.space, "1234")
    with pytest.raises(FolderMissingError):
        team_ops.create_folder(vault, stick / "gone", "Red", "Rosa")


def test_a_wrong_fingerprint_joins_nothing(vault: Vault, second: Vault, stick: Path) -> None:
    row = team_ops.create_folder(vault, stick, "Red", "Rosa")
    team_ops.invite(
        vault, row.space, team_ops.read_member_key(team_ops.member_key(second).key_text, "Ana")
    )
    wrong = team_ops.member_key(second).fingerprint  # hers, not the creator's
    with pytest.raises(FingerprintMismatchError):
        team_ops.join_folder(second, stick, row.space, wrong)
    assert team_ops.overview(second).teams == ()
