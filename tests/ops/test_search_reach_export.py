"""Search everywhere, Reach someone now and the journal export, without Qt."""

import os
from datetime import date, datetime
from pathlib import Path

from wellbeing_desk.ops import export as export_ops
from wellbeing_desk.ops import reach as reach_ops
from wellbeing_desk.ops import search as search_ops
from wellbeing_desk.ops.reach import NewPerson
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY, WARNING_SIGN
from wellbeing_desk.vault.directory_types import ContactMethod
from wellbeing_desk.vault.journal import EntryInput


def test_search_finds_journal_words_and_keeps_to_the_limit(vault: Vault) -> None:
    for day in (3, 4, 5):
        vault.journal.add(EntryInput(datetime(2026, 3, day, 9), body="A riverside walk."))
    hits = search_ops.search(vault, "riverside", 2)
    assert [hit.section for hit in hits] == ["journal", "journal"]
    assert search_ops.search(vault, "nowhere", 5) == []


def test_her_emergency_people_come_first_in_reach(vault: Vault) -> None:
    reach_ops.add_emergency_people(
        vault,
        [
            NewPerson("Ana", ContactMethod("phone", "+1 555 0101")),
            NewPerson("Luis", ContactMethod("signal", "@luis.01")),
        ],
    )
    items = reach_ops.people_to_reach(vault, "en")
    mine = [item for item in items if item.group == "emergency"]
    assert [item.name for item in mine] == ["Ana", "Luis"]
    assert items[: len(mine)] == mine
    assert mine[0].primary == ContactMethod("phone", "+1 555 0101")


def test_journal_export_holds_the_period_and_hidden_items(vault: Vault) -> None:
    walk = vault.care_items.add(ACTIVITY, "Walk")
    sign = vault.care_items.add(WARNING_SIGN, "No sleep")
    vault.care_items.set_hidden(sign.id, True)
    inside = vault.journal.add(EntryInput(datetime(2026, 3, 4, 9), body="In the period."))
    vault.journal.add(EntryInput(datetime(2026, 2, 1, 9), body="Before it."))
    export = export_ops.journal_export(vault, date(2026, 3, 1), date(2026, 3, 31))
    assert [entry.id for entry in export.entries] == [inside]
    assert {item.id for item in export.items} >= {walk.id, sign.id}


def test_the_document_is_written_owner_only(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "export.md"
    export_ops.write_document(vault, path, b"# Journal\n")
    assert path.read_bytes() == b"# Journal\n"
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
