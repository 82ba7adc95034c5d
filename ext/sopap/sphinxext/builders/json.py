"""The ``sopap-json`` builder: the whole corpus as ``sopap.json`` (format ``sopap/1``).

``sphinx-build -b sopap-json . _build/json`` (``sopap build`` runs it too);
the file is written atomically, and only from sources without problems.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.util import logging

from sopap.model import jsonformat
from sopap.model.sop import Corpus
from sopap.sphinxext.builders.base import CorpusBuilder
from sopap.util import atomic

logger = logging.getLogger(__name__)

FILE = "sopap.json"


class JsonBuilder(CorpusBuilder):
    name = "sopap-json"
    epilog = "Ekspor JSON sopap/1 ada di %(outdir)s."

    def write_corpus(self, corpus: Corpus) -> None:
        path = Path(self.outdir) / FILE
        atomic.write_text(path, jsonformat.dumps(jsonformat.corpus_to_dict(corpus)))
        logger.info(f"{len(corpus)} SOP diekspor ke {path}")
