"""What the Directory page asks about team spaces: whose an entry is, and the two ways across.

A directory entry is a team's when ``directory_entry.team_space`` names one of
her team spaces (``vault.team_entries``); otherwise it is hers alone.

Reading: ``search`` (the list's rows, as ``ops.directory.search``, with the
name of the team of each shown team entry, read in one query for the whole
page of rows), ``entry_team`` (for the chosen entry: its team, and the teams
she could share a copy of it into). Changing: ``share`` (a copy of her entry
goes to a team; hers stays as it is) and ``keep_copy`` (a copy of a team's
entry becomes hers). Nothing ever moves her own entry into a team.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from wellbeing_desk.ops import directory as directory_ops
from wellbeing_desk.ops.directory import DirectoryResults
from wellbeing_desk.sync import team_sync
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory import DirectoryFilter
from wellbeing_desk.vault.team_entries import copy_to_mine, share_with_team, team_of

_CHUNK = 500  # ids per query: well under SQLite's limit on bound parameters


@dataclass(frozen=True)
class TeamMarkedResults(DirectoryResults):
    """The list's rows, and for each shown team entry the name of its team (by entry id)."""

    teams: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ShareTarget:
    """A team she is still in, which she can share a copy into."""

    space: str
    team: str  # the team's name, as she sees it


@dataclass(frozen=True)
class EntryTeam:
    """Whose one entry is, and where she could share it."""

    entry_id: str
    team: str | None  # the name of the team whose entry it is; None: hers alone
    share_into: tuple[ShareTarget, ...]  # only for her own entries; empty for a team's

    @property
    def is_teams(self) -> bool:
        return self.team is not None


class TeamRemovedError(ValueError):
    """She is no longer in that team: nothing can be shared with it."""


def search(
    vault: Vault, where: DirectoryFilter, limit: int, open_now: bool = False
) -> TeamMarkedResults:
    """``ops.directory.search``, and the team names of the team entries among its rows."""
    found = directory_ops.search(vault, where, limit, open_now)
    return TeamMarkedResults(found.rows, found.total, team_names(vault, [r.id for r in found.rows]))


def team_names(vault: Vault, ids: Sequence[str]) -> dict[str, str]:
    """The team's name of each team entry among ``ids`` (hers are left out).

    One query per chunk of ids (the list shows at most 500, one chunk), so a
    page of results costs one query, not one per row. A team whose space is
    no longer known keeps its entries marked, with an empty name.
    """
    names: dict[str, str] = {}
    conn = vault.connection()
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            "SELECT d.id, COALESCE(t.team, '') FROM directory_entry AS d "
            "LEFT JOIN team_space AS t ON t.space = d.team_space "
            f"WHERE d.team_space IS NOT NULL AND d.id IN ({marks})",
            chunk,
        )
        names.update({str(entry_id): str(team) for entry_id, team in rows})
    return names


def share_targets(vault: Vault) -> list[ShareTarget]:
    """Her teams she can share into, by name: every team she is in and not removed from."""
    return [
        ShareTarget(row.space, row.team)
        for row in team_sync.teams(vault.connection())
        if not row.removed
    ]


def entry_team(vault: Vault, entry_id: str) -> EntryTeam:
    """Whose ``entry_id`` is and, if hers, the teams she can share it into. KeyError if gone."""
    space = team_of(vault.connection(), entry_id)
    if space is not None:
        return EntryTeam(entry_id, team_names(vault, [entry_id]).get(entry_id, ""), ())
    return EntryTeam(entry_id, None, tuple(share_targets(vault)))


def share(vault: Vault, entry_id: str, space: str) -> str:
    """A copy of her entry in the team ``space`` (sent at its next sync); the copy's id.

    Her entry stays hers, unchanged; her notes and favourite stay with it.
    ``TeamRemovedError`` if she is no longer in that team.
    """
    if space not in {target.space for target in share_targets(vault)}:
        raise TeamRemovedError("you are no longer in that team")
    return share_with_team(vault.connection(), entry_id, space)


def keep_copy(vault: Vault, entry_id: str) -> str:
    """A copy of a team's entry as her own (her notes on it come along); the copy's id."""
    return copy_to_mine(vault.connection(), entry_id)
