"""Pure pieces: the editor's draft format, tag parsing, starter names, snippets."""

from datetime import datetime

import pytest

from wellbeing_desk.ui.care_names import STARTER_SOURCE_NAMES, display_name, starter_name
from wellbeing_desk.ui.journal.editor_state import EditorState, parse_tags
from wellbeing_desk.ui.widgets.snippet_text import plain_snippet, snippet_html
from wellbeing_desk.vault.care_items import ACTIVITY, CareItem
from wellbeing_desk.vault.fts import MATCH_END, MATCH_START
from wellbeing_desk.vault.starters import STARTER_NAMES

WHEN = datetime(2024, 5, 6, 7, 8)


def test_a_draft_round_trips() -> None:
    state = EditorState(
        occurred_at=WHEN,
        entry_id="abc",
        kind="checkin",
        stress=0,
        mood=5,
        energy=1,
        sleep_hours=7.5,
        item_ids=("a", "b"),
        tags_text="work, #family",
        body="ñandú 🌿\nline two",
    )
    assert EditorState.from_json(state.to_json(), datetime(2000, 1, 1)) == state


def test_a_strange_draft_is_read_without_trusting_it() -> None:
    text = (
        '{"stress": 11, "mood": true, "energy": "3", "sleep_hours": 30, "kind": "other",'
        ' "occurred_at": "not a time", "item_ids": ["x", 3], "tags": 5, "body": ["no"]}'
    )
    state = EditorState.from_json(text, WHEN)
    assert (state.stress, state.mood, state.energy, state.sleep_hours) == (None, None, None, None)
    assert state.kind == "entry"
    assert state.occurred_at == WHEN
    assert state.item_ids == ("x",)
    assert (state.tags_text, state.body, state.entry_id) == ("", "", None)
    for broken in ("", "[1, 2]", "{"):
        with pytest.raises(ValueError):
            EditorState.from_json(broken, WHEN)


def test_tags_as_she_types_them() -> None:
    assert parse_tags(" work , #Family,, work ,family ") == ("work", "Family")
    with pytest.raises(ValueError):
        parse_tags("x" * 61)
    with pytest.raises(ValueError):
        EditorState(WHEN, tags_text="y" * 61).to_input()


def test_every_starter_has_a_translatable_name() -> None:
    assert set(STARTER_SOURCE_NAMES) == set(STARTER_NAMES)
    for key, english in STARTER_NAMES.items():
        assert starter_name(key) == english  # no translator loaded: the English source
    starter = CareItem("1", ACTIVITY, "rest", None, 0, False)
    renamed = CareItem("2", ACTIVITY, "rest", "Sleeping in", 0, False)
    assert (display_name(starter), display_name(renamed)) == ("Rest", "Sleeping in")


def test_snippets_escape_first_then_highlight() -> None:
    snippet = f"<script>{MATCH_START}river{MATCH_END}</script> & **{MATCH_START}walk{MATCH_END}**"
    assert snippet_html(snippet) == "&lt;script&gt;<b>river</b>&lt;/script&gt; &amp; <b>walk</b>"
    assert plain_snippet(snippet) == "<script>river</script> & walk"
