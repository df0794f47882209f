"""The .desktop entry and AppStream metainfo validate with the distributions' own tools."""

import shutil
import subprocess
from pathlib import Path

import pytest

DESKTOP = Path(__file__).resolve().parents[1] / "packaging" / "linux"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return path


def test_desktop_entry_validates() -> None:
    tool = _tool("desktop-file-validate")
    result = subprocess.run(
        [tool, str(DESKTOP / "org.wellbeingdesk.WellbeingDesk.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_appstream_metainfo_validates() -> None:
    tool = _tool("appstreamcli")
    result = subprocess.run(
        [
            tool,
            "validate",
            "--no-net",
            str(DESKTOP / "org.wellbeingdesk.WellbeingDesk.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
