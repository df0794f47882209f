"""The journal as Markdown, for a counsellor or for her own records."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wellbeing_desk.vault.journal import JournalEntry


@dataclass(frozen=True)
class MarkdownLabels:
    """The words of the export; the UI passes translated ones."""

    title: str = "Journal"
    date: str = "Date"
    stress: str = "Stress (0–10)"
    mood: str = "Mood (1–5)"
    energy: str = "Energy (1–5)"
    sleep: str = "Sleep (hours)"
    activities: str = "What I did for myself"
    warning_signs: str = "Warning signs"
    tags: str = "Tags"
    check_in: str = "Check-in"
    empty: str = "No entries in this period."


def journal_markdown(
    entries: Sequence[JournalEntry],
    item_names: Mapping[str, str],
    labels: MarkdownLabels = MarkdownLabels(),
    *,
    activity_ids: frozenset[str] | None = None,
) -> str:
    """Markdown of ``entries`` oldest first; ``item_names`` maps care item ids to names.

    ``activity_ids`` tells activities from warning signs; without it every
    linked item is listed as an activity.
    """
    lines = [f"# {_escape(labels.title)}", ""]
    if not entries:
        lines += [labels.empty, ""]
    for entry in sorted(entries, key=lambda e: (e.occurred_at, e.id)):
        heading = entry.occurred_at.strftime("%Y-%m-%d %H:%M")
        if entry.kind == "checkin":
            heading += f" · {labels.check_in}"
        lines += [f"## {heading}", ""]
        facts = [
            (labels.stress, entry.stress),
            (labels.mood, entry.mood),
            (labels.energy, entry.energy),
            (labels.sleep, _number(entry.sleep_hours)),
        ]
        lines += [f"- **{label}:** {value}" for label, value in facts if value is not None]
        activities = [i for i in entry.item_ids if activity_ids is None or i in activity_ids]
        signs = [i for i in entry.item_ids if activity_ids is not None and i not in activity_ids]
        for label, ids in ((labels.activities, activities), (labels.warning_signs, signs)):
            if ids:
                names = ", ".join(_escape(item_names.get(i, "?")) for i in ids)
                lines.append(f"- **{label}:** {names}")
        if entry.tags:
            lines.append(f"- **{labels.tags}:** {', '.join(_escape(t) for t in entry.tags)}")
        if entry.body.strip():
            lines += ["", entry.body.strip()]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _number(value: float | None) -> str | None:
    return None if value is None else f"{value:g}"


def _escape(text: str) -> str:
    """Names and tags are plain text: keep them from turning into Markdown."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)
