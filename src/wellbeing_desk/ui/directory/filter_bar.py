"""The directory's search line and facets; ``current_filter()`` builds the query.

"Open now" is not part of the query: ``open_now_only()`` is read beside it and
the list model keeps, on the worker, the results known to be open (see
``wellbeing_desk.opening_hours``).

The search runs as she types (after ``SEARCH_DELAY_MS`` of quiet, so a burst
of keys costs one query). Languages and regions offered are the ones her
directory uses, named in the interface language.
"""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.directory.names import (
    category_names,
    kind_names,
    language_name,
    region_name,
)
from wellbeing_desk.ui.widgets.choices import refill_choices
from wellbeing_desk.ui.widgets.flow_layout import FlowLayout, expanding_width_policy
from wellbeing_desk.ui.widgets.page_style import comfortable, name_inner_parts
from wellbeing_desk.ui.worker import DatabaseWorker
from wellbeing_desk.vault import Vault
from wellbeing_desk.vault.directory import DirectoryFilter
from wellbeing_desk.vault.directory_types import WORLDWIDE

SEARCH_DELAY_MS = 60


def facet_values(vault: Vault) -> tuple[list[str], list[str]]:
    """The primary language subtags and the regions her live entries use (worker op)."""
    return vault.directory.facet_values()


class DirectoryFilterBar(QWidget):
    changed = Signal()

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._active = False
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
        self.reset_button = QPushButton(self.tr("Clear filters"), self.panel)
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
        for box in (self.favourites, self.experienced, self.open_now):
            box.toggled.connect(lambda _: self.changed.emit())
        self.reset_button.clicked.connect(self.reset_filters)
        self._fill_fixed()
        self.set_choices([], [])

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
        )

    def open_now_only(self) -> bool:
        return self.open_now.isChecked()

    def filters_active(self) -> bool:
        where = self.current_filter()
        return where != DirectoryFilter(text=where.text) or self.open_now_only()

    # -- choices -------------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._active = True
        self.load_choices()

    def load_choices(self) -> None:
        if self._active:
            self.worker.submit(facet_values, self._show_choices)

    def _show_choices(self, values: tuple[list[str], list[str]]) -> None:
        if self._active:
            self.set_choices(*values)

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
        widgets = (self.category, self.language, self.region, self.kind)
        boxes = (self.favourites, self.experienced, self.open_now)
        blocked = [w.blockSignals(True) for w in (*widgets, *boxes)]
        for combo in widgets:
            combo.setCurrentIndex(0)
        for box in boxes:
            box.setChecked(False)
        for widget, was in zip((*widgets, *boxes), blocked, strict=True):
            widget.blockSignals(was)
        self.changed.emit()

    def clear(self) -> None:
        """Empty the search and the choices (her languages and places say something)."""
        self._active = False
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
