"""Codes people copy by hand: Crockford base32 symbols and a check symbol, in groups of four.

Shared by the vault's recovery code and the sync pairing code (it lives in the
vault, which imports nothing from the rest of the app). A code holds a
number written as ``data_symbols`` base32 symbols (5 bits each, most
significant first), then one check symbol: the number mod 37, from
Crockford's 37-symbol check alphabet. Because 37 is prime and does not divide
32 or 31, the check symbol catches every single changed symbol (the check
symbol included) and every swap of two adjacent different symbols.

Reading is forgiving: any case, spaces or dashes anywhere, i/l read as 1 and
o as 0. What is wrong is raised as a ``CodeTextError`` subclass carrying the
facts; each kind of code says it in its own words.
"""

from collections.abc import Callable

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_ALPHABET = ALPHABET + "*~$=U"  # Crockford's five extra check symbols (mod 37)
CHECK_MODULUS = 37
GROUP_SIZE = 4
BITS_PER_SYMBOL = 5

_SEPARATORS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")
# Crockford decoding: either case; i and l are read as 1, o as 0.
_DATA_VALUES = {
    **{symbol: value for value, symbol in enumerate(ALPHABET)},
    **{symbol.lower(): value for value, symbol in enumerate(ALPHABET)},
    **dict.fromkeys("iIlL", 1),
    **dict.fromkeys("oO", 0),
}
_CHECK_VALUES = {**_DATA_VALUES, "*": 32, "~": 33, "$": 34, "=": 35, "U": 36, "u": 36}


class CodeTextError(ValueError):
    """Typed text that is not a well-formed code."""


class CodeLengthError(CodeTextError):
    """The wrong number of symbols (``count``: how many were given)."""

    def __init__(self, count: int) -> None:
        super().__init__(f"{count} symbols")
        self.count = count


class CodeSymbolError(CodeTextError):
    """A character that is no code symbol."""

    def __init__(self, symbol: str) -> None:
        super().__init__(f"{symbol!r} is not a code symbol")
        self.symbol = symbol


class CodeCheckError(CodeTextError):
    """The check symbol does not match the others: a typo."""


def random_code(data_symbols: int, random_bytes: Callable[[int], bytes]) -> str:
    """A new code of ``data_symbols`` random symbols (5 random bits each) and its check."""
    bits = BITS_PER_SYMBOL * data_symbols
    value = int.from_bytes(random_bytes((bits + 7) // 8), "big") % (1 << bits)
    return encode(value, data_symbols)


def encode(value: int, data_symbols: int) -> str:
    """``value`` (under 32 ** data_symbols) as grouped symbols with its check symbol."""
    if not 0 <= value < 1 << (BITS_PER_SYMBOL * data_symbols):
        raise ValueError("the value does not fit in that many symbols")
    shifts = reversed(range(data_symbols))
    symbols = [ALPHABET[(value >> (BITS_PER_SYMBOL * i)) & 31] for i in shifts]
    text = "".join(symbols) + CHECK_ALPHABET[value % CHECK_MODULUS]
    return "-".join(text[i : i + GROUP_SIZE] for i in range(0, len(text), GROUP_SIZE))


def decode(text: str, data_symbols: int, max_text: int) -> int:
    """The number a typed code holds, once its check symbol agrees.

    Text longer than ``max_text`` is refused before it is scanned.
    """
    if len(text) > max_text:
        raise CodeLengthError(len(text))
    symbols = [c for c in text if c not in _SEPARATORS and not c.isspace()]
    if len(symbols) != data_symbols + 1:
        raise CodeLengthError(len(symbols))
    value = 0
    for symbol in symbols[:-1]:
        if symbol not in _DATA_VALUES:
            raise CodeSymbolError(symbol)
        value = value * 32 + _DATA_VALUES[symbol]
    check = symbols[-1]
    if check not in _CHECK_VALUES:
        raise CodeSymbolError(check)
    if _CHECK_VALUES[check] != value % CHECK_MODULUS:
        raise CodeCheckError("the check symbol does not match")
    return value
