"""The journal repository: writing, the trash, filters, paging and full-text search."""

from datetime import date, datetime, timedelta

import pytest

from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY, WARNING_SIGN
from wellbeing_desk.vault.fts import MATCH_END, MATCH_START, match_query, plain_snippet
from wellbeing_desk.vault.journal import (
    CHECKIN,
    EntryInput,
    JournalFilter,
    PageCursor,
)

MORNING = datetime(2026, 11, 20, 8, 15)


def add(vault: Vault, **fields: object) -> str:
    values: dict[str, object] = {"occurred_at": MORNING}
    values.update(fields)
    return vault.journal.add(EntryInput(**values))  # type: ignore[arg-type]


def test_add_get_update_round_trip(vault: Vault) -> None:
    rest = vault.care_items.find(ACTIVITY, "Rest")
    numb = vault.care_items.find(WARNING_SIGN, "numbness")
    assert rest and numb
    entry_id = add(
        vault, stress=6, mood=2, energy=3, sleep_hours=5.5, body="# Long day\nHard meeting.",
        item_ids=(rest.id, numb.id), tags=("work", " #Work ", "family"),
    )  # fmt: skip
    entry = vault.journal.get(entry_id)
    assert entry is not None
    assert (entry.stress, entry.mood, entry.energy, entry.sleep_hours) == (6, 2, 3, 5.5)
    assert entry.item_ids == (rest.id, numb.id)
    assert entry.tags == ("family", "work")  # unique ignoring case and "#", sorted
    assert entry.occurred_at == MORNING

    vault.journal.update(entry_id, EntryInput(occurred_at=MORNING, kind=CHECKIN, stress=2))
    updated = vault.journal.get(entry_id)
    assert updated is not None
    assert (updated.kind, updated.stress, updated.body, updated.tags) == (CHECKIN, 2, "", ())
    assert vault.journal.count(JournalFilter(text="meeting")) == 0  # the index followed


@pytest.mark.parametrize(
    "fields",
    [{"stress": 11}, {"stress": -1}, {"mood": 0}, {"mood": 6}, {"energy": 9},
     {"sleep_hours": 25.0}, {"kind": "diary"}, {"tags": ("x" * 61,)}],
)  # fmt: skip
def test_out_of_range_values_are_refused_and_nothing_is_saved(vault: Vault, fields: dict) -> None:
    with pytest.raises(ValueError):
        add(vault, **fields)
    assert vault.journal.count(JournalFilter()) == 0


def test_trash_restore_and_empty(vault: Vault) -> None:
    kept = add(vault, body="kept")
    gone = add(vault, body="to be forgotten")
    vault.journal.delete(gone)
    assert vault.journal.count(JournalFilter()) == 1
    assert [s.id for s in vault.journal.page(JournalFilter(trash=True))] == [gone]
    vault.journal.restore(gone)
    assert vault.journal.count(JournalFilter()) == 2
    vault.journal.delete(gone)
    assert vault.journal.empty_trash() == 1
    assert vault.journal.get(gone) is None
    assert vault.journal.get(kept) is not None
    conn = vault.connection()
    assert conn.execute("SELECT kind FROM tombstone WHERE id = ?", (gone,)).fetchone() == (
        "journal",
    )
    assert conn.execute("SELECT count(*) FROM journal_fts").fetchone() == (1,)  # only the kept one
    with pytest.raises(KeyError):
        vault.journal.restore(gone)


def test_newest_first_and_keyset_paging(vault: Vault) -> None:
    ids = [
        add(vault, occurred_at=MORNING + timedelta(hours=n), body=f"entry {n}") for n in range(25)
    ]
    pages: list[str] = []
    cursor: PageCursor | None = None
    while True:
        page = vault.journal.page(JournalFilter(), after=cursor, limit=10)
        if not page:
            break
        pages += [row.id for row in page]
        last = page[-1]
        cursor = PageCursor(last.occurred_at.strftime("%Y-%m-%dT%H:%M:%S"), last.id)
    assert pages == list(reversed(ids))


def test_same_minute_entries_page_without_loss(vault: Vault) -> None:
    ids = {add(vault, body=f"same time {n}") for n in range(7)}
    seen: set[str] = set()
    cursor = None
    for _ in range(10):
        page = vault.journal.page(JournalFilter(), after=cursor, limit=3)
        if not page:
            break
        seen |= {row.id for row in page}
        cursor = PageCursor(page[-1].occurred_at.strftime("%Y-%m-%dT%H:%M:%S"), page[-1].id)
    assert seen == ids


def test_filters(vault: Vault) -> None:
    rest = vault.care_items.find(ACTIVITY, "rest")
    nature = vault.care_items.find(ACTIVITY, "nature")
    assert rest and nature
    a = add(
        vault, occurred_at=datetime(2026, 1, 5, 9), stress=2, item_ids=(rest.id,), tags=("home",)
    )
    b = add(
        vault, occurred_at=datetime(2026, 2, 5, 9), stress=7, item_ids=(nature.id,), tags=("work",)
    )
    c = add(vault, occurred_at=datetime(2026, 3, 5, 23, 59), stress=9, tags=("Work",))

    def ids(**where: object) -> set[str]:
        return {row.id for row in vault.journal.page(JournalFilter(**where))}  # type: ignore[arg-type]

    assert ids(since=date(2026, 2, 1)) == {b, c}
    assert ids(until=date(2026, 3, 5)) == {a, b, c}  # the whole last day counts
    assert ids(until=date(2026, 3, 4)) == {a, b}
    assert ids(item_id=rest.id) == {a}
    assert ids(tag="work") == {b, c}  # tags ignore case
    assert ids(stress_min=7) == {b, c}
    assert ids(stress_min=3, stress_max=8) == {b}
    assert vault.journal.count(JournalFilter(tag="work", stress_min=8)) == 1
    assert [tag.casefold() for tag in vault.journal.tags()] == ["home", "work"]


def test_full_text_search_ignores_accents_and_case_and_highlights(vault: Vault) -> None:
    hit = add(vault, body="Hablé con la psicóloga sobre el cansancio.")
    add(vault, body="Nothing to see here.")
    (row,) = vault.journal.page(JournalFilter(text="PSICOLOGA"))
    assert row.id == hit
    assert row.snippet is not None
    assert f"{MATCH_START}psicóloga{MATCH_END}" in row.snippet
    assert "[psicóloga]" in plain_snippet(row.snippet)
    assert vault.journal.count(JournalFilter(text="cansan")) == 1  # prefix match
    assert vault.journal.count(JournalFilter(text="psicologa nothing")) == 0  # all words


@pytest.mark.parametrize(
    "text", ['"', "AND", "NEAR(", "body:x", "*", "a OR", "'); DROP TABLE journal_entry; --"]
)
def test_search_syntax_in_her_text_is_searched_not_interpreted(vault: Vault, text: str) -> None:
    add(vault, body="plain words")
    vault.journal.count(JournalFilter(text=text))  # must not raise
    assert vault.journal.count(JournalFilter()) == 1


def test_match_query_quotes_every_token() -> None:
    assert match_query("café  NEAR") == '"café"* "NEAR"*'
    assert match_query("  ...  ") is None


def test_preview_is_the_first_line_of_text(vault: Vault) -> None:
    add(vault, body="\n\n## Tired today\nmore")
    (row,) = vault.journal.page(JournalFilter())
    assert row.preview == "Tired today"


def test_daily_rows_for_insights(vault: Vault) -> None:
    rest = vault.care_items.find(ACTIVITY, "rest")
    assert rest
    add(vault, occurred_at=datetime(2026, 1, 2, 9), stress=3, mood=4, item_ids=(rest.id,))
    add(vault, occurred_at=datetime(2026, 1, 1, 9), stress=5, mood=2)
    rows = vault.journal.daily_rows()
    assert [(r[0].day, r[1], r[2], r[3]) for r in rows] == [(1, 5, 2, ()), (2, 3, 4, (rest.id,))]


def test_info_counts_journal_entries(vault: Vault) -> None:
    add(vault)
    trashed = add(vault)
    vault.journal.delete(trashed)
    assert vault.info().record_counts == {"journal": 1, "debrief": 0, "directory": 0, "notes": 0}


def test_add_many_is_all_or_nothing(vault: Vault) -> None:
    good = EntryInput(occurred_at=MORNING, stress=3)
    ids = vault.journal.add_many([good, good])
    assert len(set(ids)) == 2
    with pytest.raises(ValueError):
        vault.journal.add_many([good, EntryInput(occurred_at=MORNING, stress=99)])
    assert vault.journal.count(JournalFilter()) == 2


def test_snippet_folds_like_the_index_and_marks_every_match_in_view() -> None:
    from wellbeing_desk.vault.fts import make_snippet

    text = "Ayer hablé con la Psicóloga. La psicología ayuda; otra psicóloga también."
    snippet = make_snippet(text, "psicolog")
    assert snippet is not None
    assert snippet.count(MATCH_START) == 3
    assert f"{MATCH_START}Psicóloga{MATCH_END}" in snippet
    assert make_snippet(text, "zebra") is None
    long_text = " ".join(f"word{n}" for n in range(100)) + " target"
    far = make_snippet(long_text, "target")
    assert far is not None and far.startswith("…") and far.endswith(f"{MATCH_END}")


def test_emptying_the_trash_removes_drafts_of_those_entries(vault: Vault) -> None:
    entry_id = add(vault, body="soon gone")
    vault.drafts.save("journal-entry", '{"body": "an edit in progress"}', record_id=entry_id)
    vault.journal.delete(entry_id)
    vault.journal.empty_trash()
    assert vault.drafts.get("journal-entry", entry_id) is None


def test_rare_and_common_words_take_different_paths_to_the_same_pages(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search starts from the index's hits when they are few, else walks entries by time;
    both must give the same pages (filters and cursors included)."""
    import random

    from wellbeing_desk.vault import journal as journal_module

    rng = random.Random(4)
    words = ["río", "rio", "calma", "tea", "tired", "walk", "miedo"]
    vault.journal.add_many(
        [
            EntryInput(
                occurred_at=datetime(2026, 1, 1) + timedelta(hours=7 * n),
                stress=n % 11,
                body=" ".join(rng.choice(words) for _ in range(rng.randint(0, 5))),
                tags=("work",) if n % 3 else (),
            )
            for n in range(600)
        ]
    )

    def pages(where: JournalFilter) -> list[str]:
        seen: list[str] = []
        after = None
        while True:
            page = vault.journal.page(where, after, limit=37)
            seen += [row.id for row in page]
            if len(page) < 37:
                return seen
            after = PageCursor(page[-1].occurred_at.strftime("%Y-%m-%dT%H:%M:%S"), page[-1].id)

    filters = [
        JournalFilter(text="rio"),
        JournalFilter(text="tired walk", stress_min=3),
        JournalFilter(text="CALMA", tag="work"),
        JournalFilter(text="nothingatall"),
        JournalFilter(text="t", since=date(2026, 2, 1)),
    ]
    for where in filters:
        monkeypatch.setattr(journal_module, "RARE_HITS", 0)  # always walk by time
        walked = pages(where)
        monkeypatch.setattr(journal_module, "RARE_HITS", 10**9)  # always start from hits
        assert pages(where) == walked, where
