"""Waktu (mutu baku): present, readable and plausible for one step."""

from __future__ import annotations

from collections.abc import Iterator

from sopap.lint.findings import Severity
from sopap.lint.registry import RUMAH, RuleResult, defines_rule
from sopap.model.sop import JenisCatatan, Sop
from sopap.model.waktu import MENIT_PER_SATUAN

KELOMPOK = "Waktu"

#: Longer than one working month for one step is worth a second look.
BATAS_MENIT = MENIT_PER_SATUAN["bulan"]


def _illegible(sop: Sop, nomor: int) -> bool:
    return any(
        c.langkah == nomor and c.medan == "waktu" and c.jenis is JenisCatatan.TIDAK_TERBACA for c in sop.catatan
    )


@defines_rule(
    "WK01",
    Severity.GALAT,
    "Setiap langkah memiliki waktu yang dapat dibaca (atau dicatat tidak terbaca)",
    kelompok=KELOMPOK,
    pembaca=True,
    invarian=True,
)
def ada(sop: Sop) -> Iterator[RuleResult]:
    for step in sop.langkah:
        if step.waktu is None and not _illegible(sop, step.nomor):
            yield RuleResult(f"waktu langkah {step.nomor} kosong", langkah=step.nomor, medan="waktu")


@defines_rule("WK02", Severity.PERINGATAN, "Waktu yang tidak terbaca pada naskah dilengkapi", kelompok=KELOMPOK)
def dilengkapi(sop: Sop) -> Iterator[RuleResult]:
    for step in sop.langkah:
        if step.waktu is None and _illegible(sop, step.nomor):
            yield RuleResult(
                f"waktu langkah {step.nomor} tidak terbaca pada naskah dan masih kosong; "
                "lengkapi dari naskah asli atau tetapkan ulang",
                langkah=step.nomor,
                medan="waktu",
            )


@defines_rule("WK03", Severity.SARAN, "Waktu satu langkah tidak lebih dari 1 bulan kerja", kelompok=KELOMPOK, dasar=RUMAH)
def wajar(sop: Sop) -> Iterator[RuleResult]:
    for step in sop.langkah:
        if step.waktu is not None and step.waktu.menit > BATAS_MENIT:
            yield RuleResult(
                f"waktu langkah {step.nomor} ({step.waktu.teks()}) lebih dari 1 bulan kerja; "
                "periksa angkanya atau pecah langkahnya",
                langkah=step.nomor,
                medan="waktu",
            )
