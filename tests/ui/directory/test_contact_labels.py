"""Labels address books share are shown as words of the interface; hers are kept as written."""

import pytest

from wellbeing_desk.ui.directory.names import contact_label_name


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        ("work", "Work"),
        ("WORK", "Work"),
        ("_$!<Work>!$_", "Work"),
        ("cell", "Mobile"),
        ("_$!<HomePage>!$_", "Website"),
        ("work fax", "Work fax"),
        ("WorkFAX", "Work fax"),
        ("consulta", "consulta"),
        ("Línea segura", "Línea segura"),
        ("", ""),
    ],
)
def test_known_labels_are_translated_and_others_kept(qapp, label: str, shown: str) -> None:
    assert contact_label_name(label) == shown
