"""Paths through an SOP and the documents a case needs along them.

A case of an SOP holds one token: exactly one step is ready at a time (a
step has one successor, a decision two; the last step in table order ends
the case). The conformance features and the suite's steps both need the
same answers: which steps lead to a step, which branch is taken at each
decision on the way, and which kelengkapan must come from outside the case
at each step. Keeping them here makes the generated features and the
runtime agree by construction.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass

from sopap.model.documents import normalize_dokumen
from sopap.model.flow import is_back_edge
from sopap.model.sop import Langkah, Sop


@dataclass(frozen=True, slots=True)
class Route:
    """One completion on a path: the step and, for a decision, the branch."""

    nomor: int
    keputusan: str | None = None  # "ya" / "tidak" for a decision step


def target(step: Langkah, keputusan: str | None) -> int | None:
    """The step that becomes ready after ``step`` (``None``: the case ends)."""
    if step.cabang is not None:
        arah = step.cabang.ya if keputusan == "ya" else step.cabang.tidak
        return arah.ke
    return step.berikutnya[0] if step.berikutnya else None


def _branches(sop: Sop, step: Langkah) -> list[tuple[str | None, int]]:
    """Outgoing edges in preference order: forward branches before back-edges."""
    if step.cabang is None:
        return [(None, n) for n in step.berikutnya[:1]]
    edges = [("ya", step.cabang.ya.ke), ("tidak", step.cabang.tidak.ke)]
    return sorted(edges, key=lambda e: is_back_edge(sop, step.nomor, e[1]))


def path_to(sop: Sop, nomor: int) -> tuple[Route, ...]:
    """Completions that make step ``nomor`` ready, by the shortest route.

    Breadth-first from the first step, trying forward branches before
    back-edges, so the result is deterministic. Empty for the first step.
    """
    first = sop.langkah[0].nomor
    if nomor == first:
        return ()
    came: dict[int, tuple[int, str | None]] = {}
    queue = deque([first])
    seen = {first}
    steps = {s.nomor: s for s in sop.langkah}
    while queue:
        current = queue.popleft()
        for keputusan, nxt in _branches(sop, steps[current]):
            if nxt in seen:
                continue
            seen.add(nxt)
            came[nxt] = (current, keputusan)
            if nxt == nomor:
                return _unwind(came, first, nomor)
            queue.append(nxt)
    raise ValueError(f"langkah {nomor} tidak dapat dicapai dari langkah {first}")


def _unwind(came: dict[int, tuple[int, str | None]], first: int, nomor: int) -> tuple[Route, ...]:
    result: list[Route] = []
    node = nomor
    while node != first:
        prev, keputusan = came[node]
        result.append(Route(prev, keputusan))
        node = prev
    return tuple(reversed(result))


def main_path(sop: Sop) -> tuple[Route, ...]:
    """The whole case: every completion from the first step to the last."""
    last = sop.langkah[-1]
    return (*path_to(sop, last.nomor), Route(last.nomor, _forward_choice(sop, last)))


def _forward_choice(sop: Sop, step: Langkah) -> str | None:
    if step.cabang is None:
        return None
    return _branches(sop, step)[0][0]


def _lacking(step: Langkah, have: Container[str]) -> tuple[str, ...]:
    """Kelengkapan of ``step`` whose normalised name is not in ``have``, each once."""
    result: list[str] = []
    seen: set[str] = set()
    for doc in step.kelengkapan:
        key = normalize_dokumen(doc)
        if key not in have and key not in seen:
            seen.add(key)
            result.append(doc)
    return tuple(result)


class CaseFile:
    """The documents a case holds, as the model predicts them.

    Starts with what the case was started with; grows by the documents
    supplied with each step and by each step's output.
    """

    def __init__(self, awal: Iterable[str] = ()) -> None:
        self._names: dict[str, str] = {}
        self.add(awal)

    def add(self, docs: Iterable[str]) -> None:
        for doc in docs:
            self._names.setdefault(normalize_dokumen(doc), doc)

    def __contains__(self, doc: str) -> bool:
        return normalize_dokumen(doc) in self._names

    def names(self) -> tuple[str, ...]:
        return tuple(self._names.values())

    def supply_for(self, step: Langkah) -> tuple[str, ...]:
        """What must be supplied with ``step``: kelengkapan the case lacks."""
        return _lacking(step, self._names)  # keyed by normalised name already

    def complete(self, step: Langkah, supplied: Sequence[str]) -> None:
        self.add(supplied)
        self.add(step.output)


def case_file_after(sop: Sop, path: Sequence[Route], awal: Iterable[str] = ()) -> CaseFile:
    """The case's documents after completing ``path`` with the needed supplies."""
    berkas = CaseFile(awal)
    for item in path:
        step = sop.langkah_by_nomor(item.nomor)
        berkas.complete(step, berkas.supply_for(step))
    return berkas


def outside_inputs(sop: Sop) -> tuple[str, ...]:
    """Every document the whole case needs from outside, in order of need."""
    berkas = CaseFile()
    result: list[str] = []
    for item in main_path(sop):
        step = sop.langkah_by_nomor(item.nomor)
        supply = berkas.supply_for(step)
        result.extend(supply)
        berkas.complete(step, supply)
    return tuple(result)
