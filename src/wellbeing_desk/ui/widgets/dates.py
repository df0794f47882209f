"""Short dates in her locale, never ambiguous.

``install_translators`` makes ``QLocale()`` the interface's locale (the
system's, or the chosen language with the system's country). The C/POSIX
locale (``LANG=C.UTF-8``) or an unknown one has no real short date: Qt writes
"6 12 2026", which could be June or December. Then the day, the abbreviated
month and the year are shown instead: "6 Dec 2026".
"""

from PySide6.QtCore import QDate, QDateTime, QLocale

UNAMBIGUOUS_DATE = "d MMM yyyy"


def _no_real_locale(locale: QLocale) -> bool:
    return locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage)


def short_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date with the year in full (for date fields), or "d MMM yyyy"."""
    locale = locale or QLocale()
    if _no_real_locale(locale):
        return UNAMBIGUOUS_DATE
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_time_format(locale: QLocale | None = None) -> str:
    """A short date and time for date-time fields."""
    locale = locale or QLocale()
    return f"{short_date_format(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


def short_date(day: QDate) -> str:
    """ "06/12/2026", "6/12/26", or "6 Dec 2026" where the locale has no real short date."""
    locale = QLocale()
    if _no_real_locale(locale):
        return locale.toString(day, UNAMBIGUOUS_DATE)
    return locale.toString(day, QLocale.FormatType.ShortFormat)


def short_date_time(moment: QDateTime) -> str:
    locale = QLocale()
    if _no_real_locale(locale):
        time = locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
        return f"{locale.toString(moment.date(), UNAMBIGUOUS_DATE)} {time}"
    return locale.toString(moment, QLocale.FormatType.ShortFormat)
