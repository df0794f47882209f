"""Words for journal rows: dates in her locale, scores, and highlighted search snippets."""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from wellbeing_desk.ui.widgets.snippet_text import row_text, row_text_html
from wellbeing_desk.vault.journal import CHECKIN, EntrySummary


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )


def from_qdatetime(moment: QDateTime) -> datetime:
    date, time = moment.date(), moment.time()
    return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


def format_when(moment: datetime) -> str:
    locale = QLocale()
    stamp = to_qdatetime(moment)
    return QCoreApplication.translate("EntryText", "{date}, {time}").format(
        date=locale.toString(stamp.date(), QLocale.FormatType.LongFormat),
        time=locale.toString(stamp.time(), QLocale.FormatType.ShortFormat),
    )


def kind_label(kind: str) -> str:
    if kind == CHECKIN:
        return QCoreApplication.translate("EntryText", "Check-in")
    return QCoreApplication.translate("EntryText", "Entry")


def scores_text(stress: int | None, mood: int | None) -> str:
    """ "Stress 6/10 · Mood 3/5", leaving out what was not recorded."""
    parts = []
    if stress is not None:
        parts.append(
            QCoreApplication.translate("EntryText", "Stress {value}/10").format(value=stress)
        )
    if mood is not None:
        parts.append(QCoreApplication.translate("EntryText", "Mood {value}/5").format(value=mood))
    return " · ".join(parts)


def body_html(summary: EntrySummary) -> str:
    """The second line of a row as rich text: the snippet when searching, else the preview."""
    return row_text_html(summary.snippet, summary.preview)


def list_text(summary: EntrySummary) -> str:
    text = row_text(summary.snippet, summary.preview)
    return QCoreApplication.translate("EntryText", "{when} — {text}").format(
        when=format_when(summary.occurred_at), text=text or kind_label(summary.kind)
    )


def describe_summary(summary: EntrySummary) -> str:
    """One sentence for screen readers."""
    parts = [format_when(summary.occurred_at), kind_label(summary.kind)]
    if summary.stress is not None:
        parts.append(
            QCoreApplication.translate("EntryText", "Stress {value} of 10").format(
                value=summary.stress
            )
        )
    if summary.mood is not None:
        parts.append(
            QCoreApplication.translate("EntryText", "Mood {value} of 5").format(value=summary.mood)
        )
    text = row_text(summary.snippet, summary.preview)
    if text:
        parts.append(text)
    names: tuple[str, ...] = getattr(summary, "activity_names", ())
    if names:
        parts.append(activities_text(names))
    return ". ".join(parts)


def activities_text(names: tuple[str, ...]) -> str:
    """ "What I did for myself: Rest, Nature" (a row's third line)."""
    return QCoreApplication.translate("EntryText", "What I did for myself: {names}").format(
        names=", ".join(names)
    )
