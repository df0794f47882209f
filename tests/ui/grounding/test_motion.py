"""Reduce motion: the setting, and the system preference read from GTK's and KDE's files."""

from pathlib import Path

import pytest

from wellbeing_desk.ui.motion import reduce_motion, system_prefers_reduced_motion
from wellbeing_desk.ui.settings_store import KEY_REDUCE_MOTION, SettingsStore


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def prefers(config: Path, home: Path) -> bool:
    return system_prefers_reduced_motion(
        platform="linux", environ={"XDG_CONFIG_HOME": str(config)}, home=home
    )


@pytest.mark.parametrize(
    ("relative", "text", "expected"),
    [
        ("gtk-3.0/settings.ini", "[Settings]\ngtk-enable-animations=false\n", True),
        ("gtk-3.0/settings.ini", "[Settings]\ngtk-theme-name = Adwaita\n", False),
        ("gtk-4.0/settings.ini", "[Settings]\ngtk-enable-animations = 0\n", True),
        ("gtk-4.0/settings.ini", "[Settings]\ngtk-enable-animations=true\n", False),
        ("gtk-4.0/settings.ini", "[Settings]\ngtk-interface-reduced-motion=reduce\n", True),
        ("gtk-3.0/settings.ini", "[Other]\ngtk-enable-animations=false\n", False),
        ("kdeglobals", "[General]\nName=x\n\n[KDE]\nAnimationDurationFactor=0\n", True),
        ("kdeglobals", "[KDE]\nAnimationDurationFactor=0.5\n", False),
        ("kdeglobals", "[KDE]\nAnimationDurationFactor=slow\n", False),
        ("kdeglobals", "no groups, no equals sign\n[broken\n", False),
    ],
)
def test_system_preference_from_gtk_and_kde_files(
    tmp_path: Path, relative: str, text: str, expected: bool
) -> None:
    config = tmp_path / "config"
    write(config / relative, text)
    assert prefers(config, tmp_path) is expected


def test_nothing_to_read_means_no_preference(tmp_path: Path) -> None:
    assert prefers(tmp_path / "missing", tmp_path) is False
    undecodable = tmp_path / "config" / "gtk-3.0" / "settings.ini"
    undecodable.parent.mkdir(parents=True)
    undecodable.write_bytes(b"\xff\xfe[Settings]\x00gtk-enable-animations=false")
    assert prefers(tmp_path / "config", tmp_path) is False


def test_without_xdg_config_home_the_home_config_folder_is_read(tmp_path: Path) -> None:
    write(tmp_path / ".config" / "gtk-3.0" / "settings.ini", "[Settings]\ngtk-enable-animations=0")
    assert system_prefers_reduced_motion(platform="linux", environ={}, home=tmp_path)


def test_macos_preference_file(tmp_path: Path) -> None:
    import plistlib

    plist = tmp_path / "Library" / "Preferences" / "com.apple.universalaccess.plist"
    plist.parent.mkdir(parents=True)
    plist.write_bytes(plistlib.dumps({"reduceMotion": True}, fmt=plistlib.FMT_BINARY))
    assert system_prefers_reduced_motion(platform="darwin", environ={}, home=tmp_path)
    plist.write_bytes(b"not a plist")
    assert not system_prefers_reduced_motion(platform="darwin", environ={}, home=tmp_path)


def test_the_setting_wins_over_the_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings_store: SettingsStore
) -> None:
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    assert settings_store.get(KEY_REDUCE_MOTION) == "system"
    assert reduce_motion(settings_store) is False
    write(config / "gtk-3.0" / "settings.ini", "[Settings]\ngtk-enable-animations=false\n")
    assert reduce_motion(settings_store) is True  # read afresh each time
    settings_store.set(KEY_REDUCE_MOTION, "off")
    assert reduce_motion(settings_store) is False
    settings_store.set(KEY_REDUCE_MOTION, "on")
    assert reduce_motion(SettingsStore()) is True  # stored in the settings file
    with pytest.raises(ValueError, match="does not accept"):
        settings_store.set(KEY_REDUCE_MOTION, "sometimes")
