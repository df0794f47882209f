"""The template manager's operations, without Qt: her templates, ids kept apart, files."""

import os
from dataclasses import replace
from pathlib import Path

import pytest

from wellbeing_desk.debrief.builtin import builtin_ids, builtin_templates
from wellbeing_desk.debrief.templates import TemplateError, dump_template, load_template
from wellbeing_desk.ops import debrief_templates as ops
from wellbeing_desk.vault import Vault


def test_templates_are_the_builtin_ones_then_hers(vault: Vault) -> None:
    mine = replace(builtin_templates()[0], id="my-own")
    saved = ops.save_template(vault, mine, None, "en")
    choices = ops.templates(vault)
    assert [c.template.id for c in choices if c.record_id is None] == [
        t.id for t in builtin_templates()
    ]
    assert [(c.record_id, c.template.id) for c in choices if c.record_id] == [
        (saved.record_id, "my-own")
    ]


def test_a_new_template_whose_id_is_taken_gets_another(vault: Vault) -> None:
    builtin = builtin_templates()[0]
    first = ops.save_template(vault, builtin, None, "en")
    assert first.template.id != builtin.id and first.template.id not in builtin_ids()
    second = ops.save_template(vault, builtin, None, "en")
    assert second.template.id not in {first.template.id, builtin.id}
    # Saving over her own record keeps its id.
    again = ops.save_template(vault, first.template, first.record_id, "en")
    assert (again.record_id, again.template.id) == (first.record_id, first.template.id)


def test_deleting_removes_only_that_template(vault: Vault) -> None:
    kept = ops.save_template(vault, replace(builtin_templates()[0], id="kept"), None, "en")
    gone = ops.save_template(vault, replace(builtin_templates()[0], id="gone"), None, "en")
    ops.delete_template(vault, gone.record_id)
    assert [c.record_id for c in ops.templates(vault) if c.record_id] == [kept.record_id]


def test_an_imported_clashing_id_comes_in_as_a_copy(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "template.json"
    path.write_text(dump_template(builtin_templates()[0]), encoding="utf-8")
    imported = ops.import_template(vault, path, "en", "(imported)")
    assert imported.clashing_id == builtin_templates()[0].id
    assert imported.template.id != imported.clashing_id
    assert "(imported)" in imported.template.title.get("en")
    fresh = tmp_path / "fresh.json"
    fresh.write_text(dump_template(replace(builtin_templates()[0], id="fresh")), "utf-8")
    assert ops.import_template(vault, fresh, "en", "(imported)").clashing_id is None


def test_a_bad_file_stores_nothing(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"id": "x"', encoding="utf-8")
    with pytest.raises(TemplateError):
        ops.import_template(vault, path, "en", "(imported)")
    assert not [c for c in ops.templates(vault) if c.record_id]


def test_export_writes_the_template_owner_only(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    template = builtin_templates()[0]
    ops.export_template(vault, path, template)
    assert load_template(path.read_bytes()) == template
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
