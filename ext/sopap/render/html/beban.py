"""The workload section of an SOP page: what one case asks of each pelaksana
by the time standards (:mod:`sopap.model.beban`). Escaped, no script."""

from __future__ import annotations

from html import escape

from sopap.model.beban import beban, walkable
from sopap.model.sop import Sop
from sopap.render.numbers import angka, durasi


def beban_html(sop: Sop) -> str:
    """The workload section of an SOP page: total and a table per pelaksana
    (none while the SOP's flow has a problem)."""
    if not walkable(sop):
        return ""
    b = beban(sop)
    rows = "".join(
        "<tr>"
        f"<td>{escape(p.nama)}</td>"
        f"<td>{escape(', '.join(str(n) for n in p.langkah))}</td>"
        f"<td class=\"sopap-angka\">{escape(durasi(p.menit))}</td>"
        f"<td class=\"sopap-angka\">{escape(angka(p.menit / 60, 1))}</td>"
        "</tr>"
        for p in b.pelaksana
    )
    note = ""
    if b.tanpa_waktu:
        listed = ", ".join(str(n) for n in b.tanpa_waktu)
        note = f"<p>Langkah {escape(listed)} tidak memiliki waktu baku dan tidak ikut dijumlahkan.</p>"
    return (
        f'<section class="sopap-beban" id="sop-{escape(sop.id)}-beban">'
        "<h2>Beban kerja menurut waktu baku</h2>"
        f"<p>Satu kasus yang melalui langkah {escape(_urutan(b.langkah))} membutuhkan "
        f"<strong>{escape(durasi(b.menit))}</strong> kerja menurut waktu baku "
        f"({escape(angka(b.menit / 60, 1))} jam kerja; 1 hari = 450 menit kerja).</p>"
        '<table class="sopap-beban-tabel"><thead><tr><th scope="col">Pelaksana</th><th scope="col">Langkah</th>'
        '<th scope="col">Waktu baku per kasus</th><th scope="col">Jam kerja</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>{note}</section>"
    )


def _urutan(nomor: tuple[int, ...]) -> str:
    """``1-10`` for a plain run, else the numbers listed."""
    if nomor and list(nomor) == list(range(nomor[0], nomor[0] + len(nomor))):
        return f"{nomor[0]}-{nomor[-1]}" if len(nomor) > 1 else str(nomor[0])
    return ", ".join(str(n) for n in nomor)
