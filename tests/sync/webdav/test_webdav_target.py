"""The WebDAV target against a real WsgiDAV server: the Target contract, and every fault a
server or network inflicts ending in nothing overwritten, no partial file under a final
name, and a plain error that names no credential."""

import base64
import logging
import re

import pytest

from tests.sync.test_folder_target import (
    BAD_PATHS,
    FILE,
    LOG,
    test_a_created_file_is_read_back_and_listed,
    test_a_missing_folder_lists_nothing_and_a_missing_file_is_not_found,
    test_an_identical_retry_succeeds_and_different_bytes_are_refused,
    test_deleting_is_idempotent,
    test_sub_folders_are_listed_apart_from_files,
)
from tests.sync.webdav.dav_server import PASSWORD, USER, DavServer
from wellbeing_desk.sync import names
from wellbeing_desk.sync.errors import TamperedFileError
from wellbeing_desk.sync.memory_target import conflict_name
from wellbeing_desk.sync.target import is_temp_name
from wellbeing_desk.sync.target_errors import (
    MoveNotSupportedError,
    RedirectRefusedError,
    ServerFailedError,
    ServerFullError,
    TargetAuthError,
    TargetError,
    TargetFolderMissingError,
    TargetLockedError,
    TargetTimeoutError,
    TargetUnreachableError,
)
from wellbeing_desk.sync.webdav_target import WebDavTarget, parse_multistatus

# pytest-socket: allow_hosts alone lets sockets be made but connect only to 127.0.0.1
# (enable_socket would lift every restriction, and it wins over allow_hosts).
pytestmark = pytest.mark.allow_hosts(["127.0.0.1"])

CONTRACT = [
    test_a_created_file_is_read_back_and_listed,
    test_a_missing_folder_lists_nothing_and_a_missing_file_is_not_found,
    test_an_identical_retry_succeeds_and_different_bytes_are_refused,
    test_deleting_is_idempotent,
    test_sub_folders_are_listed_apart_from_files,
]
CREDENTIALS = [PASSWORD, base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()]


@pytest.fixture
def any_target(dav: DavServer) -> WebDavTarget:
    """The contract tests of every target (imported above) run on this one too."""
    return dav.target()


@pytest.fixture
def target(dav: DavServer) -> WebDavTarget:
    return dav.target()


def final_files(dav: DavServer) -> dict[str, bytes]:
    """What the server stores under names that are not our temp names."""
    return {p: d for p, d in dav.files().items() if not is_temp_name(p.rsplit("/", 1)[1])}


def test_the_contract_tests_are_collected_here() -> None:
    assert all(f.__name__ in globals() for f in CONTRACT)


def test_unsafe_paths_are_refused_before_any_request(dav: DavServer) -> None:
    target = dav.target()
    for path in BAD_PATHS:
        for call in (target.list_names, target.read, target.delete, target.make_folder):
            with pytest.raises(ValueError, match="not a safe"):
                call(path)
        with pytest.raises(ValueError, match="not a safe"):
            target.create(path, b"x")
    assert dav.faults.seen == []


def test_conflict_copies_on_the_server_are_listed_but_never_ours(
    dav: DavServer, target: WebDavTarget
) -> None:
    target.create(FILE, b"sealed")
    for style in ("syncthing", "nextcloud", "numbered", "upper-case"):
        (dav.root / LOG / conflict_name("0000000000000001.wbc", style)).write_bytes(b"copy")
    listed = target.list_names(LOG)
    assert len(listed) == 5
    assert [s for s in map(names.parse_log_name, listed) if s is not None] == [1]


def test_a_file_is_stored_whole_under_its_name_and_nothing_else_is_left(
    dav: DavServer, target: WebDavTarget
) -> None:
    target.create(FILE, b"sealed bytes")
    assert dav.files() == {FILE: b"sealed bytes"}
    # PUT to a temp name, then MOVE without overwrite: no request ever writes the final name.
    puts = [path for method, path in dav.faults.seen if method == "PUT"]
    assert puts and all(is_temp_name(path.rsplit("/", 1)[1]) for path in puts)
    moves = [path for method, path in dav.faults.seen if method == "MOVE"]
    assert len(moves) == 1


def test_a_different_file_is_never_overwritten(dav: DavServer, target: WebDavTarget) -> None:
    target.create(FILE, b"original")
    for attempt in range(3):
        with pytest.raises(FileExistsError, match=re.escape(FILE)):
            target.create(FILE, f"attempt {attempt}".encode())
    assert dav.files() == {FILE: b"original"}  # and every temp upload removed


def test_an_interrupted_put_is_retried_and_leaves_no_stub(
    dav: DavServer, target: WebDavTarget
) -> None:
    target.make_folder(LOG)
    dav.faults.add("PUT", "drop-put")
    target.create(FILE, b"0123456789" * 100)
    assert dav.files() == {FILE: b"0123456789" * 100}
    assert [m for m, _ in dav.faults.seen].count("PUT") == 2
    assert dav.sleeps == [0.01]  # the cut PUT was tried once more, after a pause


def test_a_put_cut_off_every_time_fails_plainly_and_leaves_nothing(
    dav: DavServer, target: WebDavTarget
) -> None:
    target.make_folder(LOG)
    dav.faults.add("PUT", "drop-put", times=target.attempts)
    with pytest.raises(TargetUnreachableError, match="cut off"):
        target.create(FILE, b"0123456789" * 100)
    assert dav.files() == {}  # the stub under the temp name was deleted


def test_tidy_removes_a_stub_left_by_an_interrupted_put(
    dav: DavServer, target: WebDavTarget
) -> None:
    target.make_folder(LOG)
    dav.faults.add("PUT", "drop-put", times=target.attempts)
    dav.faults.add("DELETE", "status", status=503, times=target.attempts)  # cannot clean up now
    with pytest.raises(TargetUnreachableError):
        target.create(FILE, b"0123456789" * 100)
    stubs = list(dav.files())
    assert len(stubs) == 1 and is_temp_name(stubs[0].rsplit("/", 1)[1])
    assert dav.files()[stubs[0]] == b"0123456789" * 50  # half a file, never under its name
    assert target.tidy(LOG) == [stubs[0].rsplit("/", 1)[1]]
    assert dav.files() == {}


def test_a_lost_move_answer_is_seen_as_done_and_a_retry_is_already_there(
    dav: DavServer, target: WebDavTarget
) -> None:
    dav.faults.add("MOVE", "lose-answer")
    target.create(FILE, b"sealed")  # the move happened: the file there is whole and ours
    assert dav.files() == {FILE: b"sealed"}
    dav.faults.add("MOVE", "lose-answer")
    target.create(FILE, b"sealed")  # the engine's retry after a cut: already there
    target.create(FILE, b"sealed")
    assert dav.files() == {FILE: b"sealed"}
    assert [m for m, _ in dav.faults.seen].count("MOVE") == 3  # MOVE itself never repeated


def test_a_lost_move_answer_before_the_move_is_an_error_not_a_success(
    dav: DavServer, target: WebDavTarget
) -> None:
    target.make_folder(LOG)
    dav.faults.add("MOVE", "cut")  # the connection is cut before the server moved anything
    with pytest.raises(TargetUnreachableError, match="cut off"):
        target.create(FILE, b"sealed")
    assert dav.files() == {}  # nothing published, the upload removed
    assert [m for m, _ in dav.faults.seen].count("MOVE") == 1  # a MOVE is never repeated blindly


def test_a_lost_move_answer_beside_a_different_file_is_refused_not_overwritten(
    dav: DavServer, target: WebDavTarget
) -> None:
    target.create(FILE, b"original")
    dav.faults.add("MOVE", "lose-answer")
    with pytest.raises(FileExistsError, match=re.escape(FILE)):
        target.create(FILE, b"sealed")
    assert dav.files() == {FILE: b"original"}


def test_a_listing_with_404_entries_inside_lists_only_real_members(
    dav: DavServer, target: WebDavTarget
) -> None:
    target.create(FILE, b"x")
    target.make_folder(f"{LOG}/sub")
    dav.faults.add("PROPFIND", "ghosts", times=2)
    # The gone member is left out; one whose resourcetype is unknown (404 propstat) is a
    # file; hrefs outside the folder or deeper in it are never listed.
    assert target.list_names(LOG) == ["0000000000000001.wbc", "0000000000000009.wbc"]
    assert target.list_folders(LOG) == ["sub"]


@pytest.mark.parametrize(
    ("method", "status", "error", "words"),
    [
        ("MOVE", 423, TargetLockedError, "locked"),
        ("PUT", 423, TargetLockedError, "locked"),
        ("PUT", 507, ServerFullError, "full"),
        ("MOVE", 507, ServerFullError, "full"),
        ("PUT", 401, TargetAuthError, "user name or password"),
        ("PUT", 403, TargetAuthError, "does not let this account"),
        ("MOVE", 405, MoveNotSupportedError, "cannot rename"),
        ("MOVE", 501, MoveNotSupportedError, "cannot rename"),
        ("MOVE", 302, RedirectRefusedError, "elsewhere.example"),
        ("MOVE", 412, ServerFailedError, "no file has that name"),
    ],
)
def test_a_refused_create_leaves_nothing_and_says_why(
    dav: DavServer,
    target: WebDavTarget,
    method: str,
    status: int,
    error: type[TargetError],
    words: str,
) -> None:
    target.make_folder(LOG)
    dav.faults.add(method, "status", status=status)
    with pytest.raises(error, match=words) as raised:
        target.create(FILE, b"sealed")
    assert dav.files() == {}
    assert not any(secret in str(raised.value) for secret in CREDENTIALS)
    assert dav.sleeps == []  # none of these is retried
    target.create(FILE, b"sealed")  # the server is fine again: so is the target
    assert dav.files() == {FILE: b"sealed"}


@pytest.mark.parametrize("method", ["PROPFIND", "GET", "MKCOL", "DELETE"])
def test_every_request_refuses_a_redirect_to_another_host(
    dav: DavServer, target: WebDavTarget, method: str
) -> None:
    dav.faults.add(method, "status", status=302)
    calls = {
        "PROPFIND": lambda: target.list_names(LOG),
        "GET": lambda: target.read(FILE),
        "MKCOL": lambda: target.make_folder(LOG),
        "DELETE": lambda: target.delete(FILE),
    }
    with pytest.raises(RedirectRefusedError, match="not followed"):
        calls[method]()
    assert len(dav.faults.seen) == 1


def test_server_errors_are_retried_with_backoff_then_succeed(
    dav: DavServer, target: WebDavTarget
) -> None:
    target.make_folder(LOG)
    dav.faults.add("PUT", "status", status=500)
    dav.faults.add("MOVE", "status", status=503)  # with Retry-After: 1
    dav.faults.add("PROPFIND", "status", status=429)
    target.create(FILE, b"sealed")
    assert target.list_names(LOG) == ["0000000000000001.wbc"]
    assert dav.files() == {FILE: b"sealed"}
    assert dav.sleeps == [0.01, 1.0, 1.0]


def test_a_server_that_keeps_failing_is_tried_a_few_times_then_named(
    dav: DavServer, target: WebDavTarget
) -> None:
    dav.faults.add("PROPFIND", "status", status=500, times=100)
    with pytest.raises(ServerFailedError, match="kept failing"):
        target.list_names(LOG)
    assert len(dav.faults.seen) == target.attempts == 4
    assert dav.sleeps == [0.01, 0.02, 0.04]


def test_a_wrong_password_is_said_plainly_and_never_shown(
    dav: DavServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "Wrong-Secret-55"
    target = dav.target(password=wrong)
    messages = [repr(target)]
    for call in (lambda: target.list_names(LOG), lambda: target.create(FILE, b"x")):
        with pytest.raises(TargetAuthError, match="did not accept the user name or password") as e:
            call()
        messages.append(str(e.value))
    dav.faults.add("GET", "status", status=500, times=10)
    good = dav.target()
    with pytest.raises(ServerFailedError) as e:
        good.read(FILE)
    messages.append(str(e.value))
    assert dav.sleeps  # the retries were logged, if anything was
    shown = "\n".join([*messages, caplog.text])
    for secret in [*CREDENTIALS, wrong, base64.b64encode(f"{USER}:{wrong}".encode()).decode()]:
        assert secret not in shown
    assert dav.files() == {}


def test_a_slow_server_times_out_plainly(dav: DavServer) -> None:
    target = dav.target(timeout_s=0.05)
    dav.faults.add("PROPFIND", "slow", seconds=0.3)
    with pytest.raises(TargetTimeoutError, match="did not answer in time"):
        target.list_names(LOG)
    assert dav.sleeps == []  # a slow server is not asked again and again


def test_a_missing_base_folder_is_named(dav: DavServer) -> None:
    target = dav.target(url=dav.url + "nowhere/")
    assert target.list_names(LOG) == []
    with pytest.raises(TargetFolderMissingError, match="is not on the sync server"):
        target.create(FILE, b"x")
    assert dav.files() == {}


def test_deleting_a_folder_path_deletes_nothing(dav: DavServer, target: WebDavTarget) -> None:
    target.create(FILE, b"kept")
    with pytest.raises(TargetError):
        target.delete(LOG)
    assert dav.files() == {FILE: b"kept"}


def test_a_file_larger_than_any_sync_file_is_refused(dav: DavServer) -> None:
    small = dav.target(max_file_bytes=16, max_listing_bytes=300)
    small.create(FILE, b"x" * 17)
    with pytest.raises(TamperedFileError, match="larger"):
        small.read(FILE)
    with pytest.raises(ServerFailedError, match="too large"):
        small.list_names(LOG)


def test_the_address_never_holds_credentials_or_plain_http_elsewhere() -> None:
    for url in (
        "https://alice:secret@cloud.example.org/dav/",
        "http://cloud.example.org/dav/",
        "ftp://cloud.example.org/",
        "https:///dav/",
    ):
        with pytest.raises(ValueError) as raised:
            WebDavTarget(url, USER, PASSWORD)
        assert "secret" not in str(raised.value)


HOSTILE_LISTINGS = [
    b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa">]><m xmlns="DAV:">&a;</m>',
    b'<!DOCTYPE d:multistatus SYSTEM "http://elsewhere.example/x.dtd"><d:multistatus'
    b' xmlns:d="DAV:"/>',
    b"<not-closed",
    b'<d:other xmlns:d="DAV:"/>',
]


@pytest.mark.parametrize("body", HOSTILE_LISTINGS)
def test_a_listing_with_a_dtd_or_not_a_multistatus_is_refused(body: bytes) -> None:
    with pytest.raises(ServerFailedError, match="cannot read"):
        parse_multistatus(body, "/dav/log/", host="example.org")
