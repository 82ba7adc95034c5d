"""Resolving Keterkaitan entries ("SOP Surat Masuk pada DPPPA Kota Bekasi").

An entry links to an SOP of the corpus when, after dropping the list
numbering, the word "SOP", the trailing "pada <instansi>" and punctuation, it
equals that SOP's nama or id (case-insensitive). Anything else is an external
reference: shown as text, never an error.
"""

from __future__ import annotations

import re

from .sop import Corpus, Sop

_PADA_RE = re.compile(r"\s+pada\s+.*$", re.IGNORECASE)
_SOP_RE = re.compile(r"^(standar operasional prosedur|sop)\s*(\(sop\))?\s+", re.I)


def reference_key(text: str) -> str:
    """Normalised name used to match an entry with an SOP."""
    text = re.sub(r"\s+", " ", text).strip().strip(".;,: ")
    text = _SOP_RE.sub("", text)
    text = _PADA_RE.sub("", text)
    return text.strip(".;,: ").lower()


def resolve_keterkaitan(entry: str, corpus: Corpus | tuple[Sop, ...]) -> Sop | None:
    key = reference_key(entry)
    if not key:
        return None
    for sop in corpus:
        if key in (sop.id.lower(), reference_key(sop.nama)):
            return sop
    return None
