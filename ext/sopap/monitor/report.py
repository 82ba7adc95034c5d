"""The monitoring report as data: ``pemantauan.json`` (``sopap-pemantauan/1``).

The HTML and PDF forms are drawn from this same dict, so the three outputs
cannot disagree. Times are working minutes; instants are ISO 8601 in the
calendar's zone.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sopap.model.beban import beban
from sopap.model.sop import Corpus
from sopap.monitor.aggregate import SopAggregate, penilaian
from sopap.monitor.checker import NAMA_KODE
from sopap.monitor.run import Hasil, Period
from sopap.render.numbers import angka, durasi, persen

FORMAT = "sopap-pemantauan/1"

#: The main deviations in words, for "Catatan hasil penilaian".
_KALIMAT = {
    "WRONG_ACTOR": "langkah {n} dikerjakan bukan oleh pelaksananya",
    "OUT_OF_ORDER": "langkah {n} dikerjakan tidak menurut urutan",
    "SKIPPED": "langkah {n} dilewati",
    "LATE": "langkah {n} melebihi waktu baku",
    "UNKNOWN_STEP": "tercatat langkah {n} yang tidak ada di SOP",
    "UNKNOWN_SOP": "id SOP tidak dikenal",
    "UNFINISHED": "kasus berhenti sebelum langkah {n}",
}


def _iso(us: int | None, zone) -> str | None:
    if us is None:
        return None
    return datetime.fromtimestamp(us / 1e6, timezone.utc).astimezone(zone).isoformat(timespec="seconds")


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def catatan(a: SopAggregate) -> str:
    """'Catatan hasil penilaian': the share and the main deviations in words."""
    head = f"{a.sesuai} dari {a.kasus} kasus sesuai SOP ({persen(a.bagian_sesuai)})."
    main = a.utama(3)
    if not main:
        return head + " Tidak ada penyimpangan."
    parts = []
    for (kode, nomor), n in main:
        cases = "kasus" if kode in ("UNFINISHED", "UNKNOWN_SOP") else "kali"
        parts.append(f"{_KALIMAT[kode].format(n=nomor if nomor is not None else '-')} ({n} {cases})")
    return head + " Penyimpangan utama: " + "; ".join(parts) + "."


def _sop_entry(a: SopAggregate, corpus: Corpus, ambang: float) -> dict[str, Any]:
    try:
        sop = corpus.get(a.sop)
    except KeyError:
        sop = None
    entry: dict[str, Any] = {
        "sop": a.sop,
        "nama": sop.nama if sop else None,
        "kasus": a.kasus,
        "kasus_sesuai": a.sesuai,
        "kasus_selesai": a.selesai,
        "persen_sesuai": _round(100 * a.bagian_sesuai) if a.bagian_sesuai is not None else None,
        "penilaian": penilaian(a, ambang),
        "catatan": catatan(a),
        "temuan_per_kode": {kode: a.kode[kode] for kode in sorted(a.kode)},
        "penyimpangan_utama": [
            {"kode": kode, "langkah": nomor, "jumlah": n, "contoh": a.contoh[(kode, nomor)]}
            for (kode, nomor), n in a.utama(10)
        ],
        "bulan": [{"bulan": m, "kasus": n, "kasus_sesuai": ok} for m, (n, ok) in sorted(a.bulan.items())],
    }
    siklus = sorted(a.siklus)
    standard = beban(sop).menit if sop else None
    entry["siklus"] = {
        "waktu_baku_menit": standard,
        "rata_rata_menit": _round(sum(siklus) / len(siklus)) if siklus else None,
        "median_menit": _round(siklus[len(siklus) // 2]) if siklus else None,
        "melebihi_waktu_baku": sum(1 for m in siklus if standard is not None and m > standard + 1e-6),
    }
    if sop is not None:
        entry["langkah"] = [_step_entry(a, step) for step in sop.langkah]
        names = {p.id: p.nama for p in sop.pelaksana}
    else:
        entry["langkah"], names = [], {}
    entry["pelaksana"] = [
        {"pelaksana": pid, "nama": names.get(pid), "kasus": who.kasus, "langkah": who.langkah, "menit": _round(who.menit)}
        for pid, who in sorted(a.pelaksana.items(), key=lambda kv: -kv[1].menit)
    ]
    return entry


def _step_entry(a: SopAggregate, step) -> dict[str, Any]:
    figures = a.langkah.get(step.nomor)
    late = a.temuan.get(("LATE", step.nomor), 0)
    return {
        "langkah": step.nomor,
        "uraian": step.ringkasan,
        "pelaksana": step.pelaksana,
        "waktu_baku_menit": step.waktu.menit if step.waktu else None,
        "jumlah": figures.jumlah if figures else 0,
        "rata_rata_menit": _round(figures.total.rata) if figures else None,
        "rata_rata_tunggu_menit": _round(figures.tunggu.rata) if figures else None,
        "rata_rata_kerja_menit": _round(figures.kerja.rata) if figures else None,
        "terlambat": late,
    }


def laporan(
    hasil: Hasil, corpus: Corpus, *, ambang: float, zone, logs: list[str], periode: Period, kalender: dict
) -> dict[str, Any]:
    """The whole ``sopap-pemantauan/1`` document."""
    return {
        "format": FORMAT,
        "log": logs,
        "periode": {
            "dari": periode.dari.isoformat() if periode.dari else None,
            "sampai": periode.sampai.isoformat() if periode.sampai else None,
        },
        "ambang": ambang,
        "kalender": kalender,
        "peristiwa": hasil.peristiwa,
        "baris_rusak": [{"berkas": r.berkas, "baris": r.baris, "pesan": r.pesan} for r in hasil.rusak],
        "kasus": [
            {
                "kasus": k.kasus,
                "sop": k.sop,
                "selesai": _iso(k.selesai, zone),
                "siklus_menit": _round(k.siklus),
                "temuan": [
                    {"kode": t.kode, "langkah": t.langkah, "pesan": t.pesan, "sumber": t.sumber or None} for t in k.temuan
                ],
            }
            for k in hasil.kasus
        ],
        "sop": [_sop_entry(hasil.agregat[s], corpus, ambang) for s in sorted(hasil.agregat)],
    }


def ringkasan(doc: dict[str, Any]) -> list[str]:
    """Lines for the terminal: one per SOP, then the totals."""
    lines = []
    for s in doc["sop"]:
        lines.append(
            f"{s['sop']}: {s['kasus_sesuai']}/{s['kasus']} kasus sesuai ({angka(s['persen_sesuai'] or 0, 1)}%), "
            f"{s['penilaian']}"
        )
        for item in s["penyimpangan_utama"][:3]:
            lines.append(f"  {item['kode']} ({NAMA_KODE[item['kode']]}): {item['jumlah']}x, misalnya {item['contoh']}")
    return lines


def teks_durasi(menit: float | None) -> str:
    return "-" if menit is None else durasi(menit)
