"""The identity of an SOP: the ``{sop}`` block's fields and its revisi."""

from __future__ import annotations

from sopap.parsing.assemble.common import Collector
from sopap.parsing.fields import clean_text
from sopap.parsing.raw import RawBlock
from sopap.util import digits


def revisi(block: RawBlock, out: Collector) -> int:
    text = clean_text(block.get("revisi"))
    if not text:
        return 0
    number = digits.read_int(text)
    if number is None:
        out.add("identitas", f"revisi '{digits.shown(text)}' {revisi_rule(text)}", block.line_of("revisi"))
        return 0
    return number


def revisi_rule(text: str) -> str:
    """What a revisi must be, for a text that is not one."""
    if digits.too_long(text):
        return f"terlalu besar; revisi paling banyak {digits.MAX_DIGITS} angka"
    return "harus bilangan bulat 0, 1, 2, ... (0: naskah pertama yang ditandatangani)"
