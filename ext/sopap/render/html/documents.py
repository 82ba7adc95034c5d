"""'Alur dokumen': for each document, the step that makes it and the steps
that need it; documents that come from outside the SOP are traced to the
SOPs of the handbook whose steps produce them."""

from __future__ import annotations

from sopap.model.documents import dokumen_usage, normalize_dokumen
from sopap.model.sop import Sop
from sopap.render.html.context import PageContext
from sopap.render.html.markup import esc
from sopap.render.html.simbol import actor_name


def _steps(sop: Sop, numbers, anchor_of_step) -> str:
    links = []
    for n in numbers:
        actor = actor_name(sop, sop.langkah_by_nomor(n).pelaksana)
        links.append(f'<a href="#{anchor_of_step(n)}">langkah {n}</a> <span class="sopap-siapa">({esc(actor)})</span>')
    return ", ".join(links)


def dokumen_section(sop: Sop, ctx: PageContext, anchor_of_step) -> str:
    usage = dokumen_usage(sop)
    if not usage:
        return ""
    index = ctx.indeks_produsen()
    rows = []
    for doc in usage:
        if doc.dibuat_oleh:
            made = _steps(sop, doc.dibuat_oleh, anchor_of_step)
        else:
            others = [(o, n) for o, n in index.get(normalize_dokumen(doc.nama), ()) if o.id != sop.id]
            refs = []
            for other, n in others:
                href = ctx.uri_sop(other.id)
                text = f"{other.nama}, langkah {n}"
                if href:
                    base = href.split("#", 1)[0]
                    refs.append(f'<a href="{esc(base)}#sop-{esc(other.id)}-langkah-{n}">{esc(text)}</a>')
                else:
                    refs.append(esc(text))
            made = '<span class="sopap-luar">dari luar SOP ini</span>'
            if refs:
                made += ": " + "; ".join(refs)
        needed = _steps(sop, doc.dibutuhkan_oleh, anchor_of_step) if doc.dibutuhkan_oleh else "—"
        rows.append(f"<tr><th scope=\"row\">{esc(doc.nama)}</th><td>{made}</td><td>{needed}</td></tr>")
    return (
        f'<section class="sopap-alur-dokumen" id="sop-{esc(sop.id)}-dokumen" aria-labelledby="sop-{esc(sop.id)}-dokumen-judul">'
        f'<h2 id="sop-{esc(sop.id)}-dokumen-judul">Alur dokumen</h2>'
        "<p>Setiap dokumen pada kolom Persyaratan/Kelengkapan dan Output, langkah yang "
        "menghasilkannya, dan langkah yang membutuhkannya.</p>"
        '<div class="sopap-gulir" tabindex="0" role="region" aria-label="Tabel alur dokumen">'
        '<table class="sopap-dokumen-tabel"><thead><tr><th scope="col">Dokumen</th>'
        '<th scope="col">Dihasilkan oleh</th><th scope="col">Dibutuhkan oleh</th></tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table></div></section>'
    )
