"""The results model on its own: the model tester, grouping, escaping, dates."""

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.ui.conftest import unlock
from tests.ui.search.support import Records, add_records
from wellbeing_desk.ui.main_window import MainWindow
from wellbeing_desk.ui.search.model import (
    SearchResultModel,
    SnippetHtmlRole,
    format_when,
    hit_snippet_html,
)
from wellbeing_desk.vault.fts import MATCH_END, MATCH_START
from wellbeing_desk.vault.search import SearchHit


@pytest.fixture
def records(existing_vault: Path) -> Records:
    return add_records(existing_vault)


def test_model_passes_the_model_tester(
    qtbot, qtmodeltester, records: Records, window: MainWindow
) -> None:
    unlock(qtbot, window)
    model = SearchResultModel(window.worker)
    qtmodeltester.check(model)  # empty
    with qtbot.waitSignal(model.results_arrived, timeout=20_000):
        model.search("cafe")
    assert model.rowCount() == 8  # four headings, four hits
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.results_arrived, timeout=20_000):
        model.search("legal")
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_words_without_letters_ask_nothing(qtbot, records: Records, window) -> None:
    unlock(qtbot, window)
    model = SearchResultModel(window.worker)
    with qtbot.waitSignal(model.results_arrived, timeout=1000):
        model.search('  * " - ')
    assert model.searches == 0
    assert model.rowCount() == 0


def test_a_locked_vault_fails_quietly(qtbot, existing_vault: Path, window) -> None:
    model = SearchResultModel(window.worker)
    with qtbot.waitSignal(model.search_failed, timeout=20_000):
        model.search("cafe")
    assert model.rowCount() == 0


def test_her_words_are_escaped_before_matches_are_marked() -> None:
    hit = SearchHit(
        "notes", "n1", "<i>x</i>", f"a <b>bold</b> & {MATCH_START}café{MATCH_END} <script>", ""
    )
    text = hit_snippet_html(hit)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; <b>café</b> &lt;script&gt;" in text
    assert "<script>" not in text


def test_dates_are_in_the_short_format_of_her_locale(qapp) -> None:
    assert format_when("") == ""
    assert format_when("not a date") == ""
    assert format_when("2024-03-04")
    assert format_when("2024-03-01T08:30")
    assert format_when("2024-03-01T08:30") != format_when("2024-03-01")


def test_headings_have_no_id_and_hits_have_html(qtbot, records: Records, window) -> None:
    unlock(qtbot, window)
    model = SearchResultModel(window.worker)
    with qtbot.waitSignal(model.results_arrived, timeout=20_000):
        model.search("circle")
    assert model.rowCount() == 2
    heading, hit = model.index(0, 0), model.index(1, 0)
    assert heading.data() == "Notes"
    assert heading.data(SnippetHtmlRole) is None
    assert hit.data(SnippetHtmlRole)
    assert model.index(0, 0, QModelIndex()).flags() == Qt.ItemFlag.ItemIsEnabled
