"""Roman numerals of the lampiran (``XLI``), as printed on the cover page."""

from __future__ import annotations

import re

_ROMAN_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def is_roman(text: str) -> bool:
    return bool(text) and bool(_ROMAN_RE.match(text))


def roman_to_int(text: str) -> int:
    """``"XLVIII"`` -> 48. Raises ``ValueError`` for anything else."""
    if not is_roman(text):
        raise ValueError(f"'{text}' bukan angka Romawi yang sah")
    total = 0
    for char, nxt in zip(text, text[1:] + " "):
        value = _VALUES[char]
        total += -value if nxt != " " and _VALUES[nxt] > value else value
    return total
