"""Paraf koordinasi of a revision: who has initialled it, and whether what
they initialled is still what the SOP says.

Bagian Organisasi and the owning Kabid initial every page of an SOP before
the Kepala Dinas signs it. A paraf approves a content, not a file name: it
records the digest of the content it approved (:func:`sidik_isi`, written
by ``sopap paraf``). A revision is a draft (DRAF banner on its page, DRAF
watermark on its PDF) while any role of the Paraf Koordinasi box has no
paraf for it, or has one whose digest is not that of the current content
(the SOP changed after the paraf), or one recorded without a digest (it
binds nothing). Roles are compared after a light normalisation (case,
spaces, dots), as "Kabag. Organisasi" and "Kabag Organisasi" are one role.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

from sopap.model.sop import Paraf, Sop

#: Changes whenever the digest covers other fields; every paraf must then be recorded again.
_SIDIK_FORMAT = "sopap-isi/1"
SIDIK_PANJANG = 16
SIDIK_POLA = re.compile(rf"^[0-9a-f]{{{SIDIK_PANJANG}}}$")


def normalize_jabatan(text: str) -> str:
    return re.sub(r"[\s.,]+", " ", text).strip().lower()


def sidik_isi(sop: Sop) -> str:
    """Digest of what a paraf approves: everything printed on the lampiran.

    Left out: the revision number and the paraf themselves (a new paraf does
    not change what was approved), transcription notes (reviewers' working
    notes, not the SOP) and source lines (moving a block changes nothing).
    Times are compared as read ("3 Jam" is "3 jam").
    """
    ident = sop.identitas
    steps = [
        [
            step.nomor,
            step.uraian,
            list(step.rincian),
            step.pelaksana,
            list(step.kelengkapan),
            None if step.waktu is None else [step.waktu.jumlah, step.waktu.satuan],
            list(step.output),
            step.keterangan,
            list(step.berikutnya),
            None if step.cabang is None else [
                [step.cabang.ya.ke, step.cabang.ya.label],
                [step.cabang.tidak.ke, step.cabang.tidak.label],
            ],
        ]
        for step in sop.langkah
    ]
    content = [
        _SIDIK_FORMAT,
        sop.id,
        sop.nama,
        sop.lampiran,
        sop.instansi,
        sop.bidang,
        [ident.nomor, ident.tanggal_pembuatan, ident.tanggal_revisi, ident.tanggal_pengesahan, ident.disahkan_oleh],
        [list(getattr(ident, name)) for name in _DAFTAR_IDENTITAS],
        [[p.id, p.nama] for p in sop.pelaksana],
        steps,
        list(sop.paraf_koordinasi),
        None if sop.penandatangan is None else [sop.penandatangan.jabatan, sop.penandatangan.nama],
    ]
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:SIDIK_PANJANG]


_DAFTAR_IDENTITAS = (
    "dasar_hukum",
    "kualifikasi_pelaksana",
    "keterkaitan",
    "peralatan_perlengkapan",
    "peringatan",
    "pencatatan_pendataan",
)


@dataclass(frozen=True, slots=True)
class ParafStatus:
    """The paraf of one revision, per role of the Paraf Koordinasi box."""

    revisi: int
    #: (jabatan as printed in the box, its paraf for this revision or None)
    per_jabatan: tuple[tuple[str, Paraf | None], ...]
    #: digest of the SOP's current content (:func:`sidik_isi`)
    sidik: str = ""

    @property
    def kurang(self) -> tuple[str, ...]:
        """Roles without a paraf for this revision."""
        return tuple(jabatan for jabatan, paraf in self.per_jabatan if paraf is None)

    @property
    def berubah(self) -> tuple[tuple[str, Paraf], ...]:
        """Roles whose paraf approved another content: the SOP changed after it."""
        return tuple(
            (jabatan, paraf)
            for jabatan, paraf in self.per_jabatan
            if paraf is not None and paraf.sidik_isi and paraf.sidik_isi != self.sidik
        )

    @property
    def tanpa_sidik(self) -> tuple[tuple[str, Paraf], ...]:
        """Roles whose paraf was recorded without the digest of what it approved."""
        return tuple((jabatan, paraf) for jabatan, paraf in self.per_jabatan if paraf is not None and not paraf.sidik_isi)

    def berlaku(self, jabatan: str) -> Paraf | None:
        """The paraf of ``jabatan`` if it covers the current content."""
        for role, paraf in self.per_jabatan:
            if role == jabatan and paraf is not None and paraf.sidik_isi == self.sidik and self.sidik:
                return paraf
        return None

    @property
    def draf(self) -> bool:
        return bool(self.kurang or self.berubah or self.tanpa_sidik)

    def keterangan(self) -> str:
        """Why the revision is a draft, in the reviewers' words (empty when it is not)."""
        parts = []
        if self.berubah:
            parts.append("isi berubah sesudah diparaf " + ", ".join(_who(j, p) for j, p in self.berubah))
        if self.kurang:
            parts.append("belum diparaf " + ", ".join(self.kurang))
        if self.tanpa_sidik:
            parts.append(
                "paraf " + ", ".join(j for j, _ in self.tanpa_sidik) + " tidak mencatat isi yang diparaf"
            )
        return "; ".join(parts)


def _who(jabatan: str, paraf: Paraf) -> str:
    return f"{jabatan} ({paraf.tanggal})" if paraf.tanggal else jabatan


def paraf_of(sop: Sop, jabatan: str, revisi: int | None = None) -> Paraf | None:
    """The paraf recorded for ``jabatan`` on ``revisi`` (default: the SOP's)."""
    revisi = sop.revisi if revisi is None else revisi
    key = normalize_jabatan(jabatan)
    for paraf in sop.paraf:
        if paraf.revisi == revisi and normalize_jabatan(paraf.jabatan) == key:
            return paraf
    return None


def status_paraf(sop: Sop) -> ParafStatus:
    """Who has initialled the SOP's current revision, and whether it still covers its content."""
    return ParafStatus(
        sop.revisi,
        tuple((jabatan, paraf_of(sop, jabatan)) for jabatan in sop.paraf_koordinasi),
        sidik_isi(sop),
    )
