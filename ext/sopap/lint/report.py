"""Lint findings for the terminal (one line each, like a compiler) and as JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sopap.lint.findings import Finding, Severity, count_by_severity
from sopap.lint.registry import RULES
from sopap.util.text import visible

WARNA = {Severity.GALAT: "\x1b[1;31m", Severity.PERINGATAN: "\x1b[33m", Severity.SARAN: "\x1b[36m"}
AKHIR = "\x1b[0m"


def baris(item: Finding, warna: bool = False) -> str:
    """``berkas:baris: ATURAN tingkat: pesan``."""
    tingkat = item.tingkat.value
    if warna:
        tingkat = f"{WARNA[item.tingkat]}{tingkat}{AKHIR}"
    return f"{visible(item.lokasi)}: {item.aturan} {tingkat}: {visible(item.pesan)}"


def ringkasan(temuan: Sequence[Finding], jumlah_berkas: int) -> str:
    counts = count_by_severity(temuan)
    return (
        f"sopap lint: {jumlah_berkas} berkas diperiksa: {counts[Severity.GALAT]} galat, "
        f"{counts[Severity.PERINGATAN]} peringatan, {counts[Severity.SARAN]} saran"
    )


def teks(temuan: Sequence[Finding], jumlah_berkas: int, warna: bool = False) -> str:
    lines = [baris(item, warna) for item in temuan]
    lines.append(ringkasan(temuan, jumlah_berkas))
    return "\n".join(lines) + "\n"


def json_text(temuan: Sequence[Finding]) -> str:
    data = {
        "temuan": [
            {
                "berkas": t.berkas,
                "baris": t.baris,
                "sop": t.sop,
                "langkah": t.langkah,
                "aturan": t.aturan,
                "tingkat": t.tingkat.value,
                "judul_aturan": RULES[t.aturan].judul,
                "pesan": t.pesan,
            }
            for t in temuan
        ],
        "jumlah": {k.value: v for k, v in count_by_severity(temuan).items()},
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
