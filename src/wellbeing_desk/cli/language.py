"""The language of the locale, for text that comes in several languages (templates)."""

import os

from wellbeing_desk.languages import FALLBACK, interface_language


def locale_language() -> str:
    """``es`` for ``es_MX.UTF-8``, ``pt`` for ``pt_BR``; English when unset or unsupported."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return interface_language(value)
    return FALLBACK
