"""Plain docutils rendering of an SOP, for builders without a dedicated one.

Text, LaTeX, man and other builders get ordinary tables (identity, procedure
with the actor marked by its symbol name, signature), so nothing is lost in
any format. The HTML handbook and the PDF lampiran have their own renderers.
"""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes

from sopap.model.sop import Simbol, Sop

SIMBOL_TEKS = {
    Simbol.KAPSUL: "(mulai/selesai)",
    Simbol.KOTAK: "[proses]",
    Simbol.BELAH_KETUPAT: "<keputusan>",
}

Cell = str | Sequence[str] | nodes.Node


def _cell(value: Cell) -> nodes.entry:
    entry = nodes.entry()
    if isinstance(value, nodes.Node):
        entry += value
    elif isinstance(value, str):
        if value:
            entry += nodes.paragraph(value, value)
    else:
        items = [v for v in value if v]
        if len(items) == 1:
            entry += nodes.paragraph(items[0], items[0])
        elif items:
            lst = nodes.bullet_list()
            for item in items:
                lst += nodes.list_item("", nodes.paragraph(item, item))
            entry += lst
    return entry


def table(header: Sequence[str] | None, rows: Sequence[Sequence[Cell]], widths: Sequence[int], ids: Sequence[str] | None = None) -> nodes.table:
    tbl = nodes.table(classes=["sopap-plain"])
    group = nodes.tgroup(cols=len(widths))
    tbl += group
    for width in widths:
        group += nodes.colspec(colwidth=width)
    if header:
        thead = nodes.thead()
        row = nodes.row()
        for title in header:
            row += _cell(title)
        thead += row
        group += thead
    body = nodes.tbody()
    for index, values in enumerate(rows):
        row = nodes.row()
        if ids and ids[index]:
            row["ids"].append(ids[index])
        for value in values:
            row += _cell(value)
        body += row
    group += body
    return tbl


def render_sop(sop: Sop, anchor_of_step) -> list[nodes.Node]:
    ident = sop.identitas
    identity = table(
        None,
        [
            ["Nomor SOP", ident.nomor],
            ["Tanggal Pembuatan", ident.tanggal_pembuatan],
            ["Tanggal Revisi", ident.tanggal_revisi],
            ["Tanggal Pengesahan", ident.tanggal_pengesahan],
            ["Disahkan oleh", ident.disahkan_oleh],
            ["Nama SOP", sop.nama],
            ["Dasar Hukum", ident.dasar_hukum],
            ["Kualifikasi Pelaksana", ident.kualifikasi_pelaksana],
            ["Keterkaitan", ident.keterkaitan],
            ["Peralatan/Perlengkapan", ident.peralatan_perlengkapan],
            ["Peringatan", ident.peringatan],
            ["Pencatatan dan Pendataan", ident.pencatatan_pendataan],
        ],
        [25, 75],
    )
    rows = []
    for step in sop.langkah:
        uraian = [step.uraian] if step.uraian else []
        uraian += [f"{chr(97 + i)}. {text}" for i, text in enumerate(step.rincian)]
        known = {p.id: p.nama for p in sop.pelaksana}
        pelaksana = known.get(step.pelaksana, step.pelaksana)
        flow = SIMBOL_TEKS[step.simbol]
        if step.cabang:
            flow += f" {step.cabang.ya.label}: {step.cabang.ya.ke}; {step.cabang.tidak.label}: {step.cabang.tidak.ke}"
        rows.append(
            [
                str(step.nomor),
                uraian,
                f"{pelaksana} {flow}",
                step.kelengkapan,
                step.waktu.teks() if step.waktu else "",
                step.output,
                step.keterangan,
            ]
        )
    procedure = table(
        ["No", "Uraian Prosedur", "Pelaksana", "Kelengkapan", "Waktu", "Output", "Ket"],
        rows,
        [4, 34, 14, 18, 8, 18, 6],
        ids=[anchor_of_step(step.nomor) for step in sop.langkah],
    )
    result: list[nodes.Node] = [identity, procedure]
    if sop.penandatangan:
        result.append(nodes.paragraph(sop.penandatangan.jabatan, sop.penandatangan.jabatan))
        result.append(nodes.paragraph("", "", nodes.strong(sop.penandatangan.nama, sop.penandatangan.nama)))
    return result
