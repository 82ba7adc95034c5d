"""What an SOP page needs besides its own model: the corpus and links."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...model.sop import Corpus


@dataclass(frozen=True)
class Konteks:
    """The corpus-wide facts a page shows, and how to link to other pages.

    ``uri_sop`` maps an SOP id to an href from the page being written (or
    ``None`` when the SOP is not in the handbook); ``logo`` is the href of
    the kop's logo image, if the project has one; ``unduhan`` maps an SOP
    id to the (label, href) of the files offered for download beside it.
    """

    corpus: Corpus
    uri_sop: Callable[[str], str | None]
    bidang: Callable[[str], str] = lambda kode: kode
    logo: str | None = None
    unduhan: Callable[[str], list[tuple[str, str]]] = lambda sop_id: []
