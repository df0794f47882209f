"""The PyInstaller bundle, built as a release is (``packaging/build-linux.sh``), used as a
new user would: check the installation, create a vault with the bundled command line,
write and read an entry, start the app on it, install it under a private prefix.

Slow (it builds the bundle, about half a minute); CI runs it. It leaves nothing outside
its own HOME, TMPDIR and vault: the working folder and the bundle stay as they were.
"""

import importlib.util
import os
import signal
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.isolation import REPO, child_env

pytestmark = pytest.mark.slow
PASS = "seven lanterns over the bay"
FAST = ("--kdf-memory", "8", "--kdf-iterations", "1")
GUI_SECONDS = 4


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (the README's test command installs it)")
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        ["bash", str(REPO / "packaging" / "build-linux.sh"), str(out)],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(result.stdout)
    return out


def files_under(root: Path) -> set[Path]:
    return {path for path in root.rglob("*") if path.is_file() or path.is_symlink()}


@pytest.fixture
def person(tmp_path: Path) -> Iterator[tuple[dict[str, str], Path]]:
    """Her environment (a fresh HOME; XDG and TMPDIR under it) and an empty working folder."""
    home = tmp_path / "home"
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    env = child_env(home)
    env.pop("WELLBEING_DESK_HOME")  # where a real install puts her vault: XDG, under HOME
    yield env, cwd
    assert list(cwd.iterdir()) == []  # nothing written where she happened to be
    assert list(Path(env["TMPDIR"]).iterdir()) == []


def run(
    program: Path, *args: str, env: dict[str, str], cwd: Path, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args],
        input=stdin,
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_bundle_and_its_archive_hold_what_the_app_needs(built: Path) -> None:
    bundle = built / "wellbeing-desk"
    inside = {path.relative_to(bundle).as_posix() for path in files_under(bundle)}
    for needed in ("wellbeing-desk", "wellbeing-desk-cli", "install.sh"):
        assert needed in inside
    assert any(p.endswith("translations/wellbeing_desk_es.qm") for p in inside)
    assert any(p.endswith("debrief/templates/after-incident.json") for p in inside)
    assert not any(p.endswith(".ts") for p in inside)
    assert not any("libqgtk3" in p or "QtQml" in p for p in inside)
    size_mb = sum(p.stat().st_size for p in files_under(bundle) if not p.is_symlink()) / 2**20
    print(f"bundle: {size_mb:.0f} MB")
    (archive,) = built.glob("wellbeing-desk-*-linux-*.tar.gz")
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert "wellbeing-desk/share/org.wellbeingdesk.WellbeingDesk.desktop" in names
    assert "wellbeing-desk/share/org.wellbeingdesk.WellbeingDesk.metainfo.xml" in names


def test_a_new_user_checks_creates_writes_and_opens(
    built: Path, person: tuple[dict[str, str], Path]
) -> None:
    env, cwd = person
    bundle = built / "wellbeing-desk"
    before = files_under(bundle)

    check = run(bundle / "wellbeing-desk", "--check-install", env=env, cwd=cwd)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "es: wellbeing_desk" in check.stdout and "FAIL" not in check.stdout

    cli = bundle / "wellbeing-desk-cli"
    made = run(cli, "init", *FAST, env=env, cwd=cwd, stdin=f"{PASS}\n{PASS}\n")
    assert made.returncode == 0, made.stderr
    added = run(cli, "journal", "add", "--text", "-", env=env, cwd=cwd, stdin=f"{PASS}\nBundled\n")
    assert added.returncode == 0, added.stderr
    listed = run(cli, "journal", "list", "--json", env=env, cwd=cwd, stdin=f"{PASS}\n")
    assert listed.returncode == 0 and "Bundled" in listed.stdout, listed.stderr

    app = subprocess.Popen(
        [str(bundle / "wellbeing-desk"), "-platform", "offscreen"],
        env={**env, "LANG": "es_ES.UTF-8"},
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(GUI_SECONDS)
    assert app.poll() is None, app.communicate()  # still running: it started
    app.send_signal(signal.SIGTERM)  # the app closes its window and locks on SIGTERM
    out, err = app.communicate(timeout=30)
    assert "Traceback" not in out + err, err
    assert app.returncode == 0, err

    home = Path(env["HOME"])
    vaults = [p for p in files_under(home) if p.name.endswith(".header")]
    assert vaults, sorted(map(str, files_under(home)))
    assert files_under(bundle) == before  # no caches or bytecode written into the program


def test_install_sh_puts_it_under_a_private_prefix_and_removes_it(
    built: Path, person: tuple[dict[str, str], Path], tmp_path: Path
) -> None:
    env, cwd = person
    prefix = tmp_path / "prefix"
    installed = run(
        built / "wellbeing-desk" / "install.sh", env={**env, "PREFIX": str(prefix)}, cwd=cwd
    )
    assert installed.returncode == 0, installed.stderr
    desktop = prefix / "share/applications/org.wellbeingdesk.WellbeingDesk.desktop"
    assert f"Exec={prefix}/lib/wellbeing-desk/wellbeing-desk" in desktop.read_text()
    version = run(prefix / "bin" / "wellbeing-desk-cli", "--version", env=env, cwd=cwd)
    assert version.returncode == 0 and "wellbeing-desk-cli" in version.stdout, version.stderr
    removed = run(
        prefix / "lib/wellbeing-desk/install.sh",
        "--remove",
        env={**env, "PREFIX": str(prefix)},
        cwd=cwd,
    )
    assert removed.returncode == 0, removed.stderr
    assert not (prefix / "bin" / "wellbeing-desk").exists() and not desktop.exists()
