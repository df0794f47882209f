"""``sync setup``, ``join``, ``now``, ``status``, ``review``, ``resolve``, ``code``,
``forget`` and ``leave``.

Thin over ``sync.vault_sync``: each command opens the vault, calls one
function with its connection and says what happened. Nothing reaches a
target unless she runs one of these. Text from other devices (alerts, review
titles) is printed on one line each and escaped like everything the CLI
writes (``terminal_text``).
"""

import argparse
from pathlib import Path
from typing import Any

from wellbeing_desk.cli import vault_session
from wellbeing_desk.cli.command_groups import add_command_group, add_json_option
from wellbeing_desk.cli.errors import EXIT_OK, UsageError
from wellbeing_desk.cli.output import counted, emit_json
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.cli.terminal_text import one_line
from wellbeing_desk.sync import names, vault_sync
from wellbeing_desk.sync.engine import SyncReport
from wellbeing_desk.sync.vault_review import Choice, ReviewItem, resolve, review
from wellbeing_desk.sync.vault_sync import SyncStatus, TargetSpec
from wellbeing_desk.vault import change_feed as kinds

KEEP_THE_CODE = (
    "Write this pairing code down or print it, and keep it safe: anyone who has it and "
    "the sync folder can read the synced vault."
)

# How a kind of record is named to her: (one, many).
_KIND_NAMES: dict[str, tuple[str, str]] = {
    kinds.JOURNAL: ("journal entry", "journal entries"),
    kinds.CARE_ITEM: ("self-care list item", "self-care list items"),
    kinds.CARE_PLAN: ("self-care plan", "self-care plans"),
    kinds.DIRECTORY: ("directory entry", "directory entries"),
    kinds.DEBRIEF: ("debrief", "debriefs"),
    kinds.DEBRIEF_TEMPLATE: ("debrief template", "debrief templates"),
    kinds.FOLLOW_UP: ("follow-up", "follow-ups"),
    kinds.NOTE: ("dialogue note", "dialogue notes"),
    kinds.NOTE_CONTEXT: ("note context", "note contexts"),
    kinds.EMERGENCY_CONTACT: ("emergency contact", "emergency contacts"),
    kinds.SETTING: ("setting", "settings"),
    kinds.DRAFT: ("draft", "drafts"),
}

_REVIEW_REASONS = {
    "conflict_copy": "conflict copy",
    "brought_back": "brought back",
}


def add_parsers(commands: "argparse._SubParsersAction[Any]") -> None:
    actions = add_command_group(commands, "sync", "sync between your own devices")

    setup = actions.add_parser("setup", help="make this vault the first device of a sync space")
    add_target_options(setup)
    add_json_option(setup)
    setup.set_defaults(handler=run_setup)

    join = actions.add_parser(
        "join", help="join a sync space (stdin: the passphrase, then the pairing code)"
    )
    add_target_options(join)
    join.add_argument("--space", type=_space_id, metavar="ID", help="when the folder holds several")
    join.set_defaults(handler=run_join)

    now = actions.add_parser("now", help="sync now: send, receive, apply")
    now.add_argument(
        "--yes", action="store_true", help="apply the removals a paused sync is waiting on"
    )
    add_json_option(now)
    now.set_defaults(handler=run_now)

    status = actions.add_parser("status", help="where sync stands")
    add_json_option(status)
    status.set_defaults(handler=run_status)

    review = actions.add_parser("review", help="conflict copies and records brought back")
    add_json_option(review)
    review.set_defaults(handler=run_review)

    resolve = actions.add_parser(
        "resolve", help="decide on an item of 'sync review' (the decision syncs)"
    )
    resolve.add_argument("id", metavar="ID", help="the item's id (from 'sync review')")
    decision = resolve.add_mutually_exclusive_group(required=True)
    for choice, words in _CHOICES.items():
        decision.add_argument(
            f"--{choice.value.replace('_', '-')}",
            dest="choice",
            action="store_const",
            const=choice,
            help=words,
        )
    resolve.set_defaults(handler=run_resolve)

    code = actions.add_parser("code", help="show the pairing code again, to join a device")
    code.set_defaults(handler=run_code)

    forget = actions.add_parser(
        "forget", help="stop reading a device's files (a lost or given-away laptop)"
    )
    forget.add_argument("device", type=_space_id, metavar="DEVICE", help="from 'sync status'")
    forget.set_defaults(handler=run_forget)

    leave = actions.add_parser(
        "leave", help="stop syncing this vault (its records stay; asks unless --yes)"
    )
    leave.add_argument("--yes", action="store_true", help="do not ask")
    leave.set_defaults(handler=run_leave)


def add_target_options(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--folder", type=Path, metavar="PATH", help="a folder, stick or synced folder"
    )
    where.add_argument(
        "--webdav", metavar="URL", help="a WebDAV server (Nextcloud, ownCloud, a dav share)"
    )
    parser.add_argument("--user", metavar="NAME", help="the WebDAV user name")
    parser.add_argument(
        "--ca-file", type=Path, metavar="PATH", help="a certificate authority you trust (WebDAV)"
    )


def _space_id(text: str) -> str:
    if not names.is_id(text):
        raise argparse.ArgumentTypeError(f"{text[:80]!r} is not a sync space id")
    return text


def target_spec(args: argparse.Namespace) -> TargetSpec:
    """The folder or server she named; said before the passphrase is asked, like every
    refusal."""
    if args.webdav is not None:
        if not args.user:
            raise UsageError("--webdav needs --user NAME")
        if args.ca_file is not None and not args.ca_file.expanduser().is_file():
            raise UsageError(f"no certificate file at {args.ca_file}")
        return TargetSpec.webdav(args.webdav, args.user, args.ca_file)
    if args.user is not None or args.ca_file is not None:
        raise UsageError("--user and --ca-file go with --webdav")
    return TargetSpec.existing_folder(args.folder)


def target_secret(spec: TargetSpec, source: PassphraseSource) -> str | None:
    """The WebDAV password or app token: the line after the passphrase (never an option)."""
    if spec.type != "webdav":
        return None
    secret = source.read_optional("WebDAV password or app token: ")
    if secret is None:
        raise UsageError("no WebDAV password given; nothing was changed")
    return secret


def run_setup(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    spec = target_spec(args)
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    with vault_session.writing_vault(vault_dir, passphrase) as vault:
        new = vault_sync.set_up(vault.connection(), spec, secret=target_secret(spec, source))
    if args.json:
        emit_json(
            {
                "space_id": new.keys.space,
                "device_id": new.keys.device,
                "pairing_code": new.pairing_code,
            }
        )
        return EXIT_OK
    print(f"Sync is set up in {spec.describe()}. Nothing is sent until you run 'sync now'.")
    print(KEEP_THE_CODE)
    print()
    print(f"    {new.pairing_code}")
    print()
    where = "--folder PATH" if spec.type == "folder" else "--webdav URL --user NAME"
    print(f"On your other device: wellbeing-desk-cli sync join {where}, then this code.")
    return EXIT_OK


def run_join(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    spec = target_spec(args)
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    with vault_session.writing_vault(vault_dir, passphrase) as vault:
        # Asked once the passphrase has opened the vault, so they are not typed in vain.
        secret = target_secret(spec, source)
        code = source.read_optional("Pairing code: ")
        if code is None:
            raise UsageError("no pairing code given; nothing was changed")
        keys = vault_sync.join(vault.connection(), spec, code, space=args.space, secret=secret)
    print(f"Joined sync space {keys.space} as device {keys.device}.")
    print("Run 'wellbeing-desk-cli sync now' to send and receive.")
    return EXIT_OK


LEAVING = (
    "This vault will stop syncing. Everything in it stays here; what it already sent stays "
    "in the sync folder for your other devices. To sync again, set up or join a space."
)


_CHOICES = {
    Choice.KEEP_BOTH: "keep the copy as a record of its own (or keep what came back)",
    Choice.KEEP_RECORD: "keep the record; the copy goes to the trash",
    Choice.KEEP_COPY: "the record takes the copy's text; the copy goes to the trash",
    Choice.REMOVE: "a record that came back goes to the trash again",
}


def run_resolve(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    with vault_session.writing_vault(vault_dir, passphrase) as vault:
        try:
            resolve(vault.connection(), args.id, args.choice)
        except KeyError:
            raise UsageError("there is no such item to review (see 'sync review')") from None
        except ValueError as error:
            raise UsageError(str(error)) from None
    print("Done; your other devices follow when they sync.")
    return EXIT_OK


def run_code(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    with vault_session.reading_vault(vault_dir, source) as vault:
        code = vault_sync.pairing_code(vault.connection())
    print(KEEP_THE_CODE)
    print()
    print(f"    {code}")
    return EXIT_OK


def run_forget(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    with vault_session.writing_vault(vault_dir, passphrase) as vault:
        vault_sync.forget_device(vault.connection(), args.device)
    print(
        "That device's files are no longer read here. It still holds what was synced "
        "before; to shut it out, leave sync and set up a new space."
    )
    return EXIT_OK


def run_leave(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    if not args.yes:
        raise UsageError(f"{LEAVING} Run 'sync leave --yes' to go ahead.")
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    with vault_session.writing_vault(vault_dir, passphrase) as vault:
        vault_sync.leave(vault.connection())
    print("This vault no longer syncs; everything in it is still here.")
    return EXIT_OK


def run_now(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    passphrase = vault_session.passphrase_for_writing(vault_dir, source)
    with vault_session.writing_vault(vault_dir, passphrase) as vault:
        conn = vault.connection()
        report = vault_sync.sync(conn, confirm_removals=args.yes)
        needs_review = len(review(conn))
    if args.json:
        emit_json(report_document(report, needs_review))
        return EXIT_OK
    for line in report_lines(report, needs_review):
        print(line)
    return EXIT_OK


def report_document(report: SyncReport, needs_review: int) -> dict[str, Any]:
    return {
        "sent": report.sent,
        "received": report.received,
        "applied": report.files_applied,
        "conflicts": report.conflicts,
        "needs_review": needs_review,
        "paused": report.paused,
        "resurrected": report.resurrected,
        "waiting": list(report.waiting),
        "alerts": list(report.alerts),
        "would_remove": dict(report.would_remove),
        "newer_format": report.newer_format,
        "held": list(report.held),
        "tampered": report.tampered,
        "rolled_back": report.rolled_back,
        "cancelled": report.cancelled,
    }


def report_lines(report: SyncReport, needs_review: int) -> list[str]:
    """A short summary for people, then only what asks for her attention."""
    summary = f"Sent {counted(report.sent, 'change', 'changes')}, received {report.received}"
    if needs_review:
        summary += f", {needs_review} {'needs' if needs_review == 1 else 'need'} review"
    lines = [summary + "."]
    if report.paused:
        removals = ", ".join(
            _kind_count(kind, n) for kind, n in sorted(report.would_remove.items())
        )
        lines.append(
            f"Paused: this sync would remove {removals}. Nothing more was applied; "
            "run 'wellbeing-desk-cli sync now --yes' to apply them."
        )
    if report.resurrected:
        lines.append(
            f"{counted(report.resurrected, 'record was', 'records were')} brought back: "
            "removed on one device while changed on another."
        )
    if report.waiting:
        devices = counted(len(report.waiting), "device", "devices")
        lines.append(f"Waiting for files still arriving from {devices}.")
    if report.held:
        lines.append(
            f"Held back the next file of {counted(len(report.held), 'device', 'devices')}: "
            "it is dated days ahead (is that device's clock right?)."
        )
    if report.newer_format:
        lines.append("Another device uses a newer Wellbeing Desk: update this one to sync fully.")
    if report.rolled_back:
        lines.append(f"Note: {vault_sync.ROLLED_BACK}.")
    lines.extend(f"Alert: {one_line(alert)}" for alert in report.alerts)
    return lines


def _kind_count(kind: str, count: int) -> str:
    one, many = _KIND_NAMES.get(kind, (f"record of kind {kind}", f"records of kind {kind}"))
    return counted(count, one, many)


def run_status(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    with vault_session.reading_vault(vault_dir, source) as vault:
        state = vault_sync.status(vault.connection())
    if args.json:
        emit_json(status_document(state))
        return EXIT_OK
    others = [seen for seen in state.devices if seen.device != state.device]
    print(f"Syncs through: {one_line(state.target)}")
    print(f"Space: {state.space}")
    print(f"This device: {state.device}")
    if others:
        print("Other devices:")
        for seen in others:
            print(f"  {seen.device}  last applied {seen.last_applied_at}")
    else:
        print("Other devices: none seen yet")
    print(f"Last sync: {state.last_sync_at or 'never'}")
    print(f"Changes not sent yet: {state.pending}")
    print(f"Needs review: {state.needs_review}")
    return EXIT_OK


def status_document(state: SyncStatus) -> dict[str, Any]:
    return {
        "target": state.target,
        "space_id": state.space,
        "device_id": state.device,
        "devices": [
            {"device_id": seen.device, "files": seen.files, "last_applied_at": seen.last_applied_at}
            for seen in state.devices
            if seen.device != state.device
        ],
        "last_sync_at": state.last_sync_at,
        "pending": state.pending,
        "needs_review": state.needs_review,
    }


def run_review(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    with vault_session.reading_vault(vault_dir, source) as vault:
        items = review(vault.connection())
    documents = [review_document(item) for item in items]
    return vault_session.print_listing(documents, as_json=args.json, line=_review_line)


def review_document(item: ReviewItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "kind": item.kind,
        "reason": item.reason,
        "of_id": item.of_id,
        "title": item.title,
        "noted_at": item.noted_at,
    }


def _review_line(document: dict[str, Any]) -> str:
    one, _many = _KIND_NAMES.get(document["kind"], (document["kind"], ""))
    reason = _REVIEW_REASONS.get(document["reason"], document["reason"])
    title = one_line(document["title"]) or "(untitled)"
    parts = [
        document["noted_at"],
        f"{reason} of a {one}" if document["of_id"] else f"{reason}: {one}",
    ]
    parts.append(title)
    return "  ".join(parts) + f"  [{document['id']}]"
