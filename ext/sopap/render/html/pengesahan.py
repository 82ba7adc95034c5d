"""The closing block of the official layout: paraf box and signature."""

from __future__ import annotations

from sopap.model.sop import Sop
from sopap.render.html.catatan import NoteMarks
from sopap.render.html.identitas import paraf_box
from sopap.render.html.markup import esc


def signature_block(sop: Sop, tanda: NoteMarks) -> str:
    """Jabatan (upper case, ending with a comma), room to sign, then the name."""
    if sop.penandatangan is None:
        return ""
    jabatan = sop.penandatangan.jabatan.upper().rstrip(",") + ","
    return (
        '<div class="sopap-tandatangan">'
        f'<p class="sopap-jabatan">{esc(jabatan)}</p>'
        '<div class="sopap-ruang-ttd" aria-hidden="true"></div>'
        f'<p class="sopap-nama">{esc(sop.penandatangan.nama)}{tanda.at("penandatangan")}</p></div>'
    )


def closing(sop: Sop, tanda: NoteMarks) -> str:
    return f'<div class="sopap-penutup">{paraf_box(sop, tanda)}{signature_block(sop, tanda)}</div>'
