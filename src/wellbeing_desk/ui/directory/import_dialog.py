"""Importing a vCard or CSV file into the directory.

The steps: an open dialog that keeps no history → the file read and parsed on
the worker (5,000 cards take about two seconds) → this dialog, with the
column mapping for a CSV file (each change parses again on the worker), the
preview (the names it will import, what each has no field for, the columns kept
in her notes, the cards that cannot be read and the choice to import only the
readable ones), how many entries will be added and the likely duplicates, each
to skip, merge into the entry she has, or keep → every entry added and every
merge made in one transaction (``import_entries``), or none.

A file with nothing that can be read gives one message naming the card or line,
and nothing changes. On lock the parsed entries and the file's bytes are dropped.
"""

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.files import NotAFileError
from wellbeing_desk.imports import CsvPreview, ImportFormatError
from wellbeing_desk.imports.csv_directory import IMPORT_TARGETS, kept_columns, left_out_columns
from wellbeing_desk.imports.csv_headers import KEEP as KEEP_IN_NOTES
from wellbeing_desk.imports.csv_headers import LEAVE_OUT
from wellbeing_desk.ops import bind
from wellbeing_desk.ops import directory as directory_ops
from wellbeing_desk.ops.directory import ImportPlan, LoadedImport, ParsedImport
from wellbeing_desk.ui.directory.import_preview import ImportPreview
from wellbeing_desk.ui.errors import describe_error
from wellbeing_desk.ui.export.save_file import ask_open_path
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.dialog_buttons import action_buttons
from wellbeing_desk.ui.widgets.message import MessageBox
from wellbeing_desk.ui.widgets.screen_fit import fit_to_screen
from wellbeing_desk.ui.widgets.text import heading, paragraph
from wellbeing_desk.ui.worker import DatabaseWorker

SKIP, KEEP, MERGE = "skip", "keep", "merge"
CELL_WIDTH = 170  # preview cells are cut to this many pixels


class ImportDialog(QDialog):
    """``start()`` asks for a file; ``imported(ids)`` once its entries are in the vault."""

    imported = Signal(list)  # the new ids, then those of the entries merged into

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.request = Request(worker, self)  # the file read, parsed again, imported
        self._data = b""
        self._parsed: ParsedImport | None = None
        self._mapping_combos: dict[str, QComboBox] = {}
        self._duplicate_combos: list[tuple[int, QComboBox]] = []
        self.setWindowTitle(self.tr("Import into the directory"))
        self.setAccessibleName(self.tr("Import into the directory"))
        self.setMinimumSize(680, 520)

        self.file_label = QLabel(self)
        self.file_label.setObjectName("muted")
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)

        self.mapping_intro = paragraph(
            self.tr(
                "Choose what each column holds. A column nothing holds is kept in your "
                "notes with its name; columns set to “Leave out” are not imported. "
                "The first rows of the file are shown below."
            ),
            self,
        )
        self.mapping_area = QScrollArea(self)
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.mapping_area.setMinimumHeight(100)
        self.mapping_area.setAccessibleName(self.tr("Columns of the file and what they hold"))

        self.preview = ImportPreview(self)
        self.preview.choice_changed.connect(self._update_count)
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        self.duplicates_heading = heading(self.tr("Likely already in your directory"), self, 3)
        self.duplicates_area = QScrollArea(self)
        self.duplicates_area.setWidgetResizable(True)
        self.duplicates_area.setFrameShape(QFrame.Shape.NoFrame)
        self.duplicates_area.setMaximumHeight(180)
        self.duplicates_area.setAccessibleName(self.tr("Likely duplicates"))

        self.error_label = QLabel(self)
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        buttons, self.import_button, self.cancel_button = action_buttons(
            self,
            self.tr("&Import"),
            self.tr("Add these entries to the directory"),
            self.tr("Cancel"),
            self.import_entries,
        )

        layout = QVBoxLayout(self)
        # A fixed minimum: sections come and go while it is open, and a changing
        # minimum size of a shown window is what some platforms cannot follow.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Import into the directory"), self, level=2))
        layout.addWidget(self.file_label)
        layout.addWidget(self.mapping_intro)
        layout.addWidget(self.mapping_area, 1)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.duplicates_heading)
        layout.addWidget(self.duplicates_area)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.rejected.connect(self.reset)
        self.reset()
        fit_to_screen(self, QSize(780, 700))

    # -- showing and forgetting ---------------------------------------------------------

    def start(self) -> None:
        """Ask for a file (no history); the dialog opens once it has been read."""
        self.reset()
        self.request.cancel()
        # Locking rejects the open dialog, so a path chosen always belongs to this vault.
        ask_open_path(
            self.parentWidget(),
            self.tr("Choose a file to import"),
            self.tr("Contacts (*.vcf *.vcard *.csv *.tsv *.txt)"),
            self.load,
        )

    def load(self, path: Path) -> None:
        def failed(error: BaseException) -> None:
            self.reset()
            MessageBox.warning(
                self.parentWidget(), self.tr("Nothing was imported"), self.describe(error)
            )

        self.request.run(
            bind(directory_ops.load_import, path, self.kept_words()), self._show, failed
        )

    def reset(self) -> None:
        """Forget the file, its entries and every widget built for it."""
        self._data = b""
        self._parsed = None
        self._mapping_combos = {}
        self._duplicate_combos = []
        for area in (self.mapping_area, self.duplicates_area):
            old = area.takeWidget()
            if old is not None:
                old.deleteLater()
        self.file_label.setText("")
        self.preview.clear()
        self.count_label.setText("")
        self._show_error("")
        self.import_button.setEnabled(False)

    def clear_content(self) -> None:
        """On lock: forget any import under way (its results are ignored)."""
        self.request.cancel()
        if self.isVisible():
            self.reject()
        self.reset()

    # -- the file's contents ----------------------------------------------------------------

    def _show(self, loaded: LoadedImport) -> None:
        self.reset()
        self._data = loaded.data
        is_csv = loaded.preview is not None
        kind = self.tr("CSV file") if is_csv else self.tr("vCard file")
        self.file_label.setText(self.tr("From {file} ({kind})").format(file=loaded.name, kind=kind))
        for widget in (self.mapping_intro, self.mapping_area):
            widget.setVisible(is_csv)
        if loaded.preview is not None:
            self.mapping_area.setWidget(self._mapping_grid(loaded.preview))
        self._set_parsed(loaded.parsed, loaded.problem)
        self.open()
        first = next(iter(self._mapping_combos.values()), None)
        (first or self.import_button).setFocus()

    def _mapping_grid(self, preview: CsvPreview) -> QWidget:
        """Column names, a field chooser under each, then the first rows."""
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(8, 8, 8, 8)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        names = self.field_names()
        metrics = QFontMetrics(grid_widget.font())
        for column, header in enumerate(preview.headers):
            title = QLabel(header or self.tr("(no name)"), grid_widget)
            title.setObjectName("fieldLabel")
            title.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(title, 0, column)
            combo = QComboBox(grid_widget)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.setMaximumWidth(CELL_WIDTH + 30)
            combo.addItem(self.tr("Keep in my notes"), KEEP_IN_NOTES)
            combo.addItem(self.tr("Leave out"), LEAVE_OUT)
            for field in IMPORT_TARGETS:
                if field != KEEP_IN_NOTES:
                    combo.addItem(names[field], field)
            combo.setAccessibleName(
                self.tr("What the column “{column}” holds").format(column=header or column + 1)
            )
            if header:
                combo.setCurrentIndex(max(0, combo.findData(preview.suggested_mapping.get(header))))
                self._mapping_combos[header] = combo
                combo.currentIndexChanged.connect(self._mapping_changed)
            else:
                combo.setEnabled(False)  # a column without a name cannot be imported
            grid.addWidget(combo, 1, column)
            for row, cells in enumerate(preview.rows, start=2):
                text = " ".join(cells[column].split())
                cell = QLabel(
                    metrics.elidedText(text, Qt.TextElideMode.ElideRight, CELL_WIDTH),
                    grid_widget,
                )
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setToolTip(text if len(text) < 500 else text[:500] + "…")
                grid.addWidget(cell, row, column)
        grid.setRowStretch(len(preview.rows) + 2, 1)
        grid.setColumnStretch(len(preview.headers), 1)
        return grid_widget

    def mapping(self) -> dict[str, str]:
        return {header: str(combo.currentData()) for header, combo in self._mapping_combos.items()}

    def _mapping_changed(self) -> None:
        self.import_button.setEnabled(False)
        self.count_label.setText(self.tr("Reading the file again…"))
        self.request.run(
            bind(directory_ops.parse_csv, self._data, self.mapping()),
            lambda parsed: self._set_parsed(parsed, None),
            lambda error: self._set_parsed(None, error),
        )

    def _set_parsed(self, parsed: ParsedImport | None, problem: BaseException | None) -> None:
        self._parsed = parsed
        self._duplicate_combos = []
        old = self.duplicates_area.takeWidget()
        if old is not None:
            old.deleteLater()
        duplicates = parsed.duplicates if parsed is not None else []
        for widget in (self.duplicates_heading, self.duplicates_area):
            widget.setVisible(bool(duplicates))
        if parsed is not None and duplicates:
            self.duplicates_area.setWidget(self._duplicates_grid(parsed))
        self._show_preview(parsed)
        self._show_error(self.describe(problem) if problem is not None else "")
        self._update_count()

    def _show_preview(self, parsed: ParsedImport | None) -> None:
        self.preview.clear()
        if parsed is None:
            return
        reading = parsed.reading
        self.preview.show_records(reading.records)
        if self._mapping_combos:
            mapping = self.mapping()
            self.preview.show_columns(kept_columns(mapping), left_out_columns(mapping))
        self.preview.show_unreadable(
            reading.unreadable, len(reading.records), cards=reading.noun == "cards"
        )

    def _duplicates_grid(self, parsed: ParsedImport) -> QWidget:
        """What a likely duplicate is, then one row each: it scrolls as one, never squashed."""
        holder = QWidget()
        intro = paragraph(
            self.tr(
                "These have the same name and a phone number or e-mail address of an entry "
                "you already have. Choose for each whether to skip it, merge it into the entry "
                "you have (your details are kept; new contacts, places and notes are added) "
                "or add it anyway (you can then edit or delete one of the two)."
            ),
            holder,
        )
        intro.setObjectName("muted")
        grid_widget = QWidget(holder)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(intro)
        column.addWidget(grid_widget)
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        for row, duplicate in enumerate(parsed.duplicates):
            name = parsed.entries[duplicate.index].name
            label = QLabel(
                self.tr("{name} — like “{existing}”").format(
                    name=name, existing=duplicate.existing_name
                ),
                grid_widget,
            )
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            combo = QComboBox(grid_widget)
            combo.addItem(self.tr("Skip it"), SKIP)
            combo.addItem(self.tr("Keep both"), KEEP)
            combo.addItem(self.tr("Merge into the existing entry"), MERGE)
            combo.setItemData(
                combo.count() - 1,
                self.tr("Merge into your entry “{existing}”").format(
                    existing=duplicate.existing_name
                ),
                Qt.ItemDataRole.AccessibleTextRole,
            )
            combo.setAccessibleName(self.tr("What to do with {name}").format(name=name))
            combo.currentIndexChanged.connect(self._update_count)
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            self._duplicate_combos.append((duplicate.index, combo))
        grid.setColumnStretch(0, 1)
        return holder

    def chosen(self, choice: str) -> set[int]:
        return {index for index, combo in self._duplicate_combos if combo.currentData() == choice}

    def skipped(self) -> set[int]:
        return self.chosen(SKIP)

    def plan(self) -> ImportPlan:
        """What importing now would write, with her choices for the likely duplicates."""
        return directory_ops.plan_import(self._parsed, self.skipped(), self.chosen(MERGE))

    def _update_count(self) -> None:
        if self._parsed is None:
            self.count_label.setText("")
            self.import_button.setEnabled(False)
            return
        plan = self.plan()
        count, skipped, merged = len(plan.add), len(self.skipped()), len(plan.merges)
        text = self.tr("%n entries will be added.", "", count)
        waiting = bool(self._parsed.reading.unreadable) and not self.preview.readable_only_chosen()
        if waiting:
            text += " " + self.tr(
                "Some cannot be read: choose whether to import only the readable ones."
            )
        if merged:
            text += " " + self.tr(
                "%n likely duplicates will be merged into entries you have.", "", merged
            )
        if skipped:
            text += " " + self.tr("%n likely duplicates will be skipped.", "", skipped)
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)
        self.import_button.setEnabled(count + merged > 0 and not waiting)

    # -- importing ------------------------------------------------------------------------

    def import_entries(self) -> None:
        plan = self.plan()
        if plan.empty:
            return
        self.import_button.setEnabled(False)

        def added(ids: list[str]) -> None:
            self.accept()
            self.reset()
            self.imported.emit(ids)

        def failed(error: BaseException) -> None:
            self.import_button.setEnabled(True)
            MessageBox.warning(
                self,
                self.tr("Nothing was imported"),
                self.tr("The entries could not be added, and nothing was changed. {reason}").format(
                    reason=describe_error(error)
                ),
            )

        self.request.run(bind(directory_ops.import_entries, plan), added, failed)

    # -- helpers ---------------------------------------------------------------------------

    def describe(self, error: BaseException) -> str:
        """One sentence naming the card or line, and that nothing was imported."""
        if isinstance(error, ImportFormatError):
            if error.record is not None and error.line is not None:
                where = self.tr("Card {card} (from line {line}) cannot be imported.").format(
                    card=error.record, line=error.line
                )
            elif error.record is not None:
                where = self.tr("Card {card} cannot be imported.").format(card=error.record)
            elif error.line is not None:
                where = self.tr("Line {line} cannot be imported.").format(line=error.line)
            else:
                where = self.tr("This file cannot be imported.")
            return (
                where
                + " "
                + self.tr("Nothing was added. Details: {details}").format(details=str(error))
            )
        if isinstance(error, IsADirectoryError | NotAFileError):
            return self.tr(
                "This is not an ordinary file (it may be a folder, a device or a pipe). "
                "Choose a contacts file (.vcf or .csv). Nothing was added."
            )
        if isinstance(error, OSError):
            return self.tr(
                "The file could not be opened. Check that it still exists and that you are "
                "allowed to read it. Nothing was added."
            )
        return describe_error(error)

    def kept_words(self) -> dict[str, str]:
        """What a card's fields without a place are called in her notes (``reading.WORDS``)."""
        return {
            "photo": self.tr("Photo"),
            "logo": self.tr("Logo"),
            "sound": self.tr("Sound"),
            "key": self.tr("Encryption key"),
            "nickname": self.tr("Nickname"),
            "birthday": self.tr("Birthday"),
            "anniversary": self.tr("Anniversary"),
            "date": self.tr("Date"),
            "gender": self.tr("Gender"),
            "related": self.tr("Related person"),
            "messaging": self.tr("Messaging"),
            "social": self.tr("Social profile"),
            "groups": self.tr("Groups"),
            "languages": self.tr("Languages"),
            "regions": self.tr("Countries"),
            "kind": self.tr("Kind"),
            "cost": self.tr("Cost"),
            "location": self.tr("Location"),
            "time_zone": self.tr("Time zone"),
            "pronunciation": self.tr("Pronunciation"),
            "address": self.tr("Address"),
            "assistant": self.tr("Assistant card"),
        }

    def field_names(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "given_name": self.tr("First name"),
            "middle_name": self.tr("Middle name"),
            "family_name": self.tr("Last name"),
            "name_prefix": self.tr("Name prefix (Dr., Ms.…)"),
            "name_suffix": self.tr("Name suffix"),
            "nickname": self.tr("Nickname (kept in my notes)"),
            "department": self.tr("Department (with the organisation)"),
            "job_title": self.tr("Job title or role (in the description)"),
            "telegram": self.tr("Telegram"),
            "xmpp": self.tr("XMPP (Jabber)"),
            "im": self.tr("Messenger (its kind from the service column)"),
            "street": self.tr("Street"),
            "city": self.tr("City"),
            "region": self.tr("State or province"),
            "postal_code": self.tr("Postal code"),
            "country": self.tr("Country (of the address)"),
            "po_box": self.tr("PO box"),
            "label": self.tr("Label of a phone, e-mail or address"),
            "service": self.tr("Messenger service"),
            "organisation": self.tr("Organisation"),
            "kind": self.tr("Kind (person, organisation…)"),
            "description": self.tr("Description"),
            "categories": self.tr("Categories"),
            "languages": self.tr("Languages"),
            "regions": self.tr("Regions"),
            "phone": self.tr("Phone"),
            "mobile": self.tr("Mobile"),
            "email": self.tr("E-mail"),
            "website": self.tr("Website"),
            "signal": self.tr("Signal"),
            "whatsapp": self.tr("WhatsApp"),
            "postal": self.tr("Postal address"),
            "notes": self.tr("Notes"),
            "cost": self.tr("Cost"),
            "hours": self.tr("Opening hours"),
            "time_zone": self.tr("Time zone"),
        }

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)
