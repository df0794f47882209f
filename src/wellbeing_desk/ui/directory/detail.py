"""Everything about one directory entry, with a Copy button beside each contact method.

The pane only shows and asks: ``copy_requested(value)``, ``open_requested(url)``,
``edit_requested``, ``delete_requested``, ``favourite_toggled(bool)`` and
``checked_requested`` ("I checked this") are acted on by the page. ``clear()``
blanks every label at once (on lock too).

A starter entry says where its facts come from: "from {source}, seen {date}"
(the host of the source page and the date seen there), for the entry and for
each contact that has its own source, always with "check before relying on
it". "Checked {date}" is only ever her own check (``directory.starter.own_check``).

Under the hours, "Open now" or "Closed now" when ``opening_hours`` can tell
(at the moment the entry is shown, by ``opening_hours.now()``).

A team's entry says so under its name ("From the team …": her changes reach
everyone at the team's next sync, her notes stay hers) and offers "Keep a
copy as mine"; her own entry offers "Share with a team…" when she is in a
team (``show_team``, once ``ui.directory.team_actions`` knows; until then
neither shows). Both only ask: ``share_requested``, ``keep_copy_requested``.

At the end, the dialogue notes this entry takes part in (read through the
worker once ``enable_notes`` gave it one); each asks ``note_requested(id)``.
"""

import itertools
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.directory import opening_hours
from wellbeing_desk.directory.contacts import OPENABLE, contact_url
from wellbeing_desk.directory.starter import (
    own_check,
    page_seen,
    seen_text,
    shipped_contact,
)
from wellbeing_desk.ops import bind
from wellbeing_desk.ops import directory as directory_ops
from wellbeing_desk.ops.team_directory import EntryTeam
from wellbeing_desk.ui.directory.names import (
    category_names,
    contact_label_name,
    contact_type_names,
    cost_names,
    experience_names,
    kind_names,
    language_name,
    region_name,
    shown_text,
)
from wellbeing_desk.ui.interface_language import ui_language
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.bidi import her_words, show_left_to_right
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout
from wellbeing_desk.ui.widgets.page_style import comfortable
from wellbeing_desk.ui.widgets.per_record import drop_widgets
from wellbeing_desk.ui.widgets.text import heading, selectable_text
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.change_feed import NOTE, VaultChanges
from wellbeing_desk.vault.directory import DirectoryEntry
from wellbeing_desk.vault.notes import NoteSummary


class DirectoryDetail(QScrollArea):
    copy_requested = Signal(str)
    open_requested = Signal(str)
    edit_requested = Signal()
    delete_requested = Signal()
    favourite_toggled = Signal(bool)
    checked_requested = Signal()  # she checked the shown entry's details today
    note_requested = Signal(str)  # a dialogue note's id
    share_requested = Signal()  # a copy of her shown entry to a team (asks first)
    keep_copy_requested = Signal()  # a copy of the shown team entry as hers

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Never sideways: the content wraps to the pane's width instead.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its buttons take the focus, with a ring
        self.entry: DirectoryEntry | None = None
        self.notes_request: Request | None = None  # set by enable_notes
        body = QWidget(self)
        self.setWidget(body)

        self.name = heading("", body, level=2)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = selectable_text(body)
        self.subtitle.setObjectName("muted")
        self.favourite = QPushButton(body)
        self.favourite.setCheckable(True)
        self.favourite.setToolTip(self.tr("Mark as a favourite (Ctrl+D)"))
        self.edit_button = QPushButton(self.tr("&Edit"), body)
        self.edit_button.setAccessibleName(self.tr("Edit this entry"))
        self.edit_button.setToolTip(self.tr("Edit this entry (Enter in the list)"))
        self.delete_button = QPushButton(self.tr("&Delete"), body)
        self.delete_button.setAccessibleName(self.tr("Delete this entry"))
        self.delete_button.setToolTip(self.tr("Delete this entry; you can undo it (Delete)"))
        self.checked_button = QPushButton(self.tr("I chec&ked this"), body)
        self.checked_button.setAccessibleName(self.tr("I checked this entry today"))
        self.checked_button.setToolTip(
            self.tr("Records today as the day you checked these details yourself")
        )
        self.share_button = QPushButton(self.tr("&Share with a team…"), body)
        self.share_button.setAccessibleName(self.tr("Share a copy of this entry with a team"))
        self.share_button.setToolTip(
            self.tr("Asks first. Your own entry stays as it is; your notes are not shared")
        )
        self.keep_copy_button = QPushButton(self.tr("Keep a &copy as mine"), body)
        self.keep_copy_button.setAccessibleName(self.tr("Keep a copy of this team entry as mine"))
        self.keep_copy_button.setToolTip(
            self.tr("Adds your own copy to your directory; the team's entry stays as it is")
        )
        comfortable(
            self.favourite, self.checked_button, self.edit_button, self.delete_button,
            self.share_button, self.keep_copy_button,
        )  # fmt: skip
        self._show_favourite(False)
        self.team: EntryTeam | None = None  # whose the shown entry is, once known
        self.team_note = selectable_text(body)
        self.team_note.setObjectName("notice")

        self.source_note = selectable_text(body)
        self.source_note.setObjectName("notice")
        self.description = selectable_text(body)

        self.contacts_title = QLabel(self.tr("How to reach them"), body)
        self.contacts_title.setObjectName("fieldLabel")
        self.contacts_box = QWidget(body)
        self.contacts_grid = QGridLayout(self.contacts_box)
        self.contacts_grid.setContentsMargins(0, 0, 0, 0)
        self.contacts_grid.setHorizontalSpacing(10)
        self.contacts_grid.setVerticalSpacing(4)
        self.contact_widgets: list[QWidget] = []

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(6)
        self.fields: dict[str, QLabel] = {}
        self.open_state = selectable_text(body)
        self.open_state.setObjectName("fieldLabel")
        for key, title in self._field_titles().items():
            label = selectable_text(body)
            name = QLabel(title, body)
            name.setObjectName("muted")
            name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.form.addRow(name, label)
            self.fields[key] = label
            if key == "hours":
                self.form.addRow(self.open_state)  # just under the hours

        self.notes_title = QLabel(self.tr("Notes this entry takes part in"), body)
        self.notes_title.setObjectName("fieldLabel")
        self.notes_box = QWidget(body)
        self.notes_column = QVBoxLayout(self.notes_box)
        self.notes_column.setContentsMargins(0, 0, 0, 0)
        self.notes_column.setSpacing(2)
        self.note_buttons: list[QPushButton] = []

        # The actions wrap onto a second line in a narrow pane (long Spanish labels).
        self.actions_box = QWidget(body)
        buttons = FlowLayout(self.actions_box, spacing=8)
        for button in (
            self.favourite, self.checked_button, self.edit_button, self.delete_button,
            self.share_button, self.keep_copy_button,
        ):  # fmt: skip
            buttons.addWidget(button)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.name)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.team_note)
        layout.addWidget(self.actions_box)
        layout.addWidget(self.source_note)
        layout.addWidget(self.description)
        layout.addWidget(self.contacts_title)
        layout.addWidget(self.contacts_box)
        layout.addSpacing(4)
        layout.addLayout(self.form)
        layout.addSpacing(8)
        layout.addWidget(self.notes_title)
        layout.addWidget(self.notes_box)
        layout.addStretch(1)

        self.favourite.toggled.connect(self._favourite_clicked)
        self.checked_button.clicked.connect(self.checked_requested)
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.share_button.clicked.connect(self.share_requested)
        self.keep_copy_button.clicked.connect(self.keep_copy_requested)
        self.clear()

    def _field_titles(self) -> dict[str, str]:
        return {
            "secure_route": self.tr("Most secure way to reach them"),
            "categories": self.tr("Categories"),
            "languages": self.tr("Languages"),
            "regions": self.tr("Regions"),
            "hours": self.tr("Hours"),
            "time_zone": self.tr("Time zone"),
            "cost": self.tr("Cost"),
            "who_qualifies": self.tr("Who qualifies"),
            "experienced": self.tr("Experienced with defenders"),
            "last_checked": self.tr("Last checked"),
            "safety_notes": self.tr("Safety notes"),
            "notes": self.tr("My notes"),
            "source": self.tr("Source"),
        }

    # -- showing -------------------------------------------------------------------------

    def show_entry(self, found: DirectoryEntry) -> None:
        self.entry = found
        entry = found.entry
        self.name.setText(entry.name)
        self.name.setAccessibleName(entry.name)
        kind = kind_names().get(entry.kind, entry.kind)
        self.subtitle.setText(f"{entry.organisation} · {kind}" if entry.organisation else kind)
        self._show_favourite(entry.favourite)
        description = shown_text(found, "description")
        self.description.setText(description)
        self.description.setVisible(bool(description))
        self._show_contacts(found)
        categories = category_names()
        values = {
            "secure_route": shown_text(found, "secure_route"),
            "categories": ", ".join(categories.get(c, c) for c in entry.categories),
            "languages": ", ".join(language_name(t) for t in entry.languages),
            "regions": ", ".join(region_name(c) for c in entry.regions),
            "hours": shown_text(found, "hours"),
            "time_zone": entry.time_zone,
            "cost": cost_names().get(entry.cost, entry.cost),
            "who_qualifies": shown_text(found, "who_qualifies"),
            "experienced": experience_names().get(
                entry.experienced_with_defenders, entry.experienced_with_defenders
            ),
            "last_checked": _long_date(checked) if (checked := own_check(found)) else "",
            "safety_notes": shown_text(found, "safety_notes"),
            "notes": entry.notes,
            "source": self._source_text(found),
        }
        for key, label in self.fields.items():
            label.setText(values[key])
            self.form.setRowVisible(label, bool(values[key]))
        self._show_open_state(entry.hours, entry.time_zone)
        starter = entry.source == "starter"
        self.source_note.setText(self._starter_note(found) if starter else "")
        self.source_note.setVisible(starter)
        for widget in (self.edit_button, self.delete_button, self.favourite, self.checked_button):
            widget.setEnabled(True)
        self._hide_team()  # until it is known whose it is
        self._order_tabs()
        self._load_notes(found.id)

    def tab_stops(self) -> list[QWidget]:
        """The pane's keyboard stops in Tab order: the ways to reach them come first."""
        contacts: list[QWidget] = [w for w in self.contact_widgets if isinstance(w, QPushButton)]
        actions: list[QWidget] = [
            self.favourite, self.checked_button, self.edit_button, self.delete_button,
            self.share_button, self.keep_copy_button,
        ]  # fmt: skip
        return contacts + actions + list(self.note_buttons)

    def _order_tabs(self) -> None:
        # Contact buttons are made per entry, after the actions: put them first, so Copy
        # is one Tab from the list (Ctrl+C in the list copies the first one, too).
        stops = self.tab_stops()
        for before, after in itertools.pairwise(stops):
            QWidget.setTabOrder(before, after)

    # -- whose it is ---------------------------------------------------------------------

    def show_team(self, team: EntryTeam) -> None:
        """A team's entry says so and offers a copy; hers offers sharing if she has a team."""
        if self.entry is None or team.entry_id != self.entry.id:
            return  # an answer for an entry no longer shown
        self.team = team
        note = self._team_note(team.team) if team.team is not None else ""
        self.team_note.setText(note)
        self.team_note.setAccessibleName(note)
        self.team_note.setVisible(bool(note))
        if team.team is not None:  # not "Added by you": anyone in the team may have added it
            source = self.fields["source"]
            source.setText(
                self.tr("The team {team}").format(team=her_words(team.team))
                if team.team
                else self.tr("A team")
            )
            self.form.setRowVisible(source, True)
        self.keep_copy_button.setVisible(team.is_teams)
        self.keep_copy_button.setEnabled(team.is_teams)
        can_share = not team.is_teams and bool(team.share_into)
        self.share_button.setVisible(can_share)
        self.share_button.setEnabled(can_share)
        self._order_tabs()

    def _team_note(self, team: str) -> str:
        if not team:
            return self.tr(
                "From a team. Changes you make here reach everyone in the team at its next "
                "sync. Your notes on it stay yours."
            )
        return self.tr(
            "From the team {team}. Changes you make here reach everyone in the team at its "
            "next sync. Your notes on it stay yours."
        ).format(team=her_words(team))

    def _hide_team(self) -> None:
        self.team = None
        self.team_note.setText("")
        self.team_note.setAccessibleName("")
        self.team_note.setVisible(False)
        for button in (self.share_button, self.keep_copy_button):
            button.setVisible(False)
            button.setEnabled(False)

    def _show_open_state(self, hours: str, time_zone: str) -> None:
        state = opening_hours.is_open(hours, time_zone, opening_hours.now())
        labels = {True: self.tr("Open now"), False: self.tr("Closed now"), None: ""}
        text = labels[state]
        self.open_state.setText(text)
        self.open_state.setAccessibleName(text)
        self.form.setRowVisible(self.open_state, bool(text))

    def _source_text(self, found: DirectoryEntry) -> str:
        source = found.entry.source
        if source == "starter":
            if found.edited_fields:
                return self.tr("The starter directory, with your changes")
            return self.tr("The starter directory")
        if source == "imported":
            return self.tr("Imported")
        return self.tr("Added by you")

    def _starter_note(self, found: DirectoryEntry) -> str:
        checked = own_check(found)
        if checked is not None:
            return self.tr(
                "From the starter directory — check before relying on it (checked {date})."
            ).format(date=_long_date(checked))
        seen = page_seen(found)
        if seen is None:
            return self.tr("From the starter directory — check before relying on it.")
        source, day = seen
        return self.tr(
            "From the starter directory — check before relying on it (from {source}, seen {date})."
        ).format(source=source, date=seen_text(day.isoformat(), ui_language()))

    def _show_contacts(self, found: DirectoryEntry) -> None:
        self._drop_contacts()
        contacts = found.entry.contacts
        types = contact_type_names()
        # Each contact takes two rows (three with a shipped contact's source): its name
        # above, then its value and buttons, so the pane stays narrow at 900 px.
        row = -1
        for contact in contacts:
            row += 1
            kind = types.get(contact.type, contact.type)
            shipped = shipped_contact(found, contact)
            label = contact.label
            if shipped is not None and shipped.contact.label == label:
                label = shipped.label(ui_language())  # her language, unless she changed it
            else:
                label = contact_label_name(label)  # "work", "cell"… in her language
            # A label that only repeats the type ("Website") adds nothing, in any language.
            plain = any(
                text.casefold() in ("", kind.casefold(), contact.type.casefold())
                for text in (label, contact.label)
            )
            title = kind if plain else f"{kind} · {label}"
            name = QLabel(title, self.contacts_box)
            name.setObjectName("muted")
            name.setWordWrap(True)
            value = selectable_text(self.contacts_box)
            value.setText(contact.value)
            value.setWordWrap(True)
            show_left_to_right(value)  # "+52 55 …" must not read backwards in Arabic
            copy = QPushButton(self.tr("Copy"), self.contacts_box)
            copy.setAccessibleName(self.tr("Copy the {kind}").format(kind=kind))
            copy.setProperty("copy", True)
            copy.setToolTip(
                self.tr("Copy to the clipboard; it is cleared after 30 seconds and on lock")
            )
            copy.clicked.connect(lambda _=False, v=contact.value: self.copy_requested.emit(v))
            comfortable(copy)
            self.contacts_grid.addWidget(name, row, 0, 1, 3)
            row += 1
            self.contacts_grid.addWidget(value, row, 0)
            self.contacts_grid.addWidget(copy, row, 1, Qt.AlignmentFlag.AlignTop)
            self.contact_widgets += [name, value, copy]
            for widget in (name, value, copy):
                widget.setVisible(True)
            if contact.type in OPENABLE:
                opener = QPushButton(
                    self.tr("Write…") if contact.type == "email" else self.tr("Open…"),
                    self.contacts_box,
                )
                opener.setAccessibleName(
                    self.tr("Write an email")
                    if contact.type == "email"
                    else self.tr("Open the website")
                )
                opener.setToolTip(self.tr("Asks first: this goes out over the internet"))
                url = contact_url(contact)
                opener.clicked.connect(lambda _=False, u=url: self.open_requested.emit(u))
                comfortable(opener)
                self.contacts_grid.addWidget(opener, row, 2, Qt.AlignmentFlag.AlignTop)
                self.contact_widgets.append(opener)
                opener.setVisible(True)
            if shipped is not None and shipped.source_url:
                row += 1
                source = selectable_text(self.contacts_box)
                source.setObjectName("muted")
                source.setWordWrap(True)
                source.setText(
                    self.tr("From {source}, seen {date}. Check before relying on it.").format(
                        source=shipped.source, date=seen_text(shipped.seen, ui_language())
                    )
                )
                source.setToolTip(shipped.source_url)
                source.setProperty("contactSource", True)
                self.contacts_grid.addWidget(source, row, 0, 1, 3)
                self.contact_widgets.append(source)
                source.setVisible(True)
        self.contacts_grid.setColumnStretch(0, 1)
        self.contacts_title.setVisible(bool(contacts))
        self.contacts_box.setVisible(bool(contacts))

    # -- the notes it takes part in ------------------------------------------------------

    def enable_notes(self, worker: DatabaseWorker) -> None:
        """Show the dialogue notes each entry takes part in (read through ``worker``)."""
        self.notes_request = Request(worker, self)
        worker.vault_changed.connect(self._vault_changed)

    def _vault_changed(self, changes: VaultChanges, _origin: object) -> None:
        if changes.touches(NOTE):  # a note saved, trashed or restored: its people may be here
            self.refresh_notes()

    def refresh_notes(self) -> None:
        """Notes changed: read the shown entry's notes again."""
        if self.entry is not None:
            self._load_notes(self.entry.id)

    def _load_notes(self, entry_id: str) -> None:
        self._show_notes([])
        request = self.notes_request
        if request is None or not request.available:
            return

        def show(found: list[NoteSummary]) -> None:
            if self.entry is not None:
                self._show_notes(found)

        request.run(bind(directory_ops.notes_for_entry, entry_id), show)

    def _show_notes(self, found: list[NoteSummary]) -> None:
        self._drop_notes()
        for summary in found:
            when = _long_date(summary.occurred_on)
            button = QPushButton(
                self.tr("{title} · {date}").format(title=summary.title, date=when),
                self.notes_box,
            )
            button.setObjectName("link")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAccessibleName(
                self.tr("Open the note “{title}” ({date})").format(title=summary.title, date=when)
            )
            button.clicked.connect(lambda _=False, n=summary.id: self.note_requested.emit(n))
            self.notes_column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeading)
            self.note_buttons.append(button)
            button.setVisible(True)
        self.notes_title.setVisible(bool(found))
        self.notes_box.setVisible(bool(found))

    def _drop_notes(self) -> None:
        drop_widgets(self.notes_column, self.note_buttons)
        self.note_buttons = []

    def copy_buttons(self) -> list[QPushButton]:
        return [w for w in self.contact_widgets if isinstance(w, QPushButton) and _is_copy(w)]

    def open_buttons(self) -> list[QPushButton]:
        return [w for w in self.contact_widgets if isinstance(w, QPushButton) and not _is_copy(w)]

    def contact_sources(self) -> list[str]:
        """The "from {source}, seen {date}" lines under the contacts, in order."""
        return [
            w.text()
            for w in self.contact_widgets
            if isinstance(w, QLabel) and w.property("contactSource")
        ]

    def first_contact(self) -> str | None:
        if self.entry is None or not self.entry.entry.contacts:
            return None
        return self.entry.entry.contacts[0].value

    def _drop_contacts(self) -> None:
        drop_widgets(self.contacts_grid, self.contact_widgets)
        self.contact_widgets = []

    def clear(self) -> None:
        """Blank everything (no entry chosen, or the vault is locking)."""
        self.entry = None
        if self.notes_request is not None:
            self.notes_request.cancel()
        self._drop_notes()
        self.notes_title.setVisible(False)
        self.notes_box.setVisible(False)
        self._drop_contacts()
        for label in (self.name, self.subtitle, self.description, self.source_note):
            label.setText("")
            label.setAccessibleName("")
        for key, label in self.fields.items():
            label.setText("")
            self.form.setRowVisible(label, key == "")
        self.open_state.setText("")
        self.open_state.setAccessibleName("")
        self.form.setRowVisible(self.open_state, False)
        self.source_note.setVisible(False)
        self.contacts_title.setVisible(False)
        self.contacts_box.setVisible(False)
        self._show_favourite(False)
        self._hide_team()
        for widget in (self.edit_button, self.delete_button, self.favourite, self.checked_button):
            widget.setEnabled(False)

    # -- favourite -----------------------------------------------------------------------

    def _favourite_clicked(self, on: bool) -> None:
        self._show_favourite(on)
        if self.entry is not None:
            self.favourite_toggled.emit(on)

    def _show_favourite(self, on: bool) -> None:
        blocked = self.favourite.blockSignals(True)
        self.favourite.setChecked(on)
        self.favourite.blockSignals(blocked)
        self.favourite.setText(self.tr("★ &Favourite") if on else self.tr("☆ Mark as &favourite"))
        self.favourite.setAccessibleName(
            self.tr("Favourite; press to unmark") if on else self.tr("Mark as a favourite")
        )


def _is_copy(button: QPushButton) -> bool:
    return bool(button.property("copy"))


def _long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
