"""What a record kind's page asks of the vault, the same for the journal and notes:
saving through the editor's draft, the drafts themselves, and the trash."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from wellbeing_desk.ops.record_drafts import save_with_draft
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.record_repository import RecordInput, RecordRepository

InputT = TypeVar("InputT", bound=RecordInput)
EditorDataT = TypeVar("EditorDataT")


@dataclass(frozen=True)
class RecordEditing(Generic[InputT, EditorDataT]):
    """One kind's operations; each method is handed to the database worker by name."""

    draft_kind: str  # the editor's drafts in vault.drafts
    repository: Callable[[Vault], RecordRepository[InputT]]
    editor_data: Callable[[Vault, str | None], EditorDataT]  # what its editor shows

    def write(self, vault: Vault, record_id: str | None, record: InputT, draft: str) -> str:
        """Add or update the record, then drop its draft; returns the record's id."""
        records = self.repository(vault)
        return save_with_draft(
            vault,
            self.draft_kind,
            record_id,
            draft,
            lambda: records.add(record),
            lambda known_id: records.update(known_id, record),
        )

    def save_draft(self, vault: Vault, record_id: str | None, draft: str) -> None:
        vault.drafts.save(self.draft_kind, draft, record_id=record_id)

    def discard_draft(self, vault: Vault, record_id: str | None) -> EditorDataT:
        """Throw the record's draft away; returns the record as it was saved."""
        vault.drafts.discard(self.draft_kind, record_id)
        return self.editor_data(vault, record_id)

    def has_unsaved_new(self, vault: Vault) -> bool:
        """A new record was begun and never saved (after a close or a crash)."""
        return vault.drafts.get(self.draft_kind) is not None

    def trash(self, vault: Vault, record_id: str) -> None:
        self.repository(vault).delete(record_id)

    def restore(self, vault: Vault, record_id: str) -> None:
        self.repository(vault).restore(record_id)

    def empty_trash(self, vault: Vault) -> int:
        """Remove every trashed record for good; returns how many."""
        return self.repository(vault).empty_trash()
