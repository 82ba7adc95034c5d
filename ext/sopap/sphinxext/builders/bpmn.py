"""Sphinx side of the BPMN export: the ``bpmn`` builder and the downloads
of the HTML handbook.

* ``sphinx-build -b bpmn`` (and ``sopap build``) writes
  ``<outdir>/<profile>/<sop-id>.bpmn`` for every profile.
* An HTML build also gets the files, under
  ``_downloads/bpmn/<profile>/<sop-id>.bpmn``, so each SOP page can offer them;
  :func:`sopap.render.bpmn.export.bpmn_download_uri` is the one place that
  knows that path.
"""

from __future__ import annotations

import functools
import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

from sopap.compat import warning_count
from sopap.model.sop import Corpus, Sop
from sopap.render.bpmn.export import (
    DOWNLOAD_DIR,
    BpmnExportError,
    file_name,
    to_bytes_profiles,
    write_profiles,
)
from sopap.render.bpmn.profiles import PROFILES
from sopap.sphinxext.builders.base import CorpusBuilder
from sopap.util import atomic
from sopap.version import __version__

logger = logging.getLogger(__name__)

#: Inside the downloads folder: "<sop id> <key>" per SOP whose files are there.
KUNCI = ".sopap-bpmn"


@functools.lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """Hash of the exporter itself (sources, XSDs): new code, new files."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(Path(__file__).parent.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".xsd", ".json"):
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def _key(sidik: str) -> str:
    """What an SOP's files are made from: its model (the fingerprint the
    domain made of it when the SOP was read, :func:`~sopap.sphinxext.state.sidik_sop`)
    and the exporter's code."""
    return hashlib.sha256((_code_fingerprint() + sidik).encode()).hexdigest()[:32]


def update_downloads(folder: Path, sidik: dict[str, str], model: Callable[[str], Sop]) -> int:
    """Bring ``folder`` up to date with the SOPs of ``sidik`` (SOP id -> model
    fingerprint); returns how many SOPs were exported.

    An incremental HTML build changes one SOP, not 500: files whose key is
    unchanged are kept, and only the SOPs to export again are loaded
    (``model(sop_id)``). Every file to write is generated before the first is
    written, and the key list is removed until the new one is complete, so
    an interrupted update is redone in full by the next build.
    """
    folder = Path(folder)
    try:
        lines = (folder / KUNCI).read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    previous = dict(line.split(" ", 1) for line in lines if " " in line)
    keys = {sop_id: _key(sidik[sop_id]) for sop_id in sorted(sidik)}
    files: dict[tuple[str, str], bytes] = {}
    for sop_id, key in keys.items():
        present = all((folder / profile / file_name(sop_id)).is_file() for profile in PROFILES)
        if previous.get(sop_id) == key and present:
            continue
        for profile, data in to_bytes_profiles(model(sop_id)).items():
            files[(profile, sop_id)] = data
    (folder / KUNCI).unlink(missing_ok=True)
    for (profile, sop_id), data in files.items():
        atomic.write_bytes(folder / profile / file_name(sop_id), data)
    wanted = {file_name(sop_id) for sop_id in keys}
    for profile in PROFILES:
        for path in (folder / profile).glob("*.bpmn") if (folder / profile).is_dir() else ():
            if path.name not in wanted:
                path.unlink()
    atomic.write_text(folder / KUNCI, "".join(f"{sop_id} {key}\n" for sop_id, key in sorted(keys.items())))
    return len({sop_id for _, sop_id in files})


class BpmnBuilder(CorpusBuilder):
    """``-b bpmn``: one BPMN 2.0 file per SOP and profile."""

    name = "bpmn"
    epilog = "Berkas BPMN ada di %(outdir)s."

    def write_corpus(self, corpus: Corpus) -> None:
        try:
            write_profiles(corpus, self.outdir, lambda sops: self.kemajuan(sops, "mengekspor BPMN... ", _id))
        except BpmnExportError as exc:
            logger.warning(f"berkas BPMN tidak ditulis: {exc}", type="sopap", subtype="bpmn")


def _id(sop: Sop) -> str:
    return sop.id


def on_build_finished(app: Sphinx, exception: BaseException | None) -> None:
    """After an HTML build without problems, put the BPMN files beside the pages.

    After a build that reported problems the folder is removed instead: a
    download must never come from a source with problems, nor be a stale one.
    """
    if exception is not None or app.builder.format != "html":
        return
    folder = app.outdir / DOWNLOAD_DIR
    domain = app.env.domains["sop"]
    ids = domain.state.ids()
    # Sphinx counts every warning of the build (sources, toctree, ...); a
    # non-strict build with warnings leaves out the downloads.
    if warning_count(app) or not domain.state.sources_ok():
        shutil.rmtree(folder, ignore_errors=True)
        return
    sidik = {sop_id: domain.state.sidik_of(docname) for sop_id, docname in ids.items()}
    try:
        update_downloads(folder, sidik, lambda sop_id: domain.state.sops[ids[sop_id]])
    except BpmnExportError as exc:
        logger.warning(f"berkas BPMN untuk diunduh tidak dibuat: {exc}", type="sopap", subtype="bpmn")
