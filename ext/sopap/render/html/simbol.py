"""SVG of one actor cell: its symbol, arrow pieces and branch labels.

The outer ``<svg>`` is stretched over the cell by CSS; an inner ``<svg>``
placed at ``x="50%"`` puts the origin on the cell's centre line, so pixel
offsets from the centre, ``±50%`` for the side edges and ``100%`` for the
bottom edge can be written directly as SVG lengths (see :mod:`.geometry`).
"""

from __future__ import annotations

from html import escape

from sopap.model import flow
from sopap.model.sop import Simbol, Sop
from sopap.render.html.bagan import ATAS, BARIS_LABEL, KEPALA, Bagan, Kepala, Lambang, Titik, X, Y

NAMA_SIMBOL = {
    Simbol.KAPSUL: "kapsul (mulai/selesai)",
    Simbol.KOTAK: "kotak (proses)",
    Simbol.BELAH_KETUPAT: "belah ketupat (keputusan)",
}


def _x(x: X) -> str:
    if x.ref == "kiri":
        return "-50%"
    if x.ref == "kanan":
        return "50%"
    return f"{x.d:g}"


def _y(y: Y) -> str:
    return "100%" if y.ref == "bawah" else f"{y.d:g}"


def _symbol(lam: Lambang) -> str:
    w, h = lam.lebar, lam.tinggi
    attrs = f'class="sopap-simbol sopap-simbol-{lam.jenis.value}" data-langkah="{lam.nomor}"'
    if lam.jenis is Simbol.BELAH_KETUPAT:
        points = f"0,{ATAS:g} {w / 2:g},{ATAS + h / 2:g} 0,{ATAS + h:g} {-w / 2:g},{ATAS + h / 2:g}"
        return f'<polygon {attrs} points="{points}"/>'
    rx = h / 2 if lam.jenis is Simbol.KAPSUL else 0
    return f'<rect {attrs} x="{-w / 2:g}" y="{ATAS:g}" width="{w:g}" height="{h:g}" rx="{rx:g}"/>'


def _head(k: Kepala) -> str:
    tx, ty = k.ujung.x.d, k.ujung.y.d
    half = KEPALA * 0.65
    if k.arah == "bawah":
        pts = ((tx - half, ty - KEPALA), (tx + half, ty - KEPALA))
    elif k.arah == "atas":
        pts = ((tx - half, ty + KEPALA), (tx + half, ty + KEPALA))
    elif k.arah == "kiri":
        pts = ((tx + KEPALA, ty - half), (tx + KEPALA, ty + half))
    else:
        pts = ((tx - KEPALA, ty - half), (tx - KEPALA, ty + half))
    (ax, ay), (bx, by) = pts
    return (
        f'<path class="sopap-kepala" data-dari="{k.dari}" data-ke="{k.ke}" data-arah="{k.arah}" '
        f'd="M{ax:g} {ay:g}L{tx:g} {ty:g}L{bx:g} {by:g}Z"/>'
    )


def _point(p: Titik) -> tuple[str, str]:
    return _x(p.x), _y(p.y)


def actor_name(sop: Sop, pelaksana_id: str) -> str:
    try:
        return sop.pelaksana_by_id(pelaksana_id).nama
    except KeyError:
        return pelaksana_id or "pelaksana tidak dikenal"


def describe_step(sop: Sop, nomor: int) -> tuple[str, str]:
    """Title and description of a step's symbol, for assistive technology."""
    step = sop.langkah_by_nomor(nomor)
    actor = actor_name(sop, step.pelaksana)
    title = f"Langkah {nomor}: {NAMA_SIMBOL[step.simbol]}"
    if step.cabang:
        parts = []
        for arah in (step.cabang.ya, step.cabang.tidak):
            known = {s.nomor for s in sop.langkah}
            back = "kembali ke " if arah.ke in known and flow.is_back_edge(sop, nomor, arah.ke) else "ke "
            parts.append(f"{arah.label}: {back}langkah {arah.ke}")
        nxt = "; ".join(parts) + "."
    elif step.berikutnya:
        nxt = "Berikutnya: " + ", ".join(f"langkah {n}" for n in step.berikutnya) + "."
    else:
        nxt = "Prosedur selesai."
    return title, f"{actor}: {step.ringkasan}. {nxt}"


def cell_svg(sop: Sop, bagan: Bagan, baris: int, kolom: int, ident: str) -> str:
    """The SVG for one actor cell, or an empty string when it draws nothing."""
    symbols, segments, heads, labels = bagan.isi_sel(baris, kolom)
    if not (symbols or segments or heads or labels):
        return ""
    body: list[str] = []
    for seg in segments:
        (x1, y1), (x2, y2) = _point(seg.a), _point(seg.b)
        body.append(
            f'<line class="sopap-garis" data-dari="{seg.dari}" data-ke="{seg.ke}" '
            f'x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"/>'
        )
    body.extend(_head(k) for k in heads)
    body.extend(_symbol(lam) for lam in symbols)
    for label in labels:
        x, y = _point(label.titik)
        n = len(label.baris_teks)
        first = label.titik.y.d - (n - 1) * BARIS_LABEL if label.naik else label.titik.y.d
        spans = "".join(
            f'<tspan x="{x}" y="{first + i * BARIS_LABEL:g}">{escape(line)}</tspan>'
            for i, line in enumerate(label.baris_teks)
        )
        body.append(
            f'<text class="sopap-label sopap-label-{label.cabang}" data-dari="{label.dari}" '
            f'data-ke="{label.ke}" text-anchor="{label.rata}">{spans}</text>'
        )
    if symbols:
        title, desc = describe_step(sop, symbols[0].nomor)
        role = f'role="img" aria-labelledby="{ident}-t {ident}-d"'
    else:
        pairs = sorted({(s.dari, s.ke) for s in segments})
        title = "Garis alir"
        desc = "; ".join(f"garis dari langkah {a} ke langkah {b}" for a, b in pairs).capitalize() + "."
        role = 'aria-hidden="true"'
    return (
        f'<svg class="sopap-bagan" {role} xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{ident}-t">{escape(title)}</title><desc id="{ident}-d">{escape(desc)}</desc>'
        f'<svg x="50%" width="100%" height="100%" overflow="visible">{"".join(body)}</svg></svg>'
    )
