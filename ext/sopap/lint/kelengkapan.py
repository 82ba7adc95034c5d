"""Kelengkapan: each is produced by an earlier step or named as external.

Consistent with the conformance suite (:mod:`sopap.model.paths`), which
supplies at case start every kelengkapan no earlier step produces: the rule
does not change what a case needs, it asks the author to say so on purpose,
so that a misspelt document ("Draf laporan" for "Draf laporan diparaf
Kabid") is caught instead of silently becoming an outside input. The first
step's kelengkapan come from outside by nature and need no mark.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from sopap.lint.findings import Severity
from sopap.lint.registry import RUMAH, RuleResult, defines_rule, register_rule
from sopap.model.documents import normalize_dokumen
from sopap.model.sop import Sop

KELOMPOK = "Kelengkapan"

#: How alike an earlier output must be to be named as the likely meant one.
MIRIP = 0.75


def _closest(name: str, produced: dict[str, tuple[str, int]]) -> tuple[str, int] | None:
    key = normalize_dokumen(name)
    best: tuple[float, str] | None = None
    for other in produced:
        ratio = difflib.SequenceMatcher(None, key, other, autojunk=False).ratio()
        if ratio >= MIRIP and (best is None or ratio > best[0]):
            best = (ratio, other)
    return produced[best[1]] if best else None


@defines_rule(
    "KL01",
    Severity.PERINGATAN,
    "Setiap kelengkapan dibuat oleh langkah sebelumnya atau ditandai datang dari luar",
    kelompok=KELOMPOK,
)
def asal_kelengkapan(sop: Sop) -> Iterator[RuleResult]:
    produced: dict[str, tuple[str, int]] = {}  # normalised -> (as written, step)
    for index, step in enumerate(sop.langkah):
        luar = {normalize_dokumen(d) for d in step.kelengkapan_luar}
        for doc in step.kelengkapan:
            key = normalize_dokumen(doc)
            if index == 0 or key in produced or key in luar:
                continue
            hint = ""
            near = _closest(doc, produced)
            if near is not None:
                hint = f"; mirip output langkah {near[1]} '{near[0]}', salah tulis?"
            yield RuleResult(
                f"kelengkapan '{doc}' langkah {step.nomor} tidak dibuat oleh langkah sebelumnya; "
                f"bila datang dari luar prosedur, tulis juga di 'kelengkapan-luar:' langkah ini{hint}",
                langkah=step.nomor,
                medan="kelengkapan",
            )
        for doc in step.output:
            produced.setdefault(normalize_dokumen(doc), (doc, step.nomor))


@defines_rule(
    "KL02",
    Severity.SARAN,
    "Hanya dokumen yang tidak dibuat di dalam prosedur yang ditandai datang dari luar",
    kelompok=KELOMPOK,
    dasar=RUMAH,
)
def luar_tidak_perlu(sop: Sop) -> Iterator[RuleResult]:
    produced: dict[str, int] = {}
    for step in sop.langkah:
        for doc in step.kelengkapan_luar:
            source = produced.get(normalize_dokumen(doc))
            if source is not None:
                yield RuleResult(
                    f"'{doc}' pada langkah {step.nomor} ditandai datang dari luar, padahal dibuat "
                    f"oleh langkah {source}",
                    langkah=step.nomor,
                    medan="kelengkapan-luar",
                )
        for doc in step.output:
            produced.setdefault(normalize_dokumen(doc), step.nomor)


register_rule(
    "KL03",
    Severity.GALAT,
    "Isian 'kelengkapan-luar:' hanya menyebut kelengkapan langkah itu sendiri",
    kelompok=KELOMPOK,
    dasar=RUMAH,
    pembaca=True,
)
