"""Flowchart: the five symbols, terminators, decisions, flow and numbering.

From sources these hold by construction (symbols are derived from a step's
place, the reader checks targets and reachability), so the model checks
here are invariants: they matter for a ``sopap/1`` file made elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopap.lint.findings import Severity
from sopap.lint.registry import RuleResult, defines_rule
from sopap.model import flow
from sopap.model.sop import Simbol, Sop

KELOMPOK = "Simbol dan alur"

NAMA_SIMBOL = {
    Simbol.KAPSUL: "kapsul",
    Simbol.KOTAK: "kotak",
    Simbol.BELAH_KETUPAT: "belah ketupat",
}


@defines_rule(
    "SB01",
    Severity.GALAT,
    "Hanya lima simbol baku: kapsul, kotak, belah ketupat, anak panah, segi lima; "
    "hanya belah ketupat yang bercabang",
    kelompok=KELOMPOK,
    pembaca=True,
    invarian=True,
)
def lima_simbol(sop: Sop) -> Iterator[RuleResult]:
    for step in sop.langkah:
        if not isinstance(step.simbol, Simbol):
            yield RuleResult(f"simbol langkah {step.nomor} '{step.simbol}' bukan simbol baku", langkah=step.nomor)
        elif step.keputusan and step.simbol is not Simbol.BELAH_KETUPAT:
            yield RuleResult(
                f"langkah {step.nomor} adalah keputusan tetapi bersimbol {NAMA_SIMBOL[step.simbol]}; "
                "keputusan digambar dengan belah ketupat",
                langkah=step.nomor,
            )
        elif not step.keputusan and step.simbol is Simbol.BELAH_KETUPAT:
            yield RuleResult(
                f"langkah {step.nomor} bersimbol belah ketupat tetapi tidak memiliki cabang ya/tidak",
                langkah=step.nomor,
            )
        elif not step.keputusan and len(step.berikutnya) > 1:
            yield RuleResult(
                f"langkah {step.nomor} menuju {len(step.berikutnya)} langkah tanpa keputusan; "
                "percabangan hanya boleh lewat belah ketupat",
                langkah=step.nomor,
            )


@defines_rule(
    "SB02",
    Severity.GALAT,
    "Langkah pertama dan terakhir berupa kapsul (terminator), langkah lain tidak",
    kelompok=KELOMPOK,
    pembaca=True,
    invarian=True,
)
def terminator(sop: Sop) -> Iterator[RuleResult]:
    last = len(sop.langkah) - 1
    for index, step in enumerate(sop.langkah):
        ends = index in (0, last)
        if ends and not step.keputusan and step.simbol is not Simbol.KAPSUL:
            where = "pertama" if index == 0 else "terakhir"
            yield RuleResult(
                f"langkah {where} ({step.nomor}) harus bersimbol kapsul, bukan {NAMA_SIMBOL.get(step.simbol, step.simbol)}",
                langkah=step.nomor,
            )
        elif not ends and step.simbol is Simbol.KAPSUL:
            yield RuleResult(
                f"langkah {step.nomor} bersimbol kapsul padahal bukan langkah pertama atau terakhir",
                langkah=step.nomor,
            )


@defines_rule(
    "AL01",
    Severity.GALAT,
    "Setiap keputusan memiliki dua cabang berlabel yang menuju langkah yang ada",
    kelompok=KELOMPOK,
    pembaca=True,
    invarian=True,
)
def cabang(sop: Sop) -> Iterator[RuleResult]:
    numbers = {step.nomor for step in sop.langkah}
    for step in sop.langkah:
        if step.cabang is None:
            continue
        arah = (("ya", step.cabang.ya), ("tidak", step.cabang.tidak))
        for name, a in arah:
            if not a.label.strip():
                yield RuleResult(f"cabang '{name}' keputusan langkah {step.nomor} tidak berlabel", langkah=step.nomor)
            if a.ke not in numbers:
                yield RuleResult(
                    f"cabang '{name}' langkah {step.nomor} menuju langkah {a.ke} yang tidak ada",
                    langkah=step.nomor,
                    medan=name,
                )
            elif a.ke == step.nomor:
                yield RuleResult(f"cabang '{name}' langkah {step.nomor} menuju dirinya sendiri", langkah=step.nomor, medan=name)
        if step.cabang.ya.label.strip().lower() == step.cabang.tidak.label.strip().lower():
            yield RuleResult(f"kedua cabang keputusan langkah {step.nomor} berlabel sama", langkah=step.nomor)


@defines_rule(
    "AL02",
    Severity.GALAT,
    "Setiap langkah dapat dicapai dari langkah pertama dan sampai ke langkah terakhir",
    kelompok=KELOMPOK,
    pembaca=True,
    invarian=True,
)
def tercapai(sop: Sop) -> Iterator[RuleResult]:
    if not sop.langkah:
        return
    edges = flow.graph(sop.langkah)
    first, last = sop.langkah[0], sop.langkah[-1]
    if last.keputusan:
        yield RuleResult(f"langkah terakhir ({last.nomor}) tidak boleh berupa keputusan", langkah=last.nomor)
    reached = flow.reachable(edges, first.nomor)
    ending = flow.reaching(edges, last.nomor)
    for step in sop.langkah:
        if step.nomor not in reached:
            yield RuleResult(f"langkah {step.nomor} tidak dapat dicapai dari langkah {first.nomor}", langkah=step.nomor)
        elif step.nomor not in ending:
            yield RuleResult(f"dari langkah {step.nomor} prosedur tidak sampai ke langkah terakhir", langkah=step.nomor)


@defines_rule(
    "NO01",
    Severity.GALAT,
    "Langkah bernomor 1, 2, 3, ... berurutan tanpa ganda atau loncatan",
    kelompok=KELOMPOK,
    pembaca=True,
    invarian=True,
)
def bernomor(sop: Sop) -> Iterator[RuleResult]:
    numbers = [step.nomor for step in sop.langkah]
    if numbers != list(range(1, len(numbers) + 1)):
        yield RuleResult("nomor langkah " + ", ".join(map(str, numbers)) + " tidak berurutan 1, 2, 3, ...")
