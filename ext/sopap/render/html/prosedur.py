"""The procedure table: No | Uraian | one column per pelaksana | Mutu Baku | Ket.

The flowchart lives in the actor columns: each actor cell holds an SVG
stretched over the cell (see :mod:`.svg`), sized by :mod:`.geometry`.
"""

from __future__ import annotations

from dataclasses import replace

from sopap.model.sop import Langkah, Pelaksana, Sop
from sopap.render.html.bagan import Bagan, layout
from sopap.render.html.catatan import NoteMarks
from sopap.render.html.markup import esc, items
from sopap.render.html.simbol import cell_svg


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


def with_unknown_columns(sop: Sop) -> tuple[Sop, frozenset[str]]:
    """The SOP with a column for every pelaksana a step names that is not one
    of its columns (a typo, reported with its line): the step's symbol and
    arrows are drawn there, visibly, instead of vanishing."""
    known = {p.id for p in sop.pelaksana}
    unknown = [key for key in dict.fromkeys(s.pelaksana for s in sop.langkah) if key and key not in known]
    if not unknown:
        return sop, frozenset()
    return replace(sop, pelaksana=sop.pelaksana + tuple(Pelaksana(key, key) for key in unknown)), frozenset(unknown)


def procedure_table(sop: Sop, tanda: NoteMarks, anchor_of_step) -> str:
    """The whole table; ``anchor_of_step(n)`` gives each row's id."""
    sop, unknown = with_unknown_columns(sop)
    bagan = layout(sop)
    ids = [f"sop-{sop.id}-pelaksana-{p.id}" for p in sop.pelaksana]
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
        waktu = step.waktu.teks() if step.waktu else ""
        rows.append(
            f'<tr id="{anchor_of_step(step.nomor)}" data-langkah="{step.nomor}" '
            f'data-pelaksana="{esc(step.pelaksana)}">'
            f'<th scope="row" class="sopap-no">{step.nomor}{tanda.at(f"{here}-no")}</th>'
            f'<td class="sopap-uraian">{_uraian(step)}{tanda.at(f"{here}-uraian")}</td>'
            + "".join(cells)
            + f'<td class="sopap-kelengkapan">{items(step.kelengkapan, cls="sopap-dokumen")}'
            f'{tanda.at(f"{here}-kelengkapan")}</td>'
            f'<td class="sopap-waktu">{esc(waktu)}{tanda.at(f"{here}-waktu")}</td>'
            f'<td class="sopap-output">{items(step.output, cls="sopap-dokumen")}{tanda.at(f"{here}-output")}</td>'
            f'<td class="sopap-ket">{esc(step.keterangan)}{tanda.at(f"{here}-keterangan")}</td>'
            "</tr>"
        )
    return (
        '<div class="sopap-gulir" tabindex="0" role="region" '
        f'aria-label="Tabel prosedur {esc(sop.nama)} (dapat digulir ke samping)">'
        f'<table class="sopap-prosedur" data-sop="{esc(sop.id)}">'
        f'<caption>STANDAR OPERASIONAL PROSEDUR {esc(sop.nama.upper())}</caption>'
        f'{_header(sop, bagan, ids, tanda, unknown)}<tbody>{"".join(rows)}</tbody></table></div>'
    )
