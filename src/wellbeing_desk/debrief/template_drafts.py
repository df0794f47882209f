"""A template while she edits it (Qt-free): texts in her language over what it had.

She writes in one language. Each text is stored under that language code;
text the template already had in other languages is kept, and a text she
leaves as it was is not touched at all. A text written once for every
language (a plain string in the file) stays one text for every language.
"""

import re
from dataclasses import dataclass, field

from wellbeing_desk.debrief.template_ids import slug, unique_id
from wellbeing_desk.debrief.templates import Option, Step, Text

WITH_OPTIONS = ("checklist", "choice")
STEP_TEXTS = ("prompt", "help", "low", "high")
_STEP_IN_PLACE = re.compile(r"^steps\[(\d+)\]")


def edited(original: Text | None, new: str, language: str) -> Text | None:
    """The text after she wrote ``new`` in ``language`` (``None`` once it is empty).

    Unchanged text is returned as it was, so opening and saving changes nothing.
    Emptying a text removes it in every language: she took it out.
    """
    shown = "" if original is None else original.get(language)
    if new == shown and original is not None:
        return original
    if not new.strip():
        return None
    if original is None:
        return Text({language: new})
    if set(original.values) == {"*"}:
        return Text({"*": new})
    return Text({**original.values, language: new})


@dataclass
class OptionDraft:
    id: str | None  # a new option gets an id from its label when saved
    original: Text | None  # the label as the template had it
    written: str  # the label as she has it now, in her language

    def label(self, language: str) -> Text | None:
        return edited(self.original, " ".join(self.written.split()), language)


@dataclass
class StepDraft:
    """A step while she edits it: anything may still be missing.

    ``originals`` keep each text as the template had it (every language);
    ``written`` is what she has in her language now. They meet only when the
    template is built, so emptying a box on the way to retyping it loses nothing.
    """

    id: str | None = None
    kind: str = "text"
    about_event: bool = False
    originals: dict[str, Text | None] = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)
    options: list[OptionDraft] = field(default_factory=list)
    # Not shown in the editor; kept so that editing her file never drops the flag.
    about_others: bool = False

    @classmethod
    def from_step(cls, step: Step, language: str) -> "StepDraft":
        originals = {key: getattr(step, key) for key in STEP_TEXTS}
        return cls(
            step.id,
            step.kind,
            step.about_event,
            originals,
            {key: "" if value is None else value.get(language) for key, value in originals.items()},
            [OptionDraft(o.id, o.label, o.label.get(language)) for o in step.options],
            step.about_others,
        )

    def text(self, key: str, language: str) -> Text | None:
        return edited(self.originals.get(key), self.written.get(key, "").strip(), language)

    def to_step(self, step_id: str, language: str) -> Step:
        options: tuple[Option, ...] = ()
        if self.kind in WITH_OPTIONS:
            taken = {draft.id for draft in self.options if draft.id}
            built = []
            for draft in self.options:
                label = draft.label(language)
                if label is None:
                    continue  # an option she emptied is left out
                option_id = draft.id or unique_id(slug(label.get(language), "option", 40), taken)
                taken.add(option_id)
                built.append(Option(option_id, label))
            options = tuple(built)
        rating = self.kind == "rating"
        return Step(
            id=step_id,
            kind=self.kind,
            prompt=self.text("prompt", language) or Text({}),
            help=self.text("help", language),
            about_event=self.about_event,
            options=options,
            low=self.text("low", language) if rating else None,
            high=self.text("high", language) if rating else None,
            about_others=self.about_others,
        )


def step_in_place(where: str) -> int | None:
    """The step (from 0) an error's place points at: ``steps[3].kind`` → 2."""
    found = _STEP_IN_PLACE.match(where)
    return int(found.group(1)) - 1 if found else None
