"""Flow of an SOP's steps: successors, symbols and reachability.

Steps follow each other in table order unless a step names its next step
(``berikutnya``) or is a decision with ``ya``/``tidak`` targets. The last step
in table order ends the procedure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from sopap.model.sop import Langkah, Simbol, Sop


def derive_simbol(index: int, total: int, keputusan: bool) -> Simbol:
    """Diamond for a decision, capsule for the first and last step, else box."""
    if keputusan:
        return Simbol.BELAH_KETUPAT
    if index == 0 or index == total - 1:
        return Simbol.KAPSUL
    return Simbol.KOTAK


def default_berikutnya(numbers: Sequence[int], index: int) -> tuple[int, ...]:
    """The step after ``numbers[index]`` in table order, or none for the last."""
    return (numbers[index + 1],) if index + 1 < len(numbers) else ()


def graph(steps: Iterable[Langkah]) -> dict[int, tuple[int, ...]]:
    return {step.nomor: step.berikutnya for step in steps}


def reachable(edges: Mapping[int, Iterable[int]], start: int) -> set[int]:
    """Steps reachable from ``start`` (inclusive) following ``edges``."""
    seen = {start}
    todo = [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt in edges and nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def reaching(edges: Mapping[int, Iterable[int]], end: int) -> set[int]:
    """Steps from which ``end`` can be reached (inclusive)."""
    reverse: dict[int, list[int]] = {n: [] for n in edges}
    for src, targets in edges.items():
        for dst in targets:
            if dst in reverse:
                reverse[dst].append(src)
    return reachable(reverse, end)


def predecessors(sop: Sop) -> dict[int, tuple[int, ...]]:
    """For each step, the steps that lead to it (in table order)."""
    result: dict[int, list[int]] = {step.nomor: [] for step in sop.langkah}
    for step in sop.langkah:
        for nxt in step.berikutnya:
            if nxt in result and result[nxt][-1:] != [step.nomor]:  # in order: one look, not a scan
                result[nxt].append(step.nomor)
    return {k: tuple(v) for k, v in result.items()}


def is_back_edge(sop: Sop, src: int, dst: int) -> bool:
    """True when the arrow from ``src`` to ``dst`` goes up the table."""
    order = {step.nomor: i for i, step in enumerate(sop.langkah)}
    return order[dst] <= order[src]
