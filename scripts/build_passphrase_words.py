"""Build the word lists the passphrase meter uses: ``assets/passphrase_words/<lang>.txt``.

zxcvbn only knows English dictionaries, so "te quiero mucho" or "contraseña"
looked strong. These files hold the most common words of each UI language,
most common first (the line number is the word's rank), which
``wellbeing_desk.passphrase_strength`` registers with zxcvbn at run time.

The words come from ``wordfreq`` (PyPI; its data is CC BY-SA 4.0), a build-time
tool only: the app never imports it and reads the committed files. To regenerate
after a wordfreq update or a change to the limits below:

    .venv/bin/pip install wordfreq==3.1.1
    .venv/bin/python scripts/build_passphrase_words.py

then run ``tests/test_passphrase_strength.py`` and commit the changed files.
Only lowercase alphabetic words of two letters or more are kept (numbers,
symbols and single letters are zxcvbn's own business); an apostrophe is
dropped ("don't" becomes "dont", as people type it in passphrases).
"""

import argparse
from importlib import metadata
from pathlib import Path

LANGUAGES = ("en", "es", "fr", "pt", "ar")  # the UI languages (languages.py)
WORDS_PER_LANGUAGE = 40_000
ASSET_DIR = Path(__file__).resolve().parents[1] / "assets" / "passphrase_words"


def common_words(language: str, count: int) -> list[str]:
    """The ``count`` most common usable words of ``language``, most common first."""
    from wordfreq import top_n_list  # build time only

    words: list[str] = []
    seen: set[str] = set()
    # Ask for more than needed: numbers, symbols and duplicates are dropped.
    for token in top_n_list(language, count * 2):
        word = token.lower().replace("'", "").replace("’", "")
        if len(word) < 2 or not word.isalpha() or word in seen:
            continue
        seen.add(word)
        words.append(word)
        if len(words) == count:
            break
    return words


def write_list(language: str, words: list[str], folder: Path) -> Path:
    version = metadata.version("wordfreq")
    path = folder / f"{language}.txt"
    header = (
        f"# The {len(words)} most common '{language}' words, most common first, "
        f"from wordfreq {version} (CC BY-SA 4.0). "
        "Regenerate with scripts/build_passphrase_words.py.\n"
    )
    path.write_text(header + "\n".join(words) + "\n", encoding="utf-8", newline="\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=WORDS_PER_LANGUAGE)
    parser.add_argument("--out", type=Path, default=ASSET_DIR)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    total = 0
    for language in LANGUAGES:
        path = write_list(language, common_words(language, args.count), args.out)
        size = path.stat().st_size
        total += size
        print(f"{path}: {size / 1024:.0f} KiB")
    print(f"total: {total / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
