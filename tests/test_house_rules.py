"""Layering and offline-first, enforced: vault/ and sync/ never import Qt; only sync/ networks."""

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


@pytest.mark.parametrize("layer", ["vault", "sync", "cli"])
def test_storage_sync_and_cli_never_import_qt(layer: str) -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}: {module}"
        for path in python_files(layer)
        for module in imported_modules(path)
        if matches(module, QT_MODULES)
    ]
    assert offenders == []


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
