"""The template editor's "Steps" tab: the list of steps, and the chosen step's form.

It owns the step drafts while she edits: choosing another step writes the form
into the current draft first (``commit``). Its words are the editor's
(translated in the ``TemplateEditor`` context, where they always were).
"""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.debrief.template_drafts import WITH_OPTIONS, OptionDraft, StepDraft
from wellbeing_desk.debrief.templates import MAX_OPTIONS, MAX_SHORT, MAX_STEPS
from wellbeing_desk.ui.debrief.templates.form_parts import button, field_label, text_edit
from wellbeing_desk.ui.debrief.templates.names import kind_names

DraftRole = Qt.ItemDataRole.UserRole + 1
QUESTION_SHOWN = 70  # characters of a question in the list of steps


class StepsTab(QWidget):
    """``drafts`` as a list to choose from, add to, reorder; the chosen one in a form."""

    shown_requested = Signal()  # a new step wants its question typed: show this tab

    def __init__(self, drafts: list[StepDraft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drafts = drafts
        self._current = -1
        self.step_list = QListWidget(self)
        self.step_list.setAccessibleName(
            QCoreApplication.translate("TemplateEditor", "Steps, in the order they are asked")
        )
        # Two lines a step (question, kind), cut short rather than wrapped: wrapped items
        # in a list view are measured before the view knows its width, and lose lines.
        self.step_list.setWordWrap(False)
        self.step_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.step_list.setMinimumWidth(250)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setStyleSheet("QListWidget::item { padding: 5px 6px; }")
        self.add_step_button = button(
            self,
            QCoreApplication.translate("TemplateEditor", "&Add step"),
            QCoreApplication.translate("TemplateEditor", "Add a step after the chosen one"),
        )
        self.remove_step_button = button(
            self,
            QCoreApplication.translate("TemplateEditor", "&Remove"),
            QCoreApplication.translate("TemplateEditor", "Remove the chosen step"),
        )
        self.up_button = button(
            self,
            QCoreApplication.translate("TemplateEditor", "Move &up"),
            QCoreApplication.translate("TemplateEditor", "Move the chosen step up"),
        )
        self.down_button = button(
            self,
            QCoreApplication.translate("TemplateEditor", "Move &down"),
            QCoreApplication.translate("TemplateEditor", "Move the chosen step down"),
        )
        left = QGridLayout()
        left.addWidget(self.step_list, 0, 0, 1, 2)
        left.addWidget(self.add_step_button, 1, 0)
        left.addWidget(self.remove_step_button, 1, 1)
        left.addWidget(self.up_button, 2, 0)
        left.addWidget(self.down_button, 2, 1)

        self.step_form = QWidget(self)
        self._build_step_form()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.step_form)
        # Long words wrap or shrink; a sideways scroll bar would hide the buttons.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The form sits on the tab's own background, not on a grey box.
        scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        scroll.setAccessibleName(QCoreApplication.translate("TemplateEditor", "The chosen step"))

        row = QHBoxLayout(self)
        row.setContentsMargins(12, 12, 12, 12)
        row.setSpacing(16)
        row.addLayout(left, 2)
        row.addWidget(scroll, 3)

        self.step_list.currentRowChanged.connect(self._step_chosen)
        self.add_step_button.clicked.connect(self.add_step)
        self.remove_step_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.prompt_edit.textChanged.connect(self._prompt_changed)
        self.about_event_box.toggled.connect(self._about_event_changed)
        self.add_option_button.clicked.connect(self.add_option)
        self.new_option.installEventFilter(self)  # Enter adds the option, and does not save
        self.remove_option_button.clicked.connect(self.remove_option)
        self.option_list.currentRowChanged.connect(self._update_buttons)
        self.new_option.textChanged.connect(self._update_buttons)
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.step_list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_step(step))

    def _build_step_form(self) -> None:
        form_widget = self.step_form
        outer = QVBoxLayout(form_widget)
        outer.setContentsMargins(4, 0, 4, 0)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # fields stay together at the top, whatever the kind
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_combo = QComboBox(form_widget)
        self.kind_combo.setAccessibleName(
            QCoreApplication.translate("TemplateEditor", "Kind of step")
        )
        for kind, name in kind_names().items():
            self.kind_combo.addItem(name, kind)
        self.prompt_edit = text_edit(
            form_widget, QCoreApplication.translate("TemplateEditor", "Question of the step"), 56
        )
        self.help_edit = text_edit(
            form_widget,
            QCoreApplication.translate("TemplateEditor", "Help text under the question"),
            44,
        )
        self.about_event_box = QCheckBox(
            QCoreApplication.translate("TemplateEditor", "About the event itself"), form_widget
        )
        self.about_event_box.setAccessibleName(
            QCoreApplication.translate("TemplateEditor", "This step is about the event itself")
        )
        self.about_event_box.setToolTip(
            QCoreApplication.translate(
                "TemplateEditor",
                "Steps about the event itself can be left out when a debrief starts.",
            )
        )
        self._build_options(form_widget)
        self.low_edit = QLineEdit(form_widget)
        self.low_edit.setMaxLength(MAX_SHORT)
        self.low_edit.setAccessibleName(
            QCoreApplication.translate("TemplateEditor", "What 0 means on the rating")
        )
        self.high_edit = QLineEdit(form_widget)
        self.high_edit.setMaxLength(MAX_SHORT)
        self.high_edit.setAccessibleName(
            QCoreApplication.translate("TemplateEditor", "What 10 means on the rating")
        )
        self.low_label = field_label(
            QCoreApplication.translate("TemplateEditor", "What &0 means"),
            self.low_edit,
            form_widget,
        )
        self.high_label = field_label(
            QCoreApplication.translate("TemplateEditor", "What 1&0 means"),
            self.high_edit,
            form_widget,
        )
        rows = (
            (QCoreApplication.translate("TemplateEditor", "&Kind"), self.kind_combo),
            (QCoreApplication.translate("TemplateEditor", "&Question"), self.prompt_edit),
            (QCoreApplication.translate("TemplateEditor", "Help te&xt"), self.help_edit),
        )
        for text, field in rows:
            form.addRow(field_label(text, field, form_widget), field)
        form.addRow("", self.about_event_box)
        form.addRow(self.options_label, self.options_box)
        form.addRow(self.low_label, self.low_edit)
        form.addRow(self.high_label, self.high_edit)

    def _build_options(self, form_widget: QWidget) -> None:
        self.options_box = QWidget(form_widget)
        self.option_list = QListWidget(self.options_box)
        self.option_list.setAccessibleName(
            QCoreApplication.translate("TemplateEditor", "Options to choose from")
        )
        self.option_list.setToolTip(
            QCoreApplication.translate(
                "TemplateEditor", "Double-click an option, or press F2, to change it"
            )
        )
        self.option_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.option_list.setMaximumHeight(130)
        self.option_list.setStyleSheet("QListWidget::item { padding: 2px 4px; }")
        self.new_option = QLineEdit(self.options_box)
        self.new_option.setMaxLength(MAX_SHORT)
        self.new_option.setPlaceholderText(
            QCoreApplication.translate("TemplateEditor", "A new option")
        )
        self.new_option.setAccessibleName(
            QCoreApplication.translate("TemplateEditor", "Text of a new option")
        )
        self.add_option_button = button(
            self.options_box,
            QCoreApplication.translate("TemplateEditor", "Add &option"),
            QCoreApplication.translate("TemplateEditor", "Add the new option"),
        )
        self.remove_option_button = button(
            self.options_box,
            QCoreApplication.translate("TemplateEditor", "Remove o&ption"),
            QCoreApplication.translate("TemplateEditor", "Remove the chosen option"),
        )
        options = QGridLayout(self.options_box)
        options.setContentsMargins(0, 0, 0, 0)
        options.addWidget(self.option_list, 0, 0, 1, 2)
        options.addWidget(self.new_option, 1, 0, 1, 2)
        options.addWidget(self.add_option_button, 2, 0)
        options.addWidget(self.remove_option_button, 2, 1)
        self.options_label = field_label(
            QCoreApplication.translate("TemplateEditor", "Op&tions"), self.option_list, form_widget
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.new_option
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_option()
            return True
        return super().eventFilter(watched, event)

    # -- steps -------------------------------------------------------------------------

    def current_step(self) -> int:
        return self._current

    def _step_text(self, index: int) -> str:
        draft = self.drafts[index]
        question = " ".join(draft.written.get("prompt", "").split()) or (
            QCoreApplication.translate("TemplateEditor", "(no question yet)")
        )
        if len(question) > QUESTION_SHOWN:
            question = question[: QUESTION_SHOWN - 1] + "…"
        kind = kind_names().get(draft.kind, draft.kind)
        if draft.about_event:
            kind = QCoreApplication.translate("TemplateEditor", "{kind} · about the event").format(
                kind=kind
            )
        return QCoreApplication.translate("TemplateEditor", "{number}. {question}\n{kind}").format(
            number=index + 1, question=question, kind=kind
        )

    def refresh(self, select: int) -> None:
        """List the steps again and choose ``select`` (kept within the list)."""
        blocked = self.step_list.blockSignals(True)
        self.step_list.clear()
        for index in range(len(self.drafts)):
            item = QListWidgetItem(self._step_text(index), self.step_list)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._step_text(index))
        self.step_list.blockSignals(blocked)
        self._current = -1
        if self.drafts:
            select = max(0, min(select, len(self.drafts) - 1))
            self.step_list.setCurrentRow(select)
            self._load_step(select)
        self._update_buttons()

    def _step_chosen(self, row: int) -> None:
        if row == self._current:
            return
        self.commit()
        self._load_step(row)
        self._update_buttons()

    def _load_step(self, index: int) -> None:
        self._current = index
        valid = 0 <= index < len(self.drafts)
        self.step_form.setEnabled(valid)
        draft = self.drafts[index] if valid else StepDraft()
        widgets = (self.kind_combo, self.prompt_edit, self.help_edit, self.option_list)
        blocked = [w.blockSignals(True) for w in widgets]
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(draft.kind)))
        self.prompt_edit.setPlainText(draft.written.get("prompt", ""))
        self.help_edit.setPlainText(draft.written.get("help", ""))
        self.about_event_box.setChecked(draft.about_event)
        self.option_list.clear()
        for option in draft.options:
            self._add_option_item(option)
        self.low_edit.setText(draft.written.get("low", ""))
        self.high_edit.setText(draft.written.get("high", ""))
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self.new_option.setText("")
        self._show_kind_fields(draft.kind)
        if valid:
            title = QCoreApplication.translate("TemplateEditor", "Step {number}").format(
                number=index + 1
            )
            self.step_form.setAccessibleName(title)

    def commit(self) -> None:
        """What the form shows, into the draft of the current step."""
        index = self._current
        if not 0 <= index < len(self.drafts):
            return
        draft = self.drafts[index]
        draft.kind = str(self.kind_combo.currentData())
        draft.written["prompt"] = self.prompt_edit.toPlainText()
        draft.written["help"] = self.help_edit.toPlainText()
        draft.written["low"] = self.low_edit.text()
        draft.written["high"] = self.high_edit.text()
        draft.about_event = self.about_event_box.isChecked()
        options = []
        for row in range(self.option_list.count()):
            item = self.option_list.item(row)
            old = item.data(DraftRole)
            old = old if isinstance(old, OptionDraft) else OptionDraft(None, None, "")
            options.append(OptionDraft(old.id, old.original, item.text()))
        draft.options = options

    def _show_kind_fields(self, kind: str) -> None:
        with_options, rating = kind in WITH_OPTIONS, kind == "rating"
        for widget in (self.options_label, self.options_box):
            widget.setVisible(with_options)
        for widget in (self.low_label, self.low_edit, self.high_label, self.high_edit):
            widget.setVisible(rating)

    def _kind_changed(self, _index: int) -> None:
        kind = str(self.kind_combo.currentData())
        self._show_kind_fields(kind)
        if 0 <= self._current < len(self.drafts):
            self.drafts[self._current].kind = kind
            self._update_step_item(self._current)

    def _about_event_changed(self, checked: bool) -> None:
        if 0 <= self._current < len(self.drafts):
            self.drafts[self._current].about_event = checked
            self._update_step_item(self._current)

    def _prompt_changed(self) -> None:
        if 0 <= self._current < len(self.drafts):
            self.drafts[self._current].written["prompt"] = self.prompt_edit.toPlainText()
            self._update_step_item(self._current)

    def _update_step_item(self, index: int) -> None:
        item = self.step_list.item(index)
        if item is not None:
            item.setText(self._step_text(index))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._step_text(index))

    def add_step(self) -> None:
        if len(self.drafts) >= MAX_STEPS:
            return
        self.commit()
        index = self._current + 1 if self._current >= 0 else len(self.drafts)
        self.drafts.insert(index, StepDraft())
        self.refresh(index)
        self.shown_requested.emit()
        self.prompt_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_step(self) -> None:
        index = self._current
        if not 0 <= index < len(self.drafts):
            return
        del self.drafts[index]
        self._current = -1
        self.refresh(min(index, len(self.drafts) - 1))

    def move_step(self, delta: int) -> None:
        index, target = self._current, self._current + delta
        if not (0 <= index < len(self.drafts) and 0 <= target < len(self.drafts)):
            return
        self.commit()
        self.drafts[index], self.drafts[target] = self.drafts[target], self.drafts[index]
        self.refresh(target)
        self.step_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_place(self, step: int, options: bool) -> None:
        """Choose step ``step`` and put the focus where its problem is."""
        self.step_list.setCurrentRow(step)
        target = self.option_list if options else self.prompt_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- options -----------------------------------------------------------------------

    def _add_option_item(self, option: OptionDraft) -> QListWidgetItem:
        item = QListWidgetItem(option.written, self.option_list)
        item.setData(DraftRole, option)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def add_option(self) -> None:
        text = " ".join(self.new_option.text().split())
        if not text or self.option_list.count() >= MAX_OPTIONS:
            return
        item = self._add_option_item(OptionDraft(None, None, text))
        self.option_list.setCurrentItem(item)
        self.new_option.setText("")
        self.new_option.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_option(self) -> None:
        row = self.option_list.currentRow()
        if row >= 0:
            self.option_list.takeItem(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        index, count = self._current, len(self.drafts)
        self.remove_step_button.setEnabled(0 <= index < count)
        self.up_button.setEnabled(0 < index < count)
        self.down_button.setEnabled(0 <= index < count - 1)
        self.add_step_button.setEnabled(count < MAX_STEPS)
        self.remove_option_button.setEnabled(self.option_list.currentRow() >= 0)
        self.add_option_button.setEnabled(bool(self.new_option.text().strip()))
