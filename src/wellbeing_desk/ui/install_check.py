"""``wellbeing-desk --check-install``: is this installation whole?

A packager (or a defender whose app will not start) runs it to see, one line
each, that the shipped data is there, that each interface language's
translation loads, that Qt's platform plugin starts, and that SQLCipher
encrypts with full-text search. It writes nothing anywhere and opens no vault.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass

from wellbeing_desk.languages import UI_LANGUAGES
from wellbeing_desk.vault.package_data import assets_dir


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def _shipped_data() -> str:
    root = assets_dir()
    needed = [
        root / "debrief" / "common.json",
        root / "directory" / "starter.json",
        root / "directory" / "search_terms.json",
        root / "icons" / "wellbeing-desk.svg",
        *(root / "translations" / f"wellbeing_desk_{lang}.qm" for lang in UI_LANGUAGES),
    ]
    missing = [str(path.relative_to(root)) for path in needed if not path.is_file()]
    if missing:
        raise FileNotFoundError(f"missing under {root}: {', '.join(missing)}")
    templates = sorted((root / "debrief" / "templates").glob("*.json"))
    if not templates:
        raise FileNotFoundError(f"no debrief templates under {root}")
    for path in templates:
        json.loads(path.read_text(encoding="utf-8"))
    return f"{root} ({len(templates)} debrief templates)"


def _translations() -> str:
    from PySide6.QtCore import QCoreApplication

    from wellbeing_desk.ui.application import install_translators, remove_translators

    app = QCoreApplication.instance() or QCoreApplication([])
    said: list[str] = []
    for language in UI_LANGUAGES:
        loaded = install_translators(app, language)
        if "wellbeing_desk" not in loaded:
            raise FileNotFoundError(f"the {language} translation did not load")
        said.append(f"{language}: {' + '.join(loaded)}")
    remove_translators(app)
    return "; ".join(said)


def _encryption() -> str:
    import os

    import sqlcipher3

    from wellbeing_desk.vault.connection import key_literal, silence_sqlcipher_logging

    silence_sqlcipher_logging()
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute(f'PRAGMA key = "{key_literal(os.urandom(32))}"')
        (version,) = conn.execute("PRAGMA cipher_version").fetchone()
        if not version:
            raise RuntimeError("SQLCipher is not in this build of SQLite")
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
        conn.execute("INSERT INTO t VALUES ('check')")
        (found,) = conn.execute("SELECT count(*) FROM t WHERE t MATCH 'check'").fetchone()
    finally:
        conn.close()
    if found != 1:
        raise RuntimeError("full-text search did not find its own row")
    return f"SQLCipher {version} with FTS5"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("shipped data", _shipped_data),
    ("encryption", _encryption),
    ("translations", _translations),
)


def run_checks(extra: tuple[tuple[str, Callable[[], str]], ...] = ()) -> list[CheckResult]:
    results: list[CheckResult] = []
    for name, check in (*CHECKS, *extra):
        try:
            results.append(CheckResult(name, True, check()))
        except Exception as error:  # each check says what failed, and the rest still run
            results.append(CheckResult(name, False, f"{type(error).__name__}: {error}"))
    return results


def print_report(results: list[CheckResult]) -> int:
    for result in results:
        print(f"{'ok  ' if result.ok else 'FAIL'} {result.name}: {result.detail}")
    return 0 if all(result.ok for result in results) else 1
