"""The comparison on paper: a PDF redline per SOP (reportlab, A4 portrait).

Set in Liberation Sans like the lampiran. Deleted text is struck through in
red, inserted text underlined in green, each on a light tint so the marks
survive a grey photocopy; a legend on the first page says so.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sopap.render.pdf import fonts
from sopap.render.pdf.styles import escape
from sopap.review.diff.result import CorpusDiff, FieldChange, SopDiff
from sopap.review.diff.words import DELETED, INSERTED, SAME, baris

MERAH = "#a50e0e"
MERAH_MUDA = "#fde8e7"
HIJAU = "#0b6b2c"
HIJAU_MUDA = "#e3f5e8"
KELABU = colors.HexColor("#eef1f4")

TEPI = 15 * mm


def _gaya(name: str, size: float = 9, bold: bool = False, **kw) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=fonts.TEBAL if bold else fonts.REGULER,
        fontSize=size,
        leading=size * 1.3,
        splitLongWords=1,
        **kw,
    )


ISI = _gaya("sopap-redline-isi")
LABEL = _gaya("sopap-redline-label", textColor=colors.HexColor("#333333"))
KEPALA = _gaya("sopap-redline-kepala", bold=True)
JUDUL = _gaya("sopap-redline-judul", size=15, bold=True, spaceAfter=2 * mm)
SUBJUDUL = _gaya("sopap-redline-subjudul", size=12, bold=True, spaceAfter=2 * mm)
BAGIAN = _gaya("sopap-redline-bagian", size=10.5, bold=True, spaceBefore=4 * mm, spaceAfter=1.5 * mm)
KECIL = _gaya("sopap-redline-kecil", size=8.5, textColor=colors.HexColor("#333333"))


def hapus(text: str) -> str:
    return f'<font color="{MERAH}" backColor="{MERAH_MUDA}"><strike>{text}</strike></font>'


def tambah(text: str) -> str:
    return f'<font color="{HIJAU}" backColor="{HIJAU_MUDA}"><u>{text}</u></font>'


def _tanda(text: str, mark) -> str:
    """Mark the words of one line, leaving its edge whitespace unmarked."""
    core = text.strip()
    if not core:
        return escape(text)
    start = text.index(core)
    return escape(text[:start]) + mark(escape(core)) + escape(text[start + len(core) :])


def markup(change: FieldChange) -> str:
    """Paragraph markup of the word pieces (escaped), line by line."""
    lines = []
    for line in baris(change.potongan):
        if isinstance(line, int):
            lines.append(f'<font color="#555555"><i>… {line} baris tidak berubah</i></font>')
        else:
            lines.append(_satu_baris(line))
    return "<br/>".join(lines) or "&nbsp;"


def _satu_baris(pieces) -> str:
    out = []
    previous = SAME
    for piece in pieces:
        mark = {DELETED: hapus, INSERTED: tambah}.get(piece.jenis)
        if mark is None:
            out.append(escape(piece.teks))
        else:
            if piece.jenis == INSERTED and previous == DELETED:
                out.append(" ")  # keep "3" and "9" of "3 -> 9" apart on paper
            out.append(_tanda(piece.teks, mark))
        previous = piece.jenis
    return "".join(out)


def _tabel(rows: list[list], header: bool = False) -> Table:
    width = A4[0] - 2 * TEPI
    table = Table(rows, colWidths=[38 * mm, width - 38 * mm], repeatRows=1 if header else 0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, 0 if not header else 1), (0, -1), colors.HexColor("#f7f7f7")),
    ]
    if header:
        style += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), KELABU)]
    table.setStyle(TableStyle(style))
    return table


def _warna_kepala(state: str) -> colors.Color:
    return colors.HexColor(
        {"ditambahkan": HIJAU_MUDA, "dihapus": MERAH_MUDA}.get(state, "#eef1f4")
    )


def redline_story(item: SopDiff, hasil: CorpusDiff) -> list:
    sop = item.sop
    story: list = [
        Paragraph("Perbandingan revisi SOP", JUDUL),
        Paragraph(escape(f"{sop.nama} ({sop.id})"), SUBJUDUL),
        Paragraph(f"Naskah lama: <b>{escape(hasil.label_lama)}</b>", KECIL),
        Paragraph(f"Naskah baru: <b>{escape(hasil.label_baru)}</b>", KECIL),
        Spacer(1, 2 * mm),
        Paragraph(f"Tanda: {hapus('teks yang dihapus')} &nbsp; {tambah('teks yang ditambahkan')}", KECIL),
        Spacer(1, 1.5 * mm),
        Paragraph(f"<i>{escape(item.ringkasan())}</i>", ISI),
        Paragraph(f"Revisi SOP: <b>{escape(item.revisi())}</b>", KECIL),
    ]
    commits = hasil.commits.get(sop.id, ())
    if commits:
        story.append(Paragraph("Commit yang mengubahnya:", KECIL))
        story += [Paragraph("&bull; " + escape(commit.teks()), KECIL) for commit in commits]
    if item.identitas:
        story.append(Paragraph("Identitas", BAGIAN))
        story.append(_tabel([[Paragraph(escape(c.label), LABEL), Paragraph(markup(c), ISI)] for c in item.identitas]))
    changed = [step for step in item.langkah if step.berubah]
    if changed:
        story.append(Paragraph("Langkah", BAGIAN))
    for step in changed:
        state = step.keadaan()
        head = Paragraph(f"{escape(step.judul())} &nbsp;<font size=8>({escape(state)})</font>", KEPALA)
        context = [[Paragraph("Uraian", LABEL), Paragraph(escape(step.konteks), KECIL)]] if step.konteks else []
        rows = [[head, ""]] + context + [
            [Paragraph(escape(c.label), LABEL), Paragraph(markup(c), ISI)] for c in step.medan
        ]
        table = _tabel(rows, header=True)
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), _warna_kepala(state))]))
        story += [KeepTogether([table]) if len(rows) <= 8 else table, Spacer(1, 2 * mm)]
    same = [str(step.nomor_baru) for step in item.langkah if not step.berubah]
    if same and item.lama is not None and item.baru is not None:
        story.append(Spacer(1, 1 * mm))
        story.append(Paragraph(escape(f"Langkah yang tidak berubah: {', '.join(same)}."), KECIL))
    return story


def render(item: SopDiff, hasil: CorpusDiff) -> bytes:
    """The redline PDF of one SOP."""
    fonts.register()
    buffer = io.BytesIO()
    sop = item.sop

    def footer(canv, doc) -> None:
        canv.saveState()
        canv.setFont(fonts.REGULER, 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(TEPI, 8 * mm, f"Perbandingan revisi · {sop.id}")
        canv.drawRightString(A4[0] - TEPI, 8 * mm, f"Halaman {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=TEPI,
        rightMargin=TEPI,
        topMargin=TEPI,
        bottomMargin=16 * mm,
        title=f"Perbandingan revisi SOP {sop.nama}",
        author="sopap",
        subject=f"{hasil.label_lama} -> {hasil.label_baru}",
        creator="sopap",
        lang="id",
        invariant=1,
        initialFontName=fonts.REGULER,
    )
    doc.build(redline_story(item, hasil), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
