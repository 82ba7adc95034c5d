"""Base class for builders whose output is a function of the whole model.

JSON, PDF lampiran, features and BPMN are not one file per page: they are
written once, in ``finish()``, and only when the sources have no problem, so
a broken source never yields a plausible but wrong output file.

They see the corpus through a :class:`CorpusView`: every SOP's id, summary
and fingerprint, and its full model only when asked for. An incremental
build loads the models of the SOPs whose outputs must be made again, not
of all of them (:mod:`.incremental`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Set
from dataclasses import dataclass
from typing import TypeVar

from sphinx.builders import Builder
from sphinx.util import logging
from sphinx.util.display import status_iterator

from sopap.model.sop import Corpus, Instansi, Keputusan, Sop
from sopap.model.summary import SopSummary
from sopap.sphinxext.code_version import env_version
from sopap.sphinxext.domain import SopDomain
from sopap.sphinxext.state import SopData

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: Event emitted for each item of a long output run: (what, done, total, item).
#: ``Project.run(kemajuan=...)`` connects the command line's progress line to it.
EVENT_PROGRESS = "sopap-kemajuan"


@dataclass
class CorpusView:
    """The corpus as the corpus builders see it, models loaded on demand."""

    #: SOP ids in corpus order (by id), duplicates left out.
    ids: list[str]
    docnames: dict[str, str]
    state: SopData
    #: The project's Keputusan (one instansi) and the instansi of a project with several.
    keputusan: Keputusan
    instansi: tuple[Instansi, ...]

    def __len__(self) -> int:
        return len(self.ids)

    def sidik(self, sop_id: str) -> str:
        return self.state.sidik_of(self.docnames[sop_id])

    def summary(self, sop_id: str) -> SopSummary:
        return self.state.ringkasan[self.docnames[sop_id]]

    def model(self, sop_id: str) -> Sop:
        return self.state.sops[self.docnames[sop_id]]

    def corpus(self) -> Corpus:
        """Every model, loaded (for outputs made from the whole corpus at once)."""
        return Corpus(sops=tuple(self.model(i) for i in self.ids), keputusan=self.keputusan, instansi=self.instansi)

    def head(self) -> Corpus:
        """The corpus without its SOPs: the Keputusan and the instansi."""
        return Corpus(sops=(), keputusan=self.keputusan, instansi=self.instansi)


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

    def view(self) -> CorpusView:
        ids = self.domain.state.ids()
        return CorpusView(
            ids=sorted(ids),
            docnames=ids,
            state=self.domain.state,
            keputusan=self.domain.keputusan(),
            instansi=self.domain.instansi(),
        )

    def finish(self) -> None:
        if not self.domain.state.sources_ok():
            logger.warning(
                f"keluaran '{self.name}' tidak ditulis karena sumber SOP masih bermasalah "
                "(lihat peringatan di atas)",
                type="sopap",
                subtype="keluaran",
            )
            return
        self.write_outputs(self.view())

    def write_outputs(self, view: CorpusView) -> None:
        """Write the output; subclasses override."""

    def code(self) -> int:
        """sopap's code, part of every output's key: new code, new outputs."""
        return env_version()

    def kemajuan(
        self, items: Iterable[T], summary: str, nama: Callable[[T], str] = str, total: int | None = None
    ) -> Iterable[T]:
        """``items`` with progress: Sphinx's status line, and the
        ``sopap-kemajuan`` event for the command line's progress bar."""
        if total is None:
            total = len(items)  # type: ignore[arg-type]
        done = 0
        for item in status_iterator(items, summary, "darkgreen", total, self.config.verbosity, nama):
            yield item
            done += 1
            self.events.emit(EVENT_PROGRESS, summary.strip(" .:"), done, total, nama(item))


class ModelBuilder(CorpusBuilder):
    """Reads the sources and keeps the model; writes nothing (for the API)."""

    name = "sopap-model"
    epilog = ""
