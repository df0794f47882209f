"""Real vaults as members of a team space, for tests."""

from pathlib import Path

from tests.conftest import PASSPHRASE
from wellbeing_desk.sync import team_sync
from wellbeing_desk.sync.target import Target
from wellbeing_desk.sync.team_identity import MemberKey
from wellbeing_desk.sync.team_sync import TeamRow, TeamSyncReport
from wellbeing_desk.sync.vault_sync import TargetSpec
from wellbeing_desk.vault import KdfParams, Vault
from wellbeing_desk.vault.connection import Connection
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput


class Member:
    """One vault in a team space reached through ``spec`` (or a test's own ``target``)."""

    def __init__(
        self, root: Path, spec: TargetSpec, target: Target | None = None, secret: str | None = None
    ) -> None:
        self.root = root
        self.vault = Vault.create(root, PASSPHRASE, KdfParams.fast_for_tests())
        self.spec = spec
        self.target = target
        self.secret = secret
        self.space = ""

    @property
    def conn(self) -> Connection:
        return self.vault.connection()

    @property
    def key(self) -> MemberKey:
        return team_sync.my_member_key(self.conn)

    def create(self, team: str = "Red de cuidado", name: str = "Rosa") -> TeamRow:
        row = team_sync.create(
            self.conn, self.spec, team, name, target=self.target, secret=self.secret
        )
        self.space = row.space
        return row

    def invite(self, other: "Member", name: str) -> None:
        team_sync.invite(self.conn, self.space, other.key, name, target=self.target)

    def join(self, admin: "Member") -> TeamRow:
        fingerprint = admin.key.fingerprint()
        row = team_sync.join(
            self.conn, self.spec, admin.space, fingerprint, target=self.target, secret=self.secret
        )
        self.space = row.space
        return row

    def remove(self, other: "Member") -> None:
        team_sync.remove(self.conn, self.space, other.key.fingerprint(), target=self.target)

    def sync(self) -> TeamSyncReport:
        return team_sync.sync(self.conn, self.space, target=self.target)

    def add_entry(self, name: str, phone: str = "+34 600 000 000", notes: str = "") -> str:
        return self.vault.directory.add(
            DirectoryEntryInput(
                name=name,
                kind="organisation",
                contacts=(ContactMethod("phone", phone),),
                notes=notes,
            )
        )

    def team_names(self) -> set[str]:
        rows = self.conn.execute(
            "SELECT name FROM directory_entry WHERE team_space = ? AND deleted_at IS NULL",
            (self.space,),
        )
        return {str(name) for (name,) in rows}

    def own_names(self) -> set[str]:
        rows = self.conn.execute(
            "SELECT name FROM directory_entry WHERE team_space IS NULL AND source = 'mine'"
        )
        return {str(name) for (name,) in rows}
