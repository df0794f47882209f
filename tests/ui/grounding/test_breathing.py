"""The breathing guide: a fake clock moves it; reduced motion keeps it still."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout

from tests.ui.conftest import FakeClock
from wellbeing_desk.ui.grounding.breathing import ANIMATION_INTERVAL_MS, BreathingPage
from wellbeing_desk.ui.grounding.pacing import BOX


@pytest.fixture
def make_page(qtbot, clock: FakeClock):
    def make(reduce_motion: bool = False) -> BreathingPage:
        page = BreathingPage(reduce_motion=reduce_motion, clock=clock)
        # A window of its own here: a fixed size, as in the dialog (no size hints to pass on).
        page.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        page.resize(560, 560)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def advance(page: BreathingPage, clock: FakeClock, seconds: float) -> None:
    """Time passes; the timer's next tick is called by hand (nothing sleeps)."""
    clock.advance(seconds)
    page.session.tick()


def test_the_guide_follows_the_clock_through_the_phases(qtbot, make_page, clock) -> None:
    page = make_page()
    assert page.cue.text() == "Press Start when you are ready."
    assert page.toggle.text() == "Start"
    assert page.guide.currentWidget() is page.circle
    assert page.circle.fullness == 0.0

    qtbot.mouseClick(page.toggle, Qt.MouseButton.LeftButton)
    assert page.session.running
    assert page.cue.text() == "Breathe in… 4"
    assert page.toggle.text() == "Pause"
    assert page.toggle.accessibleName() == "Pause the breathing guide"

    advance(page, clock, 1.2)
    assert page.cue.text() == "Breathe in… 3"
    assert 0.0 < page.circle.fullness < 0.5
    advance(page, clock, 2.8)  # 4.0 s: the top of the in-breath
    assert page.cue.text() == "Breathe out… 6"
    assert page.circle.fullness == pytest.approx(1.0)
    advance(page, clock, 5.5)  # 9.5 s
    assert page.cue.text() == "Breathe out… 1"
    assert page.circle.fullness < 0.05
    advance(page, clock, 0.5)  # 10 s: the next breath
    assert page.cue.text() == "Breathe in… 4"
    assert page.session.state().cycle == 1


def test_pause_holds_the_breath_where_it_was(qtbot, make_page, clock) -> None:
    page = make_page()
    page.toggle.click()
    advance(page, clock, 2.5)
    page.toggle.click()  # pause
    assert not page.session.running
    assert not page.session.timer.isActive()
    assert page.cue.text() == "Paused. Continue whenever you like."
    assert page.toggle.text() == "Continue"
    held = page.circle.fullness
    clock.advance(100)
    assert page.circle.fullness == held
    page.toggle.click()  # continue: 2.5 s into the in-breath, as before
    assert page.session.elapsed() == pytest.approx(2.5)
    assert page.cue.text() == "Breathe in… 2"


def test_the_circle_moves_at_frame_rate_only_while_running(qtbot, make_page) -> None:
    page = make_page()
    assert not page.session.timer.isActive()
    page.toggle.click()
    assert page.session.timer.isActive()
    assert page.session.timer.interval() == ANIMATION_INTERVAL_MS
    page.stop()
    assert not page.session.timer.isActive()
    assert page.toggle.text() == "Start"


def test_choosing_a_pace_starts_it_from_the_in_breath(qtbot, make_page, clock) -> None:
    page = make_page()
    page.toggle.click()
    advance(page, clock, 5)
    page.pace.setCurrentIndex(page.pace.findData("box"))
    assert page.session.pattern is BOX
    assert page.session.running
    assert page.cue.text() == "Breathe in… 4"
    assert "4 seconds each" in page.pace_note.text()
    advance(page, clock, 4.0)
    assert page.cue.text() == "Hold… 4"
    assert page.pace.accessibleName() == "Breathing pace"
    names = [page.pace.itemText(i) for i in range(page.pace.count())]
    assert names == [
        "Gentle 4-6",
        "Slower out-breath 4-2-6",
        "Box breathing 4-4-4-4",
        "Relaxing breath 4-7-8",
    ]


def test_reduced_motion_shows_still_steps_and_a_count_once_a_second(
    qtbot, make_page, clock
) -> None:
    page = make_page(reduce_motion=True)
    assert page.guide.currentWidget() is page.steps
    assert not page.circle.isVisible()
    assert [label.text() for label in page.steps.labels] == [
        "Breathe in for 4 seconds",
        "Breathe out for 6 seconds",
    ]
    assert "marked step" in page.intro.text()
    assert page.steps.current == -1

    page.toggle.click()
    timer = page.session.timer
    assert timer.isActive()
    assert timer.interval() >= 1000  # wakes when the count changes, not at paint rate
    assert page.steps.current == 0
    assert page.cue.text() == "Breathe in… 4"

    advance(page, clock, 0.4)  # an early wake changes nothing on screen
    assert page.cue.text() == "Breathe in… 4"
    assert 600 <= timer.interval() <= 620
    advance(page, clock, 0.61)
    assert page.cue.text() == "Breathe in… 3"
    assert timer.interval() >= 990
    advance(page, clock, 3.0)
    assert page.cue.text() == "Breathe out… 6"
    assert page.steps.current == 1
    assert page.circle.fullness == 0.0  # never scaled


def test_box_breathing_steps_when_still(qtbot, make_page, clock) -> None:
    page = make_page(reduce_motion=True)
    page.pace.setCurrentIndex(page.pace.findData("box"))
    assert [label.text() for label in page.steps.labels] == [
        "Breathe in for 4 seconds",
        "Hold for 4 seconds",
        "Breathe out for 4 seconds",
        "Hold for 4 seconds",
    ]
    page.toggle.click()
    advance(page, clock, 12.5)
    assert page.cue.text() == "Hold… 4"
    assert page.steps.current == 3
    assert page.steps.labels[3].property("current") == "true"
    assert page.steps.labels[0].property("current") == "false"
