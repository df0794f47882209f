"""The interface languages: which there are, their own names, and which way they are written.

One list for the whole app (Qt-free, so the command line reads it too). A
language here has a complete ``assets/translations/wellbeing_desk_<code>.ts``,
every debrief template text, and the starter directory's texts; the tests
check each of them against this list.
"""

UI_LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "pt", "ar")

# Each language by its own name, as the Settings list shows it: she may not
# read the language the interface is in right now.
NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
    "ar": "العربية",
}

RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar"})

FALLBACK = "en"


def primary_subtag(code: str) -> str:
    """``pt`` for ``pt_BR``, ``pt-BR`` or ``pt_BR.UTF-8``; lower case."""
    return code.split(".", 1)[0].replace("-", "_").split("_", 1)[0].lower()


def interface_language(code: str) -> str:
    """The interface language for a locale name: its own when the app speaks it, else English."""
    primary = primary_subtag(code)
    return primary if primary in UI_LANGUAGES else FALLBACK


def is_right_to_left(code: str) -> bool:
    return primary_subtag(code) in RIGHT_TO_LEFT
