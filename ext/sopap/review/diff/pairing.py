"""Which step of the old version is which step of the new one.

Steps are matched by content, not by number: inserting a step renumbers
everything after it, and a renumbered step is not a changed step. First the
steps with the same pelaksana and the same text are paired (in order), then
the rest by similarity of their text, pelaksana and documents, best pairs
first. A pair that breaks the order of the others has been moved: the moved
steps are those outside a longest run of pairs in the same order on both
sides.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_left
from collections.abc import Sequence

from sopap.model.documents import normalize_dokumen
from sopap.model.sop import Langkah, Sop

#: Below this score two steps are different steps (one removed, one added).
AMBANG = 0.5


def _nama(sop: Sop, step: Langkah) -> str:
    try:
        return sop.pelaksana_by_id(step.pelaksana).nama.lower()
    except KeyError:
        return step.pelaksana.lower()


def _kata(step: Langkah) -> list[str]:
    return re.findall(r"\w+", " ".join((step.uraian, *step.rincian)).lower())


def _tanda(sop: Sop, step: Langkah) -> tuple[str, tuple[str, ...]]:
    return _nama(sop, step), tuple(_kata(step))


def _dokumen(step: Langkah) -> set[str]:
    return {normalize_dokumen(d) for d in (*step.kelengkapan, *step.output)}


def similarity(lama: Sop, a: Langkah, baru: Sop, b: Langkah) -> float:
    """Similarity of two steps in [0, 1]: text weighs most."""
    text = difflib.SequenceMatcher(None, _kata(a), _kata(b), autojunk=False).ratio()
    docs_a, docs_b = _dokumen(a), _dokumen(b)
    docs = len(docs_a & docs_b) / len(docs_a | docs_b) if docs_a | docs_b else 1.0
    same_actor = 1.0 if _nama(lama, a) == _nama(baru, b) else 0.0
    return 0.7 * text + 0.15 * docs + 0.15 * same_actor


def pair_steps(lama: Sop, baru: Sop) -> list[tuple[int, int]]:
    """(old index, new index) of every matched step, sorted by old index."""
    old, new = lama.langkah, baru.langkah
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    by_sign: dict[tuple, list[int]] = {}
    for j, step in enumerate(new):
        by_sign.setdefault(_tanda(baru, step), []).append(j)
    for i, step in enumerate(old):
        candidates = by_sign.get(_tanda(lama, step))
        if candidates:
            j = candidates.pop(0)
            pairs[i] = j
            taken.add(j)
    rest_old = [i for i in range(len(old)) if i not in pairs]
    rest_new = [j for j in range(len(new)) if j not in taken]
    scored = []
    for i in rest_old:
        for j in rest_new:
            s = similarity(lama, old[i], baru, new[j])
            if s >= AMBANG:
                scored.append((-s, abs(_relative(i, old) - _relative(j, new)), i, j))
    for _, _, i, j in sorted(scored):
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    return sorted(pairs.items())


def _relative(index: int, steps: Sequence[Langkah]) -> float:
    return index / max(len(steps) - 1, 1)


def dipindah(pairs: list[tuple[int, int]]) -> set[int]:
    """Old indices of the pairs outside a longest increasing run of new indices."""
    news = [j for _, j in pairs]
    if not news:
        return set()
    tails: list[int] = []  # smallest tail value of a run of each length
    tail_at: list[int] = []  # position in ``news`` of that tail
    parent = [-1] * len(news)
    for position, value in enumerate(news):
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_at.append(position)
        else:
            tails[k] = value
            tail_at[k] = position
        parent[position] = tail_at[k - 1] if k else -1
    keep: set[int] = set()
    position = tail_at[-1]
    while position != -1:
        keep.add(position)
        position = parent[position]
    return {pairs[p][0] for p in range(len(pairs)) if p not in keep}
