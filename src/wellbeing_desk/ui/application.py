"""QApplication set-up: names, icon, translations, a calm palette-based style."""

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSocketNotifier,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from wellbeing_desk import APP_NAME, __version__, paths
from wellbeing_desk.languages import interface_language, is_right_to_left
from wellbeing_desk.ui.icons import app_icon
from wellbeing_desk.ui.qt_settings import silence_qt_file_dialog_settings
from wellbeing_desk.ui.settings_store import KEY_LANGUAGE, SettingsStore
from wellbeing_desk.ui.widgets.message import MessageBox

TRANSLATION_PREFIX = "wellbeing_desk"
MIN_POINT_SIZE = 10.5
# Qt's own catalogue for a language it ships only under a regional name.
QT_FALLBACK = {"pt": "pt_BR"}

_translators: list[QTranslator] = []


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication (Qt's own command-line options in ``argv`` are honoured)."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("org.wellbeingdesk.WellbeingDesk")
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing  # tests: pytest-qt made one already
    return QApplication(list(argv))


def configure_application(app: QApplication, settings: SettingsStore) -> None:
    """Icon, translations and style; call once before building windows."""
    app.setWindowIcon(app_icon())
    silence_qt_file_dialog_settings()  # Qt's file dialogs must not record folders on disk
    install_translators(app, str(settings.get(KEY_LANGUAGE)))
    apply_style(app)
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(lambda *_: apply_style(app))


def system_locale() -> QLocale:
    """The system's locale (a function, so tests can pin it)."""
    return QLocale.system()


def ui_locale(language: str) -> QLocale:
    """The locale the interface uses: the system's, or the language chosen in Settings.

    A chosen language keeps the system's country where Qt knows the pair
    (Spanish on a Mexican system is es_MX, English on a British one en_GB), so
    dates follow both. English on a C/POSIX system stays C: no country is known,
    so dates are not guessed to be month-first (``widgets/dates.py``).
    """
    system = system_locale()
    if language == "system":
        return system
    chosen = QLocale(language)
    if system.language() == chosen.language():
        return system
    if system.language() == QLocale.Language.C and chosen.language() == QLocale.Language.English:
        return system
    paired = QLocale(chosen.language(), system.territory())
    if paired.language() == chosen.language() and paired.territory() == system.territory():
        return paired
    return chosen


def remove_translators(app: QCoreApplication) -> None:
    """Back to the source strings (English); the default locale is left as it is."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()


def install_translators(app: QCoreApplication, language: str) -> list[str]:
    """Load ``wellbeing_desk_<lang>.qm`` and Qt's own strings; returns what loaded.

    A locale the app has no translation for (C/POSIX included) shows English
    from ``wellbeing_desk_en.qm``, which holds the English plural forms ("1
    entry"). Qt's own words come from Qt's ``qtbase_<lang>.qm``; the few it
    lacks are in the app's file (``qt_strings.py``).
    """
    remove_translators(app)
    locale = ui_locale(language)
    QLocale.setDefault(locale)
    speaks = interface_language(locale.name())
    sources = (
        (TRANSLATION_PREFIX, str(paths.assets_dir() / "translations")),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    loaded: list[str] = []
    for prefix, directory in sources:
        translator = QTranslator(app)
        found = translator.load(locale, prefix, "_", directory)
        if not found:
            # English plural forms for a language the app lacks; Qt ships only
            # Brazilian Portuguese, which reads well in Portugal and Africa too.
            fallback = {TRANSLATION_PREFIX: "en", "qtbase": QT_FALLBACK.get(speaks)}[prefix]
            found = bool(fallback) and translator.load(f"{prefix}_{fallback}", directory)
        if found and app.installTranslator(translator):
            _translators.append(translator)
            loaded.append(prefix)
    # The whole window mirrors for Arabic. Set every time (not left to Qt's guess
    # from its own catalogue), so switching back to a left-to-right language works.
    if isinstance(app, QGuiApplication):
        rtl = is_right_to_left(speaks)
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
    return loaded


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def style_sheet(palette: QPalette) -> str:
    """Only palette roles, plus an error tint chosen for the palette's lightness."""
    error = QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")
    highlight = palette.color(QPalette.ColorRole.Highlight)
    hover = highlight.lighter(112) if is_dark(palette) else highlight.darker(110)
    return f"""
QFrame#sidebar {{
    background: palette(alternate-base);
    border-right: 1px solid palette(midlight);
}}
QListWidget#navigation {{ background: transparent; border: none; outline: 0; }}
QListWidget#navigation::item {{ padding: 4px 12px; border-radius: 8px; margin: 1px 0; }}
QListWidget#navigation::item:selected {{
    background: palette(highlight); color: palette(highlighted-text);
}}
QListWidget#navigation::item:hover:!selected {{ background: palette(midlight); }}
QLabel#brand {{ font-weight: 600; }}
QLabel#muted, QLabel#hint {{ color: palette(placeholder-text); }}
QLabel#error {{ color: {error.name()}; }}
QLabel#notice {{
    background: palette(window);
    border: 1px solid palette(midlight);
    border-radius: 8px;
    padding: 10px 12px;
}}
QGroupBox {{ font-weight: 600; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QFrame#card {{
    background: palette(alternate-base);
    border: 1px solid palette(midlight);
    border-radius: 14px;
}}
QLineEdit {{
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 6px;
    padding: 5px 8px;
}}
QLineEdit:focus {{ border: 1px solid palette(highlight); }}
QLineEdit:disabled {{ color: palette(placeholder-text); }}
QPushButton#primary {{
    background: palette(highlight);
    color: palette(highlighted-text);
    border: none;
    border-radius: 8px;
    padding: 8px 18px;
    font-weight: 600;
}}
QPushButton#primary:hover {{ background: {hover.name()}; }}
QPushButton#primary:focus {{ border: 2px solid palette(window-text); }}
QPushButton#primary:disabled {{
    background: palette(midlight);
    color: palette(placeholder-text);
}}
"""


def apply_style(app: QApplication) -> None:
    font = QFont(app.font())
    if font.pointSizeF() > 0 and font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    app.setStyleSheet(style_sheet(app.palette()))


# -- unexpected errors --------------------------------------------------------------


def show_unexpected_error() -> None:
    MessageBox.critical(
        QApplication.activeWindow(),
        QCoreApplication.translate("Application", "Something went wrong"),
        QCoreApplication.translate(
            "Application",
            "Something unexpected went wrong. Your vault is safe. If this keeps "
            "happening, lock Wellbeing Desk and start it again.",
        ),
    )


_in_hook = False


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """A calm dialog; the traceback (which can hold content) is never shown or written."""
    global _in_hook  # noqa: PLW0603 - guards against an error inside the dialog
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    print(f"Wellbeing Desk: unexpected error ({exc_type.__name__})", file=sys.stderr)
    if _in_hook or QApplication.instance() is None:
        return
    _in_hook = True
    try:
        show_unexpected_error()
    finally:
        _in_hook = False


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    name = args.exc_type.__name__ if args.exc_type else "error"
    print(f"Wellbeing Desk: unexpected error in a background thread ({name})", file=sys.stderr)


def install_signal_handlers(app: QApplication, on_signal: Callable[[], object]) -> None:
    """SIGTERM, SIGINT and SIGHUP call ``on_signal`` (close the window: lock, then quit).

    Python runs its signal handlers only when it gets control; a wake-up pipe
    watched by Qt gives it control at once, without a polling timer.
    """
    if os.name != "posix":
        return
    read_fd, write_fd = os.pipe()
    os.set_blocking(read_fd, False)
    os.set_blocking(write_fd, False)
    signal.set_wakeup_fd(write_fd)
    notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            os.read(read_fd, 512)

    notifier.activated.connect(drain)
    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(number, lambda *_: on_signal())


def install_excepthook() -> None:
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
