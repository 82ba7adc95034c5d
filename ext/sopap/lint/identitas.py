"""Identity complete: the fields of the official identity page are filled."""

from __future__ import annotations

from collections.abc import Iterator

from sopap.lint.findings import Tingkat
from sopap.lint.registry import RUMAH, Hasil, aturan, daftar
from sopap.model.sop import JenisCatatan, Sop

KELOMPOK = "Identitas"

daftar("ID01", Tingkat.GALAT, "Isian identitas wajib terisi", kelompok=KELOMPOK, pembaca=True)

#: Identity fields the form prints that the reader accepts empty ("").
KOP = (
    ("nomor", "Nomor SOP"),
    ("tanggal-pembuatan", "Tanggal Pembuatan"),
    ("tanggal-pengesahan", "Tanggal Pengesahan"),
)


def _illegible(sop: Sop, medan: str) -> bool:
    return any(
        c.langkah is None and c.medan == medan and c.jenis is JenisCatatan.TIDAK_TERBACA for c in sop.catatan
    )


@aturan("ID02", Tingkat.PERINGATAN, "Nomor SOP, Tanggal Pembuatan dan Tanggal Pengesahan terisi", kelompok=KELOMPOK)
def kop_terisi(sop: Sop) -> Iterator[Hasil]:
    values = {
        "nomor": sop.identitas.nomor,
        "tanggal-pembuatan": sop.identitas.tanggal_pembuatan,
        "tanggal-pengesahan": sop.identitas.tanggal_pengesahan,
    }
    for medan, label in KOP:
        if not values[medan]:
            why = " (tidak terbaca pada naskah)" if _illegible(sop, medan) else ""
            yield Hasil(f"{label} belum diisi{why}", medan=medan)


@aturan("ID03", Tingkat.PERINGATAN, "Nomor lampiran (angka Romawi) terbaca", kelompok=KELOMPOK)
def lampiran_terisi(sop: Sop) -> Iterator[Hasil]:
    if not sop.lampiran:
        yield Hasil(
            "nomor lampiran belum terbaca; lampiran PDF-nya diletakkan di akhir Keputusan",
            medan="lampiran",
        )


@aturan(
    "ID04",
    Tingkat.PERINGATAN,
    "Tanggal Revisi terisi untuk revisi 1 dan seterusnya",
    kelompok=KELOMPOK,
    dasar=RUMAH,
)
def tanggal_revisi(sop: Sop) -> Iterator[Hasil]:
    if sop.revisi > 0 and not sop.identitas.tanggal_revisi:
        yield Hasil(f"naskah ini revisi {sop.revisi} tetapi Tanggal Revisi belum diisi", medan="tanggal-revisi")
