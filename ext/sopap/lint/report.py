"""Lint findings for the terminal (one line each, like a compiler) and as JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sopap.lint.findings import Temuan, Tingkat, hitung
from sopap.lint.registry import ATURAN
from sopap.util.text import terlihat

WARNA = {Tingkat.GALAT: "\x1b[1;31m", Tingkat.PERINGATAN: "\x1b[33m", Tingkat.SARAN: "\x1b[36m"}
AKHIR = "\x1b[0m"


def baris(item: Temuan, warna: bool = False) -> str:
    """``berkas:baris: ATURAN tingkat: pesan``."""
    tingkat = item.tingkat.value
    if warna:
        tingkat = f"{WARNA[item.tingkat]}{tingkat}{AKHIR}"
    return f"{terlihat(item.lokasi)}: {item.aturan} {tingkat}: {terlihat(item.pesan)}"


def ringkasan(temuan: Sequence[Temuan], jumlah_berkas: int) -> str:
    counts = hitung(temuan)
    return (
        f"sopap lint: {jumlah_berkas} berkas diperiksa: {counts[Tingkat.GALAT]} galat, "
        f"{counts[Tingkat.PERINGATAN]} peringatan, {counts[Tingkat.SARAN]} saran"
    )


def teks(temuan: Sequence[Temuan], jumlah_berkas: int, warna: bool = False) -> str:
    lines = [baris(item, warna) for item in temuan]
    lines.append(ringkasan(temuan, jumlah_berkas))
    return "\n".join(lines) + "\n"


def json_teks(temuan: Sequence[Temuan]) -> str:
    data = {
        "temuan": [
            {
                "berkas": t.berkas,
                "baris": t.baris,
                "sop": t.sop,
                "langkah": t.langkah,
                "aturan": t.aturan,
                "tingkat": t.tingkat.value,
                "judul_aturan": ATURAN[t.aturan].judul,
                "pesan": t.pesan,
            }
            for t in temuan
        ],
        "jumlah": {k.value: v for k, v in hitung(temuan).items()},
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
