"""The procedure table: No | Uraian | one column per pelaksana | Mutu Baku | Ket.

The flowchart lives in the actor columns: each actor cell holds an SVG
stretched over the cell (see :mod:`.svg`), sized by :mod:`.geometry`.
"""

from __future__ import annotations

from dataclasses import replace

from sopap.model import flow
from sopap.model.sop import Langkah, Pelaksana, Simbol, Sop
from sopap.render.html.bagan import Bagan, layout
from sopap.render.html.catatan import NoteMarks
from sopap.render.html.markup import esc, items
from sopap.render.html.simbol import NAMA_SIMBOL, actor_name, cell_svg
from sopap.render.tidak_terbaca import KETERANGAN, TITIK, is_blank, unreadable

#: The symbol of a step as a small picture, for the step-by-step view of
#: narrow screens (where the flowchart columns do not fit).
_IKON = {
    Simbol.KAPSUL: '<rect x="1" y="4" width="26" height="12" rx="6"/>',
    Simbol.KOTAK: '<rect x="1" y="3" width="26" height="14"/>',
    Simbol.BELAH_KETUPAT: '<polygon points="14,1 27,10 14,19 1,10"/>',
}


def _uraian(step: Langkah) -> str:
    parts = []
    if step.uraian:
        parts.append(f"<p>{esc(step.uraian)}</p>")
    if step.rincian:
        parts.append(
            '<ol class="sopap-rincian" type="a">'
            + "".join(f"<li>{esc(text)}</li>" for text in step.rincian)
            + "</ol>"
        )
    return "".join(parts)


def _header(sop: Sop, bagan: Bagan, ids: list[str], tanda: NoteMarks, unknown: frozenset[str]) -> str:
    n = len(sop.pelaksana)
    actors = "".join(
        f'<th scope="col" id="{ids[i]}" class="sopap-aktor-judul sopap-aktor-asing" '
        f'style="min-width:{bagan.lebar_kolom[i]:g}px">{esc(p.nama)}'
        '<span class="sopap-asing-ket">pelaksana tidak dikenal</span></th>'
        if p.id in unknown
        else f'<th scope="col" id="{ids[i]}" class="sopap-aktor-judul" '
        f'style="min-width:{bagan.lebar_kolom[i]:g}px">{esc(p.nama)}</th>'
        for i, p in enumerate(sop.pelaksana)
    )
    return (
        "<thead>"
        '<tr><th scope="col" rowspan="2" class="sopap-no">No.</th>'
        '<th scope="col" rowspan="2" class="sopap-uraian">Uraian Prosedur</th>'
        f'<th scope="colgroup" colspan="{n}" class="sopap-pelaksana-judul">Pelaksana{tanda.at("pelaksana")}</th>'
        '<th scope="colgroup" colspan="3" class="sopap-mutu-judul">Mutu Baku</th>'
        '<th scope="col" rowspan="2" class="sopap-ket">Keterangan</th></tr>'
        f"<tr>{actors}"
        '<th scope="col" class="sopap-kelengkapan">Persyaratan/ Kelengkapan</th>'
        '<th scope="col" class="sopap-waktu">Waktu</th>'
        '<th scope="col" class="sopap-output">Output</th></tr>'
        "</thead>"
    )


def _next_text(sop: Sop, step: Langkah, anchor_of_step) -> str:
    """Where the flow goes from ``step``, as links: what the arrows say."""
    known = {s.nomor for s in sop.langkah}

    def to(nomor: int) -> str:
        back = "kembali ke " if nomor in known and flow.is_back_edge(sop, step.nomor, nomor) else "ke "
        return f'{back}<a href="#{esc(anchor_of_step(nomor))}">langkah {nomor}</a>'

    if step.cabang:
        return "; ".join(f"{esc(a.label)}: {to(a.ke)}" for a in (step.cabang.ya, step.cabang.tidak))
    if step.berikutnya:
        return "Lanjut " + ", ".join(to(n) for n in step.berikutnya)
    return "Prosedur selesai"


def _step_card(sop: Sop, step: Langkah, anchor_of_step, marks: str, unknown: frozenset[str] = frozenset()) -> str:
    """Symbol, pelaksana and where the flow goes: the flowchart of one step
    in words, shown instead of the actor columns on a narrow screen."""
    icon = (
        f'<svg class="sopap-ikon" viewBox="0 0 28 20" aria-hidden="true" focusable="false">{_IKON[step.simbol]}</svg>'
    )
    asing = step.pelaksana in unknown
    klass = "sopap-kartu sopap-aktor-asing" if asing else "sopap-kartu"
    note = '<span class="sopap-asing-ket">pelaksana tidak dikenal</span>' if asing else ""
    return (
        f'<td class="{klass}" data-label="Pelaksana">{icon}'
        f'<span class="sopap-kartu-pelaksana">{esc(actor_name(sop, step.pelaksana))}{note}</span> '
        f'<span class="sopap-kartu-simbol">· {esc(NAMA_SIMBOL[step.simbol])}</span>{marks}'
        f'<span class="sopap-kartu-alur">{_next_text(sop, step, anchor_of_step)}.</span></td>'
    )


def _blank(marked: bool) -> str:
    """A cell left empty because the original could not be read."""
    if not marked:
        return ""
    return f'<span class="sopap-titik" title="{esc(KETERANGAN)}">{TITIK}<span class="sopap-tersembunyi"> ({esc(KETERANGAN)})</span></span>'


def with_unknown_columns(sop: Sop) -> tuple[Sop, frozenset[str]]:
    """The SOP with a column for every pelaksana a step names that is not one
    of its columns (a typo, reported with its line): the step's symbol and
    arrows are drawn there, visibly, instead of vanishing."""
    known = {p.id for p in sop.pelaksana}
    unknown = [key for key in dict.fromkeys(s.pelaksana for s in sop.langkah) if key and key not in known]
    if not unknown:
        return sop, frozenset()
    return replace(sop, pelaksana=sop.pelaksana + tuple(Pelaksana(key, key) for key in unknown)), frozenset(unknown)


def procedure_table(sop: Sop, tanda: NoteMarks, anchor_of_step, penutup: str = "") -> str:
    """The whole table; ``anchor_of_step(n)`` gives each row's id. The
    closing (``penutup``: Paraf Koordinasi and signature) is its last row, as
    on the lampiran, so that a printed page never holds it alone."""
    sop, unknown = with_unknown_columns(sop)
    bagan = layout(sop)
    ids = [f"sop-{sop.id}-pelaksana-{p.id}" for p in sop.pelaksana]
    blank = unreadable(sop)
    rows = []
    for index, step in enumerate(sop.langkah):
        here = f"langkah-{step.nomor}"
        height = bagan.tinggi_baris[index]
        cells = []
        for col, actor in enumerate(sop.pelaksana):
            ident = f"sop-{sop.id}-bagan-{step.nomor}-{col}"
            svg = cell_svg(sop, bagan, index, col, ident)
            own = actor.id == step.pelaksana
            marks = tanda.at(f"{here}-aktor") if own else ""
            klass = "sopap-aktor sopap-aktor-pelaku" if own else "sopap-aktor"
            if actor.id in unknown:
                klass += " sopap-aktor-asing"
            cells.append(
                f'<td class="{klass}" headers="{ids[col]}" data-kolom="{col}" '
                f'style="height:{height:g}px">{svg}{marks}</td>'
            )
        waktu = esc(step.waktu.teks()) if step.waktu else _blank(is_blank(step, "waktu", blank))
        kelengkapan = items(step.kelengkapan, cls="sopap-dokumen") or _blank(is_blank(step, "kelengkapan", blank))
        output = items(step.output, cls="sopap-dokumen") or _blank(is_blank(step, "output", blank))
        rows.append(
            f'<tr id="{anchor_of_step(step.nomor)}" data-langkah="{step.nomor}" '
            f'data-pelaksana="{esc(step.pelaksana)}">'
            f'<th scope="row" class="sopap-no">{step.nomor}{tanda.at(f"{here}-no")}</th>'
            f'<td class="sopap-uraian" data-label="Uraian Prosedur">{_uraian(step)}{tanda.at(f"{here}-uraian")}'
            f'<p class="sopap-alur-cetak">→ {_next_text(sop, step, anchor_of_step)}.</p></td>'
            + _step_card(sop, step, anchor_of_step, tanda.at(f"{here}-aktor"), unknown)
            + "".join(cells)
            + f'<td class="sopap-kelengkapan" data-label="Persyaratan/Kelengkapan">{kelengkapan}'
            f'{tanda.at(f"{here}-kelengkapan")}</td>'
            f'<td class="sopap-waktu" data-label="Waktu">{waktu}{tanda.at(f"{here}-waktu")}</td>'
            f'<td class="sopap-output" data-label="Output">{output}{tanda.at(f"{here}-output")}</td>'
            f'<td class="sopap-ket" data-label="Keterangan">{esc(step.keterangan)}{tanda.at(f"{here}-keterangan")}</td>'
            "</tr>"
        )
    if penutup:
        rows.append(f'<tr class="sopap-penutup-baris"><td colspan="{len(sop.pelaksana) + 7}">{penutup}</td></tr>')
    # the hint is shown (by sopap-gulir.js) only while the table is wider than its box
    return (
        '<p class="sopap-gulir-petunjuk" hidden><span aria-hidden="true">↔</span> '
        "Tabel lebih lebar dari layar: geser ke samping untuk melihat semua kolom.</p>"
        '<div class="sopap-gulir-bingkai"><div class="sopap-gulir" tabindex="0" role="region" '
        f'aria-label="Tabel prosedur {esc(sop.nama)} (dapat digulir ke samping)">'
        f'<table class="sopap-prosedur" data-sop="{esc(sop.id)}">'
        f'<caption>STANDAR OPERASIONAL PROSEDUR {esc(sop.nama.upper())}</caption>'
        f'{_header(sop, bagan, ids, tanda, unknown)}<tbody>{"".join(rows)}</tbody></table></div></div>'
    )
