"""The unlocked view: a navigation side bar and one page per section."""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desk.ui.icons import app_icon
from wellbeing_desk.ui.section_page import call_hook, show_requests
from wellbeing_desk.ui.widgets.placeholder_page import PlaceholderPage
from wellbeing_desk.ui.widgets.vault_banner import VaultBanner

SECTIONS: tuple[str, ...] = (
    "today",
    "journal",
    "debrief",
    "directory",
    "notes",
    "sync",
    "settings",
)


class Workspace(QWidget):
    """Side bar + stacked pages. ``clear_content`` empties every page (on lock)."""

    lock_requested = Signal()
    help_requested = Signal()

    def __init__(
        self,
        settings_page: QWidget,
        parent: QWidget | None = None,
        section_pages: dict[str, QWidget] | None = None,
    ) -> None:
        super().__init__(parent)
        titles = self._titles()
        self.pages: dict[str, QWidget] = dict(section_pages or {})
        for key, (title, message) in titles.items():
            if key not in self.pages:  # sections still to come say so
                self.pages[key] = PlaceholderPage(title, message, self)
        self.pages["settings"] = settings_page

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        nav_names = self._nav_names()
        for number, key in enumerate(SECTIONS, start=1):
            item = QListWidgetItem(nav_names[key], self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 40))
            self.stack.addWidget(self.pages[key])
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda key=key: self.show_section(key))
            asks_to_show = show_requests(self.pages[key])
            if asks_to_show is not None:  # a link from elsewhere brings the page on screen
                asks_to_show.connect(lambda key=key: self.show_section(key))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        brand_icon = QLabel(self)
        brand_icon.setPixmap(app_icon().pixmap(QSize(28, 28)))
        brand = QLabel(self.tr("Wellbeing Desk"), self)
        brand.setObjectName("brand")
        brand.setWordWrap(True)  # a long translation takes two lines, not the side bar's width
        brand_row = QHBoxLayout()
        brand_row.setContentsMargins(8, 0, 0, 0)
        brand_row.setSpacing(10)
        brand_row.addWidget(brand_icon)
        brand_row.addWidget(brand, 1)

        self.help_button = QPushButton(self.tr("&Help"), self)
        self.help_button.setAccessibleName(self.tr("Help and keyboard shortcuts"))
        self.help_button.clicked.connect(self.help_requested)
        self.lock_button = QPushButton(self.tr("&Lock"), self)
        self.lock_button.setAccessibleName(self.tr("Lock Wellbeing Desk"))
        self.lock_button.setToolTip(self.tr("Close the vault now"))
        self.lock_button.clicked.connect(self.lock_requested)
        for button in (self.help_button, self.lock_button):
            button.setMinimumHeight(34)

        sidebar = QFrame(self)
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(220)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(12, 18, 12, 14)
        side.setSpacing(12)
        side.addLayout(brand_row)
        side.addSpacing(6)
        side.addWidget(self.nav, 1)
        side.addWidget(self.help_button)
        side.addWidget(self.lock_button)

        # Over every page while the vault is open read-only, saying why.
        self.banner = VaultBanner(self)
        content = QVBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(0)
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(16, 12, 16, 0)
        banner_row.addWidget(self.banner)
        content.addLayout(banner_row)
        content.addWidget(self.stack, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        layout.addLayout(content, 1)
        self.show_section("today")

    def show_section(self, key: str) -> None:
        self.nav.setCurrentRow(SECTIONS.index(key))

    def current_section(self) -> str:
        return SECTIONS[max(0, self.nav.currentRow())]

    def focus_current_page(self) -> None:
        """Give the keyboard to the page's first field (or the side bar if it has none)."""
        page = self.pages[self.current_section()]
        if callable(getattr(page, "focus_first", None)):
            call_hook(page, "focus_first")
        else:
            self.nav.setFocus()

    def vault_opened(self) -> None:
        for page in self.pages.values():
            call_hook(page, "vault_opened")

    def clear_content(self) -> None:
        for page in self.pages.values():
            call_hook(page, "clear_content")
        self.banner.clear()
        self.show_section("today")

    def _nav_names(self) -> dict[str, str]:
        return {
            "today": self.tr("Today"),
            "journal": self.tr("Journal"),
            "debrief": self.tr("Debrief"),
            "directory": self.tr("Directory"),
            "notes": self.tr("Notes"),
            "sync": self.tr("Sync"),
            "settings": self.tr("Settings"),
        }

    def _titles(self) -> dict[str, tuple[str, str]]:
        return {
            "today": (
                self.tr("Today"),
                self.tr(
                    "A quick daily check-in arrives in a coming version. "
                    "Take a breath; there is nothing you need to do here yet."
                ),
            ),
            "journal": (self.tr("Journal"), self.tr("The journal arrives in a coming version.")),
            "debrief": (
                self.tr("Debrief"),
                self.tr(
                    "The guided debrief arrives in a coming version. Every step will be optional."
                ),
            ),
            "directory": (
                self.tr("Directory"),
                self.tr("The directory of support contacts arrives in a coming version."),
            ),
        }
