"""Source lines of an SOP's fields, so that a finding points at its line.

The model keeps only the line of each directive; the directives' capture
(:class:`~sopap.parsing.raw.RawSopFile`) also knows the line of every
option. The map is small plain data, stored with the build environment.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sopap.model.sop import Sop
from sopap.parsing.fields import FieldError, parse_nomor, parse_pelaksana
from sopap.parsing.raw import RawBlock, RawSopFile


@dataclass
class PetaBaris:
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
    def dari_raw(cls, raw: RawSopFile) -> PetaBaris:
        peta = cls(raw.berkas)
        if raw.sop is not None:
            peta.sop = raw.sop.line
            peta.opsi_sop = _options(raw.sop)
            peta.kolom = _kolom(raw.sop)
        for block in raw.langkah:
            try:
                nomor = parse_nomor(block.argument)
            except FieldError:
                continue
            if nomor in peta.langkah or block.line is None:
                continue
            peta.langkah[nomor] = block.line
            for name, line in _options(block).items():
                peta.opsi_langkah[(nomor, name)] = line
        return peta

    @classmethod
    def dari_model(cls, sop: Sop, berkas: str | None = None) -> PetaBaris:
        """Only the directive lines the model kept (or none, for JSON)."""
        peta = cls(berkas or (sop.sumber.berkas if sop.sumber else sop.id))
        peta.sop = sop.sumber.baris if sop.sumber else None
        for step in sop.langkah:
            if step.sumber and step.sumber.baris:
                peta.langkah[step.nomor] = step.sumber.baris
        return peta


def _kolom(block: RawBlock) -> dict[str, int]:
    """Lines of the ``pelaksana`` entries (one per line after ``pelaksana: |``)."""
    option = block.options.get("pelaksana")
    if option is None or option.line is None or not option.value:
        return {}
    try:
        entries = parse_pelaksana(option.value)
    except FieldError:
        return {}
    if len(option.value.splitlines()) == 1:
        return {e.id: option.line for e in entries}
    return {e.id: option.line + 1 + e.baris for e in entries}


def _options(block: RawBlock) -> dict[str, int]:
    return {name: opt.line for name, opt in block.options.items() if opt.line is not None}
