"""The ``sopap-features`` builder: the conformance kit, one folder.

``sphinx-build -b sopap-features . features`` (``sopap build`` and ``sopap
features`` run it too) writes ``<sop-id>.feature`` per SOP, ``sopap.json``
and a README into the output folder, every feature validated with the
official Gherkin parser first and the folder replaced whole
(:func:`sopap.render.features.write_kit`), so a failure leaves the previous
kit untouched.
"""

from __future__ import annotations

import re
from pathlib import Path

from sphinx.errors import SphinxError
from sphinx.util import logging

from sopap.errors import SopapError
from sopap.model.sop import Corpus
from sopap.sphinxext.builders.base import EVENT_PROGRESS, CorpusBuilder

logger = logging.getLogger(__name__)

_SCENARIO = re.compile(r"^\s*Skenario: ", re.MULTILINE)


class FeaturesError(SopapError, SphinxError):
    """Shown by sphinx-build under this heading, by ``sopap`` as its message."""

    category = "Kesalahan fitur uji kesesuaian"


class FeaturesBuilder(CorpusBuilder):
    name = "sopap-features"
    epilog = "Fitur uji kesesuaian ada di %(outdir)s."

    def init(self) -> None:
        #: file name -> text of the kit written by this build
        self.files: dict[str, str] = {}
        self.sops = 0

    def write_corpus(self, corpus: Corpus) -> None:
        def progress(what: str, done: int, total: int, item: str) -> None:
            self.events.emit(EVENT_PROGRESS, what, done, total, item)

        # the Gherkin parser is loaded by this builder only, not by every HTML build
        from sopap.render.features import FeatureError, kit_files, write_kit

        try:
            files = kit_files(corpus, progress)
        except FeatureError as exc:
            raise FeaturesError(f"fitur tidak dapat dibuat: {exc}") from exc
        write_kit(Path(self.outdir), files)
        self.files, self.sops = files, len(corpus)
        logger.info(f"{len(corpus)} fitur ({self.scenarios} skenario) ditulis ke {self.outdir}")

    @property
    def scenarios(self) -> int:
        return sum(len(_SCENARIO.findall(text)) for name, text in self.files.items() if name.endswith(".feature"))
