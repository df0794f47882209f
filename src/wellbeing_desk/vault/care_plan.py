"""My self-care plan: a few sections of her own words."""

from collections.abc import Callable

from wellbeing_desk.vault.connection import Connection, write_transaction
from wellbeing_desk.vault.records import utc_now

PLAN_SECTIONS = ("warning_signs", "what_helps", "people", "boundaries", "keeps_me_going")
# Part of "In an emergency" (her people live in ``emergency.py``): a safer place to go,
# and who looks after the people who depend on her (those carers are linked there too).
EMERGENCY_SECTIONS = ("safer_place", "dependants")
ALL_SECTIONS = PLAN_SECTIONS + EMERGENCY_SECTIONS
MAX_SECTION_LENGTH = 1_000_000  # like an entry: high enough that typing never loses text


class CarePlanRepository:
    """Each section is one record whose id is the section's name."""

    def __init__(self, connection: Callable[[], Connection]) -> None:
        self._connection = connection

    def get(self) -> dict[str, str]:
        plan = dict.fromkeys(ALL_SECTIONS, "")
        rows = self._connection().execute(
            "SELECT id, body FROM care_plan_section WHERE deleted_at IS NULL"
        )
        for section, body in rows:
            if section in plan:
                plan[str(section)] = str(body)
        return plan

    def set(self, section: str, body: str) -> None:
        if section not in ALL_SECTIONS:
            raise ValueError(f"unknown plan section {section!r}")
        if len(body) > MAX_SECTION_LENGTH:
            raise ValueError("this section is too long")
        conn = self._connection()
        now = utc_now()
        with write_transaction(conn):
            conn.execute(
                "INSERT INTO care_plan_section(id, created_at, updated_at, body) "
                "VALUES (?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET body = excluded.body, "
                "updated_at = excluded.updated_at, deleted_at = NULL",
                (section, now, now, body),
            )
