"""Sphinx side of the BPMN export: the ``bpmn`` builder and the downloads
of the HTML handbook.

* ``sphinx-build -b bpmn`` (and ``sopap build``) writes
  ``<outdir>/<profile>/<sop-id>.bpmn`` for every profile.
* An HTML build also gets the files, under
  ``_downloads/bpmn/<profile>/<sop-id>.bpmn``, so each SOP page can offer them;
  :func:`sopap.render.bpmn.export.bpmn_download_uri` is the one place that
  knows that path.

Both are kept up to date SOP by SOP (:mod:`.incremental`): a file is made
again only when its SOP's model or sopap's code changed, by worker
processes when there are many (:mod:`.pool`). The two folders hold the same
bytes, so a file one of them already has is copied into the other instead
of being exported twice (the folders of a project are listed beside its
doctrees).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

from sopap.compat import warning_count
from sopap.model.sop import Sop
from sopap.render.bpmn.export import DOWNLOAD_DIR, BpmnExportError, file_name, to_bytes_profiles
from sopap.render.bpmn.profiles import PROFILES
from sopap.sphinxext.builders.base import CorpusBuilder, CorpusView
from sopap.sphinxext.builders.incremental import FolderUpdate, digest, reuse
from sopap.sphinxext.builders.pool import in_workers, worker_count
from sopap.sphinxext.code_version import env_version
from sopap.util import atomic

logger = logging.getLogger(__name__)

#: Beside the doctrees: the BPMN folders of the project, one absolute path a line.
FOLDERS = "sopap-bpmn-folders"


def _key(sidik: str, profile: str) -> str:
    """What one file is made from: its SOP's model (its fingerprint,
    :func:`~sopap.sphinxext.state.sidik_sop`), the profile and sopap's code."""
    return digest("bpmn", env_version(), profile, sidik)


def _known_folders(doctreedir: Path | None, folder: Path) -> list[Path]:
    """The other BPMN folders of the project; ``folder`` is added to the list."""
    if doctreedir is None:
        return []
    path = Path(doctreedir) / FOLDERS
    try:
        listed = [Path(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except OSError:
        listed = []
    here = Path(folder).resolve()
    kept = [p for p in listed if p != here and p.is_dir()][-4:]
    if listed != [*kept, here]:
        atomic.write_text(path, "".join(f"{p}\n" for p in [*kept, here]))
    return kept


def update_folder(
    folder: Path,
    sidik: dict[str, str],
    model: Callable[[str], Sop],
    workers: int = 1,
    doctreedir: Path | None = None,
    progress: Callable[[Iterable[str], int], Iterable[str]] | None = None,
) -> int:
    """Bring ``folder`` up to date with the SOPs of ``sidik`` (SOP id -> model
    fingerprint): ``<profile>/<id>.bpmn`` for every profile. Returns how many
    SOPs were exported (not kept, not copied from another folder).

    Only the SOPs to export again are loaded (``model(sop_id)``); every new
    file is made before the first is moved into place (an export error
    leaves the folder as it was).
    """
    folder = Path(folder)
    wanted = {
        f"{profile}/{file_name(sop_id)}": _key(sidik[sop_id], profile) for sop_id in sorted(sidik) for profile in PROFILES
    }
    with FolderUpdate(folder, wanted, owned=True) as update:
        left = reuse(update, _known_folders(doctreedir, folder)) if update.needed else []
        ids = sorted({name.split("/", 1)[1][: -len(".bpmn")] for name in left})
        staging = update.staging if ids else folder

        def export(sop_id: str) -> str:
            for profile, data in to_bytes_profiles(model(sop_id)).items():
                target = staging / profile / file_name(sop_id)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
            return sop_id

        made = in_workers(export, ids, worker_count(workers, len(ids)))
        for sop_id in progress(made, len(ids)) if progress is not None else made:
            for profile in PROFILES:
                update.note_written(f"{profile}/{file_name(sop_id)}")
    return len(ids)


def update_downloads(folder: Path, sidik: dict[str, str], model: Callable[[str], Sop], **kwargs) -> int:
    """The handbook's downloads: :func:`update_folder`."""
    return update_folder(folder, sidik, model, **kwargs)


class BpmnBuilder(CorpusBuilder):
    """``-b bpmn``: one BPMN 2.0 file per SOP and profile."""

    name = "bpmn"
    epilog = "Berkas BPMN ada di %(outdir)s."

    def write_outputs(self, view: CorpusView) -> None:
        sidik = {sop_id: view.sidik(sop_id) for sop_id in view.ids}
        try:
            made = update_folder(
                Path(self.outdir),
                sidik,
                view.model,
                workers=self.config.sopap_workers,
                doctreedir=Path(self.doctreedir),
                progress=lambda ids, total: self.kemajuan(ids, "mengekspor BPMN... ", total=total),
            )
        except BpmnExportError as exc:
            logger.warning(f"berkas BPMN tidak ditulis: {exc}", type="sopap", subtype="bpmn")
            return
        logger.info(f"{len(sidik)} SOP dalam BPMN di {self.outdir} ({made} diekspor ulang)")


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
        update_downloads(
            folder,
            sidik,
            lambda sop_id: domain.state.sops[ids[sop_id]],
            workers=app.config.sopap_workers,
            doctreedir=Path(app.doctreedir),
        )
    except BpmnExportError as exc:
        logger.warning(f"berkas BPMN untuk diunduh tidak dibuat: {exc}", type="sopap", subtype="bpmn")
