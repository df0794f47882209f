"""Saving a record that has an editor draft: the journal's and the notes' rule."""

from collections.abc import Callable

from wellbeing_desk.vault import Vault


def save_with_draft(
    vault: Vault,
    draft_kind: str,
    record_id: str | None,
    draft: str,
    add: Callable[[], str],
    update: Callable[[str], None],
) -> str:
    """Add (``record_id`` None) or update the record, then drop its draft; returns its id.

    The latest text goes into the draft first, so if saving fails (a full
    disk) after the app locked and nobody is told, nothing she typed is lost.
    """
    vault.drafts.save(draft_kind, draft, record_id=record_id)
    if record_id is None:
        record_id = add()
        vault.drafts.discard(draft_kind, None)
    else:
        update(record_id)
        vault.drafts.discard(draft_kind, record_id)
    return record_id
