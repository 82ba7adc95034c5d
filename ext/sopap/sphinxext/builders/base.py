"""Base class for builders whose output is a function of the whole model.

JSON, PDF lampiran, features and BPMN are not one file per page: they are
written once, in ``finish()``, from :meth:`SopDomain.corpus`, and only when
the sources have no problem, so a broken source never yields a plausible but
wrong output file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from typing import TypeVar

from sphinx.builders import Builder
from sphinx.util import logging
from sphinx.util.display import status_iterator

from sopap.model.sop import Corpus
from sopap.sphinxext.domain import SopDomain

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: Event emitted for each item of a long output run: (what, done, total, item).
#: ``Project.run(kemajuan=...)`` connects the command line's progress line to it.
EVENT_PROGRESS = "sopap-kemajuan"


class CorpusBuilder(Builder):
    format = "sopap"
    allow_parallel = True

    def init(self) -> None:
        pass

    def get_outdated_docs(self) -> Iterator[str]:
        return iter(())

    def get_target_uri(self, docname: str, typ: str | None = None) -> str:
        return ""

    def prepare_writing(self, docnames: Set[str]) -> None:
        pass

    def write_documents(self, docnames: Set[str]) -> None:
        pass

    def write_doc(self, docname, doctree) -> None:  # pragma: no cover - unused
        pass

    @property
    def domain(self) -> SopDomain:
        return self.env.domains["sop"]  # type: ignore[return-value]

    def finish(self) -> None:
        if not self.domain.state.sources_ok():
            logger.warning(
                f"keluaran '{self.name}' tidak ditulis karena sumber SOP masih bermasalah "
                "(lihat peringatan di atas)",
                type="sopap",
                subtype="keluaran",
            )
            return
        self.write_corpus(self.domain.corpus())

    def write_corpus(self, corpus: Corpus) -> None:
        """Write the output; subclasses override."""

    def kemajuan(self, items: Sequence[T], summary: str, nama: Callable[[T], str] = str) -> Iterable[T]:
        """``items`` with progress: Sphinx's status line, and the
        ``sopap-kemajuan`` event for the command line's progress bar."""
        done = 0
        for item in status_iterator(items, summary, "darkgreen", len(items), self.config.verbosity, nama):
            yield item
            done += 1
            self.events.emit(EVENT_PROGRESS, summary.strip(" .:"), done, len(items), nama(item))


class ModelBuilder(CorpusBuilder):
    """Reads the sources and keeps the model; writes nothing (for the API)."""

    name = "sopap-model"
    epilog = ""
