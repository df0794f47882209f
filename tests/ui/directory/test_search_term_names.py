"""The search terms file names things as the interface does, in English and Spanish.

``assets/directory/search_terms.json`` is read by the vault (no Qt), so it
repeats the names ``ui/directory/names.py`` translates. The English names are
the ``translate()`` sources in names.py; the Spanish ones are their finished
translations in the committed .ts file (a name the .ts does not translate
yet is checked once it does).
"""

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wellbeing_desk.languages import UI_LANGUAGES
from wellbeing_desk.ui.directory import names
from wellbeing_desk.vault.directory_search import load_terms
from wellbeing_desk.vault.directory_types import CATEGORIES, CONTACT_TYPES, KINDS

REPO = Path(__file__).resolve().parents[3]
TRANSLATIONS = REPO / "assets" / "translations"
FACETS = {
    "category": ("category_names", CATEGORIES),
    "kind": ("kind_names", KINDS),
    "contact_type": ("contact_type_names", CONTACT_TYPES),
}


def english_names(function: str) -> dict[str, str]:
    """key -> the source text of its ``translate("DirectoryNames", ...)`` in names.py."""
    tree = ast.parse(Path(names.__file__).read_text(encoding="utf-8"))
    found = next(
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name == function
    )
    table = next(node for node in ast.walk(found) if isinstance(node, ast.Dict))
    result = {}
    for key, value in zip(table.keys, table.values, strict=True):
        assert isinstance(key, ast.Constant) and isinstance(value, ast.Call)
        context, source = (arg.value for arg in value.args if isinstance(arg, ast.Constant))
        assert context == "DirectoryNames"
        result[key.value] = source
    return result


def translations(language: str) -> dict[str, str]:
    root = ET.parse(TRANSLATIONS / f"wellbeing_desk_{language}.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") == "DirectoryNames":
            return {
                message.findtext("source") or "": message.findtext("translation") or ""
                for message in context.iter("message")
                if message.find("translation") is not None
                and message.find("translation").get("type") != "unfinished"  # type: ignore[union-attr]
            }
    raise AssertionError("no DirectoryNames context")


@pytest.mark.parametrize("facet", FACETS)
def test_english_names_are_the_interfaces(facet: str) -> None:
    function, keys = FACETS[facet]
    shown = english_names(function)
    terms = load_terms()
    for key in keys:
        if key in shown:  # a key names.py does not name yet shows as the key
            assert terms.name(facet, key, "en") == shown[key], (facet, key)


@pytest.mark.parametrize("language", [code for code in UI_LANGUAGES if code != "en"])
@pytest.mark.parametrize("facet", FACETS)
def test_translated_names_are_the_translations(facet: str, language: str) -> None:
    function, keys = FACETS[facet]
    shown = english_names(function)
    translated = translations(language)
    terms = load_terms()
    checked = 0
    for key in keys:
        translation = translated.get(shown.get(key, ""))
        if translation:
            assert terms.name(facet, key, language) == translation, (facet, key)
            checked += 1
    assert checked >= len(keys) // 2  # new names may wait for their translation


def test_every_key_named_in_the_interface_is_in_the_terms() -> None:
    for facet, (function, _) in FACETS.items():
        for key in english_names(function):
            assert load_terms().name(facet, key, "en"), (facet, key)
