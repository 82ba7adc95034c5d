"""Paraf: the paraf -> paraf -> tanda tangan chain, and the paraf koordinasi.

A step that initials a draft (``memaraf``) hands it to the next step that
initials or signs (``menandatangani``); that step's pelaksana must rank
higher (Kabid -> Sekretaris -> Kepala Dinas). Ranks come from the column
names (:mod:`.hierarki`); unknown titles are not compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sopap.lint.findings import Severity
from sopap.lint.rank import rank_of
from sopap.lint.registry import RUMAH, RuleResult, defines_rule, register_rule
from sopap.model.paraf import status_paraf
from sopap.model.sop import Langkah, Sop

KELOMPOK = "Paraf dan tanda tangan"

_PARAF = re.compile(r"\b(memaraf|membubuhkan paraf|memberi paraf)\b")
_TTD = re.compile(r"\b(menandatangani|menanda\s*tangani|membubuhkan tanda\s*tangan)\b")


def _teks(step: Langkah) -> str:
    return " ".join((step.uraian, *step.rincian)).lower()


def memaraf(step: Langkah) -> bool:
    return bool(_PARAF.search(_teks(step)))


def menandatangani(step: Langkah) -> bool:
    return bool(_TTD.search(_teks(step)))


def _pelaksana(sop: Sop, step: Langkah) -> tuple[str, tuple[int, str] | None]:
    try:
        column = sop.pelaksana_by_id(step.pelaksana)
    except KeyError:
        return step.pelaksana, None
    return column.nama, rank_of(column.nama, column.id)


@defines_rule(
    "PR01",
    Severity.PERINGATAN,
    "Rantai paraf, paraf, tanda tangan naik jenjang jabatan",
    kelompok=KELOMPOK,
)
def rantai_naik(sop: Sop) -> Iterator[RuleResult]:
    steps = sop.langkah
    for index, step in enumerate(steps):
        if not memaraf(step):
            continue
        nxt = next((s for s in steps[index + 1 :] if memaraf(s) or menandatangani(s)), None)
        if nxt is None:
            continue
        (nama_a, rank_a), (nama_b, rank_b) = _pelaksana(sop, step), _pelaksana(sop, nxt)
        if rank_a is None or rank_b is None:
            continue
        if rank_b[0] <= rank_a[0]:
            what = "menandatangani" if menandatangani(nxt) and not memaraf(nxt) else "memaraf"
            yield RuleResult(
                f"paraf langkah {step.nomor} ({nama_a}) diteruskan ke langkah {nxt.nomor} yang {what} "
                f"({nama_b}), padahal jabatannya tidak lebih tinggi; paraf naik jenjang "
                "(misalnya Kabid, lalu Sekretaris, lalu Kepala Dinas menandatangani)",
                langkah=nxt.nomor,
                medan="pelaksana",
            )


@defines_rule("PR02", Severity.SARAN, "Setiap paraf diikuti tanda tangan", kelompok=KELOMPOK, dasar=RUMAH)
def berakhir_ttd(sop: Sop) -> Iterator[RuleResult]:
    steps = sop.langkah
    for index, step in enumerate(steps):
        if memaraf(step) and not menandatangani(step):
            if not any(menandatangani(s) for s in steps[index + 1 :]):
                yield RuleResult(
                    f"langkah {step.nomor} memaraf, tetapi tidak ada langkah sesudahnya yang menandatangani",
                    langkah=step.nomor,
                )


@defines_rule(
    "PR03",
    Severity.PERINGATAN,
    "Revisi ini sudah diparaf semua jabatan Paraf Koordinasi (bukan DRAF)",
    kelompok=KELOMPOK,
    dasar=RUMAH,
)
def paraf_koordinasi(sop: Sop) -> Iterator[RuleResult]:
    status = status_paraf(sop)
    if status.kurang:
        yield RuleResult(
            f"revisi {status.revisi} belum diparaf koordinasi oleh {', '.join(status.kurang)}; "
            "halaman dan lampiran PDF-nya bertanda DRAF sampai paraf dicatat dengan `sopap paraf`",
            medan="paraf-koordinasi",
        )


register_rule(
    "PR04",
    Severity.GALAT,
    "Catatan {paraf} menyebut jabatan kotak Paraf Koordinasi, revisi yang ada, nama dan tanggal "
    "(atau catatan tidak terbaca)",
    kelompok=KELOMPOK,
    dasar=RUMAH,
    pembaca=True,
)


@defines_rule(
    "PR05",
    Severity.GALAT,
    "Paraf revisi ini mencakup isi SOP saat ini (tidak ada perubahan sesudah paraf)",
    kelompok=KELOMPOK,
    dasar=RUMAH,
    fails_build=False,
)
def isi_sesudah_paraf(sop: Sop) -> Iterator[RuleResult]:
    """A paraf approves a content; a change after it is not approved by anyone."""
    status = status_paraf(sop)
    for jabatan, paraf in status.berubah:
        when = f" ({paraf.tanggal})" if paraf.tanggal else ""
        yield RuleResult(
            f"isi SOP berubah sesudah diparaf {jabatan}{when} pada revisi {status.revisi}: paraf itu tidak "
            "mencakup isi saat ini, sehingga SOP kembali DRAF; lihat yang berubah di halaman Riwayat revisi "
            "(atau `sopap diff`), lalu naikkan 'revisi:' pada {sop} dan catat paraf baru dengan `sopap paraf`",
            baris=paraf.sumber.baris if paraf.sumber else None,
            medan="paraf-koordinasi",
        )
    for jabatan, paraf in status.tanpa_sidik:
        yield RuleResult(
            f"paraf {jabatan} revisi {status.revisi} tidak mencatat isi yang diparaf ('sidik-isi:'), sehingga "
            "tidak mengikat isi apa pun dan SOP tetap DRAF; catat paraf dengan `sopap paraf`, atau bila paraf "
            "itu memang untuk isi saat ini (misalnya transkripsi naskah bertanda tangan), "
            f"`sopap paraf {sop.sumber.berkas if sop.sumber else sop.id} --bind`",
            baris=paraf.sumber.baris if paraf.sumber else None,
            medan="paraf-koordinasi",
        )
