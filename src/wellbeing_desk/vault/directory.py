"""The resource and contact directory: entries, facets, search, favourites, starter updates."""

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.directory_merge import merge_entries
from wellbeing_desk.vault.directory_search import match_clauses, parse_query
from wellbeing_desk.vault.directory_types import (
    WORLDWIDE,
    ContactMethod,
    DirectoryEntryInput,
)
from wellbeing_desk.vault.fts import index_text
from wellbeing_desk.vault.lifecycle import RecordLifecycle
from wellbeing_desk.vault.record_query import first_column
from wellbeing_desk.vault.record_repository import RecordRepository
from wellbeing_desk.vault.record_rows import insert_records, rewrite_record, update_record
from wellbeing_desk.vault.starter_ids import starter_directory_id

if TYPE_CHECKING:
    from babel import Locale

# Names of languages and countries are searchable in every interface language
# (the vault imports nothing of the app, so a test keeps this equal to languages.UI_LANGUAGES).
INDEX_LANGUAGES = ("en", "es", "fr", "pt", "ar")
FACETS = {"category": "directory_category", "language": "directory_language",
          "region": "directory_region"}  # fmt: skip
_FACET_COLUMN = {"directory_category": "category", "directory_language": "tag",
                 "directory_region": "code"}  # fmt: skip
# A category choice of its own: every kind of support for how she feels, with the
# helplines, in one list (CARE.md §2: what "See support in your directory" shows).
SUPPORT = "support"
DIRECTORY_LIFECYCLE = RecordLifecycle("directory_entry", "directory", fts_table="directory_fts")
SUPPORT_CATEGORIES = ("counselling", "trauma_care", "peer_support")
SUPPORT_KINDS = ("hotline",)
# Columns of directory_entry, in DirectoryEntryInput field order where they match.
_SCALARS = (
    "kind", "name", "organisation", "description", "secure_route", "hours", "time_zone",
    "cost", "who_qualifies", "experienced", "last_checked", "safety_notes", "notes",
    "favourite", "source", "starter_key", "source_urls",
)  # fmt: skip
# Fields a starter update may change; a field she edited is left as she left it.
STARTER_FIELDS = tuple(
    f.name for f in fields(DirectoryEntryInput) if f.name not in ("notes", "favourite", "source")
)


@dataclass(frozen=True)
class DirectoryEntry:
    id: str
    entry: DirectoryEntryInput
    edited_fields: tuple[str, ...]
    created_at: str
    updated_at: str
    deleted_at: str | None


@dataclass(frozen=True)
class DirectoryFilter:
    """What to list. ``text`` matches what entries say and what they are (see
    ``directory_search``); ``first_language`` only sorts, it hides nothing."""

    text: str = ""
    kind: str | None = None
    category: str | None = None  # one of CATEGORIES, or SUPPORT
    language: str | None = None  # a primary language subtag matches its regional variants
    region: str | None = None  # a country also matches "worldwide" entries
    favourites_only: bool = False
    experienced_only: bool = False
    trash: bool = False
    first_language: str | None = None  # entries in this language (or its variants) first


@dataclass(frozen=True)
class DirectoryTextMatch:
    """An entry a text search found, with what a snippet can be cut from."""

    id: str
    name: str
    organisation: str
    texts: tuple[str, ...]  # description, who qualifies, notes, contact values
    kind: str
    categories: tuple[str, ...]
    contact_types: tuple[str, ...]


@dataclass(frozen=True)
class DirectorySummary:
    id: str
    name: str
    organisation: str
    kind: str
    favourite: bool
    source: str


class DirectoryRepository(RecordRepository[DirectoryEntryInput]):
    """Entries; adding, updating and the trash are ``RecordRepository``'s."""

    def __init__(self, connection: Callable[[], Connection]) -> None:
        super().__init__(connection, DIRECTORY_LIFECYCLE)

    # -- writing -----------------------------------------------------------------------

    def import_entries(
        self,
        new: Sequence[DirectoryEntryInput],
        merges: Sequence[tuple[str, DirectoryEntryInput]],
    ) -> list[str]:
        """Add ``new`` and merge each (existing id, incoming entry), all in one transaction.

        All or nothing: a bad entry or a missing merge target changes nothing.
        A merge keeps her entry's fields (see ``merge_entries``); on a starter
        entry the fields it changes count as edited, as with ``update``.
        Returns the ids of the added entries, then those of the merged ones.
        """
        checked = [entry.validate() for entry in new]
        conn = self._connection()
        with write_transaction(conn):
            ids = self._insert(conn, checked)
            for entry_id, incoming in merges:
                current = self._get(conn, entry_id)
                if current is None:
                    raise KeyError(entry_id)
                self._rewrite(conn, entry_id, merge_entries(current.entry, incoming))
        return ids + [entry_id for entry_id, _ in merges]

    def set_favourite(self, entry_id: str, favourite: bool) -> None:
        update_record(
            self._connection(), "directory_entry", entry_id, "favourite = ?", (int(favourite),)
        )

    def apply_starter(
        self,
        entries: Sequence[DirectoryEntryInput],
        search_extras: Mapping[str, str] | None = None,
    ) -> tuple[int, int]:
        """Add new starter entries and refresh known ones, keeping every field she edited.

        ``search_extras`` maps a starter key to its text in the app's other
        languages, indexed so a search in Spanish finds an entry stored in
        English. Returns (added, updated). Entries she deleted stay deleted.
        """
        extras = search_extras or {}
        checked = [e.validate() for e in entries if e.starter_key]
        conn = self._connection()
        added = updated = 0
        with write_transaction(conn):
            for fresh in checked:
                row = conn.execute(
                    "SELECT id FROM directory_entry WHERE starter_key = ?", (fresh.starter_key,)
                ).fetchone()
                if row is None:
                    key = fresh.starter_key or ""
                    # The same id in every vault: sync then sees one entry, not two.
                    self._insert(conn, [fresh], [extras.get(key, "")], [starter_directory_id(key)])
                    added += 1
                    continue
                current = self._get(conn, row[0])
                assert current is not None
                merged = replace(
                    fresh,
                    **{name: getattr(current.entry, name) for name in current.edited_fields},
                    notes=current.entry.notes,
                    favourite=current.entry.favourite,
                    source="starter",
                )
                extra = extras.get(fresh.starter_key or "", "")
                if merged != current.entry or extra != _search_extra(conn, row[0]):
                    conn.execute(
                        "UPDATE directory_entry SET search_extra = ? WHERE id = ?", (extra, row[0])
                    )
                    self._replace(conn, row[0], merged, current.edited_fields)
                    updated += 1
        return added, updated

    # -- reading -----------------------------------------------------------------------

    def get(self, entry_id: str) -> DirectoryEntry | None:
        return self._get(self._connection(), entry_id)

    def search(self, where: DirectoryFilter, limit: int = 500) -> list[DirectorySummary]:
        """Entries matching every filter, by name (those in ``first_language`` first)."""
        sql, params = _build(where, ordered=True)
        order, order_params = _order(where)
        rows = self._connection().execute(
            "SELECT e.id, e.name, e.organisation, e.kind, e.favourite, e.source "
            f"FROM directory_entry e{sql} ORDER BY {order} LIMIT ?",
            (*params, *order_params, limit),
        )
        return [DirectorySummary(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in rows]

    def text_matches(self, text: str, limit: int) -> list[DirectoryTextMatch]:
        """Live entries whose words or kind match ``text``: favourites, then by name.

        The same conditions as ``search`` (one SQL path); this reads the fields
        search everywhere cuts its snippets from.
        """
        sql, params = _build(DirectoryFilter(text=text))
        rows = self._connection().execute(
            "SELECT e.id, e.name, e.organisation, e.description, e.who_qualifies, e.notes, "
            "(SELECT group_concat(value, ' · ') FROM directory_contact c "
            "WHERE c.entry_seq = e.seq), e.kind, "
            "(SELECT group_concat(category, ' ') FROM directory_category g "
            "WHERE g.entry_seq = e.seq), "
            "(SELECT group_concat(type, ' ') FROM directory_contact c WHERE c.entry_seq = e.seq) "
            f"FROM directory_entry e{sql} "
            "ORDER BY e.favourite DESC, e.name COLLATE NOCASE, e.seq LIMIT ?",
            (*params, limit),
        )
        return [
            DirectoryTextMatch(
                id=row[0],
                name=row[1],
                organisation=row[2] or "",
                texts=tuple(str(value) for value in row[3:7] if value),
                kind=row[7],
                categories=tuple((row[8] or "").split()),
                contact_types=tuple((row[9] or "").split()),
            )
            for row in rows
        ]

    def hours_of_matches(self, where: DirectoryFilter) -> dict[str, tuple[str, str]]:
        """Each match's opening hours and time zone, by id: one query, for "open now"."""
        sql, params = _build(where)
        rows = self._connection().execute(
            f"SELECT e.id, e.hours, e.time_zone FROM directory_entry e{sql}", params
        )
        return {str(r[0]): (str(r[1] or ""), str(r[2] or "")) for r in rows}

    def count(self, where: DirectoryFilter) -> int:
        sql, params = _build(where)
        row = self._connection().execute(f"SELECT count(*) FROM directory_entry e{sql}", params)
        return int(row.fetchone()[0])

    def facet_values(self) -> tuple[list[str], list[str]]:
        """The primary language subtags and the region codes that live entries use."""
        conn = self._connection()
        live = "JOIN directory_entry e ON e.seq = f.entry_seq WHERE e.deleted_at IS NULL"
        tags = conn.execute(f"SELECT DISTINCT f.tag FROM directory_language f {live}")
        codes = conn.execute(f"SELECT DISTINCT f.code FROM directory_region f {live}")
        languages = sorted({str(row[0]).split("-")[0].lower() for row in tags})
        return languages, sorted(str(row[0]) for row in codes)

    def entries(self, where: DirectoryFilter | None = None) -> Iterator[DirectoryEntry]:
        conn = self._connection()
        sql, params = _build(where or DirectoryFilter())
        ids = [r[0] for r in conn.execute(
            f"SELECT e.id FROM directory_entry e{sql} ORDER BY e.name COLLATE NOCASE, e.seq", params
        )]  # fmt: skip
        for entry_id in ids:
            found = self._get(conn, entry_id)
            if found is not None:
                yield found

    # -- internals ---------------------------------------------------------------------

    @staticmethod
    def _insert(  # static: the emergency list adds a person inside its own transaction
        conn: Connection,
        checked: Sequence[DirectoryEntryInput],
        search_extras: Sequence[str] | None = None,
        ids: Sequence[str] | None = None,
    ) -> list[str]:
        """Insert validated entries inside the caller's transaction; their new ids.

        ``search_extras`` holds each entry's text in other languages (see ``apply_starter``);
        ``ids`` the starters' stable ids (fresh random ids when None).
        """
        extras = search_extras or [""] * len(checked)
        added = insert_records(
            conn,
            "directory_entry",
            (*_SCALARS, "search_extra"),
            [(*_scalar_values(e), x) for e, x in zip(checked, extras, strict=True)],
            ids,
        )
        for (_, seq), entry, extra in zip(added, checked, extras, strict=True):
            _write_parts(conn, seq, entry, extra)
        return [entry_id for entry_id, _ in added]

    def _rewrite(self, conn: Connection, entry_id: str, entry: DirectoryEntryInput) -> None:
        """On a starter entry, remember which fields she changed."""
        current = self._get(conn, entry_id)
        if current is None:
            raise KeyError(entry_id)
        edited = set(current.edited_fields)
        if current.entry.source == "starter":
            edited |= {
                name
                for name in STARTER_FIELDS
                if getattr(entry, name) != getattr(current.entry, name)
            }
        entry = replace(entry, source=current.entry.source, starter_key=current.entry.starter_key)
        self._replace(conn, entry_id, entry, tuple(sorted(edited)))

    @staticmethod
    def _replace(
        conn: Connection, entry_id: str, entry: DirectoryEntryInput, edited: tuple[str, ...]
    ) -> None:
        seq = rewrite_record(
            conn,
            DIRECTORY_LIFECYCLE,
            entry_id,
            ("edited_fields", *_SCALARS),
            (json.dumps(list(edited)), *_scalar_values(entry)),
        )
        for table in (*_FACET_COLUMN, "directory_contact"):
            conn.execute(f"DELETE FROM {table} WHERE entry_seq = ?", (seq,))
        _write_parts(conn, seq, entry, _search_extra(conn, entry_id))

    @staticmethod
    def _get(conn: Connection, entry_id: str) -> DirectoryEntry | None:
        row = conn.execute(
            "SELECT seq, created_at, updated_at, deleted_at, edited_fields, "
            + ", ".join(_SCALARS)
            + " FROM directory_entry WHERE id = ?",
            (entry_id,),
        ).fetchone()
        if row is None:
            return None
        seq = row[0]
        values = dict(zip(_SCALARS, row[5:], strict=True))
        facets = {
            table: first_column(
                conn, f"SELECT {column} FROM {table} WHERE entry_seq = ? ORDER BY {column}", (seq,)
            )
            for table, column in _FACET_COLUMN.items()
        }
        contacts = tuple(
            ContactMethod(r[0], r[1], r[2])
            for r in conn.execute(
                "SELECT type, value, label FROM directory_contact WHERE entry_seq = ? "
                "ORDER BY position",
                (seq,),
            )
        )
        entry = DirectoryEntryInput(
            name=values["name"],
            kind=values["kind"],
            organisation=values["organisation"],
            description=values["description"],
            categories=facets["directory_category"],
            languages=facets["directory_language"],
            regions=facets["directory_region"],
            contacts=contacts,
            secure_route=values["secure_route"],
            hours=values["hours"],
            time_zone=values["time_zone"],
            cost=values["cost"],
            who_qualifies=values["who_qualifies"],
            experienced_with_defenders=values["experienced"],
            last_checked=date.fromisoformat(values["last_checked"])
            if values["last_checked"]
            else None,
            safety_notes=values["safety_notes"],
            notes=values["notes"],
            favourite=bool(values["favourite"]),
            source=values["source"],
            starter_key=values["starter_key"],
            source_urls=tuple(json.loads(values["source_urls"])),
        )
        return DirectoryEntry(
            id=entry_id,
            entry=entry,
            edited_fields=tuple(json.loads(row[4])),
            created_at=row[1],
            updated_at=row[2],
            deleted_at=row[3],
        )


def _scalar_values(entry: DirectoryEntryInput) -> tuple[Any, ...]:
    return (
        entry.kind, entry.name, entry.organisation, entry.description, entry.secure_route,
        entry.hours, entry.time_zone, entry.cost, entry.who_qualifies,
        entry.experienced_with_defenders,
        entry.last_checked.isoformat() if entry.last_checked else None,
        entry.safety_notes, entry.notes, 1 if entry.favourite else 0, entry.source,
        entry.starter_key, json.dumps(list(entry.source_urls)),
    )  # fmt: skip


def _search_extra(conn: Connection, entry_id: str) -> str:
    row = conn.execute("SELECT search_extra FROM directory_entry WHERE id = ?", (entry_id,))
    found = row.fetchone()
    return "" if found is None else str(found[0])


def _write_parts(
    conn: Connection, seq: int, entry: DirectoryEntryInput, search_extra: str = ""
) -> None:
    for table, values in (
        ("directory_category", entry.categories),
        ("directory_language", entry.languages),
        ("directory_region", entry.regions),
    ):
        conn.executemany(
            f"INSERT INTO {table}(entry_seq, {_FACET_COLUMN[table]}) VALUES (?, ?)",
            [(seq, value) for value in values],
        )
    conn.executemany(
        "INSERT INTO directory_contact(entry_seq, position, type, value, label) "
        "VALUES (?, ?, ?, ?, ?)",
        [(seq, n, c.type, c.value, c.label) for n, c in enumerate(entry.contacts)],
    )
    write_directory_index(conn, seq, entry, search_extra)


def write_directory_index(
    conn: Connection, seq: int, entry: DirectoryEntryInput, search_extra: str = ""
) -> None:
    """An entry's full-text row (also rebuilt from the stored rows by sync)."""
    conn.execute(
        "INSERT INTO directory_fts(rowid, name, organisation, description, contacts, places, "
        "other) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            seq,
            *map(
                index_text,
                (
                    entry.name,
                    entry.organisation,
                    f"{entry.description} {search_extra}".strip(),
                    " ".join(f"{c.value} {c.label}" for c in entry.contacts),
                    " ".join(_place_names(entry)),
                    " ".join(
                        (
                            entry.who_qualifies,
                            entry.safety_notes,
                            entry.secure_route,
                            entry.hours,
                            entry.notes,
                        )
                    ),
                ),
            ),
        ),
    )


def _place_names(entry: DirectoryEntryInput) -> list[str]:
    names: list[str] = []
    # Sorted: the facet tables keep no order, and a rebuild must write the same row.
    for language in INDEX_LANGUAGES:
        locale = _locale(language)
        for tag in sorted(entry.languages):
            names.append(locale.languages.get(tag.split("-")[0], tag))
        for code in sorted(entry.regions):
            names.append("worldwide" if code == WORLDWIDE else locale.territories.get(code, code))
    return names


@cache
def _locale(language: str) -> "Locale":
    from babel import Locale, UnknownLocaleError  # only when names are indexed: not at start-up

    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def _build(where: DirectoryFilter, ordered: bool = False) -> tuple[str, list[Any]]:
    """The WHERE clause; ``ordered`` when rows are read in order up to a limit."""
    clauses = ["e.deleted_at IS NOT NULL" if where.trash else "e.deleted_at IS NULL"]
    params: list[Any] = []
    if where.kind:
        clauses.append("e.kind = ?")
        params.append(where.kind)
    if where.favourites_only:
        clauses.append("e.favourite = 1")
    if where.experienced_only:
        clauses.append("e.experienced = 'yes'")
    if where.category == SUPPORT:
        clauses.append(
            f"(e.kind IN ({', '.join('?' * len(SUPPORT_KINDS))}) OR e.seq IN "
            "(SELECT entry_seq FROM directory_category WHERE category IN "
            f"({', '.join('?' * len(SUPPORT_CATEGORIES))})))"
        )
        params += [*SUPPORT_KINDS, *SUPPORT_CATEGORIES]
    elif where.category:
        clauses.append("e.seq IN (SELECT entry_seq FROM directory_category WHERE category = ?)")
        params.append(where.category)
    if where.language:
        clauses.append(f"e.seq IN {_IN_LANGUAGE}")
        params += _language_params(where.language)
    if where.region:
        clauses.append(
            "e.seq IN (SELECT entry_seq FROM directory_region WHERE code IN (?, 'worldwide'))"
        )
        params.append(where.region.upper())
    text_clauses, text_params = match_clauses(parse_query(where.text), ordered=ordered)
    clauses += text_clauses
    params += text_params
    return " WHERE " + " AND ".join(clauses), params


_IN_LANGUAGE = "(SELECT entry_seq FROM directory_language WHERE tag = ? OR tag LIKE ?)"


def _language_params(language: str) -> list[str]:
    """A primary language subtag matches its regional variants ("pt" finds "pt-BR")."""
    primary = language.split("-", maxsplit=1)[0].lower()
    return [primary, f"{primary}-%"]


def _order(where: DirectoryFilter) -> tuple[str, list[Any]]:
    by_name = "e.name COLLATE NOCASE, e.seq"
    if not where.first_language:
        return by_name, []
    return f"e.seq IN {_IN_LANGUAGE} DESC, {by_name}", _language_params(where.first_language)
