"""Paraf koordinasi of a revision: who has initialled it, who has not.

Bagian Organisasi and the owning Kabid initial every page of an SOP before
the Kepala Dinas signs it. A revision lacking the paraf of any role named in
the Paraf Koordinasi box is a draft: its page carries a banner and its PDF a
"DRAF" watermark. Roles are compared after a light normalisation (case,
spaces, dots), as "Kabag. Organisasi" and "Kabag Organisasi" are one role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sopap.model.sop import Paraf, Sop


def normalize_jabatan(text: str) -> str:
    return re.sub(r"[\s.,]+", " ", text).strip().lower()


@dataclass(frozen=True, slots=True)
class ParafStatus:
    """The paraf of one revision, per role of the Paraf Koordinasi box."""

    revisi: int
    #: (jabatan as printed in the box, its paraf for this revision or None)
    per_jabatan: tuple[tuple[str, Paraf | None], ...]

    @property
    def kurang(self) -> tuple[str, ...]:
        """Roles without a paraf for this revision."""
        return tuple(jabatan for jabatan, paraf in self.per_jabatan if paraf is None)

    @property
    def draf(self) -> bool:
        return bool(self.kurang)


def paraf_of(sop: Sop, jabatan: str, revisi: int | None = None) -> Paraf | None:
    """The paraf recorded for ``jabatan`` on ``revisi`` (default: the SOP's)."""
    revisi = sop.revisi if revisi is None else revisi
    key = normalize_jabatan(jabatan)
    for paraf in sop.paraf:
        if paraf.revisi == revisi and normalize_jabatan(paraf.jabatan) == key:
            return paraf
    return None


def status_paraf(sop: Sop) -> ParafStatus:
    """Who has initialled the SOP's current revision."""
    return ParafStatus(
        sop.revisi,
        tuple((jabatan, paraf_of(sop, jabatan)) for jabatan in sop.paraf_koordinasi),
    )
