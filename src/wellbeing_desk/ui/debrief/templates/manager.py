"""Her debrief templates: the built-in ones to read and copy, hers to edit, import and export.

Built-in templates are read-only ("Duplicate to edit" makes one of hers).
Her own can be edited, duplicated, deleted (after a question; debriefs she
already started keep their own copy) and exported. "Import…" reads a JSON
file of the documented format (docs/DEBRIEF_TEMPLATES.md): whatever is
wrong with the file, she gets one sentence naming the problem and where it
is, and nothing is stored. Every vault access goes through the worker.
"""

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.debrief.record import TemplateChoice, own_copy
from wellbeing_desk.debrief.templates import Template, TemplateError
from wellbeing_desk.files import NotAFileError
from wellbeing_desk.ops import bind
from wellbeing_desk.ops import debrief_templates as template_ops
from wellbeing_desk.ops.debrief_templates import Imported, Saved
from wellbeing_desk.ui.debrief.templates.editor import TemplateEditor
from wellbeing_desk.ui.debrief.templates.errors import describe, shown
from wellbeing_desk.ui.debrief.templates.names import display_text, template_language
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.export.save_file import ask_open_path, ask_save_path
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.message import Button, MessageBox
from wellbeing_desk.ui.widgets.page_style import PAGE_STYLE, comfortable
from wellbeing_desk.ui.widgets.screen_fit import fit_to_screen
from wellbeing_desk.ui.widgets.text import heading
from wellbeing_desk.ui.worker import DatabaseWorker

ChoiceRole = Qt.ItemDataRole.UserRole + 1


class TemplateManagerDialog(QDialog):
    """The list of templates, with what she can do to the chosen one."""

    templates_changed = Signal()

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.language = template_language()
        self.choices: list[TemplateChoice] = []
        self.editor: TemplateEditor | None = None
        self.list_request = Request(worker, self, self._failed)  # the newest list wins
        self._cleared = False
        self._select_after_load: str | None = None  # a record id, or a built-in's template id
        title = self.tr("Debrief templates")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setStyleSheet(PAGE_STYLE)
        self.setMinimumSize(720, 480)

        intro = QLabel(
            self.tr(
                "A template is the list of steps a debrief walks you through. The built-in "
                "ones cannot be changed, but you can duplicate one and make the copy yours, "
                "write your own, or share templates as files."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Templates: built in, then yours"))
        self.list.setWordWrap(True)
        self.list.setStyleSheet("QListWidget::item { padding: 5px 6px; }")

        detail = QWidget(self)
        self.detail_title = heading("", detail, 2)
        self.detail_kind = QLabel(detail)
        self.detail_kind.setObjectName("muted")
        self.detail_text = QLabel(detail)
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = self._button(self.tr("&Edit…"), self.tr("Edit the chosen template"))
        self.edit_button.setObjectName("primary")
        self.duplicate_button = self._button(
            self.tr("&Duplicate to edit"), self.tr("Make an editable copy of the chosen template")
        )
        self.delete_button = self._button(
            self.tr("De&lete…"), self.tr("Delete the chosen template")
        )
        self.export_button = self._button(
            self.tr("E&xport…"), self.tr("Save the chosen template to a file")
        )
        actions = QHBoxLayout()
        for button in (
            self.edit_button,
            self.duplicate_button,
            self.export_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(12, 0, 0, 0)
        detail_layout.setSpacing(8)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_kind)
        scroll = QScrollArea(detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.detail_text)
        scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        detail_layout.addWidget(scroll, 1)
        detail_layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 460])

        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setVisible(False)

        self.new_button = self._button(
            self.tr("&New template…"), self.tr("Write a new template of your own")
        )
        self.import_button = self._button(
            self.tr("&Import…"), self.tr("Import a template from a file")
        )
        self.close_button = self._button(self.tr("&Close"), self.tr("Close the templates"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addWidget(self.import_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(title, self, 1))
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)
        layout.addLayout(bottom)

        self.list.currentItemChanged.connect(lambda *_: self._show_detail())
        self.list.itemActivated.connect(lambda *_: self._activate())
        self.edit_button.clicked.connect(self.edit_current)
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button.clicked.connect(self.export_current)
        self.new_button.clicked.connect(self.new_template)
        self.import_button.clicked.connect(self.import_file)
        self.close_button.clicked.connect(self.accept)
        self.finished.connect(lambda _result: self.clear_content())

        self._show_detail()
        fit_to_screen(self, QSize(860, 600))
        self.reload()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        comfortable(button)
        return button

    # -- the list ----------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the templates again (on the worker); ``select`` a record or built-in id."""
        self._cleared = False
        if select is not None:
            self._select_after_load = select
        self.list_request.run(template_ops.templates, self._show)

    def _show(self, choices: list[TemplateChoice]) -> None:
        language = self.language
        builtin = [c for c in choices if c.record_id is None]
        hers = sorted(
            (c for c in choices if c.record_id is not None),
            key=lambda c: display_text(c.template.title, language).casefold(),
        )
        self.choices = builtin + hers
        select = self._select_after_load or self._current_key()
        self._select_after_load = None
        blocked = self.list.blockSignals(True)
        self.list.clear()
        self._header(self.tr("Built in"))
        chosen: QListWidgetItem | None = None
        for index, choice in enumerate(self.choices):
            if index == len(builtin):
                self._header(self.tr("Yours"))
            item = QListWidgetItem(display_text(choice.template.title, language), self.list)
            item.setData(ChoiceRole, index)
            if choice.record_id is None:
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("{title} (built in)").format(title=item.text()),
                )
            if select is not None and select in (choice.record_id, choice.template.id):
                chosen = item
        if not hers:
            self._header(self.tr("Yours"))
            empty = QListWidgetItem(self.tr("None yet: duplicate one, or write a new one."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        if chosen is None:
            chosen = next(
                (self.list.item(r) for r in range(self.list.count()) if _is_choice(self.list, r)),
                None,
            )
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self.list.blockSignals(blocked)
        self._show_detail()

    def _header(self, text: str) -> None:
        item = QListWidgetItem(text, self.list)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(self.list.font())
        font.setWeight(QFont.Weight.DemiBold)
        item.setFont(font)
        item.setForeground(self.palette().placeholderText())

    def _current_key(self) -> str | None:
        choice = self.current_choice()
        if choice is None:
            return None
        return choice.record_id or choice.template.id

    def current_choice(self) -> TemplateChoice | None:
        item = self.list.currentItem()
        index = None if item is None else item.data(ChoiceRole)
        if isinstance(index, int) and 0 <= index < len(self.choices):
            return self.choices[index]
        return None

    def select(self, key: str) -> bool:
        """Choose the template with this record id (hers) or template id (built in)."""
        for row in range(self.list.count()):
            index = self.list.item(row).data(ChoiceRole)
            if isinstance(index, int) and key in (
                self.choices[index].record_id,
                self.choices[index].template.id,
            ):
                self.list.setCurrentRow(row)
                return True
        return False

    def _show_detail(self) -> None:
        choice = self.current_choice()
        hers = choice is not None and choice.record_id is not None
        for button in (self.edit_button, self.delete_button):
            button.setVisible(hers)
        self.duplicate_button.setEnabled(choice is not None)
        self.export_button.setEnabled(choice is not None)
        if hers:
            self.duplicate_button.setText(self.tr("&Duplicate"))
        else:
            self.duplicate_button.setText(self.tr("&Duplicate to edit"))
        if choice is None:
            self.detail_title.setText("")
            self.detail_kind.setText("")
            self.detail_text.setText(self.tr("Choose a template to see what it is for."))
            return
        template, language = choice.template, self.language
        title = display_text(template.title, language)
        self.detail_title.setText(title)
        self.detail_title.setAccessibleName(title)
        steps = len(template.steps)
        if hers:
            kind = self.tr("Yours · %n steps", "", steps)
        else:
            kind = self.tr("Built in, read-only · %n steps", "", steps)
        self.detail_kind.setText(kind)
        parts = []
        if template.purpose is not None:
            parts.append(display_text(template.purpose, language))
        if template.use_when is not None:
            parts.append(
                self.tr("When it helps: {text}").format(
                    text=display_text(template.use_when, language)
                )
            )
        if template.avoid_when is not None:
            parts.append(
                self.tr("When not to use it: {text}").format(
                    text=display_text(template.avoid_when, language)
                )
            )
        questions = [
            self.tr("{number}. {question}").format(
                number=number, question=" ".join(display_text(step.prompt, language).split())
            )
            for number, step in enumerate(template.steps, start=1)
        ]
        parts.append(self.tr("The steps:") + "\n" + "\n".join(questions))
        self.detail_text.setText("\n\n".join(parts))
        self.detail_text.setAccessibleName(self.tr("About the chosen template"))

    def _activate(self) -> None:
        choice = self.current_choice()
        if choice is not None and choice.record_id is not None:
            self.edit_current()
        elif choice is not None:
            self.duplicate_current()

    def taken_ids(self) -> set[str]:
        return {c.template.id for c in self.choices}

    # -- editing -----------------------------------------------------------------------

    def new_template(self) -> None:
        self._open_editor(None, None)

    def edit_current(self) -> None:
        choice = self.current_choice()
        if choice is not None and choice.record_id is not None:
            self._open_editor(choice.template, choice.record_id)

    def duplicate_current(self) -> None:
        """Store a copy as hers at once, then open it in the editor."""
        choice = self.current_choice()
        if choice is None:
            return
        copy = own_copy(choice.template, self.taken_ids(), self.tr("(my copy)"))
        language = self.language

        def saved(result: Saved) -> None:
            self.templates_changed.emit()
            self.reload(select=result.record_id)
            self._show_notice(
                self.tr("“{title}” is now one of yours, ready to edit.").format(
                    title=result.template.title.get(language)
                )
            )
            self._open_editor(result.template, result.record_id)

        self.worker.submit(
            bind(template_ops.save_template, copy, None, language), saved, self._failed, origin=self
        )

    def _open_editor(self, template: Template | None, record_id: str | None) -> None:
        if self.editor is not None:
            self.editor.reject()
        editor = TemplateEditor(template, self.taken_ids(), self, self.language)
        self.editor = editor
        language = self.language

        def save(built: Template) -> None:
            def saved(result: Saved) -> None:
                if self.editor is not editor:
                    return
                editor.saved()
                self.templates_changed.emit()
                self.reload(select=result.record_id)
                self._show_notice(
                    self.tr("“{title}” was saved.").format(
                        title=result.template.title.get(language)
                    )
                )

            def failed(error: BaseException) -> None:
                if self.editor is editor:
                    editor.show_error(self._save_problem(error))

            self.worker.submit(
                bind(template_ops.save_template, built, record_id, language),
                saved,
                failed,
                origin=self,
            )

        editor.save_requested.connect(save)
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        editor.open()

    def _editor_closed(self, editor: TemplateEditor) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()

    def _save_problem(self, error: BaseException) -> str:
        if isinstance(error, TemplateError):
            return describe(error)
        if isinstance(error, KeyError):
            return self.tr("This template was deleted in the meantime. Nothing was saved.")
        if isinstance(error, ValueError):
            return self.tr(
                "The template could not be saved: it is too long, or another of your templates "
                "has the same id. Nothing was saved."
            )
        return describe_error(error)

    # -- deleting ----------------------------------------------------------------------

    def delete_current(self) -> None:
        choice = self.current_choice()
        if choice is None or choice.record_id is None:
            return
        record_id = choice.record_id
        title = display_text(choice.template.title, self.language)
        answer = MessageBox.question(
            self,
            self.tr("Delete this template?"),
            self.tr(
                "Delete the template “{title}”? Debriefs you already started with it keep "
                "their own copy of its steps."
            ).format(title=title),
        )
        if answer != Button.Yes:
            return

        def deleted(_: object) -> None:
            self.templates_changed.emit()
            self.reload()
            self._show_notice(self.tr("“{title}” was deleted.").format(title=title))

        self.worker.submit(
            bind(template_ops.delete_template, record_id), deleted, self._failed, origin=self
        )

    # -- files -------------------------------------------------------------------------

    def export_current(self) -> None:
        choice = self.current_choice()
        if choice is None:
            return
        template = choice.template
        title = display_text(template.title, self.language)
        ask_save_path(
            self,
            self.tr("Export the template “{title}”").format(title=title),
            f"{template.id}.json",
            self.tr("Debrief templates (*.json)"),
            "json",
            lambda path: self._write(path, template, title),
        )

    def _write(self, path: Path, template: Template, title: str) -> None:
        # No plaintext warning and no passphrase (see ``export_template``).
        def written(_: object) -> None:
            self._show_notice(
                self.tr("“{title}” was saved to {file}.").format(title=title, file=shown(path))
            )

        def failed(error: BaseException) -> None:
            MessageBox.warning(
                self,
                self.tr("The template was not exported"),
                self._file_problem(error, path, exporting=True),
            )

        self.worker.submit(
            bind(template_ops.export_template, path, template), written, failed, origin=self
        )

    def import_file(self) -> None:
        ask_open_path(
            self,
            self.tr("Choose a template file to import"),
            self.tr("Debrief templates (*.json);;All files (*)"),
            self.load_file,
        )

    def load_file(self, path: Path) -> None:
        """Import the template in ``path`` (what "Import…" does once she has chosen)."""
        language, suffix = self.language, self.tr("(imported)")

        def imported(result: Imported) -> None:
            self.templates_changed.emit()
            self.reload(select=result.record_id)
            title = result.template.title.get(language)
            if result.clashing_id is None:
                text = self.tr("“{title}” was imported.").format(title=title)
            else:
                text = self.tr(
                    "A template with the id “{id}” was already here, so this one was imported "
                    "as a copy: “{title}”."
                ).format(id=result.clashing_id, title=title)
            self._show_notice(text)

        def failed(error: BaseException) -> None:
            MessageBox.warning(
                self, self.tr("Nothing was imported"), self.import_problem(error, path)
            )

        self.worker.submit(
            bind(template_ops.import_template, path, language, suffix),
            imported,
            failed,
            origin=self,
        )

    def import_problem(self, error: BaseException, path: Path) -> str:
        """One message: what is wrong with the file (and where), and that nothing was added."""
        if isinstance(error, TemplateError):
            return self.tr(
                "“{file}” cannot be used as a template, so nothing was imported.\n\n{problem}"
            ).format(file=shown(path.name), problem=describe(error))
        return self._file_problem(error, path, exporting=False)

    def _file_problem(self, error: BaseException, path: Path, *, exporting: bool) -> str:
        name = shown(path.name)
        if isinstance(error, IsADirectoryError):
            return self.tr("“{file}” is a folder. Choose a file instead.").format(file=name)
        if isinstance(error, PermissionError):
            if exporting:
                return self.tr(
                    "You are not allowed to write “{file}” there. Choose another folder."
                ).format(file=name)
            return self.tr("You are not allowed to read “{file}”. Nothing was imported.").format(
                file=name
            )
        if isinstance(error, NotAFileError):
            return self.tr(
                "“{file}” is not an ordinary file. Choose a template file (.json). "
                "Nothing was imported."
            ).format(file=name)
        if isinstance(error, FileNotFoundError) and not exporting:
            return self.tr(
                "“{file}” could not be found. It may have been moved or deleted. "
                "Nothing was imported."
            ).format(file=name)
        if isinstance(error, OSError):
            if exporting:
                return self.tr(
                    "“{file}” could not be written. Check that the folder exists and that there "
                    "is space on the disk."
                ).format(file=name)
            return self.tr("“{file}” could not be read. Nothing was imported.").format(file=name)
        if isinstance(error, ValueError) and not exporting:
            return self.tr(
                "“{file}” could not be stored: the template is too long. Nothing was imported."
            ).format(file=name)
        return describe_error(error)

    # -- the rest ----------------------------------------------------------------------

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.setVisible(True)

    def _failed(self, error: BaseException) -> None:
        MessageBox.warning(self, self.tr("Debrief templates"), describe_error(error))

    def clear_content(self) -> None:
        """On lock or close: forget the list; answers still on their way are ignored."""
        self.list_request.cancel()
        self._cleared = True
        if self.editor is not None:
            self.editor.reject()
        self.choices = []
        self.list.clear()
        self.notice.setVisible(False)
        self.detail_text.setText("")
        self.detail_title.setText("")

    def showEvent(self, event: QShowEvent) -> None:
        if self._cleared:
            self.reload()  # shown again after closing: read the templates afresh
        super().showEvent(event)


def _is_choice(widget: QListWidget, row: int) -> bool:
    return isinstance(widget.item(row).data(ChoiceRole), int)
