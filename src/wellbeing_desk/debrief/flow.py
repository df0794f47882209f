"""The debrief's navigation and answers, with no GUI: which step, what is answered, skip,
back, pause, resume, finish. Thin Qt pages sit on top (pattern: Electrum's wizard).

Nothing here insists: every step can be skipped, nothing has a minimum length,
and finishing works with no answers at all.
"""

import uuid
from dataclasses import dataclass
from datetime import date
from enum import Enum

from wellbeing_desk.debrief.templates import Step, Template

STATE_FORMAT = 1
HIGH_DISTRESS = 7
# A rise of one point is ordinary noise in a 0-10 rating; two is worth a gentle word.
DISTRESS_RISE = 2
MAX_TEXT = 100_000
MAX_ITEMS = 100


class SupportReason(Enum):
    HIGH = "high"  # 7 or more
    ROSE = "rose"  # at the end, DISTRESS_RISE points or more above the start
    UNSAFE = "unsafe"  # she is not safe right now, or not sure


# "Are you safe right now?": a choice step with this id, answered with one of these
# options, offers support. Template files have no field for it (their format is
# strict), so the rule lives here, keyed on ids: the built-in "recent-event" asks it,
# and her copies of that template (and any template of hers) keep the same ids.
# When it is a template's first step it is asked before the distress rating: whether
# she is safe comes before how distressed she is.
SAFETY_STEP = "safe-now"
UNSAFE_OPTIONS = frozenset({"no", "not-sure"})


def is_safety_step(step: Step) -> bool:
    return step.id == SAFETY_STEP and step.kind == "choice"


@dataclass(frozen=True)
class SupportOffer:
    """A gentle offer (grounding, her people, stopping for today); never a gate."""

    reason: SupportReason
    rating: int | None = None  # the distress rating, for HIGH and ROSE


@dataclass(frozen=True)
class Contact:
    name: str
    entry_id: str | None = None  # a directory entry, when picked from there


@dataclass(frozen=True)
class Action:
    id: str
    text: str
    due: date | None = None


def new_action(text: str, due: date | None = None) -> Action:
    return Action(str(uuid.uuid4()), text, due)


Answer = str | int | tuple[str, ...] | tuple[Contact, ...] | tuple[Action, ...]


class DebriefFlow:
    """One debrief in progress. ``steps`` = distress before, the template's, distress after.

    A template that opens with the safety question asks it first, before the rating.
    """

    def __init__(
        self,
        template: Template,
        distress: tuple[Step, Step],
        *,
        include_event_steps: bool | None = None,
    ) -> None:
        self.template = template
        self.include_event_steps = (
            template.event_steps_by_default if include_event_steps is None else include_event_steps
        )
        body = [s for s in template.steps if self.include_event_steps or not s.about_event]
        self.distress_start, self.distress_end = distress
        first = body[:1] if body and is_safety_step(body[0]) else []
        self.steps: tuple[Step, ...] = (
            *first,
            self.distress_start,
            *body[len(first) :],
            self.distress_end,
        )
        self.position = 0
        self.finished = False
        self._answers: dict[str, Answer] = {}
        self.skipped: set[str] = set()

    # --- where she is --------------------------------------------------------------------

    @property
    def current(self) -> Step:
        return self.steps[self.position]

    @property
    def is_first(self) -> bool:
        return self.position == 0

    @property
    def is_last(self) -> bool:
        return self.position == len(self.steps) - 1

    def progress(self) -> tuple[int, int]:
        """(this step's number, how many steps) — for a calm "3 of 9"."""
        return self.position + 1, len(self.steps)

    # --- answers -------------------------------------------------------------------------

    def answer(self, step_id: str) -> Answer | None:
        return self._answers.get(step_id)

    def answers(self) -> dict[str, Answer]:
        return dict(self._answers)

    def set_answer(self, value: Answer | None, step_id: str | None = None) -> None:
        """Keep (or with ``None`` or an empty value, forget) the answer to a step."""
        step = self.current if step_id is None else self._step(step_id)
        cleaned = clean_answer(step, value)
        if cleaned is None:
            self._answers.pop(step.id, None)
        else:
            self._answers[step.id] = cleaned
            self.skipped.discard(step.id)

    def rating(self, step: Step) -> int | None:
        value = self._answers.get(step.id)
        return value if isinstance(value, int) else None

    # --- moving --------------------------------------------------------------------------

    def next(self) -> SupportOffer | None:
        """Move on; returns an offer of support when the step just left calls for one."""
        offer = self.offer_after(self.current)
        if not self.is_last:
            self.position += 1
        return offer

    def skip(self) -> None:
        """Move on without answering; anything she had written stays."""
        if self.current.id not in self._answers:
            self.skipped.add(self.current.id)
        if not self.is_last:
            self.position += 1

    def back(self) -> None:
        if not self.is_first:
            self.position -= 1

    def go_to(self, position: int) -> None:
        self.position = min(max(position, 0), len(self.steps) - 1)

    def finish(self) -> None:
        self.finished = True

    def reopen(self) -> None:
        self.finished = False

    def offer_after(self, step: Step) -> SupportOffer | None:
        """High distress (7 or more) at either rating, a rise of 2 or more by the end, or
        not safe now."""
        if is_safety_step(step):
            unsafe = self._answers.get(step.id) in UNSAFE_OPTIONS
            return SupportOffer(SupportReason.UNSAFE) if unsafe else None
        rating = self.rating(step)
        if rating is None or step not in (self.distress_start, self.distress_end):
            return None
        if rating >= HIGH_DISTRESS:
            return SupportOffer(SupportReason.HIGH, rating)
        start = self.rating(self.distress_start)
        if step is self.distress_end and start is not None and rating >= start + DISTRESS_RISE:
            return SupportOffer(SupportReason.ROSE, rating)
        return None

    def _step(self, step_id: str) -> Step:
        for step in (*self.steps, *self.template.steps):
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    # --- pause and resume ----------------------------------------------------------------

    def to_state(self) -> dict[str, object]:
        """Everything needed to resume, as JSON-ready data."""
        return {
            "format": STATE_FORMAT,
            "template_id": self.template.id,
            "include_event_steps": self.include_event_steps,
            "position": self.position,
            "step": self.current.id,  # where she was, should the steps' order change
            "finished": self.finished,
            "skipped": sorted(self.skipped),
            "answers": {key: answer_to_json(value) for key, value in self._answers.items()},
        }

    @classmethod
    def from_state(
        cls, template: Template, distress: tuple[Step, Step], state: object
    ) -> "DebriefFlow":
        """Resume; anything unreadable in the state is dropped, never fatal."""
        data = state if isinstance(state, dict) else {}
        include = data.get("include_event_steps")
        flow = cls(
            template, distress, include_event_steps=include if type(include) is bool else None
        )
        answers = data.get("answers")
        for step in (*flow.steps, *template.steps):
            raw = answers.get(step.id) if isinstance(answers, dict) else None
            value = answer_from_json(step, raw)
            if value is not None:
                flow._answers[step.id] = value
        skipped = data.get("skipped")
        if isinstance(skipped, list):
            flow.skipped = {s for s in skipped if isinstance(s, str)}
        position = data.get("position")
        flow.go_to(position if type(position) is int else 0)
        ids = [s.id for s in flow.steps]
        step_id = data.get("step")
        if isinstance(step_id, str) and step_id in ids:
            flow.go_to(ids.index(step_id))
        flow.finished = data.get("finished") is True
        return flow

    def follow_ups(self) -> list[Action]:
        """Every follow-up action she wrote, in step order."""
        found: list[Action] = []
        for step in self.steps:
            value = self._answers.get(step.id)
            if step.kind == "actions" and isinstance(value, tuple):
                found += [item for item in value if isinstance(item, Action)]
        return found


# --- answers: cleaning and JSON ------------------------------------------------------------


def clean_answer(step: Step, value: object) -> Answer | None:
    """The answer in its kind's shape, or ``None`` when it holds nothing."""
    if value is None:
        return None
    if step.kind == "text":
        return value[:MAX_TEXT] if isinstance(value, str) and value.strip() else None
    if step.kind == "rating":
        ok = type(value) is int and 0 <= value <= 10
        return value if ok and isinstance(value, int) else None
    option_ids = {o.id for o in step.options}
    if step.kind == "choice":
        return value if isinstance(value, str) and value in option_ids else None
    if not isinstance(value, tuple | list):
        return None
    if step.kind == "checklist":
        ticked = tuple(o.id for o in step.options if o.id in value)
        return ticked or None
    if step.kind == "contacts":
        people = tuple(
            Contact(c.name[:300].strip(), c.entry_id)
            for c in value[:MAX_ITEMS]
            if isinstance(c, Contact) and c.name.strip()
        )
        return people or None
    if step.kind == "actions":
        actions = tuple(
            Action(a.id, a.text[:2000], a.due)
            for a in value[:MAX_ITEMS]
            if isinstance(a, Action) and a.text.strip()
        )
        return actions or None
    return None


def answer_to_json(value: Answer) -> object:
    if isinstance(value, tuple):
        items: list[object] = []
        for item in value:
            if isinstance(item, Contact):
                items.append({"name": item.name, "entry_id": item.entry_id})
            elif isinstance(item, Action):
                due = item.due.isoformat() if item.due else None
                items.append({"id": item.id, "text": item.text, "due": due})
            else:
                items.append(item)
        return items
    return value


def answer_from_json(step: Step, raw: object) -> Answer | None:
    """An answer read back from a saved state, cleaned like a new one."""
    if step.kind == "contacts" and isinstance(raw, list):
        raw = [
            Contact(str(item.get("name", "")), _optional_str(item.get("entry_id")))
            for item in raw
            if isinstance(item, dict) and isinstance(item.get("name"), str)
        ]
    elif step.kind == "actions" and isinstance(raw, list):
        raw = [
            Action(str(item.get("id") or uuid.uuid4()), item["text"], _date(item.get("due")))
            for item in raw
            if isinstance(item, dict) and isinstance(item.get("text"), str)
        ]
    return clean_answer(step, raw)


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
