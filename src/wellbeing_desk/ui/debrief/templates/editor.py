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

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.debrief.template_drafts import StepDraft, step_in_place
from wellbeing_desk.debrief.templates import (
    MAX_SHORT,
    Template,
    TemplateError,
    Text,
    all_texts,
)
from wellbeing_desk.ui.debrief.templates.errors import describe
from wellbeing_desk.ui.debrief.templates.form_parts import field_label, text_edit
from wellbeing_desk.ui.debrief.templates.names import language_names, template_language
from wellbeing_desk.ui.debrief.templates.steps_tab import StepsTab
from wellbeing_desk.ui.debrief.templates.template_build import (
    WrittenForm,
    build_template,
    form_state,
)
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.widgets.page_style import PAGE_STYLE, comfortable
from wellbeing_desk.ui.widgets.screen_fit import fit_to_screen
from wellbeing_desk.ui.widgets.text import heading

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
        self.steps = StepsTab(self.drafts, self)
        self.tabs.addTab(self.steps, self.tr("S&teps"))
        self.steps.shown_requested.connect(lambda: self.tabs.setCurrentWidget(self.steps))

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
        self.steps.refresh(0)
        self._opened_as = self._form_state()
        fit_to_screen(self, QSize(900, 640))

    # -- building ----------------------------------------------------------------------

    def _language_note(self, template: Template | None) -> str:
        language = language_names().get(self.language, self.language)
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
        self.purpose_edit = text_edit(page, self.tr("What the template is for"), 64)
        self.use_when_edit = text_edit(page, self.tr("When the template may help"), 64)
        self.avoid_when_edit = text_edit(
            page, self.tr("When not to use the template, and what to do instead"), 64
        )
        # Short words: a check box cannot wrap (a 900×600 screen, a longer language).
        self.event_default = QCheckBox(
            self.tr("Ask the questions about the event itself by default"), page
        )
        self.event_default.setAccessibleName(
            self.tr("Ask the questions about the event itself by default")
        )
        form.addRow(field_label(self.tr("&Title"), self.title_edit, page), self.title_edit)
        form.addRow(field_label(self.tr("&Purpose"), self.purpose_edit, page), self.purpose_edit)
        form.addRow(
            field_label(self.tr("When it &helps"), self.use_when_edit, page), self.use_when_edit
        )
        form.addRow(
            field_label(self.tr("When &not to use it"), self.avoid_when_edit, page),
            self.avoid_when_edit,
        )
        form.addRow("", self.event_default)
        return page

    def _long_edits(self) -> dict[str, QPlainTextEdit]:
        return {
            "purpose": self.purpose_edit,
            "use_when": self.use_when_edit,
            "avoid_when": self.avoid_when_edit,
        }

    # -- saving ------------------------------------------------------------------------

    def _written(self) -> WrittenForm:
        """What the form shows, the steps' drafts brought up to date first."""
        self.steps.commit()
        return WrittenForm(
            self.title_edit.text(),
            {key: edit.toPlainText() for key, edit in self._long_edits().items()},
            self.event_default.isChecked(),
        )

    def template(self) -> Template:
        """The template as the form shows it (``TemplateError`` if it is not one yet)."""
        return build_template(
            self._written(),
            self.drafts,
            original=self.original,
            texts=self._texts,
            taken_ids=self.taken_ids,
            language=self.language,
        )

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
            self.tabs.setCurrentWidget(self.steps)
            self.steps.show_place(step, ".options" in where)
        elif where and where != "steps":
            self.tabs.setCurrentIndex(0)
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def saved(self) -> None:
        self.save_button.setEnabled(True)
        self.accept()

    # -- closing without saving ----------------------------------------------------------

    def _form_state(self) -> tuple[object, ...]:
        return form_state(self._written(), self.drafts)

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
