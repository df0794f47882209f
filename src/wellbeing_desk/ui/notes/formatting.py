"""Words for note rows and the detail: dates in her locale, people, highlighted snippets."""

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from wellbeing_desk.ui.widgets import dates
from wellbeing_desk.ui.widgets.snippet_text import row_text, row_text_html
from wellbeing_desk.vault.notes import NoteSummary

MAX_NAMES_IN_ROW = 3


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def long_date(day: date) -> str:
    return QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)


def short_date(day: date) -> str:
    return dates.short_date(to_qdate(day))


def date_format() -> str:
    """Her locale's short date, with the year in full (for date fields)."""
    return dates.short_date_format()


def people_text(names: tuple[str, ...]) -> str:
    """ "Ana, Marta and 2 others": at most three names, so a row stays one line."""
    if len(names) <= MAX_NAMES_IN_ROW:
        return ", ".join(names)
    shown = ", ".join(names[:MAX_NAMES_IN_ROW])
    return QCoreApplication.translate("NoteText", "{names} and {count} more").format(
        names=shown, count=len(names) - MAX_NAMES_IN_ROW
    )


def details_text(summary: NoteSummary, context: str) -> str:
    """The muted line of a row: date · context · people."""
    parts = (short_date(summary.occurred_on), context, people_text(summary.participants))
    return " · ".join(part for part in parts if part)


def body_html(summary: NoteSummary) -> str:
    """The last line of a row as rich text: the snippet when searching, else the preview.

    Her words are escaped first; only the vault's match markers become bold.
    """
    return row_text_html(summary.snippet, summary.preview)


def body_text(summary: NoteSummary) -> str:
    return row_text(summary.snippet, summary.preview)


def list_text(summary: NoteSummary) -> str:
    return QCoreApplication.translate("NoteText", "{date} — {title}").format(
        date=short_date(summary.occurred_on), title=summary.title
    )


def describe_summary(summary: NoteSummary, context: str) -> str:
    """One sentence for screen readers."""
    parts = [summary.title, long_date(summary.occurred_on)]
    if context:
        parts.append(context)
    if summary.participants:
        parts.append(
            QCoreApplication.translate("NoteText", "With {names}").format(
                names=", ".join(summary.participants)
            )
        )
    text = body_text(summary)
    if text:
        parts.append(text)
    return ". ".join(parts)
