"""Uraian: filled, and every sentence and rincian opens with an active verb."""

from __future__ import annotations

from collections.abc import Iterator

from sopap.lint.findings import Severity
from sopap.lint.registry import RuleResult, defines_rule, register_rule
from sopap.lint.verbs import nilai
from sopap.model.sop import Sop

KELOMPOK = "Uraian"

register_rule("UR01", Severity.GALAT, "Uraian prosedur setiap langkah terisi", kelompok=KELOMPOK, pembaca=True)


@defines_rule("UR02", Severity.PERINGATAN, "Uraian dan setiap rinciannya diawali kata kerja aktif", kelompok=KELOMPOK)
def kata_kerja_aktif(sop: Sop) -> Iterator[RuleResult]:
    for step in sop.langkah:
        parts = [("uraian", step.uraian)] if step.uraian else []
        parts += [(f"rincian {chr(ord('a') + i)}.", text) for i, text in enumerate(step.rincian)]
        for where, text in parts:
            result = nilai(text)
            if not result.aktif:
                yield RuleResult(f"{where} langkah {step.nomor} {result.alasan}", langkah=step.nomor)
