"""Every page and dialog fits at 900×600 and at the default size, in every language.

Laid out for real (offscreen, on a screen of that size, with the app's own
style), then checked with ``layout_problems``: no button or label text cut
off, nothing past the window's or a scroll area's right edge, no sideways
scrolling, no minimum size larger than the screen. The languages are English,
Spanish and a pseudo-translation (every string ~40 % longer, with accents) so
that a new string is checked before a translator sees it. What is shown is
``layout_tour.tour``: every section and sub-page, every debrief step kind,
every dialog class and real confirmations.

``WELLBEING_LAYOUT_SHOTS=<folder>`` also saves a picture of each view
(scripts/screenshots_layout.sh).
"""

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.layout_check import layout_problems
from tests.ui.layout_tour import tour
from tests.ui.pseudo_language import install_pseudo
from wellbeing_desk.ui.application import apply_style, install_translators
from wellbeing_desk.ui.grounding.dialog import TITLE_BAR_ROOM, fitting_height
from wellbeing_desk.ui.main_window import MainWindow

SIZES = {"900x600": QSize(900, 600), "1040x720": QSize(1040, 720)}
LANGUAGES = ["en", "es", "fr", "pt", "ar", "pseudo"]
TITLE_BAR = 30  # a dialog's title bar must fit on the screen too
# Found by the pseudo-translation only (real English and Spanish fit), not fixed yet:
# each is (view, words of the problem). Remove an entry once it is fixed.
PSEUDO_NOT_YET: tuple[tuple[str, str], ...] = (
    # A race of 2 px, pseudo-language only, in 2 of 5 clean CI runs (never locally): a
    # wrapped label on the create screen gets its minimum height, not its height for
    # width. The scroll page now floors its content at that height (``page_scroll``);
    # kept here until CI runs show the race gone. English and Spanish stay strict.
    ("create (a weak passphrase)", "QLabel 'VVérrý wwéáák"),
    ("create (a weak passphrase)", "QLabel 'ÍÍmppórrtááñt"),
    # With the first-run reminder the pseudo-language's 40 % longer chips wrap to a fifth
    # row and push Save ~40 px below the fold; English (554 px) and Spanish (589 px) fit.
    # Issue 17's languages are checked here as real ones.
    ("today (first run: no one to reach yet)", "Save check-in ends"),
)
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "grabbing the keyboard"
)

# Laid out in a fresh process, as she starts the app: earlier tests in the same
# process leave Qt state behind (fonts, translators, cached size hints) that changed
# the outcome by a few pixels depending on test order. One process per screen size:
# the offscreen screen is made that size, as dialogs size themselves to the screen.
CHILD_SIZE = os.environ.get("WELLBEING_LAYOUT_CHILD", "")
SHOTS = os.environ.get("WELLBEING_LAYOUT_SHOTS", "")


def _screen_config(tmp_path: Path, size: QSize) -> str:
    config = tmp_path / "screen.json"
    screen = {"name": "screen", "x": 0, "y": 0, "width": size.width(), "height": size.height(),
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


@pytest.fixture(scope="module")
def fresh_runs(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[str, subprocess.Popen[str]]]:
    """Both screen sizes laid out at once, one child process each (the suite's slowest part)."""
    runs = {}
    for size, screen in SIZES.items():
        folder = tmp_path_factory.mktemp(f"layout-{size}")
        runs[size] = subprocess.Popen(
            [sys.executable, "-m", "pytest", __file__, "-q", "-p", "no:cacheprovider", "-n", "0",
             "-k", "test_pages_fit and not fresh"],
            env={**os.environ, "WELLBEING_LAYOUT_CHILD": size,
                 "QT_QPA_PLATFORM": _screen_config(folder, screen)},
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
    yield runs
    for run in runs.values():
        if run.poll() is None:
            run.kill()
            run.communicate()


@pytest.mark.skipif(bool(CHILD_SIZE), reason="this is the child")
@pytest.mark.parametrize("size", SIZES)
def test_pages_fit_in_a_fresh_app(size: str, fresh_runs: dict[str, subprocess.Popen[str]]) -> None:
    stdout, stderr = fresh_runs[size].communicate(timeout=900)
    assert fresh_runs[size].returncode == 0, stdout[-8000:] + stderr[-2000:]
    assert f"{len(LANGUAGES)} passed" in stdout


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    apply_style(qapp)  # the app's font floor and style sheet, as she sees it
    install_translators(qapp, "en" if request.param == "pseudo" else request.param)
    pseudo = install_pseudo(qapp) if request.param == "pseudo" else None
    yield request.param
    if pseudo is not None:
        qapp.removeTranslator(pseudo)
    install_translators(qapp, "en")


def _shoot(widget: QWidget, language: str, number: int, name: str) -> None:
    folder = Path(SHOTS)
    folder.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    widget.grab().save(str(folder / f"{CHILD_SIZE}-{language}-{number:02d}-{slug}.png"))


def _save_below_the_fold(window: MainWindow, name: str) -> list[str]:
    """The check-in's Save shows without scrolling (the scroll area is at its top)."""
    button = window.workspace.pages["today"].checkin.save_button  # type: ignore[attr-defined]
    bottom = button.mapTo(window, QPoint(0, button.height())).y()
    if bottom > window.height():
        return [f"{name}: Save check-in ends at {bottom} px, below the fold at {window.height()}"]
    return []


@pytest.mark.skipif(
    not CHILD_SIZE, reason="runs in a fresh process (test_pages_fit_in_a_fresh_app)"
)
def test_pages_fit(qtbot, language: str, make_window, ui_vault_dir: Path) -> None:
    size = SIZES[CHILD_SIZE]
    screen = QGuiApplication.primaryScreen().size()
    assert screen == size, f"the screen is {screen}, not {size}"
    window: MainWindow = make_window(starter=True)
    window.resize(size)
    problems: list[str] = []
    names: list[str] = []
    for number, (name, shown) in enumerate(tour(qtbot, window, ui_vault_dir)):
        names.append(name)
        if shown is not window and (
            shown.width() > size.width() or shown.height() + TITLE_BAR > size.height()
        ):
            problems.append(f"{name}: {shown.width()}×{shown.height()}, larger than the screen")
        problems += [f"{name}: {p}" for p in layout_problems(shown, size)]
        if name.startswith("today") and CHILD_SIZE == "900x600":
            problems += _save_below_the_fold(window, name)
        if SHOTS:
            _shoot(shown, language, number, name)
    if fitting_height(size.height()) + TITLE_BAR_ROOM > size.height():
        problems.append(f"grounding: {fitting_height(size.height())} px tall on this screen")
    assert len(names) > 30, names
    if language == "pseudo":
        problems = [
            p for p in problems
            if not any(p.startswith(f"{view}: {words}") for view, words in PSEUDO_NOT_YET)
        ]  # fmt: skip
    assert problems == [], "\n".join(problems)
