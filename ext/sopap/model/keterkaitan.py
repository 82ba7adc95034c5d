"""Resolving Keterkaitan entries ("SOP Surat Masuk pada DPPPA Kota Bekasi").

An entry links to an SOP of the corpus when, after dropping the list
numbering, the word "SOP", the trailing "pada <instansi>" and punctuation, it
equals that SOP's nama or id (case-insensitive). Anything else is an external
reference: shown as text, never an error.
"""

from __future__ import annotations

import re

from sopap.model.sop import Corpus, Sop

_PADA_RE = re.compile(r"\s+pada\s+.*$", re.IGNORECASE)
_SOP_RE = re.compile(r"^(standar operasional prosedur|sop)\s*(\(sop\))?\s+", re.I)


def reference_key(text: str) -> str:
    """Normalised name used to match an entry with an SOP."""
    text = re.sub(r"\s+", " ", text).strip().strip(".;,: ")
    text = _SOP_RE.sub("", text)
    text = _PADA_RE.sub("", text)
    return text.strip(".;,: ").lower()


def reference_index(corpus: Corpus | tuple[Sop, ...]) -> dict[str, Sop]:
    """Key -> SOP, built once for a corpus so that pages resolve their
    entries in constant time (a city has thousands of entries); for a key
    shared by two SOPs, the first in corpus order, as the plain scan finds."""
    index: dict[str, Sop] = {}
    for sop in corpus:
        for key in (sop.id.lower(), reference_key(sop.nama)):
            index.setdefault(key, sop)
    return index


def resolve_keterkaitan(
    entry: str, corpus: Corpus | tuple[Sop, ...], index: dict[str, Sop] | None = None
) -> Sop | None:
    """The SOP an entry names; ``index`` is :func:`reference_index` of ``corpus``."""
    key = reference_key(entry)
    if not key:
        return None
    if index is not None:
        return index.get(key)
    for sop in corpus:
        if key in (sop.id.lower(), reference_key(sop.nama)):
            return sop
    return None
