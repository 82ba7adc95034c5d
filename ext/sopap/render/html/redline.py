"""The comparison as HTML: ``<del>`` and ``<ins>`` in a table per SOP.

:func:`fragmen` is the body shared by the handbook's redline pages and the
standalone file of ``sopap diff -o``; :func:`dokumen` wraps it in a page with
the review stylesheet inlined, so the file opens anywhere without a server.
"""

from __future__ import annotations

from html import escape
from importlib import resources

from sopap.review.diff.result import CommitInfo, CorpusDiff, FieldChange, SopDiff
from sopap.review.diff.words import DELETED, INSERTED, SAME, baris

KELAS_KEADAAN = {"ditambahkan": "tambah", "dihapus": "hapus"}


def esc(text: str) -> str:
    return escape(text, quote=True)


def _tepi(text: str) -> tuple[str, str, str]:
    """(leading whitespace, core, trailing whitespace): marks cover words only."""
    core = text.strip()
    if not core:
        return text, "", ""
    start = text.index(core)
    return text[:start], core, text[start + len(core) :]


def _br(text: str) -> str:
    return esc(text).replace("\n", "<br>")


def pieces_html(change: FieldChange) -> str:
    lines = []
    for line in baris(change.potongan):
        if isinstance(line, int):
            lines.append(f'<span class="sopap-redline-lewat">… {line} baris tidak berubah</span>')
        else:
            lines.append(_satu_baris(line))
    return "<br>".join(lines)


def _satu_baris(pieces) -> str:
    out = []
    previous = SAME
    for piece in pieces:
        if piece.jenis == SAME:
            out.append(_br(piece.teks))
        else:
            tag = "del" if piece.jenis == DELETED else "ins"
            lead, core, trail = _tepi(piece.teks)
            if piece.jenis == INSERTED and previous == DELETED and not lead:
                lead = "\u2009"  # a thin space keeps "3" and "9" of "3 -> 9" apart
            out.append(_br(lead) + (f"<{tag}>{_br(core)}</{tag}>" if core else "") + _br(trail))
        previous = piece.jenis
    return "".join(out)


def _baris(change: FieldChange) -> str:
    return f'<tr><th scope="row">{esc(change.label)}</th><td>{pieces_html(change)}</td></tr>'


def legenda() -> str:
    return (
        '<p class="sopap-redline-legenda">Tanda: <del>teks yang dihapus</del> '
        "<ins>teks yang ditambahkan</ins></p>"
    )


def _commits(commits: tuple[CommitInfo, ...]) -> str:
    if not commits:
        return ""
    rows = "".join(
        f"<li><code>{esc(c.commit[:10])}</code> {esc(c.tanggal[:10])}"
        + (f", {esc(c.penulis)}" if c.penulis else "")
        + f": <em>{esc(c.pesan)}</em></li>"
        for c in commits
    )
    return f'<p class="sopap-redline-commit-judul">Commit yang mengubahnya:</p><ul class="sopap-redline-commit">{rows}</ul>'


def sop_html(item: SopDiff, tautan_langkah=None, commits: tuple[CommitInfo, ...] = ()) -> str:
    """One SOP's changes. ``tautan_langkah(nomor)`` links a new step, if given."""
    sop = item.sop
    out = [
        f'<section class="sopap-redline-sop" id="banding-{esc(sop.id)}">',
        f"<h2>{esc(sop.nama)} <span class=\"sopap-redline-kode\">({esc(sop.id)})</span></h2>",
        f'<p class="sopap-redline-ringkas">{esc(item.ringkasan())}</p>',
        f'<p class="sopap-redline-revisi">Revisi SOP: <strong>{esc(item.revisi())}</strong></p>',
        _commits(commits),
    ]
    if item.identitas:
        out.append('<h3>Identitas</h3><table class="sopap-redline-tabel"><tbody>')
        out += [_baris(change) for change in item.identitas]
        out.append("</tbody></table>")
    changed = [step for step in item.langkah if step.berubah]
    if changed:
        out.append('<h3>Langkah</h3><table class="sopap-redline-tabel">')
        for step in changed:
            state = step.keadaan()
            kind = KELAS_KEADAAN.get(state, "ubah")
            title = esc(step.judul())
            if tautan_langkah is not None and step.baru is not None:
                href = tautan_langkah(step.baru.nomor)
                if href:
                    title = f'<a href="{esc(href)}">{title}</a>'
            out.append(
                f'<tbody class="sopap-redline-langkah sopap-redline-{kind}">'
                f'<tr class="sopap-redline-kepala"><th colspan="2" scope="rowgroup">{title} '
                f'<span class="sopap-redline-keadaan">{esc(state)}</span></th></tr>'
            )
            if step.konteks:  # which step: its text, unchanged, beside the field that changed
                out.append(
                    f'<tr class="sopap-redline-konteks"><th scope="row">Uraian</th><td>{_br(step.konteks)}</td></tr>'
                )
            out += [_baris(change) for change in step.medan]
            out.append("</tbody>")
        out.append("</table>")
    same = [str(step.nomor_baru) for step in item.langkah if not step.berubah]
    if same and item.lama is not None and item.baru is not None:
        out.append(f'<p class="sopap-redline-tetap">Langkah yang tidak berubah: {", ".join(same)}.</p>')
    out.append("</section>")
    return "".join(out)


def fragmen(hasil: CorpusDiff, tautan_langkah=None) -> str:
    out = [
        '<div class="sopap-redline">',
        f'<p class="sopap-redline-sisi">Naskah lama: <strong>{esc(hasil.label_lama)}</strong><br>'
        f"Naskah baru: <strong>{esc(hasil.label_baru)}</strong></p>",
        legenda(),
    ]
    for side, message in hasil.masalah:
        out.append(f'<p class="sopap-redline-masalah">Perhatian ({esc(side)}): {esc(message)}</p>')
    changed = hasil.berubah
    if not changed:
        out.append('<p class="sopap-redline-kosong">Tidak ada perubahan isi SOP.</p>')
    if len(hasil.sop) > 1 and changed:  # the SOPs that changed first, each linked to its part
        items = "".join(
            f'<li><a href="#banding-{esc(i.sop.id)}">{esc(i.sop.nama)}</a>: {esc(i.ringkasan())}</li>' for i in changed
        )
        same = ", ".join(esc(i.sop.nama) for i in hasil.tetap())
        out.append(
            f'<div class="sopap-redline-daftar"><p><strong>{len(changed)} SOP berubah</strong>'
            f"{f'; tidak berubah: {same}' if same else ''}.</p><ul>{items}</ul></div>"
        )
    for item in changed:
        out.append(sop_html(item, tautan_langkah, hasil.commits.get(item.sop.id, ())))
    out.append("</div>")
    return "".join(out)


def css() -> str:
    return resources.files("sopap.render.html.review").joinpath("static/sopap-tinjauan.css").read_text("utf-8")


def dokumen(hasil: CorpusDiff, judul: str, kepala: str = "Perbandingan revisi SOP") -> str:
    """A standalone page (stylesheet inlined, nothing loaded from elsewhere)."""
    return (
        '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(judul)}</title><style>{css()}\n"
        "body{font-family:'Liberation Sans',Arial,sans-serif;max-width:60rem;margin:2rem auto;"
        "padding:0 1rem;color:#111}</style></head>"
        f"<body><h1>{esc(kepala)}</h1>{fragmen(hasil)}</body></html>\n"
    )
