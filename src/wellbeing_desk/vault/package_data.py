"""Where the app's shipped data files are (the one definition; ``paths`` re-exports it).

It lives in the vault layer because the vault reads shipped data too (the
directory's search terms) and imports nothing of the app outside itself.
"""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]  # src/wellbeing_desk, or site-packages/…


def assets_dir() -> Path:
    """Assets inside an installed wheel, else the source tree's ``assets/``."""
    packaged = _PACKAGE / "assets"
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parents[1] / "assets"
