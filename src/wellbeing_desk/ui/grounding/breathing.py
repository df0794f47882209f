"""Paced breathing: a soft circle that grows and shrinks, or still steps when motion is reduced.

The phases come from ``pacing.py`` (no Qt). ``BreathingSession`` keeps time
with an injectable clock and one single-shot ``QTimer`` that it re-arms after
each tick: about 30 times a second while the circle moves, and only when the
count changes (once a second) when motion is reduced. Tests advance a fake
clock and call ``tick()``; nothing sleeps. There is no sound. A pace with
suggested rounds (4-7-8) pauses itself after them, at the end of an out-breath;
Continue goes on from there, and it does not stop her again.
"""

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen, QRadialGradient
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.grounding.pacing import (
    HOLD_IN,
    HOLD_OUT,
    IN,
    OUT,
    PATTERNS,
    Pattern,
    PhaseState,
    next_count_change,
    pattern,
)
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.text import paragraph

Clock = Callable[[], float]

ANIMATION_INTERVAL_MS = 33  # about 30 frames a second: smooth, and light on the processor
COUNT_MARGIN_MS = 15  # wake just after the count changes, never just before
STEP_WIDTH = 280


class BreathingSession(QObject):
    """Elapsed time of one breathing session: start, pause, go on, start over.

    ``changed`` is emitted on every tick while running and on every start,
    pause and reset; read ``state()`` then.
    """

    changed = Signal()

    def __init__(
        self,
        breathing: Pattern,
        *,
        reduce_motion: bool,
        clock: Clock = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pattern = breathing
        self.reduce_motion = reduce_motion
        self._clock = clock
        self._running = False
        self._origin = 0.0  # clock time at which elapsed time was zero (while running)
        self._elapsed = 0.0  # elapsed time when paused
        self._rounds_done = False  # paused itself after the pace's rounds
        self._went_on = False  # she went on after that pause: no second one
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        return self._running

    @property
    def rounds_done(self) -> bool:
        """Paused by itself after the pace's suggested rounds, until she goes on."""
        return self._rounds_done

    def elapsed(self) -> float:
        return self._clock() - self._origin if self._running else self._elapsed

    def state(self) -> PhaseState:
        return self.pattern.at(self.elapsed())

    def start(self) -> None:
        if self._running:
            return
        if self._rounds_done:
            self._rounds_done, self._went_on = False, True
        self._origin = self._clock() - self._elapsed
        self._running = True
        self.tick()

    def pause(self) -> None:
        if not self._running:
            return
        self._elapsed = self.elapsed()
        self._running = False
        self.timer.stop()
        self.changed.emit()

    def reset(self) -> None:
        """Back to the start of the first in-breath, not running."""
        self._running = False
        self._elapsed = 0.0
        self._rounds_done = self._went_on = False
        self.timer.stop()
        self.changed.emit()

    def set_pattern(self, breathing: Pattern) -> None:
        """A new pace starts at its first in-breath; it keeps running if it was."""
        was_running = self._running
        self.pattern = breathing
        self.reset()
        if was_running:
            self.start()

    def set_reduce_motion(self, reduce: bool) -> None:
        self.reduce_motion = reduce
        if self._running:
            self.tick()

    def tick(self) -> None:
        if not self._running:
            return
        elapsed = self.elapsed()
        limit = self._rounds_limit()
        if limit is not None and elapsed >= limit:
            # Exactly at the end of the last round (a late tick does not run past it).
            self._elapsed, self._running, self._rounds_done = float(limit), False, True
            self.timer.stop()
            self.changed.emit()
            return
        self.changed.emit()
        if self.reduce_motion:
            delay = math.ceil(next_count_change(elapsed) * 1000) + COUNT_MARGIN_MS
        else:
            delay = ANIMATION_INTERVAL_MS
        self.timer.start(delay)  # the rounds end on a whole second: a count change

    def _rounds_limit(self) -> int | None:
        return None if self._went_on else self.pattern.rounds_seconds


class BreathingCircle(QWidget):
    """A soft circle inside a faint ring: full at the top of the in-breath, small when empty.

    Palette colours only (highlight and mid), so it suits light, dark and
    high-contrast themes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fullness = 0.0
        self._holding = False
        self.setAccessibleName(self.tr("Breathing circle"))
        self.setAccessibleDescription(
            self.tr("A circle that grows while you breathe in and shrinks while you breathe out.")
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def fullness(self) -> float:
        return self._fullness

    def set_state(self, fullness: float, holding: bool) -> None:
        if (fullness, holding) != (self._fullness, self._holding):
            self._fullness, self._holding = fullness, holding
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(180, 180)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        area = self.contentsRect()
        center = QPointF(area.center()) + QPointF(0.5, 0.5)
        outer = max(10.0, min(area.width(), area.height()) / 2 - 6)
        inner = outer * 0.4
        radius = inner + (outer - inner) * self._fullness

        ring = QColor(palette.color(QPalette.ColorRole.Mid))
        ring.setAlphaF(0.6)
        painter.setPen(QPen(ring, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(center, outer, outer)

        accent = palette.color(QPalette.ColorRole.Highlight)
        gradient = QRadialGradient(center, radius)
        for stop, alpha in ((0.0, 0.55), (0.7, 0.35), (1.0, 0.22)):
            colour = QColor(accent)
            colour.setAlphaF(alpha)
            gradient.setColorAt(stop, colour)
        edge = QColor(accent)
        edge.setAlphaF(0.9 if self._holding else 0.6)
        painter.setPen(QPen(edge, 3.0 if self._holding else 2.0))
        painter.setBrush(gradient)
        painter.drawEllipse(center, radius, radius)
        painter.end()


class BreathingSteps(QWidget):
    """The still alternative: the steps of the pace as a list, the current one marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(
            "QLabel#step { padding: 10px 18px; border-radius: 12px;"
            " border: 1px solid palette(midlight); background: palette(base); }"
            "QLabel#step[current='true'] {"
            " background: palette(highlight); color: palette(highlighted-text);"
            " border: 1px solid palette(highlight); font-weight: 600; }"
        )
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 8, 0, 8)
        self._layout.setSpacing(10)
        self._layout.addStretch(1)
        self._layout.addStretch(1)
        self.labels: list[QLabel] = []
        self._current = -1

    def set_pattern(self, breathing: Pattern) -> None:
        for label in self.labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self.labels = []
        for index, phase in enumerate(breathing.phases):
            label = QLabel(self._step_text(phase.kind, phase.seconds), self)
            label.setObjectName("step")
            label.setAccessibleName(label.text())
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMinimumWidth(STEP_WIDTH)  # one even column of steps
            self._layout.insertWidget(1 + index, label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.labels.append(label)
        self._current = -1

    def set_current(self, index: int) -> None:
        """Mark step ``index`` (-1 marks none)."""
        if index == self._current:
            return
        self._current = index
        for number, label in enumerate(self.labels):
            label.setProperty("current", "true" if number == index else "false")
            label.style().unpolish(label)
            label.style().polish(label)

    @property
    def current(self) -> int:
        return self._current

    def _step_text(self, kind: str, seconds: int) -> str:
        # Durations are whole seconds, two or more in every pace offered.
        if kind == IN:
            return self.tr("Breathe in for %n seconds", "", seconds)
        if kind == OUT:
            return self.tr("Breathe out for %n seconds", "", seconds)
        if kind == HOLD_OUT:  # lungs empty: nothing to hold
            return self.tr("Rest for %n seconds", "", seconds)
        return self.tr("Hold for %n seconds", "", seconds)


class BreathingPage(QWidget):
    """The pace, the guide (moving circle or still steps), the spoken-style cue, Start/Pause."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        reduce_motion: bool = False,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.session = BreathingSession(
            PATTERNS[0], reduce_motion=reduce_motion, clock=clock, parent=self
        )
        self.intro = paragraph("", self)
        self.intro.setObjectName("muted")

        self.pace = QComboBox(self)
        self.pace.setAccessibleName(self.tr("Breathing pace"))
        names = self._pattern_names()
        for breathing in PATTERNS:
            self.pace.addItem(names[breathing.key], breathing.key)
        self.pace.setMinimumWidth(240)
        pace_label = QLabel(self.tr("Pace"), self)
        pace_label.setBuddy(self.pace)
        pace_label.setObjectName("fieldLabel")
        self.pace_note = QLabel(self)
        self.pace_note.setObjectName("muted")
        self.pace_note.setWordWrap(True)

        self.circle = BreathingCircle(self)
        self.steps = BreathingSteps(self)
        self.guide = QStackedWidget(self)
        self.guide.addWidget(self.circle)
        self.guide.addWidget(self.steps)
        self.guide.setMinimumHeight(160)

        self.cue = QLabel(self)
        self.cue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cue.setWordWrap(True)
        font = QFont(self.cue.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.DemiBold)
        self.cue.setFont(font)
        self.cue.setMinimumHeight(self.cue.fontMetrics().height() * 2)

        self.toggle = QPushButton(self)
        self.toggle.setObjectName("primary")
        self.toggle.setAutoDefault(False)
        self.toggle.setMinimumWidth(140)
        comfortable(self.toggle)

        pace_row = QHBoxLayout()
        pace_row.setSpacing(12)
        pace_row.addWidget(pace_label)
        pace_row.addWidget(self.pace)
        pace_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addLayout(pace_row)
        layout.addWidget(self.pace_note)
        layout.addWidget(self.guide, 1)
        layout.addWidget(self.cue)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignHCenter)

        self.pace.currentIndexChanged.connect(self._on_pace)
        self.toggle.clicked.connect(self.toggle_running)
        self.session.changed.connect(self._show)
        self.set_reduce_motion(reduce_motion)
        self._on_pace(self.pace.currentIndex())

    # -- public ------------------------------------------------------------------------

    @property
    def reduce_motion(self) -> bool:
        return self.session.reduce_motion

    def set_reduce_motion(self, reduce: bool) -> None:
        self.session.set_reduce_motion(reduce)
        self.guide.setCurrentWidget(self.steps if reduce else self.circle)
        self.intro.setText(
            self.tr(
                "Follow the marked step and the count. Let your shoulders drop. "
                "If a pace feels hard, choose a gentler one. If you feel dizzy or "
                "light-headed, stop and breathe normally. If focusing on your breath "
                "makes you feel worse, try 5-4-3-2-1 senses instead."
            )
            if reduce
            else self.tr(
                "Breathe in as the circle grows and out as it shrinks. Let your "
                "shoulders drop. If a pace feels hard, choose a gentler one. If you feel "
                "dizzy or light-headed, stop and breathe normally. If focusing on your "
                "breath makes you feel worse, try 5-4-3-2-1 senses instead."
            )
        )
        self.intro.setAccessibleName(self.intro.text())
        self._show()

    def toggle_running(self) -> None:
        if self.session.running:
            self.session.pause()
        else:
            self.session.start()

    def stop(self) -> None:
        """Stop and go back to the beginning (the dialog closes, or another tab shows)."""
        self.session.reset()

    # -- showing -----------------------------------------------------------------------

    def _on_pace(self, index: int) -> None:
        breathing = pattern(str(self.pace.itemData(index)))
        self.steps.set_pattern(breathing)
        self.pace_note.setText(self._pattern_notes()[breathing.key])
        self.pace_note.setAccessibleName(self.pace_note.text())
        self.session.set_pattern(breathing)

    def _show(self) -> None:
        session = self.session
        state = session.state()
        started = session.running or session.elapsed() > 0
        if not started:
            cue = self.tr("Press Start when you are ready.")
        elif session.rounds_done:  # only 4-7-8 has rounds, four of them (a test checks)
            cue = self.tr(
                "That was four rounds, enough to begin with. Breathe normally, or "
                "continue if you like."
            )
        elif not session.running:
            cue = self.tr("Paused. Continue whenever you like.")
        else:
            cue = self._cue_text(state)
        _set_text(self.cue, cue, cue)
        holding = state.kind in (HOLD_IN, HOLD_OUT)
        if not self.reduce_motion:
            self.circle.set_state(state.fullness if started else 0.0, holding and session.running)
        self.steps.set_current(state.index if started and not session.rounds_done else -1)
        if session.running:
            text, name = self.tr("&Pause"), self.tr("Pause the breathing guide")
        elif started:
            text, name = self.tr("&Continue"), self.tr("Continue the breathing guide")
        else:
            text, name = self.tr("&Start"), self.tr("Start the breathing guide")
        _set_text(self.toggle, text, name)

    def _cue_text(self, state: PhaseState) -> str:
        if state.kind == IN:
            return self.tr("Breathe in… {seconds}").format(seconds=state.seconds_left)
        if state.kind == OUT:
            return self.tr("Breathe out… {seconds}").format(seconds=state.seconds_left)
        if state.kind == HOLD_OUT:  # lungs empty: "hold" would mean holding air in
            return self.tr("Rest… {seconds}").format(seconds=state.seconds_left)
        return self.tr("Hold… {seconds}").format(seconds=state.seconds_left)

    def _pattern_names(self) -> dict[str, str]:
        return {
            "gentle": self.tr("Gentle 4-6"),
            "slow_out": self.tr("Slower out-breath 4-2-6"),
            "box": self.tr("Box breathing 4-4-4-4"),
            "478": self.tr("Relaxing breath 4-7-8"),
        }

    def _pattern_notes(self) -> dict[str, str]:
        return {
            "gentle": self.tr("In for 4 seconds, out for 6. An easy place to start."),
            "slow_out": self.tr(
                "In for 4 seconds, hold for 2, out for 6. A long out-breath helps your "
                "body slow down."
            ),
            "box": self.tr("In, hold, out, hold: 4 seconds each. Steady and even."),
            "478": self.tr(
                "In for 4 seconds, hold for 7, out for 8. Four rounds are enough to begin; "
                "if the hold feels too long or you feel light-headed, choose a gentler pace."
            ),
        }


def _set_text(widget: QLabel | QPushButton, text: str, accessible_name: str) -> None:
    """Only on a change: this runs 30 times a second, and screen readers hear every name change."""
    if widget.text() != text:
        widget.setText(text)
    if widget.accessibleName() != accessible_name:
        widget.setAccessibleName(accessible_name)
