"""What the template manager asks of the vault: her templates, storing, importing, writing.

Reading a chosen file never blocks on a pipe or a device; storing gives a new
template a free id; an imported template whose id is taken comes in as a copy.
"""

from dataclasses import dataclass, replace
from pathlib import Path

from wellbeing_desk.debrief.builtin import builtin_ids
from wellbeing_desk.debrief.record import TemplateChoice, available_templates, own_copy
from wellbeing_desk.debrief.template_ids import unique_id
from wellbeing_desk.debrief.templates import (
    MAX_FILE_BYTES,
    Template,
    dump_template,
    load_template,
    template_json,
)
from wellbeing_desk.exports.write import write_export
from wellbeing_desk.files import read_regular_file
from wellbeing_desk.vault import Vault


@dataclass(frozen=True)
class Imported:
    record_id: str
    template: Template
    clashing_id: str | None  # the id in the file, when it was taken and a new one was given


@dataclass(frozen=True)
class Saved:
    record_id: str
    template: Template  # as stored: a new one whose id was taken has another


def templates(vault: Vault) -> list[TemplateChoice]:
    """The built-in templates, then hers."""
    return available_templates(vault.debrief_templates)


def read_template_file(path: Path) -> bytes:
    """At most one byte more than a template may have (``load_template`` refuses more).

    Opened without blocking and checked to be a regular file first, so a pipe
    or a device chosen by mistake cannot hang the worker.
    """
    return read_regular_file(path, MAX_FILE_BYTES)


def import_template(vault: Vault, path: Path, language: str, copy_suffix: str) -> Imported:
    """Read, check, store. Raises ``TemplateError`` or ``OSError``; nothing stored then."""
    template = load_template(read_template_file(path))
    taken = vault.debrief_templates.template_ids()
    clashing = None
    if template.id in taken | builtin_ids():
        clashing = template.id
        template = own_copy(template, taken, copy_suffix)
    record_id = vault.debrief_templates.save(
        template.id, template.title.get(language), template_json(template)
    )
    return Imported(record_id, template, clashing)


def save_template(vault: Vault, template: Template, record_id: str | None, language: str) -> Saved:
    """Store a template of hers; a new one whose id is taken gets another."""
    if record_id is None:
        taken = vault.debrief_templates.template_ids() | builtin_ids()
        if template.id in taken:
            template = replace(template, id=unique_id(template.id, taken))
    saved = vault.debrief_templates.save(
        template.id, template.title.get(language), template_json(template), record_id
    )
    return Saved(saved, template)


def delete_template(vault: Vault, record_id: str) -> None:
    vault.debrief_templates.delete(record_id)


def export_template(_vault: Vault, path: Path, template: Template) -> None:
    """Write the template's file: owner-only (0600) and atomic, like every file the app writes.

    No passphrase is asked for, unlike the journal export: a template holds
    questions, never her answers.
    """
    write_export(path, dump_template(template).encode("utf-8"))
