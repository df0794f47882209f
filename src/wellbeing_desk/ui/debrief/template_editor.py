"""Editing one of her debrief templates: its description and its steps.

She writes in the interface's language; how her words meet the text the
template had in other languages is ``debrief/template_drafts.py`` (a
duplicated built-in keeps its Spanish when she edits in English).

The editor never touches the vault: "Save" checks the template with
``parse_template`` (the same rules as an imported file) and says
``save_requested(template)``; the manager stores it through the worker and
then calls ``saved()`` or ``show_error(text)``.

Cancel, Escape and the window's close button ask before throwing her changes
away ("Discard your changes to this template?"); with nothing changed they just
close. ``reject()`` itself never asks: locking (``ui/locking.py``) and the
manager close the editor through it, and locking must never wait on a question.
"""

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.debrief.template_drafts import (
    WITH_OPTIONS,
    OptionDraft,
    StepDraft,
    edited,
    step_in_place,
)
from wellbeing_desk.debrief.template_ids import slug, unique_id
from wellbeing_desk.debrief.templates import (
    MAX_OPTIONS,
    MAX_SHORT,
    MAX_STEPS,
    Step,
    Template,
    TemplateError,
    Text,
    all_texts,
    parse_template,
    template_to_json,
)
from wellbeing_desk.ui.debrief.template_errors import describe
from wellbeing_desk.ui.debrief.template_names import kind_names, template_language
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.widgets.page_style import PAGE_STYLE, comfortable
from wellbeing_desk.ui.widgets.screen_fit import fit_to_screen
from wellbeing_desk.ui.widgets.text import heading

DraftRole = Qt.ItemDataRole.UserRole + 1


# -- the dialog -----------------------------------------------------------------------------


class TemplateEditor(QDialog):
    """Edit ``template`` (``None``: a new one); ``save_requested(template)`` when she saves.

    ``taken_ids`` are the template ids already in use (hers and the built-in
    ones), so a new template gets an id of its own.
    """

    save_requested = Signal(object)  # a Template that parse_template accepts

    def __init__(
        self,
        template: Template | None,
        taken_ids: set[str],
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language or template_language()
        self.original = template
        self.taken_ids = set(taken_ids)
        self.drafts: list[StepDraft] = (
            [StepDraft.from_step(s, self.language) for s in template.steps]
            if template
            else [StepDraft()]
        )
        self._current = -1
        self._texts: dict[str, Text | None] = (
            {
                "title": template.title,
                "purpose": template.purpose,
                "use_when": template.use_when,
                "avoid_when": template.avoid_when,
            }
            if template
            else {}
        )
        new = template is None
        title = self.tr("New template") if new else self.tr("Edit template")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        if template is not None:
            title = self.tr("Edit “{title}”").format(title=template.title.get(self.language))
        self.setStyleSheet(PAGE_STYLE)
        self.setMinimumSize(760, 560)

        self.heading = heading(title, self, 2)
        self.language_note = QLabel(self._language_note(template), self)
        self.language_note.setObjectName("muted")
        self.language_note.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Parts of the template"))
        self.tabs.addTab(self._build_about(), self.tr("&About this template"))
        self.tabs.addTab(self._build_steps(), self.tr("S&teps"))

        self.error_label = QLabel(self)
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setVisible(False)
        self.save_button = QPushButton(self.tr("&Save template"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save the template"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Close without saving the changes"))
        self.cancel_button.setAutoDefault(False)
        comfortable(self.save_button, self.cancel_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.language_note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.close_asking)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.save)

        if template is not None:
            self.title_edit.setText(template.title.get(self.language))
            for key, edit in self._long_edits().items():
                value = self._texts[key]
                edit.setPlainText("" if value is None else value.get(self.language))
            self.event_default.setChecked(template.event_steps_by_default)
        else:
            # Her own templates never push re-telling the event (docs/DEBRIEF_TEMPLATES.md).
            self.event_default.setChecked(False)
        self._refresh_steps(0)
        self._opened_as = self._form_state()
        fit_to_screen(self, QSize(900, 640))

    # -- building ----------------------------------------------------------------------

    def _language_note(self, template: Template | None) -> str:
        names = {"en": self.tr("English"), "es": self.tr("Spanish")}
        language = names.get(self.language, self.language)
        others = set()
        if template is not None:
            for _, text in all_texts(template):
                others |= text.languages() - {self.language, "*"}
        if others:
            return self.tr(
                "You are writing the {language} text. What this template says in other "
                "languages is kept as it is."
            ).format(language=language)
        return self.tr("You are writing the {language} text.").format(language=language)

    def _build_about(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(16, 16, 16, 16)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = QLineEdit(page)
        self.title_edit.setMaxLength(MAX_SHORT)
        self.title_edit.setAccessibleName(self.tr("Title of the template"))
        self.purpose_edit = _text_edit(page, self.tr("What the template is for"), 64)
        self.use_when_edit = _text_edit(page, self.tr("When the template may help"), 64)
        self.avoid_when_edit = _text_edit(
            page, self.tr("When not to use the template, and what to do instead"), 64
        )
        self.event_default = QCheckBox(
            self.tr("Ask the questions about the event itself unless I choose to leave them out"),
            page,
        )
        self.event_default.setAccessibleName(
            self.tr("Ask the questions about the event itself by default")
        )
        form.addRow(_field_label(self.tr("&Title"), self.title_edit, page), self.title_edit)
        form.addRow(_field_label(self.tr("&Purpose"), self.purpose_edit, page), self.purpose_edit)
        form.addRow(
            _field_label(self.tr("When it &helps"), self.use_when_edit, page), self.use_when_edit
        )
        form.addRow(
            _field_label(self.tr("When &not to use it"), self.avoid_when_edit, page),
            self.avoid_when_edit,
        )
        form.addRow("", self.event_default)
        return page

    def _build_steps(self) -> QWidget:
        page = QWidget(self)
        self.step_list = QListWidget(page)
        self.step_list.setAccessibleName(self.tr("Steps, in the order they are asked"))
        # Two lines a step (question, kind), cut short rather than wrapped: wrapped items
        # in a list view are measured before the view knows its width, and lose lines.
        self.step_list.setWordWrap(False)
        self.step_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.step_list.setMinimumWidth(250)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setStyleSheet("QListWidget::item { padding: 5px 6px; }")
        self.add_step_button = _button(
            page, self.tr("&Add step"), self.tr("Add a step after the chosen one")
        )
        self.remove_step_button = _button(
            page, self.tr("&Remove"), self.tr("Remove the chosen step")
        )
        self.up_button = _button(page, self.tr("Move &up"), self.tr("Move the chosen step up"))
        self.down_button = _button(
            page, self.tr("Move &down"), self.tr("Move the chosen step down")
        )
        left = QGridLayout()
        left.addWidget(self.step_list, 0, 0, 1, 2)
        left.addWidget(self.add_step_button, 1, 0)
        left.addWidget(self.remove_step_button, 1, 1)
        left.addWidget(self.up_button, 2, 0)
        left.addWidget(self.down_button, 2, 1)

        self.step_form = QWidget(page)
        outer = QVBoxLayout(self.step_form)
        outer.setContentsMargins(4, 0, 4, 0)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # fields stay together at the top, whatever the kind
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_combo = QComboBox(self.step_form)
        self.kind_combo.setAccessibleName(self.tr("Kind of step"))
        for kind, name in kind_names().items():
            self.kind_combo.addItem(name, kind)
        self.prompt_edit = _text_edit(self.step_form, self.tr("Question of the step"), 56)
        self.help_edit = _text_edit(self.step_form, self.tr("Help text under the question"), 44)
        self.about_event_box = QCheckBox(self.tr("About the event itself"), self.step_form)
        self.about_event_box.setAccessibleName(self.tr("This step is about the event itself"))
        self.about_event_box.setToolTip(
            self.tr("Steps about the event itself can be left out when a debrief starts.")
        )
        self.about_event_box.toggled.connect(self._about_event_changed)

        self.options_box = QWidget(self.step_form)
        self.option_list = QListWidget(self.options_box)
        self.option_list.setAccessibleName(self.tr("Options to choose from"))
        self.option_list.setToolTip(self.tr("Double-click an option, or press F2, to change it"))
        self.option_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.option_list.setMaximumHeight(130)
        self.option_list.setStyleSheet("QListWidget::item { padding: 2px 4px; }")
        self.new_option = QLineEdit(self.options_box)
        self.new_option.setMaxLength(MAX_SHORT)
        self.new_option.setPlaceholderText(self.tr("A new option"))
        self.new_option.setAccessibleName(self.tr("Text of a new option"))
        self.add_option_button = _button(
            self.options_box, self.tr("Add &option"), self.tr("Add the new option")
        )
        self.remove_option_button = _button(
            self.options_box, self.tr("Remove o&ption"), self.tr("Remove the chosen option")
        )
        options = QGridLayout(self.options_box)
        options.setContentsMargins(0, 0, 0, 0)
        options.addWidget(self.option_list, 0, 0, 1, 2)
        options.addWidget(self.new_option, 1, 0, 1, 2)
        options.addWidget(self.add_option_button, 2, 0)
        options.addWidget(self.remove_option_button, 2, 1)
        self.options_label = _field_label(self.tr("Op&tions"), self.option_list, self.step_form)

        self.low_edit = QLineEdit(self.step_form)
        self.low_edit.setMaxLength(MAX_SHORT)
        self.low_edit.setAccessibleName(self.tr("What 0 means on the rating"))
        self.high_edit = QLineEdit(self.step_form)
        self.high_edit.setMaxLength(MAX_SHORT)
        self.high_edit.setAccessibleName(self.tr("What 10 means on the rating"))
        self.low_label = _field_label(self.tr("What &0 means"), self.low_edit, self.step_form)
        self.high_label = _field_label(self.tr("What 1&0 means"), self.high_edit, self.step_form)

        form.addRow(
            _field_label(self.tr("&Kind"), self.kind_combo, self.step_form), self.kind_combo
        )
        form.addRow(
            _field_label(self.tr("&Question"), self.prompt_edit, self.step_form), self.prompt_edit
        )
        form.addRow(
            _field_label(self.tr("Help te&xt"), self.help_edit, self.step_form), self.help_edit
        )
        form.addRow("", self.about_event_box)
        form.addRow(self.options_label, self.options_box)
        form.addRow(self.low_label, self.low_edit)
        form.addRow(self.high_label, self.high_edit)

        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.step_form)
        # Long words wrap or shrink; a sideways scroll bar would hide the buttons.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The form sits on the tab's own background, not on a grey box.
        scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        scroll.setAccessibleName(self.tr("The chosen step"))

        row = QHBoxLayout(page)
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
        self.add_option_button.clicked.connect(self.add_option)
        self.new_option.installEventFilter(self)  # Enter adds the option, and does not save
        self.remove_option_button.clicked.connect(self.remove_option)
        self.option_list.currentRowChanged.connect(self._update_buttons)
        self.new_option.textChanged.connect(self._update_buttons)
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.step_list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_step(step))
        return page

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

    def _long_edits(self) -> dict[str, QPlainTextEdit]:
        return {
            "purpose": self.purpose_edit,
            "use_when": self.use_when_edit,
            "avoid_when": self.avoid_when_edit,
        }

    # -- steps -------------------------------------------------------------------------

    def current_step(self) -> int:
        return self._current

    def _step_text(self, index: int) -> str:
        draft = self.drafts[index]
        question = " ".join(draft.written.get("prompt", "").split()) or self.tr("(no question yet)")
        if len(question) > 70:
            question = question[:69] + "…"
        kind = kind_names().get(draft.kind, draft.kind)
        if draft.about_event:
            kind = self.tr("{kind} · about the event").format(kind=kind)
        return self.tr("{number}. {question}\n{kind}").format(
            number=index + 1, question=question, kind=kind
        )

    def _refresh_steps(self, select: int) -> None:
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
        self._commit_step()
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
            title = self.tr("Step {number}").format(number=index + 1)
            self.step_form.setAccessibleName(title)

    def _commit_step(self) -> None:
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
        self._commit_step()
        index = self._current + 1 if self._current >= 0 else len(self.drafts)
        self.drafts.insert(index, StepDraft())
        self._refresh_steps(index)
        self.tabs.setCurrentIndex(1)
        self.prompt_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_step(self) -> None:
        index = self._current
        if not 0 <= index < len(self.drafts):
            return
        del self.drafts[index]
        self._current = -1
        self._refresh_steps(min(index, len(self.drafts) - 1))

    def move_step(self, delta: int) -> None:
        index, target = self._current, self._current + delta
        if not (0 <= index < len(self.drafts) and 0 <= target < len(self.drafts)):
            return
        self._commit_step()
        self.drafts[index], self.drafts[target] = self.drafts[target], self.drafts[index]
        self._refresh_steps(target)
        self.step_list.setFocus(Qt.FocusReason.OtherFocusReason)

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

    # -- saving ------------------------------------------------------------------------

    def template(self) -> Template:
        """The template as the form shows it (``TemplateError`` if it is not one yet)."""
        self._commit_step()
        language = self.language
        title = edited(self._texts.get("title"), self.title_edit.text().strip(), language)
        if title is None:
            raise TemplateError("missing", "title")
        texts = {
            key: edited(self._texts.get(key), edit.toPlainText().strip(), language)
            for key, edit in self._long_edits().items()
        }
        if self.original is not None:
            template_id = self.original.id
        else:
            template_id = unique_id(slug(title.get(language), "my-template"), self.taken_ids)
        steps: list[Step] = []
        step_ids = {draft.id for draft in self.drafts if draft.id}
        for number, draft in enumerate(self.drafts, start=1):
            prompt = draft.text("prompt", language)
            if prompt is None:
                raise TemplateError("missing", f"steps[{number}].prompt")
            step_id = draft.id or unique_id(slug(prompt.get(language), "step", 40), step_ids)
            step_ids.add(step_id)
            steps.append(draft.to_step(step_id, language))
        built = Template(
            id=template_id,
            title=title,
            steps=tuple(steps),
            purpose=texts["purpose"],
            use_when=texts["use_when"],
            avoid_when=texts["avoid_when"],
            event_steps_by_default=self.event_default.isChecked(),
        )
        # The same rules as a file she imports: what is saved can always be read back.
        return parse_template(template_to_json(built))

    def save(self) -> None:
        try:
            template = self.template()
        except TemplateError as error:
            self.show_error(describe(error), error.where)
            return
        self.show_error("")
        self.save_button.setEnabled(False)
        self.save_requested.emit(template)

    def show_error(self, text: str, where: str = "") -> None:
        """Say what stops the template from being saved, and show the place."""
        self.save_button.setEnabled(True)
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)
        self.error_label.setVisible(bool(text))
        if not text:
            return
        step = step_in_place(where)
        if step is not None and 0 <= step < len(self.drafts):
            self.tabs.setCurrentIndex(1)
            self.step_list.setCurrentRow(step)
            if ".options" in where:
                self.option_list.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.prompt_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif where and where != "steps":
            self.tabs.setCurrentIndex(0)
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def saved(self) -> None:
        self.save_button.setEnabled(True)
        self.accept()

    # -- closing without saving ----------------------------------------------------------

    def _form_state(self) -> tuple[object, ...]:
        """What she has written and chosen, to tell whether anything changed."""
        self._commit_step()
        steps = tuple(
            (
                draft.id,
                draft.kind,
                draft.about_event,
                tuple(sorted((key, text) for key, text in draft.written.items() if text)),
                tuple((option.id, option.written) for option in draft.options),
            )
            for draft in self.drafts
        )
        longs = tuple(edit.toPlainText() for edit in self._long_edits().values())
        return self.title_edit.text(), longs, self.event_default.isChecked(), steps

    def has_changes(self) -> bool:
        return self._form_state() != self._opened_as

    def may_close(self) -> bool:
        """True when nothing changed, or she chose to discard her changes."""
        if not self.isVisible() or not self.has_changes():
            return True
        answer = MessageBox.question(
            self,
            self.tr("Discard changes"),
            self.tr("Discard your changes to this template?"),
            Button.Discard | Button.Cancel,
            Button.Cancel,
        )
        # Locking rejects the question like every dialog (answer: Cancel) and closes the
        # editor itself, so nothing more to do then.
        return answer == Button.Discard and self.isVisible()

    def close_asking(self) -> None:
        """Cancel: close, after asking if she changed anything."""
        if self.may_close():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Cancel):  # Escape
            event.accept()
            self.close_asking()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Asks only when she closes the window (a spontaneous event from the window
        # system). QDialog.done() (reject, accept, so locking too) sends no close event,
        # and a close() from code never asks.
        if event.spontaneous() and not self.may_close():
            event.ignore()
            return
        super().closeEvent(event)


# -- small builders -----------------------------------------------------------------------


def _text_edit(parent: QWidget, name: str, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height * 2)
    return edit


def _field_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("fieldLabel")
    label.setBuddy(buddy)
    return label


def _button(parent: QWidget, text: str, name: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setAutoDefault(False)
    comfortable(button)
    return button
