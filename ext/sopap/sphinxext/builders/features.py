"""The ``sopap-features`` builder: the conformance kit, one folder.

``sphinx-build -b sopap-features . features`` (``sopap build`` and ``sopap
features`` run it too) writes ``<sop-id>.feature`` per SOP, ``sopap.json``
and a README into the output folder, every feature checked with the
official Gherkin parser before anything is moved into place, so a failure
leaves the previous kit untouched.

The kit is kept up to date SOP by SOP (:mod:`.incremental`): a feature is
made again only when its SOP's model or sopap's code changed, by worker
processes when there are many (:mod:`.pool`); ``sopap.json`` is the JSON
export's text (:func:`.json.json_text`). The manifest of the committed
``features/`` folder is not committed (``.gitignore``).
"""

from __future__ import annotations

import pickle
import re
from pathlib import Path

from sphinx.errors import SphinxError
from sphinx.util import logging

from sopap.errors import SopapError
from sopap.sphinxext.builders.base import CorpusBuilder, CorpusView
from sopap.sphinxext.builders.incremental import FolderUpdate, digest
from sopap.sphinxext.builders.json import FILE as JSON_FILE
from sopap.sphinxext.builders.json import json_key, json_text
from sopap.sphinxext.builders.pool import in_workers, worker_count
from sopap.util import atomic

logger = logging.getLogger(__name__)

_SCENARIO = re.compile(r"^\s*Skenario: ", re.MULTILINE)
README_FILE = "README.txt"
#: SOP id -> (fingerprint, scenarios in its feature), beside the doctrees.
COUNTS = "sopap-features.pickle"


class FeaturesError(SopapError, SphinxError):
    """Shown by sphinx-build under this heading, by ``sopap`` as its message."""

    category = "Kesalahan fitur uji kesesuaian"


def feature_name(sop_id: str) -> str:
    return f"{sop_id}.feature"


class FeaturesBuilder(CorpusBuilder):
    name = "sopap-features"
    epilog = "Fitur uji kesesuaian ada di %(outdir)s."

    def init(self) -> None:
        self.sops = 0
        #: Scenarios in the kit (``Skenario:`` lines; each outline counts once per row elsewhere).
        self.scenarios = 0
        self.names: list[str] = []

    @property
    def files(self) -> dict[str, str]:
        """File name -> text of the kit this build wrote (read from the folder)."""
        out = Path(self.outdir)
        return {name: (out / name).read_text(encoding="utf-8") for name in self.names}

    def write_outputs(self, view: CorpusView) -> None:
        # the Gherkin parser is loaded by this builder only, not by every HTML build
        from sopap.render.features import README, FeatureError, checked_feature

        code = self.code()
        wanted = {feature_name(i): digest("feature", code, view.sidik(i)) for i in view.ids}
        wanted[JSON_FILE] = json_key(view, code)
        wanted[README_FILE] = digest("readme", code)
        counts = self._counts(code)
        saved = dict(counts)
        with FolderUpdate(Path(self.outdir), wanted, owned=True) as update:
            ids = [i for i in view.ids if feature_name(i) in update.needed]
            staging = update.staging if update.needed else Path(self.outdir)

            def make(sop_id: str) -> tuple[str, int]:
                try:
                    name, text, scenarios = checked_feature(view.model(sop_id))
                except FeatureError as exc:
                    raise FeaturesError(f"fitur tidak dapat dibuat: {exc}") from exc
                (staging / name).write_text(text, encoding="utf-8")
                return sop_id, scenarios

            made = in_workers(make, ids, worker_count(self.config.sopap_workers, len(ids)), settle=True)
            for sop_id, count in self.kemajuan(made, "membuat fitur uji kesesuaian... ", _first, total=len(ids)):
                update.note_written(feature_name(sop_id))
                counts[sop_id] = (view.sidik(sop_id), count)
            if JSON_FILE in update.needed:
                update.write(JSON_FILE, json_text(view, Path(self.doctreedir), code).encode("utf-8"))
            if README_FILE in update.needed:
                update.write(README_FILE, README.encode("utf-8"))
        self._save_counts(code, counts, saved, view)
        self.names = sorted(wanted)
        self.sops = len(view)
        self.scenarios = sum(counts[i][1] for i in view.ids)
        logger.info(f"{len(view)} fitur ({self.scenarios} skenario) di {self.outdir}; {len(ids)} dibuat ulang")

    def _counts(self, code: int) -> dict[str, tuple[str, int]]:
        try:
            saved = pickle.loads((Path(self.doctreedir) / COUNTS).read_bytes())
            return dict(saved["counts"]) if saved.get("code") == code else {}
        except (OSError, pickle.UnpicklingError, EOFError, KeyError, TypeError, AttributeError):
            return {}

    def _save_counts(
        self, code: int, counts: dict[str, tuple[str, int]], saved: dict[str, tuple[str, int]], view: CorpusView
    ) -> None:
        """Keep the counts of this kit (``saved``: what the file held) for the next build."""
        kept = {i: counts[i] for i in view.ids if i in counts and counts[i][0] == view.sidik(i)}
        missing = [i for i in view.ids if i not in kept]
        for sop_id in missing:  # a kit made before the counts were kept: count its files
            text = (Path(self.outdir) / feature_name(sop_id)).read_text(encoding="utf-8")
            kept[sop_id] = (view.sidik(sop_id), len(_SCENARIO.findall(text)))
        if kept != saved:  # (a full build made every count: still new to the file)
            atomic.write_bytes(Path(self.doctreedir) / COUNTS, pickle.dumps({"code": code, "counts": kept}))
        counts.clear()
        counts.update(kept)


def _first(item: tuple[str, int]) -> str:
    return item[0]
