"""Layering and offline-first, enforced.

Only ``ui/`` (and ``app.py``, which starts it) imports Qt; only ``sync/``
touches the network; ``vault/`` imports nothing of the app outside itself;
``ui/widgets/`` imports no feature folder; nothing uses relative imports;
pages hand the database worker named operations from ``ops/``, never an
operation written inline (``lambda vault: ...`` or a nested ``def``).
"""

import ast
import socket
from pathlib import Path

import pytest
from pytest_socket import SocketBlockedError

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "wellbeing_desk"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
NETWORK_MODULES = (
    "socket",
    "ssl",
    "urllib",
    "http",
    "httpx",
    "requests",
    "aiohttp",
    "webdav4",
    "websockets",
    "PySide6.QtNetwork",
    "ftplib",
    "smtplib",
    "xmlrpc",
    "asyncio",
)


# Feature folders of the UI: shared widgets must not reach into any of them.
UI_FEATURES = tuple(
    p.name
    for p in sorted((PACKAGE / "ui").iterdir())
    if p.is_dir() and p.name not in ("widgets", "__pycache__")
)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def matches(module: str, banned: tuple[str, ...]) -> bool:
    return any(module == b or module.startswith(b + ".") for b in banned)


def python_files(*parts: str) -> list[Path]:
    return sorted(PACKAGE.joinpath(*parts).rglob("*.py"))


def test_rules_see_the_source() -> None:
    assert len(python_files("vault")) >= 5
    assert python_files("ui")


QT_FREE_LAYERS = ["vault", "sync", "cli", "debrief", "exports", "imports", "ops", "directory"]


@pytest.mark.parametrize("layer", QT_FREE_LAYERS)
def test_layers_below_the_ui_never_import_qt(layer: str) -> None:
    files = python_files(layer)
    if not files:  # an empty or missing folder proves nothing: say so, do not pass
        pytest.skip(f"there is no {layer}/ package yet")
    offenders = [
        f"{path.relative_to(PACKAGE)}: {module}"
        for path in files
        for module in imported_modules(path)
        if matches(module, QT_MODULES)
    ]
    assert offenders == []


def test_top_level_modules_never_import_qt() -> None:
    # app.py starts the UI; every other module beside it is shared by the CLI.
    files = [p for p in sorted(PACKAGE.glob("*.py")) if p.name not in ("app.py", "__main__.py")]
    assert len(files) >= 5
    offenders = [
        f"{path.name}: {module}"
        for path in files
        for module in imported_modules(path)
        if matches(module, (*QT_MODULES, "wellbeing_desk.ui", "wellbeing_desk.app"))
    ]
    assert offenders == []


def test_the_vault_imports_nothing_of_the_app_outside_itself() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}: {module}"
        for path in python_files("vault")
        for module in imported_modules(path)
        if matches(module, ("wellbeing_desk",)) and not matches(module, ("wellbeing_desk.vault",))
    ]
    assert offenders == []


def test_shared_widgets_import_no_feature_folder() -> None:
    assert {"journal", "directory", "debrief", "notes"} <= set(UI_FEATURES)
    features = tuple(f"wellbeing_desk.ui.{name}" for name in UI_FEATURES)
    offenders = [
        f"{path.relative_to(PACKAGE)}: {module}"
        for path in python_files("ui", "widgets")
        for module in imported_modules(path)
        if matches(module, features)
    ]
    assert offenders == []


def inline_operations(path: Path, root: Path = PACKAGE) -> list[str]:
    """Lambdas and functions in ``path`` whose first parameter is the vault."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Lambda | ast.FunctionDef) and node.args.args:
            first = node.args.args[0]
            annotation = ast.unparse(first.annotation) if first.annotation else ""
            if first.arg in ("vault", "v", "_vault") or annotation.strip("\"'") == "Vault":
                name = "lambda" if isinstance(node, ast.Lambda) else f"def {node.name}"
                found.append(f"{path.relative_to(root)}:{node.lineno} {name}")
    return found


# The one place in ui/ allowed to call an operation: it adapts named ones.
INLINE_ALLOWED = {"ui/widgets/trash_undo.py"}


def test_pages_hand_the_worker_named_operations() -> None:
    offenders = [
        found
        for path in python_files("ui")
        if path.relative_to(PACKAGE).as_posix() not in INLINE_ALLOWED
        for found in inline_operations(path)
    ]
    assert offenders == []


def test_no_relative_imports() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.level > 0
    ]
    assert offenders == []


def test_the_rules_catch_a_broken_rule(tmp_path: Path) -> None:
    # The checks above read the source; here they are shown to see a violation.
    broken = tmp_path / "broken.py"
    broken.write_text("from PySide6.QtWidgets import QWidget\nfrom . import sibling\n")
    assert matches("PySide6.QtWidgets", QT_MODULES)
    assert "PySide6.QtWidgets" in imported_modules(broken)
    tree = ast.parse(broken.read_text())
    assert any(isinstance(n, ast.ImportFrom) and n.level > 0 for n in ast.walk(tree))
    inline = tmp_path / "inline.py"
    inline.write_text("ask = lambda vault: vault.journal.tags()\n\ndef read(vault): ...\n")
    found = inline_operations(inline, root=tmp_path)
    assert sorted(f.split(" ", 1)[1] for f in found) == ["def read", "lambda"]


def test_nothing_outside_sync_touches_the_network() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}: {module}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if "sync" not in path.relative_to(PACKAGE).parts
        for module in imported_modules(path)
        if matches(module, NETWORK_MODULES)
    ]
    assert offenders == []


def test_the_suite_runs_with_network_sockets_blocked() -> None:
    with pytest.raises(SocketBlockedError), pytest.warns(UserWarning, match="socket"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(SocketBlockedError), pytest.warns(UserWarning, match="socket"):
        socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
