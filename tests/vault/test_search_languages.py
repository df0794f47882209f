"""Search in the new languages: French and Portuguese accents, Arabic vowels and letter forms.

French and Portuguese need nothing new (FTS5's ``unicode61 remove_diacritics
2`` folds é, ç, ã, õ). Arabic is folded by ``vault/fts.py`` before the index
and the query meet: a search typed without harakat finds text written with
them, alef with or without hamza or madda is one letter, ta marbuta and alef
maqsura match ha and ya, tatweel is ignored, and a word is found with or
without its joined article. Every section of the vault is searched the same
way (the global search reads each section's own index).
"""

from collections.abc import Callable
from datetime import date, datetime

import pytest

from wellbeing_desk.debrief import record
from wellbeing_desk.debrief.builtin import builtin_template
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory_types import ContactMethod, DirectoryEntryInput
from wellbeing_desk.vault.fts import fold_arabic, index_text, make_snippet, match_query
from wellbeing_desk.vault.journal import EntryInput
from wellbeing_desk.vault.notes import NoteInput
from wellbeing_desk.vault.search import search_everything


def _journal(vault: Vault, text: str) -> str:
    return vault.journal.add(EntryInput(occurred_at=datetime(2026, 5, 1, 9), body=text))


def _note(vault: Vault, text: str) -> str:
    return vault.notes.add(NoteInput(title="Cercle", occurred_on=date(2026, 5, 1), body=text))


def _directory(vault: Vault, text: str) -> str:
    contacts = (ContactMethod("phone", "+33 1 23 45 67 89"),)
    return vault.directory.add(
        DirectoryEntryInput("Entrée", "person", description=text, contacts=contacts)
    )


def _debrief(vault: Vault, text: str) -> str:
    template = builtin_template("after-incident")
    assert template is not None
    flow = record.start(template)
    flow.set_answer(text, "how-i-am")
    return vault.debriefs.create(record.debrief_input(flow, "en")).id


WRITERS: dict[str, Callable[[Vault, str], str]] = {
    "journal": _journal,
    "notes": _note,
    "directory": _directory,
    "debrief": _debrief,
}

# (written, typed): typed without accents, vowels or the article, it must find what was written.
FOUND = [
    ("Une journée très difficile à l'hôpital", "hopital"),
    ("Une journée très difficile", "JOURNEE tres"),
    ("Ça va mieux après la réunion", "ca reunion"),
    ("Conversação com a coordenação", "conversacao coordenacao"),
    ("Mães e irmãos em São Paulo", "maes irmaos sao"),
    ("Muita preocupação", "PREOCUPACAO"),
    ("كَتَبْتُ رِسَالَةً طَوِيلَةً", "رسالة طويلة"),  # harakat in the text, none typed
    ("كتبت رسالة", "رِسَالَة"),  # harakat typed, none in the text
    ("أحمد وإيمان في آمال", "احمد ايمان امال"),  # alef with hamza or madda
    ("اجتماع مع احمد", "أحمد"),
    ("ذهبت إلى المدرسة", "مدرسة"),  # the joined article
    ("ذهبت إلى المدرسة", "المدرسه"),  # ta marbuta typed as ha
    ("وبالمستشفى كان الطبيب", "مستشفي"),  # alef maqsura typed as ya, article with wa/bi
    ("الصبــــر", "صبر"),  # tatweel
    ("دعم نفسي للمدافعات", "مدافعات"),  # li + article
]
NOT_FOUND = [
    ("ذهبت إلى المدرسة", "مدرسين"),  # another word
    ("Conversação", "convite"),
]


@pytest.mark.parametrize("section", WRITERS)
@pytest.mark.parametrize(("written", "typed"), FOUND)
def test_typed_without_marks_finds_the_text(
    vault: Vault, section: str, written: str, typed: str
) -> None:
    record_id = WRITERS[section](vault, written)
    hits = search_everything(vault.connection, typed)
    assert (section, record_id) in {(hit.section, hit.id) for hit in hits}, (section, typed)


@pytest.mark.parametrize(("written", "typed"), NOT_FOUND)
def test_other_words_are_not_found(vault: Vault, written: str, typed: str) -> None:
    for section, write in WRITERS.items():
        record_id = write(vault, written)
        hits = search_everything(vault.connection, typed)
        assert (section, record_id) not in {(hit.section, hit.id) for hit in hits}


def test_folding_rules() -> None:
    assert fold_arabic("مَدْرَسَةٌ") == "مدرسه"
    assert fold_arabic("أإآٱ") == "اااا"
    assert fold_arabic("مستشفى") == "مستشفي"
    assert fold_arabic("ـصـبـر") == "صبر"
    assert fold_arabic("Café São") == "Café São"  # Latin text is the tokenizer's to fold
    assert index_text("ذهبت إلى المدرسة").split()[-1] == "مدرسه"  # also without the article
    assert index_text("Une journée") == "Une journée"
    assert match_query("الْمَدْرَسَة") == '"المدرسه"*'  # harakat do not split the word


def test_the_snippet_marks_the_word_as_written() -> None:
    snippet = make_snippet("ذهبت أمس إلى المَدْرَسَةِ مع أحمد", "مدرسة")
    assert snippet is not None
    assert "\x02المَدْرَسَةِ\x03" in snippet  # shown with its vowels, found without them
    french = make_snippet("Une journée à l'hôpital", "hopital")
    assert french is not None and "\x02hôpital\x03" in french


def test_an_older_vaults_index_is_folded_once_on_open(vault_dir, fast_kdf) -> None:
    from tests.conftest import PASSPHRASE
    from wellbeing_desk.vault.search_upkeep import ARABIC_FOLDED_SETTING

    written = "ذهبت إلى المَدْرَسَةِ مع أحمد"
    with Vault.create(vault_dir, PASSPHRASE, fast_kdf) as vault:
        entry_id = _journal(vault, written)
        english = _journal(vault, "A calm day")
        conn = vault.connection()
        # As an older version wrote it: the words as typed, nothing folded.
        seq = conn.execute("SELECT seq FROM journal_entry WHERE id = ?", (entry_id,)).fetchone()[0]
        conn.execute("DELETE FROM journal_fts WHERE rowid = ?", (seq,))
        conn.execute("INSERT INTO journal_fts(rowid, body, tags) VALUES (?, ?, '')", (seq, written))
        vault.settings.delete(ARABIC_FOLDED_SETTING)
        assert not search_everything(vault.connection, "مدرسة")
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert [hit.id for hit in search_everything(vault.connection, "مدرسة")] == [entry_id]
        assert [hit.id for hit in search_everything(vault.connection, "احمد")] == [entry_id]
        assert [hit.id for hit in search_everything(vault.connection, "calm")] == [english]
        assert vault.settings.get(ARABIC_FOLDED_SETTING) == "1"


def test_indexing_indexed_text_changes_nothing() -> None:
    for text in ("وبالمدرسة والمدرسة مدرسة", "أحمد في المَدْرَسَةِ", "Une journée", ""):
        once = index_text(text)
        assert index_text(once) == once
