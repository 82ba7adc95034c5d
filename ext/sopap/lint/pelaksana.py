"""Pelaksana: one actor per step, and no empty actor column."""

from __future__ import annotations

from collections.abc import Iterator

from sopap.lint.findings import Severity
from sopap.lint.registry import RuleResult, defines_rule
from sopap.model.sop import Sop

KELOMPOK = "Pelaksana"


@defines_rule(
    "PL01",
    Severity.GALAT,
    "Setiap langkah memiliki tepat satu pelaksana dari kolom pelaksana",
    kelompok=KELOMPOK,
    pembaca=True,
    invarian=True,
)
def satu_pelaksana(sop: Sop) -> Iterator[RuleResult]:
    known = {p.id for p in sop.pelaksana}
    for step in sop.langkah:
        if not step.pelaksana:
            yield RuleResult(f"langkah {step.nomor} tidak memiliki pelaksana", langkah=step.nomor, medan="pelaksana")
        elif step.pelaksana not in known:
            yield RuleResult(
                f"pelaksana '{step.pelaksana}' langkah {step.nomor} bukan kolom pelaksana SOP ini",
                langkah=step.nomor,
                medan="pelaksana",
            )


@defines_rule("PL02", Severity.GALAT, "Setiap kolom pelaksana dipakai oleh sedikitnya satu langkah", kelompok=KELOMPOK)
def kolom_dipakai(sop: Sop) -> Iterator[RuleResult]:
    used = {step.pelaksana for step in sop.langkah}
    if "" in used:
        return  # a step whose pelaksana could not be read (already reported) may be the user
    for column in sop.pelaksana:
        if column.id not in used:
            yield RuleResult(
                f"kolom pelaksana '{column.nama}' ({column.id}) tidak dipakai langkah mana pun; "
                "hapus kolomnya atau tetapkan langkahnya",
                medan=f"kolom:{column.id}",
            )
