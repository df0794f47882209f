"""The breathing guide: a fake clock moves it; reduced motion keeps it still."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout

from tests.ui.conftest import FakeClock
from wellbeing_desk.ui.grounding.breathing import ANIMATION_INTERVAL_MS, BreathingPage
from wellbeing_desk.ui.grounding.pacing import BOX, FOUR_SEVEN_EIGHT, PATTERNS


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
    assert page.toggle.text() == "&Start"
    assert page.guide.currentWidget() is page.circle
    assert page.circle.fullness == 0.0

    qtbot.mouseClick(page.toggle, Qt.MouseButton.LeftButton)
    assert page.session.running
    assert page.cue.text() == "Breathe in… 4"
    assert page.toggle.text() == "&Pause"
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
    assert page.toggle.text() == "&Continue"
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
    assert page.toggle.text() == "&Start"


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
    assert page.cue.text() == "Hold… 4"  # after breathing in
    advance(page, clock, 8.0)
    assert page.cue.text() == "Rest… 4"  # after breathing out: its own word
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
        "Rest for 4 seconds",  # lungs empty: nothing to hold
    ]
    page.toggle.click()
    advance(page, clock, 12.5)
    assert page.cue.text() == "Rest… 4"
    assert page.steps.current == 3
    assert page.steps.labels[3].property("current") == "true"
    assert page.steps.labels[0].property("current") == "false"


ROUNDS_DONE = (
    "That was four rounds, enough to begin with. Breathe normally, or continue if you like."
)


def test_only_4_7_8_pauses_after_four_rounds() -> None:
    # The pause's words say "four": they hold only while this does.
    assert [(p.key, p.rounds) for p in PATTERNS if p.rounds] == [("478", 4)]
    assert FOUR_SEVEN_EIGHT.rounds_seconds == 4 * 19


@pytest.mark.parametrize("reduce_motion", [False, True], ids=["moving", "still"])
def test_4_7_8_pauses_after_four_rounds_and_she_can_go_on(
    qtbot, make_page, clock, reduce_motion
) -> None:
    page = make_page(reduce_motion=reduce_motion)
    page.pace.setCurrentIndex(page.pace.findData("478"))
    assert "Four rounds are enough to begin" in page.pace_note.text()
    assert "light-headed" in page.pace_note.text()
    page.toggle.click()
    for _ in range(75):  # one second at a time through the first 75 s of 76
        advance(page, clock, 1.0)
    assert page.session.running
    assert page.session.state().cycle == 3
    assert page.cue.text() == "Breathe out… 1"

    advance(page, clock, 1.3)  # a late tick: the guide stops at the end of round four
    session = page.session
    assert not session.running and session.rounds_done
    assert session.elapsed() == pytest.approx(76.0)
    assert not session.timer.isActive()
    assert page.cue.text() == ROUNDS_DONE
    assert page.cue.accessibleName() == ROUNDS_DONE
    assert page.toggle.text() == "&Continue"
    assert page.toggle.accessibleName() == "Continue the breathing guide"
    assert page.steps.current == -1  # nothing marked while she rests
    assert page.circle.fullness == 0.0  # breathed out
    clock.advance(30)
    assert session.elapsed() == pytest.approx(76.0)  # time resting does not count

    page.toggle.click()  # she goes on: round five, from its in-breath
    assert session.running and not session.rounds_done
    assert page.cue.text() == "Breathe in… 4"
    assert session.state().cycle == 4
    for _ in range(80):  # and it does not stop her again
        advance(page, clock, 1.0)
    assert session.running
    assert session.state().cycle >= 8


def test_starting_over_or_a_new_pace_brings_the_pause_back(qtbot, make_page, clock) -> None:
    page = make_page()
    page.pace.setCurrentIndex(page.pace.findData("478"))
    page.toggle.click()
    advance(page, clock, 80)
    assert page.session.rounds_done
    page.toggle.click()
    page.stop()
    assert not page.session.rounds_done
    page.toggle.click()
    advance(page, clock, 77)
    assert page.session.rounds_done  # a fresh start pauses after four rounds again
    page.pace.setCurrentIndex(page.pace.findData("box"))  # box has no rounds
    assert not page.session.rounds_done
    assert page.cue.text() == "Press Start when you are ready."
    page.toggle.click()
    advance(page, clock, 200)
    assert page.session.running


@pytest.mark.parametrize("reduce_motion", [False, True], ids=["moving", "still"])
def test_both_intros_say_to_stop_if_dizzy(qtbot, make_page, reduce_motion) -> None:
    page = make_page(reduce_motion=reduce_motion)
    text = page.intro.text()
    assert "If you feel dizzy or light-headed, stop and breathe normally." in text
    assert "try 5-4-3-2-1 senses instead" in text
    assert page.intro.accessibleName() == text
