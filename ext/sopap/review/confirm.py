"""What a reviewer still has to confirm in an SOP: inferences and gaps.

A ``koreksi`` note records an OCR fix and needs no decision; an
``inferensi`` (a value restored from context) and a ``tidak-terbaca`` gap
(a field left empty) do: they stay on the reviewer's list until the source
is confirmed against the signed original and the note removed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sopap.model.sop import JenisCatatan, Sop


@dataclass(frozen=True, slots=True)
class ToConfirm:
    inferensi: int
    tidak_terbaca: int

    @property
    def jumlah(self) -> int:
        return self.inferensi + self.tidak_terbaca


def to_confirm(sop: Sop) -> ToConfirm:
    kinds = [c.jenis for c in sop.catatan]
    return ToConfirm(kinds.count(JenisCatatan.INFERENSI), kinds.count(JenisCatatan.TIDAK_TERBACA))
