"""What an SOP page needs besides its own model: the corpus and links."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sopap.model.documents import producers
from sopap.model.keterkaitan import reference_index
from sopap.model.sop import Corpus, Sop


@dataclass(frozen=True)
class PageContext:
    """The corpus-wide facts a page shows, and how to link to other pages.

    ``uri_sop`` maps an SOP id to an href from the page being written (or
    ``None`` when the SOP is not in the handbook); ``logo`` is the href of
    the kop's logo image, if the project has one; ``unduhan`` maps an SOP
    to the (label, href) of the files offered for download beside it.
    ``terkait`` and ``produsen`` are the corpus' Keterkaitan and producer
    indexes (:func:`~sopap.model.keterkaitan.reference_index`,
    :func:`~sopap.model.documents.producers`): a builder computes them once and
    passes them to every page, else each page would scan the whole corpus.
    Their values need an ``id`` and a ``nama`` only: the HTML builder makes
    them from the SOPs' summaries (:mod:`sopap.model.summary`), and
    its ``corpus`` then carries the Keputusan only.
    """

    corpus: Corpus
    uri_sop: Callable[[str], str | None]
    #: label of a bidang code, of the SOP's instansi (a handbook of several has a list each)
    bidang: Callable[..., str] = lambda kode, instansi="": kode
    logo: str | None = None
    unduhan: Callable[[Sop], list[tuple[str, str]]] = lambda sop: []
    #: href of a generated review page (None where the build has none) and
    #: the lint counts of an SOP by severity (sopap.review).
    uri_halaman: Callable[[str], str | None] = lambda pagename: None
    temuan: Callable[[str], dict[str, int]] = lambda sop_id: {}
    terkait: Mapping[str, Sop] | None = field(default=None, repr=False)
    produsen: Mapping[str, tuple[tuple[Sop, int], ...]] | None = field(default=None, repr=False)

    def indeks_terkait(self) -> Mapping[str, Sop]:
        return self.terkait if self.terkait is not None else reference_index(self.corpus)

    def indeks_produsen(self) -> Mapping[str, tuple[tuple[Sop, int], ...]]:
        return self.produsen if self.produsen is not None else producers(self.corpus)
