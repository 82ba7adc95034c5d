"""Source lines of an SOP's fields, so that a finding points at its line.

The model keeps only the line of each directive; the directives' capture
also knows the line of every option (:func:`sopap.parsing.lines.lines_from_raw`
makes the full map). The map is small plain data, stored with the build
environment; lint reads it through :meth:`PetaBaris.baris`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sopap.model.sop import Sop


@dataclass
class SourceLines:
    berkas: str
    sop: int | None = None
    opsi_sop: dict[str, int] = field(default_factory=dict)
    langkah: dict[int, int] = field(default_factory=dict)
    opsi_langkah: dict[tuple[int, str], int] = field(default_factory=dict)
    kolom: dict[str, int] = field(default_factory=dict)  # pelaksana id -> its line

    def baris(self, langkah: int | None = None, medan: str | None = None) -> int | None:
        """Line of a field; ``medan`` ``kolom:<id>`` is one pelaksana column."""
        if medan and medan.startswith("kolom:"):
            return self.kolom.get(medan[6:], self.opsi_sop.get("pelaksana", self.sop))
        if langkah is not None:
            if medan and (langkah, medan) in self.opsi_langkah:
                return self.opsi_langkah[(langkah, medan)]
            return self.langkah.get(langkah, self.sop)
        if medan and medan in self.opsi_sop:
            return self.opsi_sop[medan]
        return self.sop

    @classmethod
    def dari_model(cls, sop: Sop, berkas: str | None = None) -> SourceLines:
        """Only the directive lines the model kept (or none, for JSON)."""
        peta = cls(berkas or (sop.sumber.berkas if sop.sumber else sop.id))
        peta.sop = sop.sumber.baris if sop.sumber else None
        for step in sop.langkah:
            if step.sumber and step.sumber.baris:
                peta.langkah[step.nomor] = step.sumber.baris
        return peta

