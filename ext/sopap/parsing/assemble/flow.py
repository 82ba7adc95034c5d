"""Checks of the flow as a whole: targets that exist, a last step that is
no decision, every step reachable and every step reaching the end."""

from __future__ import annotations

from sopap.model import flow
from sopap.model.sop import Langkah
from sopap.parsing.assemble.common import Collector
from sopap.parsing.raw import RawBlock


def check_flow(steps: list[Langkah], numbered: list[tuple[int, RawBlock]], out: Collector) -> None:
    if not steps:
        return
    lines = {n: b for n, b in numbered}
    existing = {s.nomor for s in steps}
    broken = False
    for step in steps:
        targets: list[tuple[str, int]] = []
        if step.cabang:
            targets = [("ya", step.cabang.ya.ke), ("tidak", step.cabang.tidak.ke)]
        elif lines[step.nomor].get("berikutnya") is not None:
            targets = [("berikutnya", t) for t in step.berikutnya]
        for name, target in targets:
            block = lines[step.nomor]
            if target not in existing:
                broken = True
                out.add(
                    "cabang",
                    f"'{name}: {target}' pada langkah {step.nomor} menuju langkah {target} yang tidak ada; "
                    f"langkah SOP ini bernomor {steps[0].nomor} sampai {steps[-1].nomor}",
                    block.line_of(name),
                )
            elif target == step.nomor:
                broken = True
                out.add(
                    "cabang",
                    f"'{name}: {target}' pada langkah {step.nomor} menuju dirinya sendiri; tulis nomor langkah "
                    "tujuannya",
                    block.line_of(name),
                )
    last = steps[-1]
    if last.cabang is not None:
        out.add(
            "alur",
            f"langkah terakhir ({last.nomor}) menutup prosedur dan tidak boleh berupa keputusan",
            lines[last.nomor].line,
        )
        return
    if broken:
        return
    edges = flow.graph(steps)
    reached = flow.reachable(edges, steps[0].nomor)
    ending = flow.reaching(edges, last.nomor)
    unreached = [s.nomor for s in steps if s.nomor not in reached]
    stuck = [s.nomor for s in steps if s.nomor in reached and s.nomor not in ending]
    if unreached:
        out.add(
            "alur",
            f"langkah {join(unreached)} tidak dapat dicapai dari langkah {steps[0].nomor}; "
            "periksa 'berikutnya:', 'ya:' dan 'tidak:' langkah sebelumnya",
            lines[unreached[0]].line,
        )
    if stuck:
        out.add(
            "alur",
            f"dari langkah {join(stuck)} prosedur tidak pernah sampai ke langkah terakhir "
            f"({last.nomor}): alurnya berputar tanpa jalan keluar",
            lines[stuck[0]].line,
        )


def join(numbers: list[int]) -> str:
    return ", ".join(map(str, numbers))
