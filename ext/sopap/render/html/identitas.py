"""The official identity page: lampiran header, kop, identity table, paraf.

Layout of the Permenpan RB 35/2012 form as the DPPPA Kota Bekasi SOPs print
it: the kop (logo, PEMERINTAH KOTA BEKASI, the dinas) beside the label/value
block, then three rows of two cells.
"""

from __future__ import annotations

from sopap.model.keterkaitan import resolve_keterkaitan
from sopap.model.paraf import status_paraf
from sopap.model.sop import Paraf, Sop
from sopap.render.html.catatan import NoteMarks
from sopap.render.html.context import PageContext
from sopap.render.html.markup import esc, items, link

LABEL_IDENTITAS = (
    ("nomor", "Nomor SOP"),
    ("tanggal-pembuatan", "Tanggal Pembuatan"),
    ("tanggal-revisi", "Tanggal Revisi"),
    ("tanggal-pengesahan", "Tanggal Pengesahan"),
    ("disahkan-oleh", "Disahkan oleh"),
    ("nama", "Nama SOP"),
)


def kop_lines(pemerintah: str, instansi: str) -> tuple[str, str]:
    """``PEMERINTAH KOTA BEKASI`` and the dinas without the repeated region."""
    region = pemerintah.removeprefix("Pemerintah ").strip()
    dinas = instansi
    if region and dinas.lower().endswith(" " + region.lower()):
        dinas = dinas[: -len(region)].strip()
    return pemerintah.upper(), dinas.upper()


def lampiran_header(sop: Sop, ctx: PageContext, tanda: NoteMarks) -> str:
    """The 'LAMPIRAN ... KEPUTUSAN ... NOMOR ... TANGGAL ... TENTANG ...' block,
    of the Keputusan of the SOP's instansi."""
    k = ctx.corpus.keputusan_of(sop)
    numeral = esc(sop.lampiran) if sop.lampiran else '<span class="sopap-kosong">(belum terbaca)</span>'
    rows = [f"<tr><th scope=\"row\">LAMPIRAN</th><td>{numeral}{tanda.at('lampiran')}</td></tr>"]
    if k.pejabat:
        rows.append(f'<tr><th scope="row">KEPUTUSAN</th><td>{esc(k.pejabat.upper())}</td></tr>')
    if k.nomor:
        rows.append(f'<tr><th scope="row">NOMOR</th><td>{esc(k.nomor)}</td></tr>')
    if k.tanggal:
        rows.append(f'<tr><th scope="row">TANGGAL</th><td>{esc(k.tanggal.upper())}</td></tr>')
    if k.tentang:
        rows.append(f'<tr><th scope="row">TENTANG</th><td>{esc(k.tentang.upper())}</td></tr>')
    return f'<table class="sopap-lampiran">{"".join(rows)}</table>'


def kop(sop: Sop, ctx: PageContext, tanda: NoteMarks) -> str:
    pemerintah, dinas = kop_lines(ctx.corpus.keputusan.pemerintah or "", sop.instansi)
    if ctx.logo:
        logo = f'<img class="sopap-logo" src="{esc(ctx.logo)}" alt="Lambang {esc(pemerintah.title())}">'
    else:
        logo = '<span class="sopap-logo sopap-logo-kosong" aria-hidden="true"></span>'
    return (
        f'<div class="sopap-kop">{logo}<div class="sopap-kop-teks">'
        f'<span class="sopap-kop-pemerintah">{esc(pemerintah)}</span>'
        f'<span class="sopap-kop-dinas">{esc(dinas)}</span>{tanda.at("kop")}</div></div>'
    )


def _keterkaitan(sop: Sop, ctx: PageContext) -> str:
    entries = [e for e in sop.identitas.keterkaitan if e]
    if not entries:
        return ""
    out = []
    for entry in entries:
        target = resolve_keterkaitan(entry, ctx.corpus, ctx.indeks_terkait())
        href = ctx.uri_sop(target.id) if target is not None and target.id != sop.id else None
        out.append(f"<li>{link(href, entry, 'sopap-terkait')}</li>")
    tag = "ol" if len(out) > 1 else "ul"
    return f'<{tag} class="sopap-keterkaitan-daftar">{"".join(out)}</{tag}>'


def identity_table(sop: Sop, ctx: PageContext, tanda: NoteMarks) -> str:
    ident = sop.identitas
    values = {
        "nomor": ident.nomor,
        "tanggal-pembuatan": ident.tanggal_pembuatan,
        "tanggal-revisi": ident.tanggal_revisi,
        "tanggal-pengesahan": ident.tanggal_pengesahan,
        "disahkan-oleh": ident.disahkan_oleh,
        "nama": sop.nama,
    }
    rows = []
    for index, (key, label) in enumerate(LABEL_IDENTITAS):
        kop_cell = ""
        if index == 0:
            kop_cell = f'<td class="sopap-kop-sel" rowspan="{len(LABEL_IDENTITAS)}">{kop(sop, ctx, tanda)}</td>'
        value = esc(values[key])
        if key == "nama":
            value = f"<strong>{value}</strong>"
        rows.append(
            f'<tr>{kop_cell}<th scope="row" class="sopap-label-id">{label}</th>'
            f'<td class="sopap-nilai-id" data-medan="{key}">{value}{tanda.at(key)}</td></tr>'
        )
    pairs = (
        (("dasar-hukum", "Dasar Hukum", items(ident.dasar_hukum, ordered=True)),
         ("kualifikasi-pelaksana", "Kualifikasi Pelaksana", items(ident.kualifikasi_pelaksana, ordered=True))),
        (("keterkaitan", "Keterkaitan", _keterkaitan(sop, ctx)),
         ("peralatan-perlengkapan", "Peralatan/Perlengkapan", items(ident.peralatan_perlengkapan, ordered=True))),
        (("peringatan", "Peringatan", items(ident.peringatan)),
         ("pencatatan-pendataan", "Pencatatan dan Pendataan", items(ident.pencatatan_pendataan, ordered=True))),
    )
    for left, right in pairs:
        rows.append(
            f'<tr class="sopap-judul-pasangan"><th scope="col">{left[1]}</th>'
            f'<th scope="col" colspan="2">{right[1]}</th></tr>'
        )
        rows.append(
            f'<tr class="sopap-isi-pasangan"><td data-medan="{left[0]}" data-label="{left[1]}">'
            f'{left[2]}{tanda.at(left[0])}</td>'
            f'<td colspan="2" data-medan="{right[0]}" data-label="{right[1]}">{right[2]}{tanda.at(right[0])}</td></tr>'
        )
    return (
        '<table class="sopap-identitas"><caption class="sopap-tersembunyi">Identitas SOP '
        f'{esc(sop.nama)}</caption><colgroup><col class="sopap-kol-kop"><col class="sopap-kol-label">'
        f'<col class="sopap-kol-nilai"></colgroup><tbody>{"".join(rows)}</tbody></table>'
    )


def paraf_cell(paraf: Paraf | None, berubah: bool = False) -> str:
    """The paraf cell: who initialled this content and when, or that nobody has.

    A paraf of another content (the SOP changed after it) is not shown as a
    paraf of this one: the cell says so and stays empty for a new paraf.
    """
    if berubah:
        return '<td class="sopap-paraf-isi"><span class="sopap-paraf-belum">isi berubah sesudah paraf</span></td>'
    if paraf is None:
        return '<td class="sopap-paraf-isi"><span class="sopap-paraf-belum">belum diparaf</span></td>'
    nama = esc(paraf.nama) if paraf.nama else '<span class="sopap-paraf-tt">diparaf (nama tidak terbaca)</span>'
    tanggal = esc(paraf.tanggal) if paraf.tanggal else '<span class="sopap-paraf-tt">tanggal tidak terbaca</span>'
    return (
        f'<td class="sopap-paraf-isi sopap-paraf-ada"><span class="sopap-paraf-nama">{nama}</span>'
        f'<span class="sopap-paraf-tanggal">{tanggal}</span></td>'
    )


def paraf_box(sop: Sop, tanda: NoteMarks) -> str:
    """The 'Paraf Koordinasi' box: one row per official with the recorded paraf."""
    if not sop.paraf_koordinasi:
        return ""
    status = status_paraf(sop)
    berubah = {jabatan for jabatan, _ in status.berubah}
    rows = "".join(
        f'<tr><th scope="row">{esc(jabatan)}</th>{paraf_cell(paraf, jabatan in berubah)}</tr>'
        for jabatan, paraf in status.per_jabatan
    )
    return (
        '<table class="sopap-paraf"><thead><tr><th scope="colgroup" colspan="2">Paraf Koordinasi'
        f'{tanda.at("paraf")}</th></tr></thead><tbody>{rows}</tbody></table>'
    )
