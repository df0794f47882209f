"""'Test target': prove a target can do what sync needs before she trusts it with her vault.

List, create, read back, create the same again (fine), create different bytes
under the same name (must be refused: a target that overwrites would lose
data), and delete the test file. The result names the first step that failed,
in plain words. Only a small random file in its own folder is written.
"""

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from wellbeing_desk.sync.errors import SyncError
from wellbeing_desk.sync.names import ROOT_FOLDER
from wellbeing_desk.sync.target import Target, join_path

CHECK_FOLDER = f"{ROOT_FOLDER}/self-check"  # not an id: sync never reads it
T = TypeVar("T")


@dataclass(frozen=True)
class SelfCheckResult:
    """``failed_step`` is None when every step passed; ``message`` says what happened."""

    failed_step: str | None
    message: str
    # What the target raised at the failed step (a wrong password, a timeout …), if
    # anything: callers that say each kind of trouble in its own words look at it.
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.failed_step is None


class _StepFailedError(Exception):
    def __init__(self, step: str, message: str, error: Exception | None = None) -> None:
        super().__init__(message)
        self.step = step
        self.message = message
        self.error = error


def self_check(target: Target) -> SelfCheckResult:
    """Run every step on ``target``; stop at the first failure and name it."""
    token = os.urandom(6).hex()
    path = join_path(CHECK_FOLDER, f"check-{token}.txt")
    first = f"wellbeing desk test file {token}\n".encode()
    try:
        _run(target, path, first)
    except _StepFailedError as failed:
        return SelfCheckResult(failed.step, failed.message, failed.error)
    return SelfCheckResult(None, "the sync place works: files can be listed, written and read")


def _run(target: Target, path: str, first: bytes) -> None:
    name = path.rsplit("/", 1)[1]
    _step("list", "could not list the folder", lambda: target.list_names(CHECK_FOLDER))
    _step("create", "could not write a new file", lambda: target.create(path, first))
    if _step("read", "could not read the file back", lambda: target.read(path)) != first:
        raise _StepFailedError("read", "the file read back is not what was written")
    _step("create again", "writing the same file again failed", lambda: target.create(path, first))
    try:
        target.create(path, first + b"different\n")
    except FileExistsError:
        pass
    except (SyncError, OSError) as error:
        raise _StepFailedError(
            "no overwrite", _said("refusing to overwrite failed", error), error
        ) from None
    else:
        raise _StepFailedError(
            "no overwrite", "a different file replaced the test file: this place would lose data"
        )
    if _step("read", "could not read the file back", lambda: target.read(path)) != first:
        raise _StepFailedError("no overwrite", "the test file was changed by a second write")
    listed = _step("list", "could not list the folder", lambda: target.list_names(CHECK_FOLDER))
    if name not in listed:
        raise _StepFailedError("list", "the test file is not listed in its folder")
    _step("delete", "could not delete the test file", lambda: target.delete(path))


def _step(step: str, failure: str, action: Callable[[], T]) -> T:
    try:
        return action()
    except (SyncError, OSError) as error:
        raise _StepFailedError(step, _said(failure, error), error) from None


def _said(failure: str, error: BaseException) -> str:
    # Our errors' messages are plain and free of credentials; others are named by kind only.
    detail = str(error) if isinstance(error, SyncError) else type(error).__name__
    return f"{failure}: {detail}"
