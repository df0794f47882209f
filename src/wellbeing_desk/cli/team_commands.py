"""``team key``, ``create``, ``invite``, ``join``, ``members``, ``remove``, ``sync``,
``list``, ``share`` and ``keep``: a team's shared directory from the command line.

Thin over ``sync.team_sync`` and ``vault.team_entries``. Adding a member
needs the fingerprint she reads aloud (``--fingerprint``): the command
compares it with the key's own, so no one is added on a key that was
swapped on the way. Removing a member and sharing an entry say what they do
and go ahead only with ``--yes``. Names from the team (members, the team's
own name) are hostile text and are printed escaped (``terminal_text``).
"""

import argparse
from pathlib import Path
from typing import Any

from wellbeing_desk.cli import vault_session
from wellbeing_desk.cli.command_groups import add_command_group, add_json_option
from wellbeing_desk.cli.errors import EXIT_OK, UsageError
from wellbeing_desk.cli.output import emit_json
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.cli.sync_commands import (
    add_target_options,
    report_document,
    report_lines,
    target_secret,
    target_spec,
)
from wellbeing_desk.cli.terminal_text import one_line
from wellbeing_desk.sync import names, team_sync
from wellbeing_desk.sync.team_identity import MemberKey
from wellbeing_desk.sync.team_sync import TeamRow, TeamSyncReport
from wellbeing_desk.vault import crockford
from wellbeing_desk.vault.team_entries import copy_to_mine, share_with_team, team_of

REMOVED_KEEP = (
    "A removed member keeps what she already saw; nothing written from now on reaches her."
)


def add_parsers(commands: "argparse._SubParsersAction[Any]") -> None:
    actions = add_command_group(commands, "team", "a directory your team keeps together")

    key = actions.add_parser("key", help="your member key and its fingerprint, to be added")
    add_json_option(key)
    key.set_defaults(handler=run_key)

    create = actions.add_parser("create", help="create a team space (you add and remove members)")
    create.add_argument("--name", required=True, metavar="TEAM", help="the team's name")
    create.add_argument(
        "--as", dest="my_name", required=True, metavar="NAME", help="your name in the team"
    )
    add_target_options(create)
    add_json_option(create)
    create.set_defaults(handler=run_create)

    invite = actions.add_parser(
        "invite", help="add a member by her key, once her fingerprint matches"
    )
    invite.add_argument("key", metavar="KEY", help="her member key ('team key' on her computer)")
    invite.add_argument("--name", required=True, metavar="NAME", help="how the team knows her")
    invite.add_argument(
        "--fingerprint", metavar="FP", help="the fingerprint she reads to you (required to add)"
    )
    _add_team_option(invite)
    invite.set_defaults(handler=run_invite)

    join = actions.add_parser("join", help="join a team space you were added to")
    join.add_argument("space", type=_space_id, metavar="ID", help="the team space's id")
    join.add_argument(
        "--creator-fingerprint",
        required=True,
        metavar="FP",
        help="the fingerprint the team's creator reads to you",
    )
    add_target_options(join)
    add_json_option(join)
    join.set_defaults(handler=run_join)

    members = actions.add_parser("members", help="who is in the team, with fingerprints")
    _add_team_option(members)
    add_json_option(members)
    members.set_defaults(handler=run_members)

    remove = actions.add_parser(
        "remove", help="remove a member: a new team key (asks unless --yes)"
    )
    remove.add_argument("fingerprint", metavar="FP", help="her fingerprint ('team members')")
    remove.add_argument("--yes", action="store_true", help="do not ask")
    _add_team_option(remove)
    remove.set_defaults(handler=run_remove)

    leave = actions.add_parser(
        "leave",
        help="leave a team on this computer: its entries leave your directory (asks unless --yes)",
    )
    leave.add_argument("--yes", action="store_true", help="do not ask")
    _add_team_option(leave)
    add_json_option(leave)
    leave.set_defaults(handler=run_leave)

    sync = actions.add_parser("sync", help="send and receive the team's directory")
    sync.add_argument(
        "--yes", action="store_true", help="apply the removals a paused sync is waiting on"
    )
    _add_team_option(sync)
    add_json_option(sync)
    sync.set_defaults(handler=run_sync)

    listing = actions.add_parser("list", help="the team spaces this vault is in")
    add_json_option(listing)
    listing.set_defaults(handler=run_list)

    share = actions.add_parser(
        "share", help="share a copy of one of your entries with a team (asks unless --yes)"
    )
    share.add_argument("entry", metavar="ENTRY_ID", help="your directory entry's id")
    share.add_argument("--yes", action="store_true", help="do not ask")
    _add_team_option(share)
    share.set_defaults(handler=run_share)

    keep = actions.add_parser("keep", help="keep a copy of a team's entry as your own")
    keep.add_argument("entry", metavar="ENTRY_ID", help="the team's directory entry's id")
    keep.set_defaults(handler=run_keep)


def _add_team_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--team", type=_space_id, metavar="ID", help="when this vault is in several teams"
    )


def _space_id(text: str) -> str:
    if not names.is_id(text):
        raise argparse.ArgumentTypeError(f"{text[:80]!r} is not a team space id")
    return text


def _member_key(text: str) -> MemberKey:
    try:
        return MemberKey.from_text(text)
    except crockford.CodeTextError:
        raise UsageError(
            "that is not a member key (a typo, or part of it is missing): ask her to send "
            "the whole text 'wellbeing-desk-cli team key' shows"
        ) from None


# -- handlers ----------------------------------------------------------------------------


def run_key(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    with vault_session.writing_vault(vault_dir, passphrase) as vault:
        key = team_sync.my_member_key(vault.connection())
    if args.json:
        emit_json({"key": key.to_text(), "fingerprint": key.fingerprint()})
        return EXIT_OK
    print("Your member key (send it to the person who created the team; it is not secret):")
    print()
    print(f"    {key.to_text()}")
    print()
    print(f"Its fingerprint: {key.fingerprint()}")
    print("Read the fingerprint to each other by voice or in person before you are added.")
    return EXIT_OK


def run_create(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    spec = target_spec(args)
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    with vault_session.writing_vault(vault_dir, passphrase) as vault:
        conn = vault.connection()
        try:
            row = team_sync.create(
                conn, spec, args.name, args.my_name, secret=target_secret(spec, source)
            )
        except ValueError as error:  # a name the roster refuses
            raise UsageError(str(error)) from None
        fingerprint = team_sync.my_member_key(conn).fingerprint()
    if args.json:
        emit_json({"team_id": row.space, "team": row.team, "fingerprint": fingerprint})
        return EXIT_OK
    print(f"Team space {one_line(row.team)!r} created in {spec.describe()}: {row.space}")
    print(f"Your fingerprint, to read to each member who joins: {fingerprint}")
    print("Add members with 'wellbeing-desk-cli team invite KEY --name NAME --fingerprint FP'.")
    return EXIT_OK


def run_invite(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    key = _member_key(args.key)
    if args.fingerprint is None:
        raise UsageError(
            f"the fingerprint of that key is {key.fingerprint()}. Ask {one_line(args.name)} to "
            "read you the fingerprint 'team key' shows on her computer; if every group "
            "matches, run this again with --fingerprint and what she read. Nothing was changed."
        )
    if not key.has_fingerprint(args.fingerprint):
        raise UsageError(
            f"the fingerprint she read does not match this key's ({key.fingerprint()}): the "
            "key may have been changed on its way to you. Do not add it; ask her to send it "
            "again. Nothing was changed."
        )
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    with vault_session.writing_vault(vault_dir, passphrase) as vault:
        conn = vault.connection()
        space = team_sync.find_team(conn, args.team)
        try:
            added = team_sync.invite(conn, space, key, args.name)
        except ValueError as error:  # already a member, a name the roster refuses
            raise UsageError(str(error)) from None
        creator = team_sync.my_member_key(conn).fingerprint()
    print(f"{one_line(added.name)} is added to the team. Give her:")
    print(f"  the team space's place, and its id: {space}")
    print(f"  your fingerprint, read aloud: {creator}")
    print("She joins with 'wellbeing-desk-cli team join ID --creator-fingerprint FP --folder …'.")
    return EXIT_OK


def run_join(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    spec = target_spec(args)
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    with vault_session.writing_vault(vault_dir, passphrase) as vault:
        secret = target_secret(spec, source)
        row = team_sync.join(
            vault.connection(), spec, args.space, args.creator_fingerprint, secret=secret
        )
    if args.json:
        emit_json(_team_document(row))
        return EXIT_OK
    print(f"Joined the team {one_line(row.team)!r} ({len(row.members)} members).")
    print("Run 'wellbeing-desk-cli team sync' to receive its directory.")
    return EXIT_OK


def run_members(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    with vault_session.reading_vault(vault_dir, source) as vault:
        conn = vault.connection()
        row = team_sync.team(conn, team_sync.find_team(conn, args.team))
    documents = _team_document(row)["members"]
    return vault_session.print_listing(documents, as_json=args.json, line=_member_line)


def _member_line(document: dict[str, Any]) -> str:
    roles = [word for word, on in (("created the team", document["admin"]),
                                   ("you", document["me"])) if on]  # fmt: skip
    role = f"  ({', '.join(roles)})" if roles else ""
    return f"{document['fingerprint']}  {one_line(document['name'])}{role}"


def run_remove(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    if not args.yes:
        raise UsageError(
            "removing a member gives everyone else a new team key. "
            f"{REMOVED_KEEP} Run 'team remove FP --yes' to go ahead."
        )
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    with vault_session.writing_vault(vault_dir, passphrase) as vault:
        conn = vault.connection()
        removed = team_sync.remove(conn, team_sync.find_team(conn, args.team), args.fingerprint)
    print(f"{one_line(removed.name)} is removed; the others have a new team key. {REMOVED_KEEP}")
    return EXIT_OK


LEAVING_KEEPS = (
    "Copies you kept as your own stay, as do any of its entries among your people for an "
    "emergency (as copies of your own), and nothing is written to the team's folder or "
    "server: the team keeps what you shared, and only the person who created it can take "
    "you off its members."
)


def run_leave(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    if not args.yes:
        raise UsageError(
            "leaving takes the team's entries, and your notes on them, out of your directory "
            f"on this computer. {LEAVING_KEEPS} Run 'team leave --yes' to go ahead."
        )
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    with vault_session.writing_vault(vault_dir, passphrase) as vault:
        conn = vault.connection()
        space = team_sync.find_team(conn, args.team)
        name = team_sync.team(conn, space).team
        went = team_sync.leave(conn, space)
    if args.json:
        emit_json({"team_id": space, "team": name, "entries_removed": went})
        return EXIT_OK
    print(
        f"You left {one_line(name)} on this computer; {went} of its entries left your "
        f"directory. {LEAVING_KEEPS}"
    )
    return EXIT_OK


def run_sync(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    with vault_session.writing_vault(vault_dir, passphrase) as vault:
        conn = vault.connection()
        space = team_sync.find_team(conn, args.team)
        report = team_sync.sync(conn, space, confirm_removals=args.yes)
    if args.json:
        emit_json(_report_document(report))
        return EXIT_OK
    for line in _report_lines(report):
        print(line)
    return EXIT_OK


def _report_document(report: TeamSyncReport) -> dict[str, Any]:
    return {
        **report_document(report, 0),
        "removed": report.removed,
        "members_changed": report.members_changed,
    }


def _report_lines(report: TeamSyncReport) -> list[str]:
    if report.removed:
        return [
            "You are no longer on this team's roster: nothing was sent or received. "
            "What you already have stays in your directory."
        ]
    lines = report_lines(report, 0)
    if report.members_changed:
        lines.append("The team's members changed (see 'team members').")
    return lines


def run_list(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    with vault_session.reading_vault(vault_dir, source) as vault:
        rows = team_sync.teams(vault.connection())
    documents = [_team_document(row) for row in rows]
    return vault_session.print_listing(documents, as_json=args.json, line=_team_line)


def _team_line(document: dict[str, Any]) -> str:
    state = "removed" if document["removed"] else ("creator" if document["admin"] else "member")
    last = document["last_sync_at"] or "never synced"
    return (
        f"{document['team_id']}  {one_line(document['team'])}  "
        f"{len(document['members'])} members  {state}  {last}"
    )


def _team_document(row: TeamRow) -> dict[str, Any]:
    return {
        "team_id": row.space,
        "team": row.team,
        "admin": row.admin,
        "removed": row.removed,
        "target": row.target.describe(),
        "last_sync_at": row.last_sync_at,
        "members": [
            {"name": m.name, "fingerprint": m.fingerprint, "admin": m.admin, "me": m.me}
            for m in row.members
        ],
    }


def run_share(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    with vault_session.writing_vault(vault_dir, passphrase) as vault:
        conn = vault.connection()
        space = team_sync.find_team(conn, args.team)
        row = team_sync.team(conn, space)
        entry = vault.directory.get(args.entry)
        if entry is None:
            raise UsageError("there is no directory entry with that id")
        if team_of(conn, args.entry) is not None:
            raise UsageError("that entry is already a team's: nothing to share")
        if not args.yes:
            raise UsageError(
                f"this shares a copy of {one_line(entry.entry.name)!r} with the team "
                f"{one_line(row.team)!r}: everyone in it will see it and can change it. Your "
                "own entry stays as it is; your notes on it are not shared. Run 'team share "
                "ENTRY_ID --yes' to go ahead."
            )
        new_id = share_with_team(conn, args.entry, space)
    print(new_id)
    return EXIT_OK


def run_keep(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    with vault_session.writing_vault(vault_dir, passphrase) as vault:
        try:
            new_id = copy_to_mine(vault.connection(), args.entry)
        except KeyError:
            raise UsageError("there is no directory entry with that id") from None
        except ValueError as error:
            raise UsageError(str(error)) from None
    print(new_id)
    return EXIT_OK
