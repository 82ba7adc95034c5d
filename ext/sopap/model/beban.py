"""The workload an SOP implies, from its time standards alone (no log).

"Beban kerja" (workload) in the sense of the government's analisis beban
kerja. One case walks the SOP's main path (:func:`sopap.model.paths.main_path`:
from the first step to the last, each decision taking its forward branch).
The sum of the waktu of those steps is the standard a whole case is held
to (the line in the monitoring's cycle-time plot); summed per pelaksana it
is the working time one case asks of each position. Steps without a waktu
add nothing and are counted, so a reader sees the sum is a lower bound.

The handbook shows it on each SOP page (:mod:`sopap.render.html.beban`),
the monitoring form plots it against the cycle time of the cases.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sopap.model.paths import main_path
from sopap.model.sop import Sop


@dataclass(frozen=True, slots=True)
class BebanPelaksana:
    """One pelaksana's share of one case on the main path."""

    pelaksana: str
    nama: str
    langkah: tuple[int, ...]
    menit: float


@dataclass(frozen=True, slots=True)
class Beban:
    """The time standards of one case of an SOP, in working minutes."""

    sop: str
    menit: float
    langkah: tuple[int, ...]  # the main path, in order
    tanpa_waktu: tuple[int, ...]  # steps on it without a waktu
    pelaksana: tuple[BebanPelaksana, ...] = field(default=())


def beban(sop: Sop) -> Beban:
    """Sum of time standards along the main path, in total and per pelaksana.

    The SOP's flow must be whole (:func:`walkable`): sources with problems
    are refused before any output is made from them.
    """
    steps = [sop.langkah_by_nomor(item.nomor) for item in main_path(sop)]
    per: dict[str, tuple[list[int], float]] = {p.id: ([], 0.0) for p in sop.pelaksana}
    for step in steps:
        nomor, menit = per.setdefault(step.pelaksana, ([], 0.0))
        nomor.append(step.nomor)
        per[step.pelaksana] = (nomor, menit + (step.waktu.menit if step.waktu else 0.0))
    names = {p.id: p.nama for p in sop.pelaksana}
    return Beban(
        sop=sop.id,
        menit=sum(s.waktu.menit for s in steps if s.waktu),
        langkah=tuple(s.nomor for s in steps),
        tanpa_waktu=tuple(s.nomor for s in steps if s.waktu is None),
        pelaksana=tuple(
            BebanPelaksana(pid, names.get(pid, pid), tuple(nomor), menit) for pid, (nomor, menit) in per.items() if nomor
        ),
    )


def walkable(sop: Sop) -> bool:
    """Whether a case can walk the SOP from its first step to its last: every
    target exists and the last step is reached (the page of a source with
    problems is still drawn, without this section)."""
    numbers = {step.nomor for step in sop.langkah}
    if not numbers:
        return False
    for step in sop.langkah:
        targets = (step.cabang.ya.ke, step.cabang.tidak.ke) if step.cabang else step.berikutnya
        if any(t not in numbers for t in targets):
            return False
    try:
        main_path(sop)
    except ValueError:
        return False
    return True
