"""Uraian: filled, every sentence and rincian opens with an active verb, and
a decision asks its question.

A decision box (belah ketupat) is a question with two answers: "Apakah
berkas lengkap?" is the standard wording, not a missing verb. So a
question is accepted as the uraian of a decision and checked as one: it
ends with "?" and its step has both branches.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopap.lint.findings import Severity
from sopap.lint.registry import RUMAH, RuleResult, defines_rule, register_rule
from sopap.lint.verbs import is_question, nilai
from sopap.model.sop import Sop

KELOMPOK = "Uraian"

register_rule("UR01", Severity.GALAT, "Uraian prosedur setiap langkah terisi", kelompok=KELOMPOK, pembaca=True)


@defines_rule("UR02", Severity.PERINGATAN, "Uraian dan setiap rinciannya diawali kata kerja aktif", kelompok=KELOMPOK)
def kata_kerja_aktif(sop: Sop) -> Iterator[RuleResult]:
    for step in sop.langkah:
        # a question is judged by UR03, not as a sentence that lacks a verb
        parts = [("uraian", step.uraian)] if step.uraian and not is_question(step.uraian) else []
        parts += [(f"rincian {chr(ord('a') + i)}.", text) for i, text in enumerate(step.rincian)]
        for where, text in parts:
            result = nilai(text)
            if not result.aktif:
                yield RuleResult(f"{where} langkah {step.nomor} {result.alasan}", langkah=step.nomor)


@defines_rule(
    "UR03",
    Severity.PERINGATAN,
    "Uraian berupa pertanyaan hanya pada keputusan, dan diakhiri '?'",
    kelompok=KELOMPOK,
    dasar=RUMAH,
)
def pertanyaan_keputusan(sop: Sop) -> Iterator[RuleResult]:
    for step in sop.langkah:
        text = step.uraian.strip()
        if not text or not is_question(text):
            continue
        if step.cabang is None:
            yield RuleResult(
                f"uraian langkah {step.nomor} berupa pertanyaan ('{text}'), tetapi langkah ini bukan keputusan; "
                "tulis tujuan kedua jawabannya dengan 'ya:' dan 'tidak:', atau tulis uraian sebagai "
                "kegiatan yang diawali kata kerja aktif",
                langkah=step.nomor,
            )
        elif not text.endswith("?"):
            yield RuleResult(
                f"uraian keputusan langkah {step.nomor} adalah pertanyaan; akhiri dengan '?' "
                f"(misalnya '{text.rstrip('.')}?')",
                langkah=step.nomor,
            )
