"""Documents (kelengkapan and output) and who makes or needs them.

Documents are matched by name after a light normalisation (case, spaces and
trailing punctuation), never by guessing: "Draf laporan" and "Draf laporan
diparaf Kabid" are different documents, as they are on paper.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from sopap.model.sop import Sop

T = TypeVar("T")


@lru_cache(maxsize=1 << 16)
def normalize_dokumen(name: str) -> str:
    # str.split() and the regex \s split on the same (Unicode) whitespace;
    # the same names come back for every page of a build, hence the cache
    return " ".join(name.split()).strip(" .,;:").lower()


@dataclass(frozen=True, slots=True)
class DocumentUsage:
    """One document of an SOP with the steps that produce and need it."""

    nama: str  # first spelling met, in table order
    dibuat_oleh: tuple[int, ...]
    dibutuhkan_oleh: tuple[int, ...]


def dokumen_usage(sop: Sop) -> tuple[DocumentUsage, ...]:
    """All documents of the SOP in order of first appearance."""
    names: dict[str, str] = {}
    made: dict[str, list[int]] = {}
    needed: dict[str, list[int]] = {}
    for step in sop.langkah:
        for bucket, docs in ((needed, step.kelengkapan), (made, step.output)):
            for doc in docs:
                key = normalize_dokumen(doc)
                names.setdefault(key, doc)
                steps = bucket.setdefault(key, [])
                if not steps or steps[-1] != step.nomor:  # steps come in order: one look, not a scan
                    steps.append(step.nomor)
    return tuple(
        DocumentUsage(names[k], tuple(made.get(k, ())), tuple(needed.get(k, ())))
        for k in names
    )


def producers(sops: Iterable[Sop]) -> dict[str, tuple[tuple[Sop, int], ...]]:
    """Normalised document name -> every (SOP, step) that outputs it, in
    corpus and step order; built once per corpus, looked up per page."""
    return index_outputs((sop, ((step.nomor, step.output) for step in sop.langkah)) for sop in sops)


def index_outputs(
    items: Iterable[tuple[T, Iterable[tuple[int, Sequence[str]]]]],
) -> dict[str, tuple[tuple[T, int], ...]]:
    """:func:`producers` of anything with an ``id`` (a full model, a summary),
    given with the (step number, output) of each of its steps."""
    found: dict[str, dict[tuple[str, int], tuple[T, int]]] = {}
    for item, steps in items:
        for nomor, output in steps:
            for doc in output:
                found.setdefault(normalize_dokumen(doc), {}).setdefault((item.id, nomor), (item, nomor))
    return {key: tuple(pairs.values()) for key, pairs in found.items()}


def external_inputs(sop: Sop) -> tuple[str, ...]:
    """Kelengkapan that no earlier step produces: they come from outside."""
    produced: set[str] = set()
    result: list[str] = []
    seen: set[str] = set()
    for step in sop.langkah:
        for doc in step.kelengkapan:
            key = normalize_dokumen(doc)
            if key not in produced and key not in seen:
                seen.add(key)
                result.append(doc)
        produced.update(normalize_dokumen(d) for d in step.output)
    return tuple(result)


def unique(names: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = normalize_dokumen(name)
        if key not in seen:
            seen.add(key)
            out.append(name)
    return tuple(out)
