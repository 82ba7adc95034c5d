"""The ``lampiran`` builder: one PDF per SOP and the whole Keputusan.

``sphinx-build -b lampiran . _build/pdf`` (or ``sopap pdf``). Files are
rendered in memory first and written only when all of them succeeded, each
atomically; PDFs this builder wrote before and no longer makes (an SOP
renamed or given its numeral) are removed, other files are left alone.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path

from sphinx.errors import SphinxError
from sphinx.util import logging

from sopap.errors import SopapError
from sopap.model.sop import Corpus
from sopap.render.pdf.order import KEPUTUSAN_FILE, file_name_of, in_order, is_numbered
from sopap.render.pdf.paper import find_paper
from sopap.sphinxext.builders.base import CorpusBuilder
from sopap.util import atomic

logger = logging.getLogger(__name__)

DAFTAR = ".sopap-lampiran"  # names of the files written by the last build


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
        #: (file name, SOP id or None for the Keputusan) written by this build
        self.ditulis: list[tuple[str, str | None]] = []
        #: ids of SOPs whose lampiran numeral is empty or illegible
        self.tanpa_nomor: list[str] = []

    def write_corpus(self, corpus: Corpus) -> None:
        sops = in_order(corpus.sops)
        try:
            proses = self._proses(len(sops))
            if proses > 1:
                files = self._dengan_pekerja(sops, corpus.keputusan, proses)
            else:
                files = self._satu_proses(sops, corpus.keputusan)
        except SopapError as exc:
            raise LampiranError(str(exc)) from exc
        out = Path(self.outdir)
        previous = _read_list(out / DAFTAR)
        for name, data in files.items():
            atomic.write_bytes(out / name, data)
        atomic.write_text(out / DAFTAR, "".join(f"{name}\n" for name in files))
        for name in previous - set(files):
            (out / name).unlink(missing_ok=True)
        self.ditulis = [(file_name_of(s), s.id) for s in sops] + ([(KEPUTUSAN_FILE, None)] if sops else [])
        self.tanpa_nomor = [s.id for s in sops if not is_numbered(s)]
        logger.info(f"{len(sops)} lampiran ({self.kertas.nama}) dan {KEPUTUSAN_FILE} ditulis ke {out}")
        if self.tanpa_nomor:
            logger.info(
                "lampiran tanpa nomor Romawi yang terbaca, diletakkan di akhir Keputusan: "
                + ", ".join(self.tanpa_nomor)
            )

    def _satu_proses(self, sops, keputusan) -> dict[str, bytes]:
        """File name -> PDF: every lampiran, then the whole Keputusan, drawn here."""
        from sopap.render.pdf import keputusan as gabung
        from sopap.render.pdf import lampiran as dokumen
        from sopap.render.pdf import text as teks

        with teks.sekali():
            # every lampiran is laid out first, its pages kept open
            tata = {
                s.id: dokumen.lay_out(s, keputusan, self.kertas, self.logo)
                for s in self.kemajuan(sops, "menata lampiran... ", _id)
            }
        files = {file_name_of(sop): tata.pop(sop.id).tulis() for sop in self.kemajuan(sops, "menulis lampiran... ", _id)}
        if sops:
            # the iterator moves on as each lampiran is taken into the Keputusan
            langkah = iter(self.kemajuan(sops, f"menulis {KEPUTUSAN_FILE}... ", _id))
            files[KEPUTUSAN_FILE] = gabung.keputusan(
                [(sop, files[file_name_of(sop)]) for sop in sops],
                dokumen.meta_lampiran(sops, keputusan),
                mulai=lambda _sop_id: next(langkah, None),
            )
            for _ in langkah:
                pass
        return files

    def _dengan_pekerja(self, sops, keputusan, proses: int) -> dict[str, bytes]:
        """The same files, the lampiran drawn by ``proses`` workers; this
        process takes each one into the Keputusan as it arrives (in order),
        while the next are drawn.

        Each lampiran is a pure function of its SOP, so the bytes are those
        of :meth:`_satu_proses` whichever process made them.
        """
        from sopap.render.pdf import keputusan as gabung
        from sopap.render.pdf import lampiran as dokumen

        made = _digambar_pekerja(sops, keputusan, self.kertas, self.logo, proses)
        files: dict[str, bytes] = {}

        def arriving():
            for sop in self.kemajuan(sops, "menata lampiran... ", _id):
                files[file_name_of(sop)] = data = next(made)
                yield sop, data

        whole = gabung.keputusan(arriving(), dokumen.meta_lampiran(sops, keputusan))
        # the stages of the serial path, already done here
        for _ in self.kemajuan(sops, "menulis lampiran... ", _id):
            pass
        for _ in self.kemajuan(sops, f"menulis {KEPUTUSAN_FILE}... ", _id):
            pass
        files[KEPUTUSAN_FILE] = whole
        return files

    def _proses(self, jumlah: int) -> int:
        """Worker processes for ``jumlah`` lampiran: ``sopap_lampiran_workers``,
        or 0 for one per processor this process may use. A few lampiran are
        drawn here (starting workers costs more than it saves)."""
        wanted = self.config.sopap_lampiran_workers
        if not wanted:
            try:
                wanted = len(os.sched_getaffinity(0))
            except AttributeError:  # not on Linux
                wanted = os.cpu_count() or 1
        if jumlah < MINIMUM_SEJAJAR or "fork" not in multiprocessing.get_all_start_methods():
            return 1
        return max(1, min(wanted, jumlah))


#: Below this many lampiran, one process draws them all.
MINIMUM_SEJAJAR = 8

#: What the forked workers draw from: (SOP by id, Keputusan, paper, logo).
_TUGAS: tuple | None = None


def _lampiran(sop_id: str) -> tuple[bytes | None, str | None]:
    """In a worker: one lampiran's PDF, or the message of why it cannot be made."""
    from sopap.render.pdf import lampiran as dokumen

    sops, keputusan, kertas, logo = _TUGAS  # type: ignore[misc]
    try:
        return dokumen.lay_out(sops[sop_id], keputusan, kertas, logo).tulis(), None
    except SopapError as exc:
        return None, str(exc)


def _digambar_pekerja(sops, keputusan, kertas, logo, proses: int) -> Iterator[bytes]:
    """The lampiran files of ``sops``, in order, drawn by ``proses`` forked workers.

    Fork (not spawn): the workers start with the model, fonts and reportlab
    already loaded; they share the text cache of :func:`teks.sekali` as it
    was at the fork, each then keeps its own.
    """
    from sopap.render.pdf import text as teks

    global _TUGAS
    _TUGAS = ({s.id: s for s in sops}, keputusan, kertas, logo)
    try:
        with teks.sekali(), multiprocessing.get_context("fork").Pool(proses) as pool:
            for data, galat in pool.imap(_lampiran, [s.id for s in sops]):
                if galat is not None:
                    raise LampiranError(galat)
                yield data  # type: ignore[misc]
    finally:
        _TUGAS = None


def _id(sop) -> str:
    return sop.id


def _read_list(path: Path) -> set[str]:
    """Names from the previous build's list; only plain PDF names in the folder."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return set()
    return {line for line in lines if line.endswith(".pdf") and "/" not in line and not line.startswith(".")}
