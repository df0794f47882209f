"""Prompt templates: a few headings to start a note from, in her language.

Each template is a name and its headings; choosing one puts the headings into
the note's text (after what is there already). Nothing else is filled in.
"""

from PySide6.QtCore import QCoreApplication


def prompt_templates() -> list[tuple[str, str, tuple[str, ...]]]:
    """``(key, name, headings)`` for each template, translated."""
    return [
        (
            "exchange",
            QCoreApplication.translate("NotePrompts", "Exchange of practices"),
            (
                QCoreApplication.translate("NotePrompts", "Practices that worked"),
                QCoreApplication.translate("NotePrompts", "Obstacles"),
                QCoreApplication.translate("NotePrompts", "What I take away"),
                QCoreApplication.translate("NotePrompts", "Follow-ups"),
            ),
        ),
        (
            "counselling",
            QCoreApplication.translate("NotePrompts", "Counselling session"),
            (
                QCoreApplication.translate("NotePrompts", "What we talked about"),
                QCoreApplication.translate("NotePrompts", "What I noticed in myself"),
                QCoreApplication.translate("NotePrompts", "What I want to try"),
                QCoreApplication.translate("NotePrompts", "Follow-ups"),
            ),
        ),
        (
            "meeting",
            QCoreApplication.translate("NotePrompts", "Team meeting"),
            (
                QCoreApplication.translate("NotePrompts", "What we decided"),
                QCoreApplication.translate("NotePrompts", "Concerns raised"),
                QCoreApplication.translate("NotePrompts", "Who does what"),
                QCoreApplication.translate("NotePrompts", "Follow-ups"),
            ),
        ),
    ]


def headings_markdown(headings: tuple[str, ...]) -> str:
    """``## Heading`` for each, with an empty line under it to write in."""
    return "\n".join(f"## {heading}\n\n" for heading in headings)


def with_prompts(body: str, headings: tuple[str, ...]) -> str:
    """The text with the headings added after what she already wrote."""
    start = body.rstrip()
    prompts = headings_markdown(headings)
    return f"{start}\n\n{prompts}" if start else prompts
