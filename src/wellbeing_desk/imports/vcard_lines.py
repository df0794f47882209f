"""Reading a .vcf file the way real exporters write it, card by card, before vobject sees it.

Phones and address books write things no specification allows, and a strict
reader refuses the whole file for them. This module turns each card into clean
logical lines, one property per line, so a card that is fine is never refused
because of its neighbour. What it tolerates (as ez-vcard/vinnie and
sabre/vobject document):

- folded lines (a space or tab starts the continuation);
- quoted-printable values whose lines end in ``=`` (soft breaks), with or
  without folding whitespace on the next line; the value is decoded with its
  ``CHARSET`` (else UTF-8, else Latin-1) and handed on as plain text;
- Android's ``=`` at the very end of a value, followed by the next property
  (even ``END:VCARD``): a soft break into nothing;
- binary data (``PHOTO``, ``LOGO``, ``SOUND``, ``KEY``, any ``ENCODING=b`` or
  ``BASE64``), including base64 lines that lost their folding space and the
  blank line vCard 2.1 puts after them: left out, and named;
- Samsung's ``TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,…):`` label;
- blank lines, text between cards, ``BEGIN``/``END`` in any case or with
  spaces; a card nested in another (``AGENT``) is left out, and named.

What is not tolerated makes that one card unreadable, with the line: a line
that is not a property, a card that never ends, something that is not a vCard.
"""

import quopri
import re
from dataclasses import dataclass, field

from wellbeing_desk.imports.limits import MAX_IMPORT_RECORDS, too_many
from wellbeing_desk.vault.text_rules import without_unsafe

# Binary properties, and the word (a key of reading.WORDS) that names them in the preview.
BINARY_WORDS = {
    "PHOTO": "photo",
    "X-MS-CARDPICTURE": "photo",
    "LOGO": "logo",
    "SOUND": "sound",
    "KEY": "key",
}
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/=]+")
# A line that starts a property, for Android's "=" at the end of a value.
_PROPERTY_START = re.compile(
    r"(?:[A-Za-z0-9-]+\.)?(?:BEGIN|END|VERSION|N|FN|TEL|EMAIL|ADR|ORG|TITLE|ROLE|NOTE|URL|PHOTO"
    r"|BDAY|NICKNAME|CATEGORIES|UID|REV|LABEL|IMPP|KIND|GEO|TZ|LOGO|SOUND|KEY|X-[A-Za-z0-9-]+)"
    r"\s*[;:]",
    re.IGNORECASE,
)
# Far above any real property or card, far below what makes parsing slow: a card
# with 200,000 phone numbers took 9 s, a note folded over a million lines 3 s.
MAX_LOGICAL_LINE = 100_000
MAX_PROPERTIES = 1_000
_SAMSUNG_LABEL = re.compile(r";X-CUSTOM\((.*?)\)(?=[;:]|$)", re.IGNORECASE | re.DOTALL)


@dataclass
class Line:
    """One property of a card, unfolded and decoded, as vobject will read it."""

    number: int  # the line of the file it starts on
    text: str  # NAME;PARAMS:VALUE
    label: str = ""  # a label hidden in the parameters (Samsung)


@dataclass
class CardText:
    """The clean lines of one card, or why it cannot be read."""

    number: int  # 1-based, in file order
    line: int  # where BEGIN is
    lines: list[Line] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # word keys: "photo", "assistant"…
    problem: str = ""
    problem_line: int | None = None
    name_hint: str = ""  # FN, else N, for naming a card that cannot be read

    def fail(self, line: int | None, problem: str) -> None:
        if not self.problem:
            self.problem, self.problem_line = problem, line

    def vcard_text(self) -> str:
        body = "".join(line.text + "\n" for line in self.lines)
        return f"BEGIN:VCARD\n{body}END:VCARD\n"


def split_cards(text: str) -> list[CardText]:
    """Every ``BEGIN:…``/``END:…`` block at the top level of ``text``, in order."""
    cards: list[CardText] = []
    card: CardText | None = None
    depth = 0
    for number, logical, too_long in _logical_lines(text):
        head, colon, value = _split(logical)
        name = head.split(";", 1)[0].split(".")[-1].strip().upper()
        if colon and name == "BEGIN":
            if card is not None:
                depth += 1
                if "assistant" not in card.left_out:
                    card.left_out.append("assistant")
                continue
            if len(cards) == MAX_IMPORT_RECORDS:
                raise too_many("cards")
            card, depth = CardText(len(cards) + 1, number), 1
            if value.strip().upper() != "VCARD":
                card.fail(number, "this is not a vCard")
        elif card is not None and colon and name == "END":
            depth -= 1
            if depth == 0:
                cards.append(card)
                card = None
        elif card is not None and depth == 1:  # not text between cards, nor a nested card
            _card_line(card, number, head if colon and name else None, value, too_long)
    if card is not None:
        card.fail(None, "the card does not end (END:VCARD is missing)")
        cards.append(card)
    return cards


def _card_line(card: CardText, number: int, head: str | None, value: str, too_long: bool) -> None:
    """One logical line inside a card: a property, or why the card cannot be read."""
    if too_long:
        card.fail(number, f"this line is longer than {MAX_LOGICAL_LINE:,} characters")
    elif len(card.lines) >= MAX_PROPERTIES:
        card.fail(number, f"the card has more than {MAX_PROPERTIES:,} lines")
    elif head is None:
        card.fail(number, "this line cannot be read as vCard")
    else:
        _add_property(card, number, head, value)


def _add_property(card: CardText, number: int, head: str, value: str) -> None:
    name = head.split(";", 1)[0].rsplit(".", maxsplit=1)[-1].strip().upper()
    params = head.upper()
    if name in BINARY_WORDS or "ENCODING=B" in params.replace(" ", "") or "BASE64" in params:
        word = BINARY_WORDS.get(name, name)
        if word not in card.left_out:
            card.left_out.append(word)
        return
    label = ""
    match = _SAMSUNG_LABEL.search(head)
    if match:
        label = _samsung_label(match.group(1))
        head = head[: match.start()] + head[match.end() :]
    if "QUOTED-PRINTABLE" in params:
        head, value = _decode_quoted_printable(head, value)
    head = head.strip()
    if name in ("FN", "N") and not card.name_hint:
        hint = " ".join(value.replace(";", " ").replace("\\", "").split())
        card.name_hint = without_unsafe(hint)[:80]
    card.lines.append(Line(number, f"{head}:{value}", label))


def _logical_lines(text: str) -> list[tuple[int, str, bool]]:
    """(first line number, unfolded text, too long) of each logical line.

    Binary data is not kept. A line past ``MAX_LOGICAL_LINE`` stops growing
    (so unfolding stays linear and bounded) and is marked too long.
    """
    found: list[tuple[int, str, bool]] = []
    parts: list[str] = []
    start = length = 0
    soft_break = binary = quoted_printable = head_whole = in_quotes = False

    def flush() -> None:
        nonlocal length
        if parts:
            found.append((start, "".join(parts), length > MAX_LOGICAL_LINE))
            parts.clear()
        length = 0

    def extend(piece: str) -> None:
        nonlocal length, head_whole, in_quotes
        length += len(piece)
        if length <= MAX_LOGICAL_LINE or not parts:
            parts.append(piece[:MAX_LOGICAL_LINE])
        if not head_whole:
            head_whole, in_quotes = _head_ends(piece, in_quotes)

    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            flush()
            soft_break = binary = False
            continue
        if soft_break and parts and not _PROPERTY_START.match(raw):
            extend(raw.lstrip(" \t"))
        elif raw[0] in " \t" and parts:
            if not binary or not head_whole:
                extend(raw[1:])  # binary data: only until its head is whole
        elif binary and parts and _BASE64_LINE.fullmatch(raw.strip()):
            continue  # base64 that lost its folding space
        else:
            flush()
            start, head_whole, in_quotes = number, False, False
            extend(raw)
            head = _split(raw)[0].upper()
            name = head.split(";", 1)[0].split(".")[-1].strip()
            binary = name in BINARY_WORDS or "BASE64" in head or "ENCODING=B" in head
            quoted_printable = "QUOTED-PRINTABLE" in head
        soft_break = False
        if quoted_printable and parts[-1].endswith("="):
            parts[-1] = parts[-1][:-1]
            soft_break = True
    flush()
    return found


def _head_ends(piece: str, in_quotes: bool) -> tuple[bool, bool]:
    """(whether ``piece`` holds the colon that ends a property's head, still inside quotes)."""
    for char in piece:
        if char == '"':
            in_quotes = not in_quotes
        elif char == ":" and not in_quotes:
            return True, in_quotes
    return False, in_quotes


def _split(line: str) -> tuple[str, str, str]:
    """(name and parameters, ":" or "", value): the first colon outside double quotes."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:index], ":", line[index + 1 :]
    return line, "", ""


def _decode_quoted_printable(head: str, value: str) -> tuple[str, str]:
    """The head without ENCODING and CHARSET, and the value as vCard 3.0 text."""
    kept, charset = [], "utf-8"
    for param in head.split(";"):
        key, _, given = param.partition("=")
        upper = key.strip().upper()
        if upper == "CHARSET":
            charset = given.strip().strip('"') or charset
        elif upper == "QUOTED-PRINTABLE" or (
            upper == "ENCODING" and given.strip().upper() == "QUOTED-PRINTABLE"
        ):
            continue
        else:
            kept.append(param)
    raw = quopri.decodestring(value.encode("utf-8", "surrogatepass"))
    text = _decode(raw, charset)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return ";".join(kept), text


def _decode(raw: bytes, charset: str) -> str:
    for name in (charset, "utf-8"):
        try:
            return raw.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("cp1252", "replace")


def _samsung_label(inside: str) -> str:
    parts = inside.split(",")
    if any(part.strip().upper() == "ENCODING=QUOTED-PRINTABLE" for part in parts):
        charset = next(
            (p.split("=", 1)[1] for p in parts if p.strip().upper().startswith("CHARSET=")), "utf-8"
        )
        encoded = next((p for p in reversed(parts) if "=" in p and p.strip().startswith("=")), "")
        return _decode(quopri.decodestring(encoded.strip().encode("ascii", "replace")), charset)
    return inside.strip()
