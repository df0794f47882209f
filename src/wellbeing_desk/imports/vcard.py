"""vCard 2.1, 3.0 and 4.0 into directory entries, card by card.

``vcard_lines`` reads the file as real exporters write it (folding,
quoted-printable soft breaks, photos, vendor quirks); vobject then reads each
card's clean lines. This module maps properties to ``DirectoryEntryInput``:

- ``FN`` (else ``N``, else ``ORG``) → name; ``ORG`` (with its units) → organisation
- ``TITLE`` and ``ROLE`` → the first line of the description (she searches for a role)
- ``TEL`` → mobile when its type says ``cell``, else phone; ``EMAIL``, ``URL``, ``ADR``
  (and a ``LABEL`` no ``ADR`` holds) → email, website, postal
- ``IMPP``, ``X-SOCIALPROFILE``, ``X-JABBER``… for Signal, WhatsApp, Telegram or XMPP →
  a contact of that kind; other social profiles with a web address → website
- labels: ``item1.X-ABLabel`` (Apple, Google), Samsung's ``X-CUSTOM(…)``, Android's
  ``TEL;X-Label``, else the type (home, work, fax, pager) → the contact's label
- ``KIND`` (4.0), ``X-ABShowAs:COMPANY`` (Apple); else a person when ``N`` names one,
  or when ``FN`` is not the organisation and the card has personal fields
  (nickname, birthday, job title…)
- ``CATEGORIES`` → the categories this app knows; a Google "starred" → favourite
- ``LANG`` and ``X-WD-LANGUAGES`` → languages, ``X-WD-REGIONS`` → regions, other
  ``X-WD-*`` properties → the fields our own export writes
- anything else she wrote (nickname, birthday, other groups, Skype…) has no field:
  it is kept in her notes as ``Label: value`` and named in ``not_imported``;
  photos and other binary data are left out and named; bookkeeping (``UID``,
  ``REV``, ``PRODID``…) is left out silently.

vobject cuts single-valued text at the first unescaped comma ("FN:Pérez,
María" → "Pérez"), which many exporters write; the text of those properties is
taken from the clean line instead.
"""

import io
import re
from collections.abc import Mapping
from typing import Any

import vobject
from vobject.base import ContentLine, getLogicalLines
from vobject.icalendar import stringToTextValues

from wellbeing_desk.imports.errors import ImportFormatError
from wellbeing_desk.imports.limits import decode_import
from wellbeing_desk.imports.reading import (
    Imported,
    Reading,
    Unreadable,
    notes_with,
    words,
)
from wellbeing_desk.imports.vcard_lines import CardText, Line, split_cards
from wellbeing_desk.vault.directory_types import (
    CATEGORIES,
    KINDS,
    ContactMethod,
    DirectoryEntryInput,
    DirectoryValueError,
)

# X-WD-* properties written by exports.directory_formats, and the text field each carries.
WD_TEXT_FIELDS = {
    "X-WD-DESCRIPTION": "description",
    "X-WD-SECURE-ROUTE": "secure_route",
    "X-WD-HOURS": "hours",
    "X-WD-TIME-ZONE": "time_zone",
    "X-WD-COST": "cost",
    "X-WD-WHO-QUALIFIES": "who_qualifies",
    "X-WD-EXPERIENCED": "experienced_with_defenders",
    "X-WD-SAFETY-NOTES": "safety_notes",
}
# Read into a field, or used to decide one.
MAPPED = frozenset(
    {
        *("FN", "N", "ORG", "NOTE", "TEL", "EMAIL", "URL", "ADR", "LABEL", "TITLE", "ROLE"),
        *("CATEGORIES", "LANG", "KIND", "X-ABSHOWAS", "X-ABLABEL", "X-ADDRESSBOOKSERVER-KIND"),
        *("X-WD-KIND", "X-WD-LANGUAGES", "X-WD-REGIONS", *WD_TEXT_FIELDS),
    }
)
# Bookkeeping of the exporter: nothing of hers, left out without a word.
BOOKKEEPING = frozenset(
    {
        *("VERSION", "PRODID", "X-PRODID", "REV", "UID", "X-ABUID", "CLIENTPIDMAP", "X-ABADR"),
        *("X-IMAGETYPE", "X-IMAGEHASH", "X-SHARED-PHOTO-DISPLAY-PREF", "X-MS-OL-DESIGN"),
        *("X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-MOZILLA-HTML", "X-ADDRESSBOOKSERVER-MEMBER"),
        *("NAME", "PROFILE", "MAILER", "SOURCE", "X-WAB-GENDER", "X-EVOLUTION-FILE-AS"),
    }
)
# Properties with no field, and the word (a key of reading.WORDS) they are kept under.
KEPT_WORDS = {
    "NICKNAME": "nickname",
    "BDAY": "birthday",
    "ANNIVERSARY": "anniversary",
    "X-ANNIVERSARY": "anniversary",
    "X-ABDATE": "date",
    "GENDER": "gender",
    "X-GENDER": "gender",
    "X-ABRELATEDNAMES": "related",
    "RELATED": "related",
    "X-SPOUSE": "related",
    "X-MANAGER": "related",
    "X-ASSISTANT": "related",
    "GEO": "location",
    "TZ": "time_zone",
    "X-PHONETIC-FIRST-NAME": "pronunciation",
    "X-PHONETIC-MIDDLE-NAME": "pronunciation",
    "X-PHONETIC-LAST-NAME": "pronunciation",
    "X-PHONETIC-ORG": "pronunciation",
    "SORT-STRING": "pronunciation",
    "IMPP": "messaging",
    "X-SOCIALPROFILE": "social",
}
# A card with one of these (and a name that is not its organisation's) is a person's.
PERSONAL = frozenset(
    {
        *("NICKNAME", "BDAY", "ANNIVERSARY", "X-ANNIVERSARY", "GENDER", "X-GENDER", "TITLE"),
        *("ROLE", "X-ABRELATEDNAMES", "RELATED", "X-SPOUSE", "X-PHONETIC-FIRST-NAME"),
    }
)
# Messenger properties named after their service (Google, Evolution, KDE).
IM_PROPERTIES = {
    "X-JABBER": "xmpp",
    "X-SKYPE": "Skype",
    "X-SKYPE-USERNAME": "Skype",
    "X-GOOGLE-TALK": "Google Talk",
    "X-AIM": "AIM",
    "X-ICQ": "ICQ",
    "X-MSN": "MSN",
    "X-YAHOO": "Yahoo",
    "X-QQ": "QQ",
    "X-GADUGADU": "Gadu-Gadu",
    "X-MS-IMADDRESS": "",
}
# Messengers that have a contact type, and the words that name them in a type or URI.
MESSENGERS = {
    "signal": ("signal", "sgnl"),
    "whatsapp": ("whatsapp",),
    "telegram": ("telegram", "tg"),
    "xmpp": ("xmpp", "jabber"),
}
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):(?://)?", re.IGNORECASE)
_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_", re.DOTALL)
_LABEL_TYPES = ("home", "work", "fax", "pager")
_MOBILE_TYPES = frozenset({"cell", "mobile", "iphone"})
_ADDRESS_BOOK_GROUPS = frozenset({"mycontacts", "my contacts", "starred", "contacts"})
_NO_PREF = 101  # after every PREF=1..100


def parse_vcards(data: bytes) -> list[DirectoryEntryInput]:
    """Every card of a .vcf file as a validated entry with source ``imported``.

    All or nothing: ``ImportFormatError`` names the first card that cannot be
    read or stored, or says why the whole file cannot (too large, no card).
    """
    return read_vcards(data).all_entries()


def read_vcards(data: bytes, labels: Mapping[str, str] | None = None) -> Reading:
    """Each card as an ``Imported`` entry, or an ``Unreadable`` naming it and its line.

    ``labels`` translates the words kept in her notes (keys of ``reading.WORDS``).
    Whole-file problems (too large, too many cards, no card) raise ``ImportFormatError``.
    """
    cards = split_cards(decode_import(data))
    if not cards:
        raise ImportFormatError("The file contains no vCard.")
    named = words(labels)
    records: list[Imported] = []
    unreadable: list[Unreadable] = []
    for card in cards:
        try:
            records.append(_read_card(card, named))
        except ImportFormatError as error:
            unreadable.append(Unreadable(error, card.name_hint))
    return Reading(tuple(records), tuple(unreadable), "cards")


def _read_card(text: CardText, named: dict[str, str]) -> Imported:
    if text.problem:
        raise ImportFormatError.at_card(text.number, text.problem_line or text.line, text.problem)
    source = text.vcard_text()
    numbers = [number for _, number in getLogicalLines(io.StringIO(source), False)]
    lines = dict(zip(numbers[1:-1], text.lines, strict=False))
    try:
        card = vobject.readOne(source, allowQP=False)
    except Exception as exc:  # vobject raises many kinds on malformed input
        number = getattr(exc, "lineNumber", None)
        found = lines.get(number) if isinstance(number, int) else None
        where = found.number if found else text.line
        raise ImportFormatError.at_card(
            text.number, where, "this card is not valid vCard"
        ) from None
    try:
        card_reader = _Card(card, lines, named)
        entry = card_reader.entry().without_unsafe()  # terminal escapes, bidi overrides
        if not entry.name.strip():
            raise ImportFormatError.at_card(text.number, text.line, "the name is missing")
        entry = entry.validate()
    except DirectoryValueError as exc:
        raise ImportFormatError.at_card(text.number, text.line, str(exc)) from None
    left_out = [named.get(key, key) for key in text.left_out]
    return Imported(entry, tuple(dict.fromkeys([*card_reader.kept_words, *left_out])))


class _Card:
    """One vobject card, read into an entry; what has no field is collected on the way."""

    def __init__(self, card: Any, lines: dict[int, Line], named: dict[str, str]) -> None:
        self.card = card
        self.lines = lines
        self.named = named
        self.kept: list[tuple[str, str]] = []  # (label, value) for her notes
        self.kept_words: list[str] = []
        self.favourite = False
        self.labels = {
            str(line.group).lower(): _label(self.text(line))
            for line in self.props("X-ABLABEL")
            if line.group
        }

    # -- the entry ------------------------------------------------------------------------

    def entry(self) -> DirectoryEntryInput:
        person_name, has_person_name = self.person_name()
        organisation = ", ".join(
            part for line in self.props("ORG") if (part := _plain(line.value)) and part
        )
        name = self.first("FN") or person_name or organisation
        fields = {f: v for prop, f in WD_TEXT_FIELDS.items() if (v := self.first(prop))}
        roles = [
            t for prop in ("TITLE", "ROLE") for line in self.props(prop) if (t := self.text(line))
        ]
        description = "\n\n".join(
            p for p in (" · ".join(dict.fromkeys(roles)), fields.get("description", "")) if p
        )
        kind = self.kind(name, organisation, has_person_name=has_person_name)
        contacts = self.contacts()
        categories = self.categories()
        languages = self.languages()
        self.keep_the_rest()
        notes = "\n\n".join(t for line in self.props("NOTE") if (t := self.text(line).strip()))
        return DirectoryEntryInput(
            name=name,
            kind=kind,
            organisation=organisation,
            categories=categories,
            languages=languages,
            regions=tuple(
                code for line in self.props("X-WD-REGIONS") for code in self.text(line).split(",")
            ),
            contacts=contacts,
            notes=notes_with(notes, self.kept),
            description=description,
            secure_route=fields.get("secure_route", ""),
            hours=fields.get("hours", ""),
            time_zone=fields.get("time_zone", ""),
            cost=fields.get("cost", "unknown"),
            who_qualifies=fields.get("who_qualifies", ""),
            experienced_with_defenders=fields.get("experienced_with_defenders", "unknown"),
            safety_notes=fields.get("safety_notes", ""),
            favourite=self.favourite,
            source="imported",
        )

    def person_name(self) -> tuple[str, bool]:
        for line in self.props("N")[:1]:
            value = line.value
            parts = [getattr(value, part, "") for part in ("prefix", "given", "additional")]
            parts += [getattr(value, part, "") for part in ("family", "suffix")]
            name = " ".join(p for p in (_plain(part) for part in parts) if p)
            given = _plain(getattr(value, "given", ""))
            return name, bool(_plain(getattr(value, "family", "")) or given)
        return "", False

    def kind(self, name: str, organisation: str, *, has_person_name: bool) -> str:
        own = self.first("X-WD-KIND").lower()
        if own in KINDS:
            return own
        kind = (self.first("KIND") or self.first("X-ADDRESSBOOKSERVER-KIND")).lower()
        if kind == "individual":
            return "person"
        if kind in ("org", "organization", "organisation", "group", "location"):
            return "organisation"
        if self.first("X-ABSHOWAS").upper() == "COMPANY":
            return "organisation"
        # A person's name in N, unless it just repeats the organisation's name; or a
        # card with personal fields whose name is not its organisation's.
        if organisation and name.casefold() == organisation.casefold():
            return "organisation"
        personal = any(self.props(prop) for prop in PERSONAL) or self.android_nickname()
        return "person" if has_person_name or personal else "organisation"

    def categories(self) -> tuple[str, ...]:
        found, other = [], []
        for line in self.props("CATEGORIES"):
            values = line.value if isinstance(line.value, list) else self.text(line).split(",")
            for value in (_plain(v) for v in values):
                key = re.sub(r"[\s-]+", "_", value.casefold())
                if key in CATEGORIES:
                    found.append(key)
                elif value.casefold() == "starred":
                    self.favourite = True
                elif value and value.casefold() not in _ADDRESS_BOOK_GROUPS:
                    other.append(value)
        if other:
            self.keep("groups", ", ".join(dict.fromkeys(other)))
        return tuple(found)

    def languages(self) -> tuple[str, ...]:
        tags = [t for line in self.props("X-WD-LANGUAGES") for t in self.text(line).split(",")]
        for line in self.props("LANG"):
            tag = self.text(line).strip()
            try:
                DirectoryEntryInput("x", languages=(tag,)).validate()
            except DirectoryValueError:
                self.keep("languages", tag)
            else:
                tags.append(tag)
        return tuple(tags)

    # -- contacts -------------------------------------------------------------------------

    def contacts(self) -> tuple[ContactMethod, ...]:
        found: list[tuple[int, int, ContactMethod]] = []

        def add(line: Any, kind: str, value: str, label: str = "") -> None:
            value = value.strip()
            if value:
                types = _types(line)
                label = self.label_of(line) or label
                number = line.lineNumber if isinstance(line.lineNumber, int) else 0
                found.append((_pref(line, types), number, ContactMethod(kind, value, label)))

        for line in self.props("TEL"):
            kind = "mobile" if _MOBILE_TYPES & _types(line) else "phone"
            add(line, kind, _strip_scheme(self.text(line), "tel:"))
        for line in self.props("EMAIL"):
            add(line, "email", _strip_scheme(self.text(line), "mailto:"))
        for line in self.props("URL"):
            add(line, "website", self.text(line))
        addresses = []
        for line in self.props("ADR"):
            addresses.append(_address(line.value))
            add(line, "postal", addresses[-1])
        for line in self.props("LABEL"):  # a formatted address; most cards repeat their ADR
            text = self.text(line).strip()
            parts = [p.strip(" ,") for p in text.splitlines() if p.strip(" ,")]
            if not all(any(p in a for a in addresses) for p in parts):
                add(line, "postal", ", ".join(parts))
        for line in self.messenger_lines():
            value = self.text(line).strip()
            messenger = self.messenger(line, value)
            if messenger:
                add(line, messenger, _strip_any_scheme(value))
            elif line.name == "X-SOCIALPROFILE" and value.casefold().startswith(
                ("http:", "https:")
            ):
                add(line, "website", value, label=" ".join(sorted(_types(line))))
            elif value:
                service = IM_PROPERTIES.get(line.name) or _param(line, "X-SERVICE-TYPE", True)
                service = service or " ".join(sorted(_types(line))) or _scheme(value)
                word = "social" if line.name == "X-SOCIALPROFILE" else "messaging"
                self.keep(word, _strip_any_scheme(value) if service else value, service)
        found.sort(key=lambda item: (item[0], item[1]))
        return tuple(contact for _, _, contact in found)

    def messenger_lines(self) -> list[Any]:
        names = ("IMPP", "X-SOCIALPROFILE", *IM_PROPERTIES)
        lines = [line for name in names for line in self.props(name)]
        return sorted(lines, key=lambda line: line.lineNumber or 0)

    def messenger(self, line: Any, value: str) -> str:
        if line.name == "X-JABBER":
            return "xmpp"
        words_said = {*_types(line), _param(line, "X-SERVICE-TYPE"), _scheme(value).casefold()}
        return next((kind for kind, names in MESSENGERS.items() if words_said & set(names)), "")

    def label_of(self, line: Any) -> str:
        """The label she gave: the group's X-ABLabel, Samsung's or Android's, else the type."""
        if line.group and (label := self.labels.get(str(line.group).lower(), "")):
            return label
        own = self.lines.get(line.lineNumber)
        if own is not None and own.label:
            return own.label
        custom = [p[2:] for p in line.singletonparams if str(p).upper().startswith("X-") and p[2:]]
        if custom:
            return str(custom[0]).replace("_", " ")
        types = _types(line)
        return next((t for t in _LABEL_TYPES if t in types), "")

    # -- what has no field ---------------------------------------------------------------

    def keep_the_rest(self) -> None:
        for line in _lines(self.card):
            name = str(line.name).upper()
            if name in MAPPED or name in BOOKKEEPING or name in IM_PROPERTIES:
                continue
            if name in ("IMPP", "X-SOCIALPROFILE"):
                continue  # read with the contacts
            value = self.text(line).strip()
            if not value:
                continue
            if name == "X-ANDROID-CUSTOM":
                self.keep_android(value)
            elif name.startswith("X-WD-"):
                self.keep(name, value)
            else:
                label = self.labels.get(str(line.group).lower(), "") if line.group else ""
                self.keep(KEPT_WORDS.get(name, name), value, label)

    def keep_android(self, value: str) -> None:
        """``vnd.android.cursor.item/nickname;Marti;1;;…`` and the like."""
        kind, _, rest = value.partition(";")
        data = [part for part in rest.split(";") if part.strip()]
        if not data:
            return
        what = kind.rsplit("/", 1)[-1]
        word = {"nickname": "nickname", "relation": "related", "contact_event": "date"}.get(what)
        if word:
            self.keep(word, data[0])
        else:
            self.keep(what or "X-ANDROID-CUSTOM", ", ".join(data))

    def android_nickname(self) -> bool:
        return any("/nickname;" in self.text(line) for line in self.props("X-ANDROID-CUSTOM"))

    def keep(self, word: str, value: str, detail: str = "") -> None:
        label = self.named.get(word, word)
        if label not in self.kept_words:
            self.kept_words.append(label)
        self.kept.append((f"{label} ({detail})" if detail else label, value.strip()))

    # -- reading properties ---------------------------------------------------------------

    def props(self, name: str) -> list[Any]:
        """The content lines called ``name`` (nested components are left out)."""
        contents = getattr(self.card, "contents", {})
        lines = contents.get(name.lower(), []) if isinstance(contents, dict) else []
        return [line for line in lines if isinstance(line, ContentLine)]

    def first(self, name: str) -> str:
        return next((t for line in self.props(name) if (t := self.text(line).strip())), "")

    def text(self, line: Any) -> str:
        """A single-valued text property, unescaped, without vobject's cut at the first comma."""
        value = line.value
        if isinstance(value, bytes):
            return value.decode("utf-8", "replace")
        own = self.lines.get(line.lineNumber) if isinstance(line.lineNumber, int) else None
        if own is not None and isinstance(value, str):
            raw = _after_params(own.text)
            # A separator no character equals: unescape, never split.
            return str(stringToTextValues(raw, listSeparator="")[0])
        return _plain(value)


def _after_params(text: str) -> str:
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return text[index + 1 :]
    return ""


def _address(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    parts = ("street", "extended", "box", "city", "region", "code", "country")
    return ", ".join(p for p in (_plain(getattr(value, part, "")) for part in parts) if p)


def _lines(card: Any) -> list[Any]:
    contents = getattr(card, "contents", {})
    if not isinstance(contents, dict):
        return []
    lines = [line for found in contents.values() for line in found if isinstance(line, ContentLine)]
    return sorted(lines, key=lambda line: line.lineNumber or 0)


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace").strip()
    if isinstance(value, list | tuple):
        return ", ".join(p for p in (_plain(v) for v in value) if p)
    return str(value).strip()


def _types(line: Any) -> set[str]:
    values = [*line.params.get("TYPE", []), *line.singletonparams]
    return {t.strip().casefold() for v in values for t in str(v).split(",") if t.strip()}


def _param(line: Any, name: str, keep_case: bool = False) -> str:
    text = " ".join(str(v) for v in line.params.get(name, []))
    return text if keep_case else text.casefold()


def _pref(line: Any, types: set[str]) -> int:
    value = _param(line, "PREF")
    if value.isascii() and value.isdigit() and 1 <= int(value[:4]) <= 100:
        return int(value)
    return 1 if "pref" in types else _NO_PREF


def _label(text: str) -> str:
    match = _APPLE_LABEL.fullmatch(text.strip())
    return (match.group(1) if match else text).strip()


def _scheme(value: str) -> str:
    match = _SCHEME.match(value.strip())
    return match.group(1) if match and not value.strip()[match.end() :].startswith("/") else ""


def _strip_any_scheme(value: str) -> str:
    value = value.strip()
    match = _SCHEME.match(value)
    if match and not value.casefold().startswith(("http:", "https:")):
        return value[match.end() :]
    return value


def _strip_scheme(value: str, scheme: str) -> str:
    value = value.strip()
    return value[len(scheme) :] if value.casefold().startswith(scheme) else value
