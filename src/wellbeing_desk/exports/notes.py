"""Dialogue notes as neutral JSON documents and Markdown (CLI listing, the full export)."""

from typing import Any

from wellbeing_desk.vault.follow_ups import FollowUp
from wellbeing_desk.vault.notes import Note


def note_document(note: Note, contexts: dict[str, str], done: set[str]) -> dict[str, Any]:
    """One note as the CLI contract shapes it (id, title, date, participants, tags, text, …)."""
    return {
        "id": note.id,
        "title": note.title,
        "date": note.occurred_on.isoformat(),
        "context": contexts.get(note.context_id or ""),
        "participants": [p.name for p in note.participants],
        "participant_links": [
            {"name": p.name, "directory_id": p.directory_id} for p in note.participants
        ],
        "takeaways": list(note.takeaways),
        "follow_ups": [
            {
                "id": f.item_id,
                "text": f.text,
                "due": f.due_date.isoformat() if f.due_date else None,
                "done": f.item_id in done,
            }
            for f in note.follow_ups
        ],
        "tags": list(note.tags),
        "text": note.body,
        "created_at": note.created_at,
        "updated_at": note.updated_at,
    }


def done_items(follow_ups: list[FollowUp]) -> set[str]:
    return {f.item_id for f in follow_ups if f.done}


def notes_markdown(documents: list[dict[str, Any]]) -> str:
    """Every note as Markdown, for the full export (English labels, like the CLI)."""
    lines: list[str] = []
    for document in documents:
        lines += [f"# {_escape(document['title'])}", "", f"_{document['date']}_"]
        if document["context"]:
            lines[-1] += f" · {_escape(document['context'])}"
        lines.append("")
        if document["participants"]:
            lines += ["With: " + ", ".join(_escape(p) for p in document["participants"]), ""]
        if document["takeaways"]:
            lines += ["## Key takeaways", ""] + [f"- {_escape(t)}" for t in document["takeaways"]]
            lines.append("")
        if document["follow_ups"]:
            lines += ["## Follow-ups", ""]
            for item in document["follow_ups"]:
                box = "x" if item["done"] else " "
                due = f" ({item['due']})" if item["due"] else ""
                lines.append(f"- [{box}] {_escape(item['text'])}{due}")
            lines.append("")
        if document["text"].strip():
            lines += [document["text"].strip(), ""]  # her own Markdown, kept as she wrote it
        if document["tags"]:
            lines += ["Tags: " + ", ".join(_escape(t) for t in document["tags"]), ""]
    return "\n".join(lines)


def _escape(text: str) -> str:
    for char in "\\`*_[]#<>!|":
        text = text.replace(char, "\\" + char)
    return text
