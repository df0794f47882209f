"""The directory's search line and facets; ``current_filter()`` builds the query.

"Open now" is not part of the query: ``open_now_only()`` is read beside it and
``ops.directory.search`` keeps, on the worker, the results known to be open
(see ``wellbeing_desk.directory.opening_hours``).

The search runs as she types (after ``SEARCH_DELAY_MS`` of quiet, so a burst
of keys costs one query). Languages and regions offered are the ones her
directory uses, named in the interface language.

Every filter in force shows in a widget: a shortcut elsewhere in the app
("See support in your directory") sets them through ``show_support``, which
chooses "Support and helplines" in the category box and nothing else, and
"Clear filters" (enabled while any filter is on) puts everything back. What a
shortcut chose and she has not touched since is remembered, so the page can
put it back when she adds or imports entries (``clear_shortcut_filters``).
"""

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ops import directory as directory_ops
from wellbeing_desk.ops.directory import DirectoryFacets
from wellbeing_desk.ui.delays import SEARCH_DELAY_MS
from wellbeing_desk.ui.directory.names import (
    category_names,
    kind_names,
    language_name,
    region_name,
)
from wellbeing_desk.ui.requests import Request
from wellbeing_desk.ui.widgets.choices import refill_choices
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout, expanding_width_policy
from wellbeing_desk.ui.widgets.page_style import comfortable, name_inner_parts
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault.directory import SUPPORT, DirectoryFilter
from wellbeing_desk.vault.directory_types import WORLDWIDE


class DirectoryFilterBar(QWidget):
    changed = Signal()

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._request = Request(worker, self)
        self._active = False
        self._from_shortcut: set[QWidget] = set()  # set by show_support, untouched since
        self._first_language: str | None = None  # show_support's: sorts, hides nothing
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names, places, languages, notes… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the directory"))
        self.search.setToolTip(self.tr("Search every field as you type (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        name_inner_parts(self.search, self.tr("Clear the search"))
        self.search.setMinimumHeight(34)

        self.panel = QWidget(self)
        self.panel.setSizePolicy(expanding_width_policy())
        self.category = self._combo(self.tr("Category"))
        self.language = self._combo(self.tr("Language"))
        self.region = self._combo(self.tr("Region"))
        self.kind = self._combo(self.tr("Kind"))
        self.favourites = QCheckBox(self.tr("Favourites only"), self.panel)
        self.favourites.setAccessibleName(self.tr("Show favourites only"))
        self.experienced = QCheckBox(self.tr("Experienced with defenders"), self.panel)
        self.experienced.setAccessibleName(
            self.tr("Show only those experienced with human rights defenders")
        )
        self.open_now = QCheckBox(self.tr("Open now"), self.panel)
        self.open_now.setAccessibleName(self.tr("Show only those open now"))
        self.open_now.setToolTip(
            self.tr("Entries whose hours say they are open now, where they are")
        )
        self.reset_button = QPushButton(self.tr("Clea&r filters"), self.panel)
        self.reset_button.setAccessibleName(self.tr("Clear the filters"))
        comfortable(self.reset_button)

        flow = FlowLayout(self.panel, spacing=10)
        for widget in (self.category, self.language, self.region, self.kind):
            flow.addWidget(widget)
        flow.addWidget(self.favourites)
        flow.addWidget(self.experienced)
        flow.addWidget(self.open_now)
        flow.addWidget(self.reset_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.search)
        layout.addWidget(self.panel)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self._search_now)
        for combo in (self.category, self.language, self.region, self.kind):
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
            combo.activated.connect(lambda _, c=combo: self._she_chose(c))
        for box in (self.favourites, self.experienced, self.open_now):
            box.toggled.connect(lambda _: self.changed.emit())
            box.clicked.connect(lambda _, b=box: self._she_chose(b))
        self.reset_button.clicked.connect(self.reset_filters)
        self.changed.connect(self._update_reset)
        self._fill_fixed()
        self.set_choices([], [])
        self._update_reset()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self.panel)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(260)
        combo.setMinimumHeight(32)
        return combo

    def _fill_fixed(self) -> None:
        self.category.addItem(self.tr("Any category"), "")
        self.category.addItem(self.tr("Support and helplines"), SUPPORT)
        self.category.setItemData(
            1,
            self.tr("Counselling, trauma care, peer support and helplines, together"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.category.insertSeparator(2)
        for key, label in sorted(category_names().items(), key=lambda item: item[1]):
            self.category.addItem(label, key)
        self.kind.addItem(self.tr("Any kind"), "")
        for key, label in kind_names().items():
            self.kind.addItem(label, key)

    # -- reading -------------------------------------------------------------------------

    def current_filter(self) -> DirectoryFilter:
        return DirectoryFilter(
            text=self.search.text().strip(),
            kind=self.kind.currentData() or None,
            category=self.category.currentData() or None,
            language=self.language.currentData() or None,
            region=self.region.currentData() or None,
            favourites_only=self.favourites.isChecked(),
            experienced_only=self.experienced.isChecked(),
            first_language=self._first_language,
        )

    def open_now_only(self) -> bool:
        return self.open_now.isChecked()

    def filters_active(self) -> bool:
        """Whether a filter hides anything (the search text and the sort order do not count)."""
        where = replace(self.current_filter(), text="", first_language=None)
        return where != DirectoryFilter() or self.open_now_only()

    def set_by_shortcut(self) -> bool:
        """Whether a filter in force was set by a shortcut and not touched by her since."""
        return bool(self._from_shortcut)

    # -- choices -------------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._active = True
        self.load_choices()

    def load_choices(self) -> None:
        if self._active:
            self._request.run(directory_ops.facets, self._show_choices)

    def _show_choices(self, facets: DirectoryFacets) -> None:
        if self._active:
            self.set_choices(facets.languages, facets.regions)

    def set_choices(self, languages: list[str], regions: list[str]) -> None:
        """Offer these languages and regions by name, keeping what is chosen if it remains."""
        named_languages = sorted(((language_name(t), t) for t in languages), key=_fold)
        places = [c for c in regions if c != WORLDWIDE]
        named_regions = sorted(((region_name(c), c) for c in places), key=_fold)
        if WORLDWIDE in regions:
            named_regions.insert(0, (region_name(WORLDWIDE), WORLDWIDE))
        gone = [
            refill_choices(
                self.language, self.tr("Any language"), [(d, n) for n, d in named_languages]
            ),
            refill_choices(self.region, self.tr("Anywhere"), [(d, n) for n, d in named_regions]),
        ]
        if any(gone):  # a chosen activity, tag, language or region is no longer offered
            self.changed.emit()

    # -- changing ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def reset_filters(self) -> None:
        """Every filter off: everything is listed (the search text stays as it is)."""
        self._put_back((self.category, self.language, self.region, self.kind,
                        self.favourites, self.experienced, self.open_now))  # fmt: skip
        self._from_shortcut.clear()
        self._first_language = None
        self._update_reset()
        self.changed.emit()

    def show_support(self, first_language: str | None = None) -> None:
        """Support and helplines in every language, ``first_language`` first; nothing else.

        The search is emptied and every other filter is turned off; the
        category box shows the choice, and "Clear filters" undoes it.
        """
        self._timer.stop()
        blocked = self.search.blockSignals(True)
        self.search.setText("")
        self.search.blockSignals(blocked)
        self._put_back((self.language, self.region, self.kind,
                        self.favourites, self.experienced, self.open_now))  # fmt: skip
        was = self.category.blockSignals(True)
        self.category.setCurrentIndex(max(0, self.category.findData(SUPPORT)))
        self.category.blockSignals(was)
        self._from_shortcut = {self.category}
        self._first_language = first_language or None
        self._update_reset()
        self.changed.emit()

    def clear_shortcut_filters(self) -> bool:
        """Turn off what a shortcut set and she has not changed since; True if anything was.

        Emits nothing: the caller reloads (an entry she adds must not stay hidden
        behind a filter she did not choose).
        """
        if not self._from_shortcut:
            return False
        self._put_back(tuple(self._from_shortcut))
        self._from_shortcut.clear()
        self._first_language = None
        self._update_reset()
        return True

    def _put_back(self, widgets: tuple[QWidget, ...]) -> None:
        """These filters off, without a signal."""
        for widget in widgets:
            was = widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(False)
            widget.blockSignals(was)

    def _she_chose(self, widget: QWidget) -> None:
        """She changed this filter herself: from now on it is hers."""
        self._from_shortcut.discard(widget)
        if widget is self.category and self._first_language is not None:
            self._first_language = None  # the order came with the shortcut's choice
            self.changed.emit()

    def _update_reset(self) -> None:
        self.reset_button.setEnabled(self.filters_active())

    def clear(self) -> None:
        """Empty the search and the choices (her languages and places say something)."""
        self._active = False
        self._request.cancel()
        self._timer.stop()
        blocked = self.blockSignals(True)
        self.search.setText("")
        self._timer.stop()
        self.set_choices([], [])
        self.reset_filters()
        self.blockSignals(blocked)

    def _search_now(self) -> None:
        self._timer.stop()
        self.changed.emit()


def _fold(item: tuple[str, str]) -> str:
    return item[0].casefold()
