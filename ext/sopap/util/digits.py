"""The one reader of the numbers written in a source: step numbers, branch
targets, catatan targets, revisi, waktu, and a step in a ``{sop:langkah}`` role.

``str.isdigit()`` and ``int()`` accept far more than an author means by a
number: superscripts (``²`` passes ``isdigit()``, then ``int()`` raises),
Arabic-Indic and fullwidth digits, underscores (``1_000``), signs and
surrounding spaces, and strings of any length (``int()`` raises beyond 4,300
digits, ``float()`` turns 400 digits into infinity). Every number of a
source is read here instead: ASCII digits only, at most :data:`MAX_DIGITS`
of them, so anything else is an author's mistake with a clear message and
never an exception.
"""

from __future__ import annotations

import re

#: Longest number a source may write. Nine digits hold every step number,
#: revisi and time standard an SOP can have, and stay far below the lengths
#: where Python's conversions raise.
MAX_DIGITS = 9

_INTEGER = re.compile(r"[0-9]+")
_DECIMAL = re.compile(r"([0-9]+)(?:[.,]([0-9]+))?")


def read_int(text: str, max_digits: int = MAX_DIGITS) -> int | None:
    """The non-negative integer ``text`` writes in ASCII digits, or None.

    No sign, no spaces, no other digits; longer than ``max_digits`` is None.
    """
    if len(text) > max_digits or not _INTEGER.fullmatch(text):
        return None
    return int(text)


def read_decimal(text: str, max_digits: int = MAX_DIGITS) -> int | float | None:
    """``12``, ``1,5`` or ``1.5`` in ASCII digits (an int when there is no
    fraction), or None; each part at most ``max_digits`` digits."""
    match = _DECIMAL.fullmatch(text)
    if match is None:
        return None
    whole, fraction = match.group(1), match.group(2)
    if len(whole) > max_digits or (fraction is not None and len(fraction) > max_digits):
        return None
    return int(whole) if fraction is None else float(f"{whole}.{fraction}")


def too_long(text: str, max_digits: int = MAX_DIGITS) -> bool:
    """``text`` is made of ASCII digits (and a decimal mark) but has more than ``max_digits``."""
    match = _DECIMAL.fullmatch(text)
    return match is not None and any(len(part or "") > max_digits for part in match.groups())


def shown(text: str, limit: int = 24) -> str:
    """``text`` shortened for a message (a 5,000-digit number is not repeated whole)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
