"""The identity of an SOP: the ``{sop}`` block's fields and its revisi."""

from __future__ import annotations

from sopap.parsing.assemble.common import Collector
from sopap.parsing.fields import clean_text
from sopap.parsing.raw import RawBlock


def revisi(block: RawBlock, out: Collector) -> int:
    text = clean_text(block.get("revisi"))
    if not text:
        return 0
    if not text.isdigit():
        out.add(
            "identitas",
            f"revisi '{text}' harus bilangan bulat 0, 1, 2, ... (0: naskah pertama yang ditandatangani)",
            block.line_of("revisi"),
        )
        return 0
    return int(text)
