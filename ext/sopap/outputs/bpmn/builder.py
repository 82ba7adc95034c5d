"""Sphinx side of the BPMN export: the ``bpmn`` builder and the downloads
of the HTML handbook.

* ``sphinx-build -b bpmn`` (and ``sopap build``) writes
  ``<outdir>/<profile>/<sop-id>.bpmn`` for every profile.
* An HTML build also gets the files, under
  ``_downloads/bpmn/<profile>/<sop-id>.bpmn``, so each SOP page can offer them;
  :func:`bpmn_download_uri` is the one place that knows that path.
"""

from __future__ import annotations

import posixpath
import shutil
from typing import Any

from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.osutil import relative_uri

from ...model.sop import Corpus
from ...sphinxext.corpus_builder import CorpusBuilder
from ...util import atomic
from .export import BpmnExportError, file_name, to_bytes
from .profiles import PROFILES

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


def write_profiles(corpus: Corpus, folder: Any) -> None:
    """``<folder>/<profile>/<id>.bpmn`` for every profile; the folder is replaced whole."""
    files = {
        (profile, sop.id): to_bytes(sop, profile) for profile in PROFILES for sop in corpus
    }  # generate everything first: an error leaves the old folder in place
    with atomic.replace_dir(folder) as staging:
        for (profile, sop_id), data in files.items():
            atomic.write_bytes(staging / profile / file_name(sop_id), data)


class BpmnBuilder(CorpusBuilder):
    """``-b bpmn``: one BPMN 2.0 file per SOP and profile."""

    name = "bpmn"
    epilog = "Berkas BPMN ada di %(outdir)s."

    def write_corpus(self, corpus: Corpus) -> None:
        try:
            write_profiles(corpus, self.outdir)
        except BpmnExportError as exc:
            logger.warning(f"berkas BPMN tidak ditulis: {exc}", type="sopap", subtype="bpmn")


def _html_downloads(app: Sphinx, exception: BaseException | None) -> None:
    """After an HTML build without problems, put the BPMN files beside the pages.

    After a build that reported problems the folder is removed instead: a
    download must never come from a source with problems, nor be a stale one.
    """
    if exception is not None or app.builder.format != "html":
        return
    folder = app.outdir / DOWNLOAD_DIR
    domain = app.env.domains["sop"]
    corpus = domain.corpus()
    ids = [sop.id for sop in corpus]
    # Sphinx counts every warning of the build (sources, toctree, ...); a
    # non-strict build with warnings leaves out the downloads.
    if getattr(app, "_warncount", 0) or domain.data["masalah"] or len(ids) != len(set(ids)):
        shutil.rmtree(folder, ignore_errors=True)
        return
    try:
        write_profiles(corpus, folder)
    except BpmnExportError as exc:
        logger.warning(f"berkas BPMN untuk diunduh tidak dibuat: {exc}", type="sopap", subtype="bpmn")


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_builder(BpmnBuilder)
    app.connect("build-finished", _html_downloads)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
