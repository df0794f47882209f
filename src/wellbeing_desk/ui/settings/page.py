"""Settings that are not secret: auto-lock, language, reduce motion (stored in QSettings)."""

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.languages import NATIVE_NAMES
from wellbeing_desk.ui.settings_store import (
    AUTOLOCK_CHOICES,
    KEY_AUTOLOCK_MINUTES,
    KEY_LANGUAGE,
    KEY_LOCK_ON_MINIMISE,
    KEY_NEUTRAL_TITLE,
    KEY_REDUCE_MOTION,
    LANGUAGES,
    REDUCE_MOTION_CHOICES,
    SettingsStore,
)
from wellbeing_desk.ui.widgets.capped_row import capped_row
from wellbeing_desk.ui.widgets.page_scroll import scroll_page
from wellbeing_desk.ui.widgets.text import heading, paragraph

# confirm(reason, on_done): ask for the passphrase, then on_done(True) if it was right.
Confirm = Callable[[str, Callable[[bool], None]], None]


class SettingsPage(QWidget):
    """Changes apply at once and are saved; the language applies at the next start."""

    autolock_changed = Signal(int)  # minutes, 0 = never
    lock_on_minimise_changed = Signal(bool)
    neutral_title_changed = Signal(bool)  # True: window titles say "Notes"
    reduce_motion_changed = Signal(str)  # "system", "on" or "off"

    def __init__(
        self,
        store: SettingsStore,
        parent: QWidget | None = None,
        confirm: Confirm | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._confirm = confirm
        # The language this run speaks: the restart hint shows only for another choice.
        self._running_language = str(store.get(KEY_LANGUAGE))
        title = heading(self.tr("Settings"), self)

        locking, lock_form = self._section()
        self.autolock = QComboBox(locking)
        self.autolock.setAccessibleName(self.tr("Lock automatically after"))
        for minutes, label in zip(AUTOLOCK_CHOICES, self._autolock_labels(), strict=True):
            self.autolock.addItem(label, minutes)
        self.lock_on_minimise = QCheckBox(self.tr("Lock when the window is minimised"), locking)
        self.lock_on_minimise.setAccessibleName(self.tr("Lock when the window is minimised"))
        self.neutral_title = QCheckBox(
            self.tr("Call the window “Notes”, not “Wellbeing Desk”"), locking
        )
        self.neutral_title.setAccessibleName(
            self.tr("Call the window “Notes”, not “Wellbeing Desk”")
        )
        self.neutral_title.setToolTip(
            self.tr("The title shows in the task bar and window switcher, even while locked.")
        )
        lock_note = paragraph(
            self.tr(
                "Counted from your last key press or click in Wellbeing Desk. "
                "The vault also locks when your screen locks or the computer sleeps."
            ),
            locking,
        )
        lock_note.setObjectName("muted")
        lock_form.addRow(self.tr("Lock automatically after"), self.autolock)
        lock_form.addRow(self.lock_on_minimise)
        lock_form.addRow(self.neutral_title)
        lock_form.addRow(lock_note)

        language, language_form = self._section()
        self.language = QComboBox(language)
        self.language.setAccessibleName(self.tr("Language"))
        # Each language by its own name: she may not read the one shown now.
        names = {"system": self.tr("Same as the system"), **NATIVE_NAMES}
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.language_note = QLabel(
            self.tr("The new language is used the next time you start Wellbeing Desk."), language
        )
        self.language_note.setObjectName("hint")
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        language_form.addRow(self.tr("Language"), self.language)
        language_form.addRow(self.language_note)

        motion, motion_form = self._section()
        self.reduce_motion = QComboBox(motion)
        self.reduce_motion.setAccessibleName(self.tr("Reduce motion"))
        motion_names = {
            "system": self.tr("Follow the system"),
            "on": self.tr("Always"),
            "off": self.tr("Never"),
        }
        for choice in REDUCE_MOTION_CHOICES:
            self.reduce_motion.addItem(motion_names[choice], choice)
        motion_note = paragraph(
            self.tr(
                "With less motion, the breathing guide shows still steps and a count "
                "instead of a growing circle."
            ),
            motion,
        )
        motion_note.setObjectName("muted")
        motion_form.addRow(self.tr("Reduce motion"), self.reduce_motion)
        motion_form.addRow(motion_note)
        for combo in (self.autolock, self.language, self.reduce_motion):
            combo.setMinimumWidth(220)

        content = QWidget(self)  # scrolls on a short screen: nothing squashed or cut
        layout = QVBoxLayout(content)
        layout.setContentsMargins(44, 40, 44, 40)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addSpacing(6)
        layout.addWidget(heading(self.tr("Locking"), self, level=2))
        layout.addLayout(capped_row(locking))
        layout.addSpacing(10)
        layout.addWidget(heading(self.tr("Language"), self, level=2))
        layout.addLayout(capped_row(language))
        layout.addSpacing(10)
        layout.addWidget(heading(self.tr("Accessibility"), self, level=2))
        layout.addLayout(capped_row(motion))
        layout.addStretch(1)
        self._sections = layout
        scroll_page(self, content)

        self.load()
        self.autolock.currentIndexChanged.connect(self._on_autolock)
        self.lock_on_minimise.toggled.connect(self._on_lock_on_minimise)
        self.neutral_title.toggled.connect(self._on_neutral_title)
        self.language.currentIndexChanged.connect(self._on_language)
        self.reduce_motion.currentIndexChanged.connect(self._on_reduce_motion)

    def load(self) -> None:
        """Show the stored values without emitting change signals."""
        for combo, key in (
            (self.autolock, KEY_AUTOLOCK_MINUTES),
            (self.language, KEY_LANGUAGE),
            (self.reduce_motion, KEY_REDUCE_MOTION),
        ):
            blocked = combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(self._store.get(key))))
            combo.blockSignals(blocked)
        blocked = self.lock_on_minimise.blockSignals(True)
        self.lock_on_minimise.setChecked(bool(self._store.get(KEY_LOCK_ON_MINIMISE)))
        self.lock_on_minimise.blockSignals(blocked)
        blocked = self.neutral_title.blockSignals(True)
        self.neutral_title.setChecked(bool(self._store.get(KEY_NEUTRAL_TITLE)))
        self.neutral_title.blockSignals(blocked)

    def add_section(self, title: str, card: QWidget) -> None:
        """A section of another feature (backups, the vault's keys), after the others."""
        at = self._sections.count() - 1  # before the stretch
        self._sections.insertSpacing(at, 10)
        self._sections.insertWidget(at + 1, heading(title, self, level=2))
        self._sections.insertLayout(at + 2, capped_row(card))

    def _section(self) -> tuple[QFrame, QFormLayout]:
        card = QFrame(self)
        card.setObjectName("card")
        card.setMaximumWidth(640)
        form = QFormLayout(card)
        form.setContentsMargins(24, 20, 24, 20)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(14)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        return card, form

    def clear_content(self) -> None:
        """Settings are not content; nothing to clear on lock."""

    def _autolock_labels(self) -> list[str]:
        return [
            self.tr("1 minute"),
            self.tr("2 minutes"),
            self.tr("5 minutes"),
            self.tr("10 minutes"),
            self.tr("15 minutes"),
            self.tr("30 minutes"),
            self.tr("1 hour"),
            self.tr("Never"),
        ]

    def _on_autolock(self, index: int) -> None:
        minutes = int(self.autolock.itemData(index))
        if minutes == 0 and self._confirm is not None:
            self._show_autolock(int(self._store.get(KEY_AUTOLOCK_MINUTES)))
            reason = self.tr("Turning off automatic locking needs your passphrase.")
            self._confirm(reason, lambda ok: self._apply_autolock(0) if ok else None)
            return
        self._apply_autolock(minutes)

    def _apply_autolock(self, minutes: int) -> None:
        self._store.set(KEY_AUTOLOCK_MINUTES, minutes)
        self._show_autolock(minutes)
        self.autolock_changed.emit(minutes)

    def _show_autolock(self, minutes: int) -> None:
        blocked = self.autolock.blockSignals(True)
        self.autolock.setCurrentIndex(max(0, self.autolock.findData(minutes)))
        self.autolock.blockSignals(blocked)

    def _on_lock_on_minimise(self, checked: bool) -> None:
        self._store.set(KEY_LOCK_ON_MINIMISE, checked)
        self.lock_on_minimise_changed.emit(checked)

    def _on_neutral_title(self, checked: bool) -> None:
        self._store.set(KEY_NEUTRAL_TITLE, checked)
        self.neutral_title_changed.emit(checked)

    def _on_language(self, index: int) -> None:
        choice = str(self.language.itemData(index))
        self._store.set(KEY_LANGUAGE, choice)
        self.language_note.setVisible(choice != self._running_language)

    def _on_reduce_motion(self, index: int) -> None:
        choice = str(self.reduce_motion.itemData(index))
        self._store.set(KEY_REDUCE_MOTION, choice)
        self.reduce_motion_changed.emit(choice)
