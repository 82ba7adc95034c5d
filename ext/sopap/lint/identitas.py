"""Identity complete: the fields of the official identity page are filled."""

from __future__ import annotations

from collections.abc import Iterator

from sopap.lint.findings import Severity
from sopap.lint.registry import RUMAH, RuleResult, defines_rule, register_rule
from sopap.model.sop import JenisCatatan, Sop

KELOMPOK = "Identitas"

register_rule("ID01", Severity.GALAT, "Isian identitas wajib terisi", kelompok=KELOMPOK, pembaca=True)

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


@defines_rule("ID02", Severity.PERINGATAN, "Nomor SOP, Tanggal Pembuatan dan Tanggal Pengesahan terisi", kelompok=KELOMPOK)
def kop_terisi(sop: Sop) -> Iterator[RuleResult]:
    values = {
        "nomor": sop.identitas.nomor,
        "tanggal-pembuatan": sop.identitas.tanggal_pembuatan,
        "tanggal-pengesahan": sop.identitas.tanggal_pengesahan,
    }
    for medan, label in KOP:
        if not values[medan]:
            why = " (tidak terbaca pada naskah)" if _illegible(sop, medan) else ""
            yield RuleResult(f"{label} belum diisi{why}", medan=medan)


@defines_rule("ID03", Severity.PERINGATAN, "Nomor lampiran (angka Romawi) terbaca", kelompok=KELOMPOK)
def lampiran_terisi(sop: Sop) -> Iterator[RuleResult]:
    if not sop.lampiran:
        yield RuleResult(
            "nomor lampiran belum terbaca; lampiran PDF-nya diletakkan di akhir Keputusan",
            medan="lampiran",
        )


@defines_rule(
    "ID04",
    Severity.PERINGATAN,
    "Tanggal Revisi terisi untuk revisi 1 dan seterusnya",
    kelompok=KELOMPOK,
    dasar=RUMAH,
)
def tanggal_revisi(sop: Sop) -> Iterator[RuleResult]:
    if sop.revisi > 0 and not sop.identitas.tanggal_revisi:
        yield RuleResult(f"naskah ini revisi {sop.revisi} tetapi Tanggal Revisi belum diisi", medan="tanggal-revisi")
