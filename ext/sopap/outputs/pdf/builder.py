"""The ``lampiran`` builder: one PDF per SOP and the whole Keputusan.

``sphinx-build -b lampiran . _build/pdf`` (or ``sopap pdf``). Files are
rendered in memory first and written only when all of them succeeded, each
atomically; PDFs this builder wrote before and no longer makes (an SOP
renamed or given its numeral) are removed, other files are left alone.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.errors import SphinxError
from sphinx.util import logging

from ...model.sop import Corpus
from ...project import SopapError
from ...sphinxext.corpus_builder import CorpusBuilder
from ...util import atomic
from .kertas import kertas
from .urutan import NAMA_KEPUTUSAN, bernomor, nama_berkas, urut

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
        from . import fonts

        try:
            self.kertas = kertas(self.config.sopap_lampiran_kertas)
            fonts.register()
        except SopapError as exc:
            raise LampiranError(str(exc)) from exc
        logo = (self.config.sopap_lampiran_logo or "").strip()
        self.logo: Path | None = None
        if logo:
            self.logo = (Path(self.confdir) / logo).resolve()
            if not self.logo.is_file():
                raise LampiranError(f"berkas logo '{logo}' (sopap_lampiran_logo di conf.py) tidak ditemukan")
        #: (file name, SOP id or None for the Keputusan) written by this build
        self.ditulis: list[tuple[str, str | None]] = []
        #: ids of SOPs whose lampiran numeral is empty or illegible
        self.tanpa_nomor: list[str] = []

    def write_corpus(self, corpus: Corpus) -> None:
        from . import dokumen, gabung, teks

        sops = urut(corpus.sops)
        try:
            with teks.sekali():
                # every lampiran is laid out first, its pages kept open
                tata = {
                    s.id: dokumen.tata_letak(s, corpus.keputusan, self.kertas, self.logo)
                    for s in self.kemajuan(sops, "menata lampiran... ", _id)
                }
            files: dict[str, bytes] = {}
            for sop in self.kemajuan(sops, "menulis lampiran... ", _id):
                files[nama_berkas(sop)] = tata.pop(sop.id).tulis()
                self.ditulis.append((nama_berkas(sop), sop.id))
            if sops:
                # the iterator moves on as each lampiran is taken into the Keputusan
                langkah = iter(self.kemajuan(sops, f"menulis {NAMA_KEPUTUSAN}... ", _id))
                files[NAMA_KEPUTUSAN] = gabung.keputusan(
                    [(sop, files[nama_berkas(sop)]) for sop in sops],
                    dokumen.meta_lampiran(sops, corpus.keputusan),
                    mulai=lambda _sop_id: next(langkah, None),
                )
                for _ in langkah:
                    pass
                self.ditulis.append((NAMA_KEPUTUSAN, None))
        except SopapError as exc:
            raise LampiranError(str(exc)) from exc
        out = Path(self.outdir)
        previous = _read_list(out / DAFTAR)
        for name, data in files.items():
            atomic.write_bytes(out / name, data)
        atomic.write_text(out / DAFTAR, "".join(f"{name}\n" for name in files))
        for name in previous - set(files):
            (out / name).unlink(missing_ok=True)
        self.tanpa_nomor = [s.id for s in sops if not bernomor(s)]
        logger.info(f"{len(sops)} lampiran ({self.kertas.nama}) dan {NAMA_KEPUTUSAN} ditulis ke {out}")
        if self.tanpa_nomor:
            logger.info(
                "lampiran tanpa nomor Romawi yang terbaca, diletakkan di akhir Keputusan: "
                + ", ".join(self.tanpa_nomor)
            )


def _id(sop) -> str:
    return sop.id


def _read_list(path: Path) -> set[str]:
    """Names from the previous build's list; only plain PDF names in the folder."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return set()
    return {line for line in lines if line.endswith(".pdf") and "/" not in line and not line.startswith(".")}
