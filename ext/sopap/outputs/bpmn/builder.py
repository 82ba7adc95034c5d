"""Sphinx side of the BPMN export: the ``bpmn`` builder and the downloads
of the HTML handbook.

* ``sphinx-build -b bpmn`` (and ``sopap build``) writes
  ``<outdir>/<profile>/<sop-id>.bpmn`` for every profile.
* An HTML build also gets the files, under
  ``_downloads/bpmn/<profile>/<sop-id>.bpmn``, so each SOP page can offer them;
  :func:`bpmn_download_uri` is the one place that knows that path.
"""

from __future__ import annotations

import functools
import hashlib
import posixpath
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.osutil import relative_uri

from sopap import __version__
from sopap.model.sop import Corpus, Sop
from sopap.sphinxext.corpus_builder import CorpusBuilder
from sopap.util import atomic
from sopap.outputs.bpmn.export import BpmnExportError, file_name, to_bytes_profiles
from sopap.outputs.bpmn.profiles import PROFILES

logger = logging.getLogger(__name__)

#: Folder of the BPMN files inside the HTML output.
DOWNLOAD_DIR = "_downloads/bpmn"


def bpmn_download_uri(sop_id: str, profile: str = "camunda8") -> str:
    """URI of an SOP's BPMN file relative to the root of the HTML output.

    A page links to it with ``pathto(bpmn_download_uri(id, profile), 1)`` in a
    template, or :func:`bpmn_download_href` in Python. The file exists for
    every SOP of an HTML build without warnings, for each profile in
    :data:`PROFILES`.
    """
    if profile not in PROFILES:
        raise KeyError(profile)
    return posixpath.join(DOWNLOAD_DIR, profile, file_name(sop_id))


def bpmn_download_href(builder: Any, docname: str, sop_id: str, profile: str = "camunda8") -> str:
    """Link from the page ``docname`` to an SOP's BPMN file (for ``href``)."""
    return relative_uri(builder.get_target_uri(docname), bpmn_download_uri(sop_id, profile))


def write_profiles(corpus: Corpus, folder: Any, progress: Callable[[Iterable[Sop]], Iterable[Sop]] = iter) -> None:
    """``<folder>/<profile>/<id>.bpmn`` for every profile; the folder is replaced whole.

    ``progress`` wraps the SOPs while they are exported (a status iterator).
    """
    files = {}
    for sop in progress(corpus.sops):  # everything first: an error leaves the old folder in place
        for profile, data in to_bytes_profiles(sop).items():
            files[(profile, sop.id)] = data
    with atomic.replace_dir(folder) as staging:
        for (profile, sop_id), data in files.items():
            atomic.write_bytes(staging / profile / file_name(sop_id), data)


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
    domain made of it when the SOP was read, :func:`~sopap.sphinxext.domain.sidik_sop`)
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


def _html_downloads(app: Sphinx, exception: BaseException | None) -> None:
    """After an HTML build without problems, put the BPMN files beside the pages.

    After a build that reported problems the folder is removed instead: a
    download must never come from a source with problems, nor be a stale one.
    """
    if exception is not None or app.builder.format != "html":
        return
    folder = app.outdir / DOWNLOAD_DIR
    domain = app.env.domains["sop"]
    ids = domain.ids()
    # Sphinx counts every warning of the build (sources, toctree, ...); a
    # non-strict build with warnings leaves out the downloads.
    if getattr(app, "_warncount", 0) or not domain.sources_ok():
        shutil.rmtree(folder, ignore_errors=True)
        return
    sidik = {sop_id: domain.sidik(docname) for sop_id, docname in ids.items()}
    try:
        update_downloads(folder, sidik, lambda sop_id: domain.sops[ids[sop_id]])
    except BpmnExportError as exc:
        logger.warning(f"berkas BPMN untuk diunduh tidak dibuat: {exc}", type="sopap", subtype="bpmn")


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_builder(BpmnBuilder)
    app.connect("build-finished", _html_downloads)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
