"""Spanish is complete, the committed .ts matches the code, and the .qm is compiled from it."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "assets" / "translations"
LANGUAGES = ["es", "fr", "pt", "ar"]
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")

pytestmark = pytest.mark.slow


def tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    assert found, f"{name} not found (it ships with PySide6-Essentials)"
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "src" / "wellbeing_desk").rglob("*.py"))


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_ts_is_up_to_date_and_complete(language: str, tmp_path: Path) -> None:
    committed = TRANSLATIONS / f"wellbeing_desk_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(fresh),
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=300,
    )
    current = {(ctx, src) for ctx, src, _ in messages(fresh)}
    stored = {
        (ctx, src)
        for ctx, src, m in messages(committed)
        if m.find("translation").get("type") not in ("vanished", "obsolete")
    }
    assert current - stored == set(), (
        "strings in the code missing from the .ts: run pyside6-lupdate"
    )
    assert len(current) > 50
    problems = []
    for ctx, src, message in messages(fresh):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(f.strip() for f in forms):
            problems.append(f"untranslated: {ctx}: {src!r}")
        elif any(sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(f)) for f in forms):
            problems.append(f"placeholders differ: {ctx}: {src!r}")
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_is_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    ts = TRANSLATIONS / f"wellbeing_desk_{language}.ts"
    compiled = tmp_path / "fresh.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(compiled)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert compiled.read_bytes() == (TRANSLATIONS / f"wellbeing_desk_{language}.qm").read_bytes()


def test_english_plural_forms_are_complete(tmp_path: Path) -> None:
    """English needs a plural-only file so that "1 entries" reads "1 entry"."""
    committed = TRANSLATIONS / "wellbeing_desk_en.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
         "-pluralonly", "-ts", str(fresh)],
        cwd=REPO, check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    plural = [m for _, _, m in messages(fresh) if m.get("numerus") == "yes"]
    assert plural, "no plural messages found"
    for message in plural:
        forms = [f.text or "" for f in message.find("translation").iter("numerusform")]
        assert len(forms) == 2 and all("%n" in f for f in forms), message.findtext("source")
    compiled = tmp_path / "en.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(committed), "-qm", str(compiled)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    assert compiled.read_bytes() == (TRANSLATIONS / "wellbeing_desk_en.qm").read_bytes()
