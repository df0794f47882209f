"""Every tr()/translate() call passes literal text, so pyside6-lupdate can extract it.

A helper like ``def _tr(text): return QCoreApplication.translate("X", text)``
hides every string from lupdate: the Spanish file then silently lacks them
while the completeness test stays green. This test closes that gap.
"""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "wellbeing_desk"
# Lookups of strings registered elsewhere with QT_TRANSLATE_NOOP (literal there).
DYNAMIC_LOOKUPS = {"ui/journal/care_names.py"}


def is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def offenders() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            name, owner = node.func.attr, node.func.value
            if name == "tr" and node.args and not is_text(node.args[0]):
                found.append(f"{relative}:{node.lineno} tr() of a non-literal")
            elif (
                name == "translate"
                and isinstance(owner, ast.Name)
                and owner.id == "QCoreApplication"
                and relative not in DYNAMIC_LOOKUPS
                and not (len(node.args) >= 2 and is_text(node.args[0]) and is_text(node.args[1]))
            ):
                found.append(f"{relative}:{node.lineno} translate() of a non-literal")
    return found


def test_translatable_text_is_literal() -> None:
    assert offenders() == []
