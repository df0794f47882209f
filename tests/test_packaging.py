"""A real wheel carries the assets, and the installed copy finds them (not the source tree)."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.support.isolation import REPO, child_env

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("wellbeing_desk-*.whl")
    return built


def test_wheel_contains_package_assets_and_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "wellbeing_desk/vault/vault.py" in names
    assert "wellbeing_desk/assets/icons/wellbeing-desk.svg" in names
    assert "wellbeing_desk/assets/translations/wellbeing_desk_es.qm" in names
    assert "wellbeing_desk/assets/passphrase_words/es.txt" in names  # the meter's words
    assert "wellbeing_desk/assets/passphrase_words/en.txt" in names
    assert not any(name.startswith("tests/") for name in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "wellbeing-desk-cli = wellbeing_desk.cli.main:main" in text
    assert "wellbeing-desk = wellbeing_desk.app:main" in text


def test_installed_wheel_runs_cli_and_finds_its_assets(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    probe = (
        "import wellbeing_desk, wellbeing_desk.paths as p\n"
        "from wellbeing_desk.cli.main import main\n"
        "print(wellbeing_desk.__file__)\n"
        "print(p.assets_dir())\n"
        "print((p.assets_dir() / 'translations' / 'wellbeing_desk_es.qm').is_file())\n"
        "raise SystemExit(main(['--version']))\n"
    )
    env = child_env(tmp_path / "home", PYTHONPATH=str(target))
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    module_file, assets, has_qm, version = result.stdout.split("\n")[:4]
    assert module_file.startswith(str(target))
    assert assets.startswith(str(target))
    assert has_qm == "True"
    assert version.startswith("wellbeing-desk-cli 0.")
