"""Every tr()/translate() call passes literal text, so pyside6-lupdate can extract it.

A helper like ``def _tr(text): return QCoreApplication.translate("X", text)``
hides every string from lupdate: the Spanish file then silently lacks them
while the completeness test stays green. This test closes that gap.
"""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "wellbeing_desk"
# Lookups of strings registered elsewhere with QT_TRANSLATE_NOOP (literal there).
DYNAMIC_LOOKUPS = {"ui/care_names.py"}


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


def translatable_calls() -> list[tuple[str, ast.Call, str]]:
    """Every ``x.tr("text", …)`` and ``QCoreApplication.translate("ctx", "text", …)``."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            name, args = node.func.attr, node.args
            if name == "tr" and args and isinstance(args[0], ast.Constant):
                found.append((f"{relative}:{node.lineno}", node, str(args[0].value)))
            elif (
                name == "translate"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "QCoreApplication"
                and len(args) >= 2
                and isinstance(args[1], ast.Constant)
            ):
                found.append((f"{relative}:{node.lineno}", node, str(args[1].value)))
    return found


def test_tr_is_called_on_self() -> None:
    """``parent.tr("Remove")`` looks the text up under the parent's class at run time
    (often plain "QWidget") while lupdate files it under another context: never found."""
    wrong = [
        where
        for where, node, _ in translatable_calls()
        if node.func.attr == "tr"  # type: ignore[attr-defined]
        and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")  # type: ignore[attr-defined]
    ]
    assert wrong == []


# "{count} days", "%1 entries", "{seconds} seconds": a number before a plural word.
COUNTED = re.compile(r"(\{\w+\}|%\d)\s+(\w+s)\b")
NOT_NOUNS = {"is", "was", "has", "its", "as", "this", "does", "says", "goes", "gives", "locks"}


def test_counts_go_through_plural_forms() -> None:
    """A count shown with a noun uses Qt's plural forms (``tr("%n entries", "", n)``), so
    English reads "1 entry" and Spanish "1 entrada"."""
    wrong = [
        f"{where}: {text!r}"
        for where, _, text in translatable_calls()
        if any(m.group(2).casefold() not in NOT_NOUNS for m in COUNTED.finditer(text))
    ]
    assert wrong == []
