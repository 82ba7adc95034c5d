"""The ``lampiran`` builder: one PDF per SOP and the whole Keputusan.

``sphinx-build -b lampiran . _build/pdf`` (or ``sopap pdf``). A handbook of
several instansi gets a folder per instansi (its code), each with its own
lampiran and its own ``keputusan-lengkap.pdf``.

The folder is kept up to date SOP by SOP (:mod:`.incremental`): a lampiran
is drawn again only when its SOP's model, its instansi's Keputusan, the
paper, the logo, ``SOURCE_DATE_EPOCH`` or sopap's code changed, by worker
processes when there are many (:mod:`.pool`). A Keputusan is assembled
again, from the finished lampiran files (without drawing any of them
again), only when one of its lampiran or its own title changed. New files
are moved into place only when all of them were made; PDFs this builder
wrote before and no longer makes (an SOP renamed or given its numeral) are
removed, other files are left alone.
"""

from __future__ import annotations

import os
from pathlib import Path

from sphinx.errors import SphinxError
from sphinx.util import logging

from sopap.errors import SopapError
from sopap.model.summary import SopSummary
from sopap.render.pdf.order import KEPUTUSAN_FILE, file_name_of, in_order, is_numbered
from sopap.render.pdf.paper import find_paper
from sopap.sphinxext.builders.base import CorpusBuilder, CorpusView
from sopap.sphinxext.builders.incremental import FolderUpdate, digest, file_digest
from sopap.sphinxext.builders.pool import MINIMUM, in_workers, worker_count

logger = logging.getLogger(__name__)

#: Below this many lampiran to draw, one process draws them all.
MINIMUM_SEJAJAR = MINIMUM


class LampiranError(SopapError, SphinxError):
    """Shown by sphinx-build under this heading, by ``sopap`` as its message."""

    category = "Kesalahan lampiran PDF"


class LampiranBuilder(CorpusBuilder):
    name = "lampiran"
    format = "pdf"
    epilog = "Lampiran PDF ada di %(outdir)s."

    def init(self) -> None:
        # reportlab is imported by the lampiran builder only, not by every
        # HTML build (a quarter of a second of each incremental build)
        from sopap.render.pdf import fonts

        try:
            self.kertas = find_paper(self.config.sopap_lampiran_paper)
            fonts.register()
        except SopapError as exc:
            raise LampiranError(str(exc)) from exc
        # one logo for the handbook and the lampiran, unless the lampiran has its own
        setting = "sopap_lampiran_logo" if (self.config.sopap_lampiran_logo or "").strip() else "sopap_logo"
        logo = (getattr(self.config, setting) or "").strip()
        self.logo: Path | None = None
        if logo:
            self.logo = (Path(self.confdir) / logo).resolve()
            if not self.logo.is_file():
                raise LampiranError(f"berkas logo '{logo}' ({setting} di conf.py) tidak ditemukan")
        #: (file name, SOP id or None for a Keputusan) of every file of the folder
        self.ditulis: list[tuple[str, str | None]] = []
        #: ids of SOPs whose lampiran numeral is empty or illegible
        self.tanpa_nomor: list[str] = []
        #: lampiran drawn and Keputusan assembled by this build
        self.digambar = 0
        self.disusun = 0

    def groups(self, view: CorpusView) -> list[tuple[str, list[SopSummary]]]:
        """(folder prefix, its SOPs in lampiran order) per Keputusan: one for a
        handbook of one instansi, one per instansi (``KODE/``) for several."""
        summaries = [view.summary(i) for i in view.ids]
        if not view.instansi:
            return [("", in_order(summaries))]
        groups = []
        for item in view.instansi:
            own = [s for s in summaries if s.instansi == item.nama]
            if own:
                groups.append((self.domain.lampiran_folder(item.nama), in_order(own)))
        return groups

    def write_outputs(self, view: CorpusView) -> None:
        from sopap.render.pdf import keputusan as gabung
        from sopap.render.pdf import lampiran as dokumen

        code, paper, logo = self.code(), self.kertas.nama, file_digest(self.logo)
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
        wanted: dict[str, str] = {}
        names: dict[str, str] = {}  # SOP id -> file name
        keputusan_parts: dict[str, tuple[list[SopSummary], object]] = {}
        for prefix, sops in self.groups(view):
            keputusan = self.domain.keputusan_of(sops[0].instansi)
            for sop in sops:
                names[sop.id] = prefix + file_name_of(sop)
                wanted[names[sop.id]] = digest(
                    "lampiran", code, view.sidik(sop.id), repr(keputusan), paper, logo, epoch
                )
            if sops:
                meta = dokumen.meta_lampiran(sops, keputusan)
                whole = prefix + KEPUTUSAN_FILE
                wanted[whole] = digest("keputusan", code, repr(meta), *(wanted[names[s.id]] for s in sops))
                keputusan_parts[whole] = (sops, meta)
        with FolderUpdate(Path(self.outdir), wanted) as update:
            ids = [i for i in view.ids if names[i] in update.needed]
            staging = update.staging if update.needed else Path(self.outdir)

            def draw(sop_id: str) -> str:
                sop = view.model(sop_id)
                target = staging / names[sop_id]
                target.parent.mkdir(parents=True, exist_ok=True)
                laid_out = dokumen.lay_out(sop, self.domain.keputusan_of(sop.instansi), self.kertas, self.logo)
                target.write_bytes(laid_out.tulis())
                return sop_id

            from sopap.render.pdf import text as teks

            with teks.sekali():
                made = in_workers(draw, ids, worker_count(self.config.sopap_workers, len(ids)))
                for sop_id in self.kemajuan(made, "menggambar lampiran... ", total=len(ids)):
                    update.note_written(names[sop_id])
            wholes = [name for name in keputusan_parts if name in update.needed]
            for whole in self.kemajuan(wholes, f"menyusun {KEPUTUSAN_FILE}... "):
                sops, meta = keputusan_parts[whole]
                bagian = ((s, update.path_of(names[s.id]).read_bytes()) for s in sops)
                update.write(whole, gabung.keputusan(bagian, meta))
        self.digambar, self.disusun = len(ids), len(wholes)
        self.ditulis = []
        for prefix, sops in self.groups(view):
            self.ditulis += [(names[s.id], s.id) for s in sops] + [(prefix + KEPUTUSAN_FILE, None)]
        self.tanpa_nomor = [i for i in view.ids if not is_numbered(view.summary(i))]
        logger.info(
            f"{len(view)} lampiran ({self.kertas.nama}) dan {len(keputusan_parts)} {KEPUTUSAN_FILE} di {self.outdir} "
            f"({self.digambar} lampiran digambar, {self.disusun} Keputusan disusun ulang)"
        )
        if self.tanpa_nomor:
            logger.info(
                "lampiran tanpa nomor Romawi yang terbaca, diletakkan di akhir Keputusan: "
                + ", ".join(self.tanpa_nomor)
            )

    def finish(self) -> None:
        try:
            super().finish()
        except SopapError as exc:
            if isinstance(exc, LampiranError):
                raise
            raise LampiranError(str(exc)) from exc
