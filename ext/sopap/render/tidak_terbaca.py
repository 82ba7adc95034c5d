"""Cells of a step left empty because the signed original is illegible there.

In a valid SOP an empty waktu, kelengkapan or output always carries a
``tidak-terbaca`` note. Printed empty, such a cell reads as "not
applicable"; the lampiran and the handbook fill it with a dotted blank
instead, a place still to be filled in from the original (as the cover does
for a lampiran number that could not be read).
"""

from __future__ import annotations

from sopap.model.sop import JenisCatatan, Langkah, Sop

#: The dotted blank of an illegible cell.
TITIK = "." * 12
#: What a screen reader (and a hover) says about it.
KETERANGAN = "tidak terbaca pada naskah asli; belum diisi"

MEDAN = ("kelengkapan", "waktu", "output")


def unreadable(sop: Sop) -> set[tuple[int, str]]:
    """(step number, field) of every step field noted as illegible."""
    return {
        (c.langkah, c.medan)
        for c in sop.catatan
        if c.jenis is JenisCatatan.TIDAK_TERBACA and c.langkah is not None and c.medan in MEDAN
    }


def is_blank(step: Langkah, medan: str, marked: set[tuple[int, str]]) -> bool:
    """Whether the cell ``medan`` of ``step`` is empty and noted as illegible."""
    value = getattr(step, medan)
    return not value and (step.nomor, medan) in marked
