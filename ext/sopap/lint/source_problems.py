"""Problems the source reader found, reported as lint findings.

The reader (:mod:`sopap.parsing.assemble`) already refuses what makes an SOP
wrong; its problems fail the build. Lint reports them too, under the rule
they break, so that one list shows everything in a file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sopap.lint.findings import Temuan, Tingkat
from sopap.lint.registry import ATURAN, daftar
from sopap.model.problems import Masalah

daftar(
    "SM01",
    Tingkat.GALAT,
    "Sumber dapat dibaca: direktif, isian dan isi sesuai panduan penulisan",
    kelompok="Sumber",
    dasar="aturan rumah",
    pembaca=True,
)

#: Kind of reader problem (the Sphinx warning subtype) -> rule id.
JENIS_ATURAN = {
    "identitas": "ID01",
    "pelaksana": "PL01",
    "cabang": "AL01",
    "alur": "AL02",
    "nomor": "NO01",
    "waktu": "WK01",
    "kelengkapan": "KL03",
    "paraf": "PR04",
    "uraian": "UR01",
}


def aturan_masalah(jenis: str) -> str:
    return JENIS_ATURAN.get(jenis, "SM01")


def dari_masalah(berkas: str, masalah: Iterable[Masalah], sop_id: str = "") -> Iterator[Temuan]:
    for item in masalah:
        rule = ATURAN[aturan_masalah(item.jenis)]
        yield Temuan(rule.id, rule.tingkat, item.pesan, berkas, item.baris, sop_id)
