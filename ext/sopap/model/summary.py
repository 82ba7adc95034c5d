"""What other pages show of an SOP, kept beside its full model.

The home page list, the sidebar's data, the SOP index, the search index and
objects.inv, Keterkaitan links, "Alur dokumen" of other SOPs and the review
summary need a few facts of every SOP on every build; the full models stay
pickled (:mod:`.lazy`) unless a page of their own is written. Made once when
the source is read. Steps are plain tuples: cheap to load with the
environment, for 7,000 steps as for 70.
"""

from __future__ import annotations

from dataclasses import dataclass

from sopap.model.documents import index_outputs
from sopap.model.paraf import ParafStatus, status_paraf
from sopap.model.sop import JenisCatatan, Sop


@dataclass(frozen=True, slots=True)
class SopSummary:
    id: str
    nama: str
    lampiran: str
    bidang: str
    revisi: int
    jumlah_pelaksana: int
    #: (nomor, ringkasan, output) of each step, in table order
    langkah: tuple[tuple[int, str, tuple[str, ...]], ...]
    paraf: ParafStatus
    inferensi: int  # notes of each kind still to confirm (sopap.review)
    tidak_terbaca: int
    berkas: str | None  # the source file, as the model records it
    baris: int | None  # the line of the {sop} directive
    instansi: str = ""  # its name (sopap.model.sop.Corpus.instansi_of)

    @property
    def jumlah_langkah(self) -> int:
        return len(self.langkah)

    def nomor_langkah(self) -> tuple[int, ...]:
        return tuple(nomor for nomor, _, _ in self.langkah)

    def __reduce__(self):
        # one call per SOP when the environment is loaded, instead of the
        # field-by-field state of a slotted dataclass
        return (SopSummary, tuple(getattr(self, name) for name in self.__slots__))


def summarize(sop: Sop) -> SopSummary:
    kinds = [c.jenis for c in sop.catatan]
    return SopSummary(
        id=sop.id,
        nama=sop.nama,
        lampiran=sop.lampiran,
        bidang=sop.bidang,
        revisi=sop.revisi,
        jumlah_pelaksana=len(sop.pelaksana),
        langkah=tuple((step.nomor, step.ringkasan, step.output) for step in sop.langkah),
        paraf=status_paraf(sop),
        inferensi=kinds.count(JenisCatatan.INFERENSI),
        tidak_terbaca=kinds.count(JenisCatatan.TIDAK_TERBACA),
        berkas=sop.sumber.berkas if sop.sumber else None,
        baris=sop.sumber.baris if sop.sumber else None,
        instansi=sop.instansi,
    )


def producers_of_summaries(items: list[SopSummary]) -> dict[str, tuple[tuple[SopSummary, int], ...]]:
    """:func:`sopap.model.documents.producers` from summaries: normalised
    document name -> every (SOP, step) that outputs it, in the given order."""
    return index_outputs((item, ((nomor, output) for nomor, _, output in item.langkah)) for item in items)
