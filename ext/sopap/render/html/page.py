"""The whole SOP as the handbook shows it: a pure function of the model.

Order follows the signed documents: lampiran header, identity page with its
Paraf Koordinasi box, procedure table, Paraf Koordinasi and signature. The
handbook's own additions (document flow, transcription notes) come after
the official part and are not printed.
"""

from __future__ import annotations

from collections.abc import Callable

from sopap.model.paraf import status_paraf
from sopap.model.sop import Sop
from sopap.render.html.beban import beban_html
from sopap.render.html.catatan import SEL_LANGKAH, NoteMarks
from sopap.render.html.context import PageContext
from sopap.render.html.documents import dokumen_section
from sopap.render.html.identitas import LABEL_IDENTITAS, identity_table, lampiran_header, paraf_box
from sopap.render.html.markup import esc
from sopap.render.html.pengesahan import closing
from sopap.render.html.prosedur import procedure_table
from sopap.render.html.review.links import (
    LINT_PAGE,
    OVERVIEW_PAGE,
    history_page_name,
    lint_anchor,
    since_paraf_page_name,
)
from sopap.review.confirm import to_confirm

PAIR_KEYS = (
    "dasar-hukum",
    "kualifikasi-pelaksana",
    "keterkaitan",
    "peralatan-perlengkapan",
    "peringatan",
    "pencatatan-pendataan",
)


def known_places(sop: Sop) -> set[str]:
    """Every place of the page that can carry a note marker."""
    places = {"lampiran", "kop", "pelaksana", "paraf", "penandatangan"}
    places.update(key for key, _ in LABEL_IDENTITAS)
    places.update(PAIR_KEYS)
    for step in sop.langkah:
        places.update(f"langkah-{step.nomor}-{cell}" for cell in set(SEL_LANGKAH.values()))
    return places


def summary_line(sop: Sop, ctx: PageContext) -> str:
    lampiran = f"Lampiran {esc(sop.lampiran)}" if sop.lampiran else "Lampiran belum terbaca"
    notes = ""
    if sop.catatan:
        notes = f' · <a href="#sop-{esc(sop.id)}-catatan">{len(sop.catatan)} catatan transkripsi</a>'
        konfirmasi = to_confirm(sop)
        if konfirmasi.jumlah:
            notes += (
                f' (<span class="sopap-perlu">{konfirmasi.jumlah} perlu dikonfirmasi</span>: '
                f"{konfirmasi.inferensi} inferensi, {konfirmasi.tidak_terbaca} tidak terbaca)"
            )
    links = " · ".join(
        f'<a class="sopap-unduh" href="{esc(href)}" download>{esc(label)}</a>'
        for label, href in ctx.unduhan(sop)
    )
    downloads = f" · Unduh {links}" if links else ""
    return (
        f'<p class="sopap-ringkas">{lampiran} · {esc(ctx.bidang(sop.bidang, sop.instansi))} · '
        f"{len(sop.pelaksana)} pelaksana · {len(sop.langkah)} langkah · revisi {sop.revisi}{notes}{downloads}"
        f"{review_links(sop, ctx)}</p>"
    )


def review_links(sop: Sop, ctx: PageContext) -> str:
    """Riwayat, lint counts and the review-mode switch (builds with review pages)."""
    riwayat = ctx.uri_halaman(history_page_name(sop.id))
    if riwayat is None:
        return ""
    lint = ctx.uri_halaman(LINT_PAGE)
    counts = ctx.temuan(sop.id)
    found = ", ".join(f"{counts[k]} {k}" for k in ("galat", "peringatan", "saran") if counts.get(k))
    return (
        f'<br><span class="sopap-tinjau-alat"><a href="{esc(riwayat)}">Riwayat revisi</a> · '
        f'<a href="{esc(f"{lint}#{lint_anchor(sop.id)}")}">Temuan lint: {found or "tidak ada"}</a> · '
        f'<a href="{esc(ctx.uri_halaman(OVERVIEW_PAGE) or "")}">Tinjauan semua SOP</a>'
        '<button type="button" class="sopap-tombol-tinjau" aria-pressed="false" hidden>Mode tinjauan</button>'
        "</span>"
    )


def draf_banner(sop: Sop, ctx: PageContext | None = None) -> str:
    """Above a revision whose content is not covered by every paraf koordinasi (printed too)."""
    status = status_paraf(sop)
    if not status.draf:
        return ""
    link = ""
    if status.berubah and ctx is not None:
        href = ctx.uri_halaman(since_paraf_page_name(sop.id))
        if href:
            link = f' <a href="{esc(href)}">Lihat yang berubah sejak paraf</a>.'
    return (
        f'<div class="sopap-draf" role="note"><strong class="sopap-draf-cap">DRAF</strong>'
        f"Revisi {status.revisi} SOP ini: {esc(status.keterangan())}. "
        f"Belum siap ditandatangani dan belum berlaku sebagai SOP resmi.{link}</div>"
    )


def print_note(sop: Sop, ctx: PageContext) -> str:
    """Printed pages only: the lampiran PDF is the document to print, initial and sign."""
    from sopap.render.pdf.order import file_name_of  # a name only: no reportlab

    offered = any(label == "Lampiran PDF" for label, _ in ctx.unduhan(sop))
    where = "tautan <em>Unduh Lampiran PDF</em> pada halaman ini" if offered else "dari pengelola buku pegangan"
    return (
        '<p class="sopap-cetak-catatan">Cetakan halaman buku pegangan, untuk dibaca. Naskah resmi untuk '
        f"diparaf dan ditandatangani adalah lampiran PDF SOP ini (<strong>{esc(file_name_of(sop))}</strong>, "
        f"{where}): bagan alirnya lengkap, dengan konektor antarhalaman. "
        "Di sini setiap langkah menyebut langkah berikutnya.</p>"
    )


def render_sop(sop: Sop, ctx: PageContext, anchor_of_step: Callable[[int], str]) -> str:
    tanda = NoteMarks.of(sop)
    # the identity page has its own Paraf Koordinasi box, as on paper
    identity = (
        f'<section class="sopap-lembar sopap-lembar-identitas" aria-label="Identitas SOP">'
        f"{lampiran_header(sop, ctx, tanda)}{identity_table(sop, ctx, tanda)}"
        f'<div class="sopap-penutup sopap-penutup-identitas">{paraf_box(sop, tanda)}</div></section>'
    )
    procedure = (
        f'<section class="sopap-lembar sopap-lembar-prosedur" aria-label="Prosedur">'
        f"{procedure_table(sop, tanda, anchor_of_step, closing(sop, tanda))}</section>"
    )
    return (
        f'<div class="sopap-sop" data-sop="{esc(sop.id)}">'
        f"{draf_banner(sop, ctx)}{summary_line(sop, ctx)}{print_note(sop, ctx)}{identity}{procedure}"
        f"{dokumen_section(sop, ctx, anchor_of_step)}{beban_html(sop)}{tanda.section(known_places(sop))}</div>"
    )
