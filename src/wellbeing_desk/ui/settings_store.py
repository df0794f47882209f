"""The non-secret settings file, behind a whitelist.

``QSettings`` writes plain text, so only keys listed here may be stored:
window geometry, the interface language, the lock preferences, whether to
reduce motion and whether window titles say "Notes". Nothing the
user writes into the app ever goes here; a typo in a key name is an error,
not a new entry in the file.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from wellbeing_desk import paths
from wellbeing_desk.languages import UI_LANGUAGES

LANGUAGES: tuple[str, ...] = ("system", *UI_LANGUAGES)
AUTOLOCK_CHOICES: tuple[int, ...] = (1, 2, 5, 10, 15, 30, 60, 0)  # minutes; 0 = never
DEFAULT_AUTOLOCK_MINUTES = 5
# Reduce motion: follow the system (ui/motion.py reads it), always, or never.
REDUCE_MOTION_CHOICES: tuple[str, ...] = ("system", "on", "off")

KEY_GEOMETRY = "window/geometry"
KEY_LANGUAGE = "ui/language"
KEY_AUTOLOCK_MINUTES = "lock/autolock_minutes"
KEY_LOCK_ON_MINIMISE = "lock/on_minimise"
KEY_REDUCE_MOTION = "ui/reduce_motion"
# "Notes" instead of "Wellbeing Desk" in window titles (ui/titles.py): a switch, no content.
KEY_NEUTRAL_TITLE = "ui/neutral_title"


@dataclass(frozen=True)
class _Key:
    kind: type
    default: Any
    allowed: tuple[Any, ...] | None = None


_KEYS: dict[str, _Key] = {
    KEY_GEOMETRY: _Key(QByteArray, QByteArray()),
    KEY_LANGUAGE: _Key(str, "system", LANGUAGES),
    KEY_AUTOLOCK_MINUTES: _Key(int, DEFAULT_AUTOLOCK_MINUTES, AUTOLOCK_CHOICES),
    KEY_LOCK_ON_MINIMISE: _Key(bool, True),  # a plain minimise locks unless she says no
    KEY_REDUCE_MOTION: _Key(str, "system", REDUCE_MOTION_CHOICES),
    KEY_NEUTRAL_TITLE: _Key(bool, False),
}


class UnknownSettingError(KeyError):
    """A key outside the whitelist: refused so that nothing else lands in plain text."""


class SettingsStore:
    """Typed, whitelisted access to the plain-text settings file."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path if path is not None else paths.settings_file()
        self._settings = QSettings(str(self._path), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        return self._path

    def get(self, key: str) -> Any:
        spec = self._spec(key)
        raw = self._settings.value(key, spec.default)
        value = _coerce(raw, spec)
        if spec.allowed is not None and value not in spec.allowed:
            return spec.default
        return value

    def set(self, key: str, value: Any) -> None:
        spec = self._spec(key)
        if not isinstance(value, spec.kind) or (spec.kind is int and isinstance(value, bool)):
            raise TypeError(f"setting {key!r} expects {spec.kind.__name__}")
        if spec.allowed is not None and value not in spec.allowed:
            raise ValueError(f"setting {key!r} does not accept {value!r}")
        self._settings.setValue(key, value)
        self._settings.sync()

    def sync(self) -> None:
        self._settings.sync()

    @staticmethod
    def _spec(key: str) -> _Key:
        try:
            return _KEYS[key]
        except KeyError:
            raise UnknownSettingError(f"{key!r} is not an allowed setting") from None


def _coerce(raw: object, spec: _Key) -> Any:
    """QSettings' INI backend hands back strings; turn them into the declared type."""
    try:
        if spec.kind is bool:
            if isinstance(raw, str):
                return raw.strip().lower() in {"true", "1", "yes"}
            return bool(raw)
        if spec.kind is int:
            return int(raw)  # type: ignore[call-overload]
        if spec.kind is str:
            return str(raw)
        if spec.kind is QByteArray:
            return raw if isinstance(raw, QByteArray) else spec.default
    except (TypeError, ValueError):
        return spec.default
    return spec.default
