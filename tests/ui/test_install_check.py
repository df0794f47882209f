"""``wellbeing-desk --check-install``: each part of the installation in one line, and a
missing part named."""

from pathlib import Path

import pytest

from wellbeing_desk.app import main
from wellbeing_desk.ui import install_check


def test_this_installation_is_whole(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check-install"]) == 0
    said = capsys.readouterr().out
    assert said.count("ok  ") == len(install_check.CHECKS)
    assert "SQLCipher" in said and "FTS5" in said and "es: wellbeing_desk" in said


def test_missing_data_is_named_and_the_other_checks_still_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "translations").mkdir()
    monkeypatch.setattr(install_check, "assets_dir", lambda: tmp_path)
    assert install_check.print_report(install_check.run_checks()) == 1
    said = capsys.readouterr().out
    assert "FAIL shipped data: FileNotFoundError: missing under" in said
    assert "debrief/common.json" in said
    assert "ok   encryption" in said
