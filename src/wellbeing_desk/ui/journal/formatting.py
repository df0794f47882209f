"""Words for journal rows: dates in her locale, scores, and highlighted search snippets."""

import html
import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from wellbeing_desk.vault.fts import MATCH_END, MATCH_START
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


# Markdown punctuation that means nothing in a one-line snippet: emphasis, code,
# and heading or quote marks at the start of a line.
_MARKDOWN_MARKS = re.compile(r"\*+|_{2,}|`+|(?m:^\s*(?:#+|>+)\s)")


def without_markdown(text: str) -> str:
    return " ".join(_MARKDOWN_MARKS.sub("", text).split())


def snippet_html(snippet: str) -> str:
    """Escape her text, then turn the vault's match markers into bold."""
    text = html.escape(without_markdown(snippet), quote=False)
    return text.replace(MATCH_START, "<b>").replace(MATCH_END, "</b>")


def plain_snippet(snippet: str) -> str:
    return without_markdown(snippet.replace(MATCH_START, "").replace(MATCH_END, ""))


def body_html(summary: EntrySummary) -> str:
    """The second line of a row as rich text: the snippet when searching, else the preview."""
    if summary.snippet:
        return snippet_html(summary.snippet)
    return html.escape(summary.preview, quote=False)


def list_text(summary: EntrySummary) -> str:
    text = plain_snippet(summary.snippet) if summary.snippet else summary.preview
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
    text = plain_snippet(summary.snippet) if summary.snippet else summary.preview
    if text:
        parts.append(text)
    return ". ".join(parts)
