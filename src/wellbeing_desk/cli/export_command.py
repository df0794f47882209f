"""``export``: everything as plaintext JSON or Markdown, explicitly confirmed."""

import argparse
import json
from pathlib import Path
from typing import Any

from wellbeing_desk.cli.errors import EXIT_OK
from wellbeing_desk.cli.passphrase import PassphraseSource
from wellbeing_desk.cli.plaintext_output import check_output_path, confirmed
from wellbeing_desk.exports.debriefs import debrief_document, debriefs_markdown
from wellbeing_desk.exports.everything_json import emergency_document, everything
from wellbeing_desk.exports.journal_markdown import journal_markdown
from wellbeing_desk.exports.notes import done_items, note_document, notes_markdown
from wellbeing_desk.exports.write import write_export
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.care_items import ACTIVITY, LISTS, NOTE_CONTEXT
from wellbeing_desk.vault.care_plan import ALL_SECTIONS

PLAN_TITLES = {
    "safer_place": "A safer place I can go",
    "dependants": "Who looks after the people who depend on me",
    "warning_signs": "My warning signs",
    "what_helps": "What helps me",
    "people": "People I can reach",
    "boundaries": "My boundaries and commitments",
    "keeps_me_going": "What keeps me going",
}


def add_parsers(commands: "argparse._SubParsersAction[Any]") -> None:
    export = commands.add_parser("export", help="plaintext export of everything")
    export.add_argument("--format", required=True, choices=("json", "markdown"))
    export.add_argument("-o", "--output", required=True, type=Path, metavar="PATH")
    export.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    export.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace, vault_dir: Path, source: PassphraseSource) -> int:
    output = check_output_path(args.output, vault_dir)
    question = f"This writes your vault UNENCRYPTED to {output}."
    if not confirmed(question, yes=args.yes, source=source, required=True):
        return EXIT_OK
    passphrase = source.read("Passphrase: ")
    vault = Vault.open_for_reading(vault_dir, passphrase)
    try:
        entries = list(vault.journal.entries())
        items = [i for name in LISTS for i in vault.care_items.items(name, include_hidden=True)]
        plan = vault.care_plan.get()
        emergency = [emergency_document(person) for person in vault.emergency.list()]
        debriefs = [
            found
            for summary in vault.debriefs.summaries()
            if (found := vault.debriefs.get(summary.id)) is not None
        ]
        debrief_documents = [
            debrief_document(d, vault.follow_ups.for_source(d.id), "en") for d in debriefs
        ]
        contexts = {
            c.id: c.english_name
            for c in vault.note_contexts.items(NOTE_CONTEXT, include_hidden=True)
        }
        note_documents = [
            note_document(note, contexts, done_items(vault.follow_ups.for_source(note.id)))
            for note in vault.notes.notes()
        ]
    finally:
        vault.lock()
    if args.format == "json":
        document = everything(entries, items, plan, debrief_documents, note_documents, emergency)
        data = json.dumps(document, ensure_ascii=False, indent=2)
    else:
        names = {item.id: item.english_name for item in items}
        activities = frozenset(item.id for item in items if item.list == ACTIVITY)
        data = journal_markdown(entries, names, activity_ids=activities)
        data += _plan_markdown(plan, emergency)
        if debriefs:
            data += "\n" + debriefs_markdown(debriefs, "en")
        if note_documents:
            data += "\n" + notes_markdown(note_documents)
    write_export(output, data.encode("utf-8"))
    print(f"Exported to {output}. It is not encrypted: delete it safely when done.")
    return EXIT_OK


def _plan_markdown(plan: dict[str, str], emergency: list[dict[str, Any]]) -> str:
    lines = ["", "# My self-care plan", ""]
    if emergency:
        lines += ["## In an emergency", ""]
        for person in emergency:
            ways = "; ".join(f"{c['type']}: {c['value']}" for c in person["contacts"])
            lines.append(f"- {person['name']} ({person['role']}): {ways}")
        lines.append("")
    for section in ALL_SECTIONS:
        if plan.get(section, "").strip():
            lines += [f"## {PLAN_TITLES[section]}", "", plan[section].strip(), ""]
    return "\n".join(lines) if len(lines) > 3 else ""
