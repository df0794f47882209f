"""The language of the locale, for text that comes in several languages (templates)."""

import os

SUPPORTED = ("en", "es")


def locale_language() -> str:
    """``es`` for ``es_MX.UTF-8`` and the like; English when unset or unsupported."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            code = value.split(".", 1)[0].split("_", 1)[0].split("-", 1)[0].lower()
            return code if code in SUPPORTED else "en"
    return "en"
