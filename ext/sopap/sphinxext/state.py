"""Everything sopap keeps in the build environment, behind one typed class.

Sphinx keeps a domain's data in ``env.domaindata["sop"]``, a plain dict
pickled with the environment. sopap's data is one :class:`SopData` under a
single key of it, so that every module reads typed attributes (and their
docs) instead of string keys. What one build needs from one event to the
next (the documents it reads, the models it purged, the warnings it
captured, per-build caches) is its :class:`BuildScratch`: kept beside the
data, never pickled, and never on the Sphinx application object.

Storage is keyed by document (one SOP per source file), not by SOP id, so
that a duplicate id never hides an SOP: both stay stored, the duplicate is
reported on every build until it is fixed, and removing one file brings the
other back without a full rebuild.
"""

from __future__ import annotations

import hashlib
from collections.abc import Set
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sopap.model.lines import SourceLines
from sopap.model.problems import SourceProblem
from sopap.model.sop import Sop
from sopap.model.summary import SopSummary, summarize
from sopap.sphinxext.lazy import LazyModels

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

    from sopap.lint.findings import Finding

#: The key of :class:`SopData` in the domain's data.
KEY = "sopap"


def sidik_sop(sop: Sop) -> str:
    """A fingerprint of the whole model of one SOP (its repr is complete and stable)."""
    return hashlib.sha256(repr(sop).encode()).hexdigest()[:32]


@dataclass
class BuildScratch:
    """What one build carries from one event to the next; never pickled."""

    #: Documents this build reads (``env-before-read-docs``).
    reading: list[str] = field(default_factory=list)
    #: Models of documents purged before being read again, by docname: what
    #: other pages showed of them before this build (``env-purge-doc``).
    purged: dict[str, Sop] = field(default_factory=dict)
    #: The documents lint reads again in this build; None: all of them.
    lint_reading: set[str] | None = None
    #: (child, parent) toctree relations taken out for the write phase (:mod:`.toctree`).
    toctree_taken: list[tuple[str, str]] = field(default_factory=list)
    #: The warning capture of this build (:mod:`sopap.sphinxext.review.lint`).
    warnings: Any = None
    #: Documents removed since the last build -> the id of their SOP (:mod:`.html.removed`).
    removed: dict[str, str | None] = field(default_factory=dict)
    #: Per-build caches of the writers, by name (indexes every page needs).
    caches: dict[str, Any] = field(default_factory=dict)


@dataclass
class SopData:
    """sopap's part of the build environment."""

    #: docname -> full model, each unpickled on first access (:mod:`.lazy`).
    sops: LazyModels[Sop] = field(default_factory=LazyModels)
    #: docname -> what other pages show of its SOP (no model is loaded).
    ringkasan: dict[str, SopSummary] = field(default_factory=dict)
    #: docnames whose content lists every SOP (written again when any changes).
    semua: set[str] = field(default_factory=set)
    #: docname -> keys of the SOPs it refers to (id, name, documents).
    rujukan: dict[str, set[str]] = field(default_factory=dict)
    #: docname -> problems found when it was last read.
    masalah: dict[str, list[SourceProblem]] = field(default_factory=dict)
    #: docname -> source lines of its fields (for lint findings).
    baris: LazyModels[SourceLines] = field(default_factory=LazyModels)
    #: docname -> lint findings of the last build.
    temuan: dict[str, list[Finding]] = field(default_factory=dict)
    #: docname -> documents only its hidden toctrees include (:mod:`.toctree`).
    toctree_tersembunyi: dict[str, frozenset[str]] = field(default_factory=dict)
    #: docname -> fingerprint of its Sop (:func:`sidik_sop`), made once when read.
    sidik: dict[str, str] = field(default_factory=dict)
    #: docname -> (previous, next, parent) as its page shows them, last build.
    tetangga: dict[str, tuple] | None = None
    #: What the sidebar of every page drew in the last HTML build
    #: (:func:`sopap.sphinxext.html.navigation.signature`).
    sidebar: str | None = None
    #: Builds so far that read documents or marked pages to write (:mod:`.html.owed`).
    putaran: int = 0
    #: docname -> the build (``putaran``) that last read it or marked its page.
    disentuh: dict[str, int] = field(default_factory=dict)
    #: HTML output folder -> the last build whose pages it holds.
    html_sampai: dict[str, int] = field(default_factory=dict)
    scratch: BuildScratch = field(default_factory=BuildScratch)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("scratch")
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.scratch = BuildScratch()

    # -- storage -----------------------------------------------------------
    def note_sop(self, docname: str, sop: Sop) -> None:
        self.sops[docname] = sop
        self.ringkasan[docname] = summarize(sop)
        self.sidik[docname] = sidik_sop(sop)

    def sidik_of(self, docname: str) -> str:
        """Fingerprint of the SOP of ``docname``: outputs made from it alone
        are up to date while it is unchanged (no need to compare 500 models)."""
        found = self.sidik.get(docname)
        if found is None:
            found = self.sidik[docname] = sidik_sop(self.sops[docname])
        return found

    def note_depends_on_all(self, docname: str) -> None:
        """Rewrite ``docname`` whenever any SOP is added, changed or removed."""
        self.semua.add(docname)

    def note_reference(self, docname: str, key: str) -> None:
        self.rujukan.setdefault(docname, set()).add(key)

    def note_problems(self, docname: str, problems: list[SourceProblem]) -> None:
        if problems:
            self.masalah[docname] = list(problems)

    def clear_doc(self, docname: str) -> None:
        self.sops.discard(docname)
        self.ringkasan.pop(docname, None)
        self.masalah.pop(docname, None)
        self.semua.discard(docname)
        self.rujukan.pop(docname, None)
        self.baris.discard(docname)
        self.temuan.pop(docname, None)
        self.toctree_tersembunyi.pop(docname, None)
        self.sidik.pop(docname, None)

    def merge(self, docnames: Set[str], other: SopData) -> None:
        """Take what a parallel reader found for ``docnames``."""
        for docname, sop in other.sops.items():
            if docname in docnames:
                self.note_sop(docname, sop)
        self.semua.update(d for d in other.semua if d in docnames)
        for docname, problems in other.masalah.items():
            if docname in docnames:
                self.masalah[docname] = list(problems)
        for docname, ids in other.rujukan.items():
            if docname in docnames:
                self.rujukan[docname] = set(ids)
        for docname, peta in other.baris.items():
            if docname in docnames:
                self.baris[docname] = peta
        for docname, children in other.toctree_tersembunyi.items():
            if docname in docnames:
                self.toctree_tersembunyi[docname] = children

    # -- lookup ------------------------------------------------------------
    def ids(self) -> dict[str, str]:
        """SOP id -> docname; for duplicates, the first by docname."""
        result: dict[str, str] = {}
        for docname in sorted(self.ringkasan):
            result.setdefault(self.ringkasan[docname].id, docname)
        return result

    def sources_ok(self) -> bool:
        """False when any source has a problem or an SOP id is used twice:
        nothing is exported from such a corpus."""
        return not self.masalah and len(self.ids()) == len(self.ringkasan)

    def ringkasan_by_id(self) -> dict[str, tuple[str, SopSummary]]:
        """SOP id -> (docname, summary) of every SOP (:meth:`ids`), without loading models."""
        return {sop_id: (docname, self.ringkasan[docname]) for sop_id, docname in self.ids().items()}


def sop_data(env: BuildEnvironment) -> SopData:
    """sopap's data in ``env`` (the one way every module reaches it)."""
    return env.domains["sop"].data[KEY]  # type: ignore[no-any-return]
