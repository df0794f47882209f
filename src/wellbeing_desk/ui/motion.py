"""Reduce motion: her choice in Settings, or the system's preference where it is cheap to read.

Settings → Accessibility → "Reduce motion" is ``system`` (the default),
``on`` or ``off``. For ``system`` these are read, each a small file or one
system call, every time something that moves opens (so a changed system
setting counts the next time, and nothing is read at import):

- GTK (GNOME, Xfce, Cinnamon, MATE…): ``gtk-enable-animations=false`` (or
  ``0``) in ``$XDG_CONFIG_HOME/gtk-4.0/settings.ini`` or ``gtk-3.0/settings.ini``,
  or GTK 4.22's ``gtk-interface-reduced-motion=reduce`` there.
- KDE Plasma: ``AnimationDurationFactor=0`` in the ``[KDE]`` group of
  ``$XDG_CONFIG_HOME/kdeglobals`` (the animation speed slider at "instant").
- Windows: "Show animations in Windows" (``SystemParametersInfo``,
  ``SPI_GETCLIENTAREAANIMATION``).
- macOS: ``reduceMotion`` in ``~/Library/Preferences/com.apple.universalaccess.plist``
  when the system lets the app read it.

Not read: GNOME's ``org.gnome.desktop.interface enable-animations`` when it
is set only in the binary dconf database (that needs GIO or a ``gsettings``
subprocess). Whoever set it there chooses "Always" in Settings. Qt itself
offers no reduced-motion hint, and its ``UI_Animate*`` effects are off on
most Linux desktops whatever the user chose, so they are not used.
"""

import contextlib
import os
import plistlib
import sys
from collections.abc import Mapping
from pathlib import Path

from wellbeing_desk.ui.settings_store import KEY_REDUCE_MOTION, SettingsStore

_FALSE = {"false", "0", "no", "off"}


def reduce_motion(store: SettingsStore | None = None) -> bool:
    """Whether moving pictures should stay still: her setting, else the system's."""
    choice = (store if store is not None else SettingsStore()).get(KEY_REDUCE_MOTION)
    if choice == "on":
        return True
    if choice == "off":
        return False
    return system_prefers_reduced_motion()


def system_prefers_reduced_motion(
    *,
    platform: str = sys.platform,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> bool:
    """Best effort; ``False`` whenever the preference cannot be read."""
    environ = os.environ if environ is None else environ
    home = Path.home() if home is None else home
    try:
        if platform == "win32":
            return _windows_prefers_reduced_motion()
        if platform == "darwin":
            return _macos_prefers_reduced_motion(home)
        config = Path(environ.get("XDG_CONFIG_HOME") or home / ".config")
        return _gtk_prefers_reduced_motion(config) or _kde_prefers_reduced_motion(config)
    except (OSError, ValueError):
        return False


def _gtk_prefers_reduced_motion(config: Path) -> bool:
    for version in ("gtk-4.0", "gtk-3.0"):
        settings = _read_ini(config / version / "settings.ini").get("Settings", {})
        if settings.get("gtk-enable-animations", "").lower() in _FALSE:
            return True
        if settings.get("gtk-interface-reduced-motion", "").lower() in {"reduce", "1"}:
            return True
    return False


def _kde_prefers_reduced_motion(config: Path) -> bool:
    factor = _read_ini(config / "kdeglobals").get("KDE", {}).get("AnimationDurationFactor")
    if factor is None:
        return False
    try:
        return float(factor) == 0.0
    except ValueError:
        return False


def _macos_prefers_reduced_motion(home: Path) -> bool:
    path = home / "Library" / "Preferences" / "com.apple.universalaccess.plist"
    if not path.is_file():
        return False
    with path.open("rb") as file:
        try:
            return bool(plistlib.load(file).get("reduceMotion", False))
        except plistlib.InvalidFileException:
            return False


def _windows_prefers_reduced_motion() -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    spi_getclientareaanimation = 0x1042
    enabled = ctypes.c_int(1)
    ok = ctypes.windll.user32.SystemParametersInfoW(
        spi_getclientareaanimation, 0, ctypes.byref(enabled), 0
    )
    return bool(ok) and not enabled.value


def _read_ini(path: Path) -> dict[str, dict[str, str]]:
    """A forgiving reader for GTK's and KDE's key files: ``[group]`` and ``key=value`` lines."""
    groups: dict[str, dict[str, str]] = {}
    if not path.is_file():
        return groups
    current: dict[str, str] = {}
    with contextlib.suppress(UnicodeDecodeError):
        for raw in path.read_text(encoding="utf-8").splitlines()[:5000]:
            line = raw.strip()
            if not line or line.startswith(("#", ";")):
                continue
            if line.startswith("[") and line.endswith("]"):
                current = groups.setdefault(line[1:-1].strip(), {})
            elif "=" in line:
                key, value = line.split("=", 1)
                current[key.strip()] = value.strip().strip('"')
    return groups
