"""Her people for an emergency: who she would reach in a hard moment, in her order.

Each row points at a directory entry, so a person lives in one place with all
her contact methods: someone she adds here becomes a "person" entry of her
directory, and an organisation she already trusts is linked, not copied. The
``role`` says why it is on the list. An entry moved to the directory's trash
drops out of the list and comes back when restored.

The role ``carer`` marks who would look after the people who depend on her
(children, elders, others). Carers are a list of their own beside her people:
one directory entry can be both her person and a carer, so linking someone as
a carer never moves them off her people (and the other way round).
"""

import builtins  # ``list`` below is the repository's method
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.directory import DirectoryRepository
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput
from wellbeing_desk.vault.records import new_id, utc_now

# someone she trusts; her organisation's security contact; a local number she trusts;
# someone who would look after the people who depend on her
CARER = "carer"
ROLES = ("person", "security", "local", CARER)
MAX_PEOPLE = 50  # a list for a hard moment, not an address book


class EmergencyValueError(ValueError):
    """A request the list cannot hold (unknown role, missing entry, too many people)."""


@dataclass(frozen=True)
class EmergencyContact:
    id: str
    role: str
    entry_id: str
    name: str
    organisation: str
    kind: str
    contacts: tuple[ContactMethod, ...]


class EmergencyRepository:
    def __init__(self, connection: Callable[[], Connection]) -> None:
        self._connection = connection

    def list(self) -> list[EmergencyContact]:
        """Her list in her order; entries in the directory's trash are left out."""
        conn = self._connection()
        rows = conn.execute(
            "SELECT c.id, c.role, c.entry_id, e.seq, e.name, e.organisation, e.kind "
            "FROM emergency_contact c JOIN directory_entry e ON e.id = c.entry_id "
            "WHERE c.deleted_at IS NULL AND e.deleted_at IS NULL "
            "ORDER BY c.position, c.created_at"
        ).fetchall()
        people = []
        for contact_id, role, entry_id, seq, name, organisation, kind in rows:
            methods = tuple(
                ContactMethod(str(t), str(v), str(label))
                for t, v, label in conn.execute(
                    "SELECT type, value, label FROM directory_contact "
                    "WHERE entry_seq = ? ORDER BY position",
                    (seq,),
                )
            )
            people.append(
                EmergencyContact(
                    str(contact_id),
                    str(role),
                    str(entry_id),
                    str(name),
                    str(organisation),
                    str(kind),
                    methods,
                )
            )
        return people

    def people(self) -> builtins.list[EmergencyContact]:
        """Her people for an emergency, without the carers."""
        return [p for p in self.list() if p.role != CARER]

    def carers(self) -> builtins.list[EmergencyContact]:
        """Who would look after the people who depend on her, in her order."""
        return [p for p in self.list() if p.role == CARER]

    def has_any(self) -> bool:
        """Whether she has her own people (carers alone do not make the list)."""
        return bool(self.people())

    def add_entry(self, entry_id: str, role: str = "person") -> str:
        """Put a directory entry she already has on the list (once; a second add moves it)."""
        _check_role(role)
        conn = self._connection()
        with write_transaction(conn):
            return self._link(conn, entry_id, role)

    def add_person(
        self,
        name: str,
        contacts: Sequence[ContactMethod],
        role: str = "person",
        organisation: str = "",
    ) -> str:
        """A new person in her directory and on the list, in one transaction."""
        _check_role(role)
        entry = DirectoryEntryInput(
            name=name, kind="person", organisation=organisation, contacts=tuple(contacts)
        ).validate()
        conn = self._connection()
        with write_transaction(conn):
            (entry_id,) = DirectoryRepository._insert(conn, [entry])
            return self._link(conn, entry_id, role)

    def remove(self, contact_id: str) -> None:
        """Take someone off the list; the directory entry stays (``restore`` undoes it)."""
        self._set_deleted(contact_id, utc_now())

    def restore(self, contact_id: str) -> None:
        self._set_deleted(contact_id, None)

    def set_role(self, contact_id: str, role: str) -> None:
        _check_role(role)
        conn = self._connection()
        with write_transaction(conn):
            conn.execute(
                "UPDATE emergency_contact SET role = ?, updated_at = ? WHERE id = ?",
                (role, utc_now(), contact_id),
            )

    def reorder(self, contact_ids: Sequence[str]) -> None:
        """Put the listed people first, in this order; the rest keep theirs after them."""
        conn = self._connection()
        with write_transaction(conn):
            current = [
                str(row[0])
                for row in conn.execute(
                    "SELECT id FROM emergency_contact WHERE deleted_at IS NULL "
                    "ORDER BY position, created_at"
                )
            ]
            wanted = [cid for cid in contact_ids if cid in current]
            order = wanted + [cid for cid in current if cid not in wanted]
            now = utc_now()
            for position, cid in enumerate(order):
                conn.execute(
                    "UPDATE emergency_contact SET position = ?, updated_at = ? WHERE id = ?",
                    (position, now, cid),
                )

    # -- internals ---------------------------------------------------------------------

    def _link(self, conn: Connection, entry_id: str, role: str) -> str:
        if (
            conn.execute(
                "SELECT 1 FROM directory_entry WHERE id = ? AND deleted_at IS NULL", (entry_id,)
            ).fetchone()
            is None
        ):
            raise EmergencyValueError("entry: no such directory entry")
        # Her people and the carers are two lists: a second add moves within its list only.
        existing = conn.execute(
            "SELECT id FROM emergency_contact WHERE entry_id = ? AND deleted_at IS NULL "
            "AND (role = ?) = ?",
            (entry_id, CARER, role == CARER),
        ).fetchone()
        now = utc_now()
        if existing is not None:
            conn.execute(
                "UPDATE emergency_contact SET role = ?, updated_at = ? WHERE id = ?",
                (role, now, existing[0]),
            )
            return str(existing[0])
        count, last = conn.execute(
            "SELECT COUNT(*), COALESCE(MAX(position), -1) FROM emergency_contact "
            "WHERE deleted_at IS NULL"
        ).fetchone()
        if int(count) >= MAX_PEOPLE:
            raise EmergencyValueError(f"people: at most {MAX_PEOPLE} on the list")
        contact_id = new_id()
        conn.execute(
            "INSERT INTO emergency_contact(id, created_at, updated_at, position, role, entry_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (contact_id, now, now, int(last) + 1, role, entry_id),
        )
        return contact_id

    def _set_deleted(self, contact_id: str, when: str | None) -> None:
        conn = self._connection()
        with write_transaction(conn):
            conn.execute(
                "UPDATE emergency_contact SET deleted_at = ?, updated_at = ? WHERE id = ?",
                (when, utc_now(), contact_id),
            )


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise EmergencyValueError(f"role: {role!r} is not one of {', '.join(ROLES)}")
