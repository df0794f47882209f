"""A read-only or forbidden data folder: one clear error, nothing written anywhere.

Root ignores file permissions, so as root the check runs in a forked child
that has dropped to the unprivileged ``nobody`` user first.
"""

import contextlib
import io
import os
import pwd
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from wellbeing_desk.cli.main import main as cli_main
from wellbeing_desk.vault import KdfParams, Vault

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def run_unprivileged(check: Callable[[], None]) -> None:
    """Run ``check`` as an ordinary user: directly, or in a child that drops root."""
    if os.geteuid() != 0:
        check()
        return
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("running as root and there is no 'nobody' user to drop to")
    pid = os.fork()
    if pid == 0:  # child: drop privileges, run, report by exit status only
        status = 1
        try:
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            check()
            status = 0
        except BaseException:
            status = 1
        finally:
            os._exit(status)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the check failed in the unprivileged child"


@pytest.fixture
def read_only_dir() -> Iterator[Path]:
    # Outside pytest's private tmp tree so that an unprivileged child can reach it.
    folder = Path(tempfile.mkdtemp(prefix="wd-readonly-"))
    folder.chmod(0o755)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


def test_creating_a_vault_in_a_read_only_folder_fails_cleanly(read_only_dir: Path) -> None:
    if os.geteuid() != 0:
        read_only_dir.chmod(stat.S_IRUSR | stat.S_IXUSR)
    target = read_only_dir / "vault"

    def check() -> None:
        try:
            Vault.create(target, "some passphrase", KdfParams.fast_for_tests())
        except PermissionError:
            pass
        else:
            raise AssertionError("a vault was created in a read-only folder")
        assert os.geteuid() != 0, "still root: the permission check would prove nothing"
        stderr = io.StringIO()
        saved_stdin, sys.stdin = sys.stdin, io.StringIO("some passphrase\n")
        try:
            with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
                code = cli_main(
                    ["--vault", str(target), "init", "--kdf-memory", "8", "--kdf-iterations", "1"]
                )
        finally:
            sys.stdin = saved_stdin
        lines = stderr.getvalue().splitlines()
        assert code == 1, code
        assert len(lines) == 1 and "Permission denied" in lines[0], lines
        assert "Traceback" not in stderr.getvalue()

    run_unprivileged(check)
    assert list(read_only_dir.iterdir()) == []
