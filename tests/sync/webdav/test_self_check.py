"""'Test target' names the first thing a target cannot do, in plain words."""

import pytest

from tests.sync.webdav.dav_server import DavServer
from wellbeing_desk.sync.memory_target import InMemoryTarget
from wellbeing_desk.sync.self_check import CHECK_FOLDER, self_check

pytestmark = pytest.mark.allow_hosts(["127.0.0.1"])


class OverwritingTarget(InMemoryTarget):
    """A target that replaces files (a careless WebDAV server): it would lose data."""

    def create(self, path: str, data: bytes) -> None:
        self.visible[path] = bytes(data)


def test_a_good_server_passes_and_keeps_no_test_file(dav: DavServer) -> None:
    result = self_check(dav.target())
    assert result.ok, result.message
    assert dav.files() == {}
    assert (dav.root / CHECK_FOLDER).is_dir()


def test_a_target_that_overwrites_fails_the_no_overwrite_step() -> None:
    result = self_check(OverwritingTarget())
    assert not result.ok
    assert result.failed_step == "no overwrite"
    assert "lose data" in result.message


def test_a_wrong_password_fails_the_first_step_plainly(dav: DavServer) -> None:
    result = self_check(dav.target(password="not-it"))
    assert result.failed_step == "list"
    assert "user name or password" in result.message
    assert "not-it" not in result.message


def test_a_server_without_a_safe_move_fails_the_create_step(dav: DavServer) -> None:
    dav.faults.add("MOVE", "status", status=501)
    result = self_check(dav.target())
    assert result.failed_step == "create"
    assert "cannot rename" in result.message
    assert dav.files() == {}
