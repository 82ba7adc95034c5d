"""The revision history page of an SOP and the redline page of each version."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from sopap.model.paraf import ParafStatus, status_paraf
from sopap.model.sop import Sop
from sopap.render.html.redline import fragmen
from sopap.review.diff.result import CommitInfo, CorpusDiff, SopDiff
from sopap.review.history import History, HistoryEntry
from sopap.review.history.versions import Version


def esc(text: str) -> str:
    return escape(text, quote=True)


def version_label(versi: Version) -> str:
    if versi.commit is None:
        return "sumber saat ini (belum di-commit)"
    return f"{versi.tanggal_pendek}, commit {versi.commit[:10]}"


def commits_of(versions: tuple[Version, ...] | list[Version]) -> tuple[CommitInfo, ...]:
    """The committed versions as the redline lists them (the working copy has no author yet)."""
    return tuple(CommitInfo(v.commit, v.tanggal, v.penulis, v.pesan) for v in versions if v.commit)


def paraf_status_html(status: ParafStatus, href_since_paraf: str | None = None) -> str:
    """'lengkap', or DRAF with why; a content changed after its paraf links what changed."""
    if not status.draf:
        return '<span class="sopap-status-lengkap">lengkap</span>'
    parts = []
    if status.berubah:
        who = ", ".join(esc(j) for j, _ in status.berubah)
        text = f'<span class="sopap-status-berubah">berubah sesudah paraf</span> {who}'
        if href_since_paraf:
            text += f' (<a href="{esc(href_since_paraf)}">lihat yang berubah</a>)'
        parts.append(text)
    if status.kurang:
        parts.append(f"belum diparaf {esc(', '.join(status.kurang))}")
    if status.tanpa_sidik:
        parts.append(f"paraf {esc(', '.join(j for j, _ in status.tanpa_sidik))} tanpa sidik isi")
    return '<span class="sopap-status-draf">DRAF</span>: ' + "; ".join(parts)


def since_paraf_page(
    sop: Sop,
    status: ParafStatus,
    approved: HistoryEntry | None,
    compared: SopDiff | None,
    href_riwayat: str,
    tautan_langkah: Callable[[int], str | None] | None,
    sesudah: tuple[Version, ...] = (),
) -> str:
    """What changed in an SOP since the content its paraf approved;
    ``sesudah`` are the versions after the approved one (newest first)."""
    who = "; ".join(
        f"{esc(j)} ({esc(p.nama or 'nama tidak terbaca')}{', ' + esc(p.tanggal) if p.tanggal else ''})"
        for j, p in status.berubah
    )
    out = [
        f'<p><a href="{esc(href_riwayat)}">Kembali ke riwayat revisi</a>.</p>',
        f"<p>Revisi {status.revisi} SOP ini diparaf koordinasi oleh {who}, tetapi isinya berubah sesudah "
        "paraf itu: paraf itu tidak mencakup isi saat ini, sehingga SOP ini kembali <strong>DRAF</strong>. "
        "Di bawah ini semua yang berubah sejak isi yang diparaf. Sesudah ditinjau, naikkan "
        "<code>revisi:</code> pada <code>{sop}</code> bila perlu, lalu catat paraf baru dengan "
        "<code>sopap paraf</code>.</p>",
    ]
    if approved is None or compared is None:
        out.append(
            "<p>Versi yang diparaf tidak ditemukan di riwayat git sumber ini (riwayat git tidak tersedia, "
            "atau versi itu lebih lama daripada yang ditampilkan). Bandingkan dengan "
            "<code>sopap diff REVISI</code> dari revisi git saat paraf dicatat.</p>"
        )
        return "".join(out)
    hasil = CorpusDiff(
        f"isi yang diparaf ({version_label(approved.versi)})",
        "sumber saat ini",
        (compared,),
        commits={compared.sop.id: commits_of(sesudah)},
    )
    return "".join(out) + fragmen(hasil, tautan_langkah)


def _paraf_tabel(sop: Sop) -> str:
    if not sop.paraf:
        return "<p>Belum ada paraf koordinasi yang dicatat di sumber.</p>"
    rows = "".join(
        f"<tr><td class=\"sopap-angka\">{p.revisi}</td><td>{esc(p.jabatan)}</td>"
        f"<td>{esc(p.nama) or '<em>tidak terbaca</em>'}</td><td>{esc(p.tanggal) or '<em>tidak terbaca</em>'}</td></tr>"
        for p in sorted(sop.paraf, key=lambda p: (-p.revisi, p.jabatan))
    )
    return (
        '<table class="sopap-tinjau-tabel"><thead><tr><th scope="col" class="sopap-angka">Revisi</th>'
        '<th scope="col">Jabatan</th><th scope="col">Nama</th><th scope="col">Tanggal</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def history_page(
    sop: Sop,
    riwayat: History,
    href_sop: str,
    href_redline: Callable[[HistoryEntry], str],
    href_since_paraf: str | None = None,
) -> str:
    status = status_paraf(sop)
    paraf = paraf_status_html(status, href_since_paraf)
    out = [
        f'<p>SOP <a href="{esc(href_sop)}">{esc(sop.nama)}</a>. Revisi saat ini: <strong>{sop.revisi}</strong>; '
        f"Tanggal Revisi: <strong>{esc(sop.identitas.tanggal_revisi) or '—'}</strong>; "
        f"paraf koordinasi revisi ini: {paraf}.</p>",
    ]
    if not riwayat.tersedia:
        out.append(
            "<p>Riwayat git tidak tersedia untuk sumber ini (misalnya buku pegangan dibangun dari arsip "
            "tanpa folder <code>.git</code>, atau berkasnya belum pernah di-commit). Yang diketahui hanya "
            "revisi dan Tanggal Revisi di atas.</p>"
        )
    elif riwayat.entri:
        out.append(
            "<p>Setiap baris adalah satu versi sumber SOP ini di git, yang terbaru di atas. "
            "<em>Perbandingan</em> membuka redline versi itu terhadap versi sebelumnya.</p>"
            '<table class="sopap-tinjau-tabel"><thead><tr><th scope="col">Versi</th>'
            '<th scope="col" class="sopap-angka">Revisi</th><th scope="col">Tanggal Revisi</th>'
            '<th scope="col">Keterangan commit</th><th scope="col">Isi yang berubah</th>'
            '<th scope="col">Perbandingan</th></tr></thead><tbody>'
        )
        for entri in riwayat.entri:
            versi = entri.versi
            if entri.sop is None:
                revisi, tanggal, berubah = "—", "—", "versi ini tidak dapat dibaca"
            else:
                revisi = str(entri.sop.revisi)
                tanggal = esc(entri.sop.identitas.tanggal_revisi) or "—"
                berubah = esc(entri.perbandingan.ringkasan()) if entri.perbandingan else "versi pertama yang tercatat"
            link = f'<a href="{esc(href_redline(entri))}">lihat redline</a>' if entri.perbandingan else "—"
            who = f"<br><span class=\"sopap-nol\">{esc(versi.penulis)}</span>" if versi.penulis else ""
            out.append(
                f"<tr><td>{esc(version_label(versi))}</td><td class=\"sopap-angka\">{revisi}</td><td>{tanggal}</td>"
                f"<td>{esc(versi.pesan)}{who}</td><td>{berubah}</td><td>{link}</td></tr>"
            )
        out.append("</tbody></table>")
        if riwayat.terpotong:
            out.append("<p>Versi yang lebih lama tidak ditampilkan; lihat <code>git log</code> berkas sumbernya.</p>")
    else:
        out.append("<p>Belum ada versi yang tercatat di git.</p>")
    out.append("<h2>Paraf koordinasi tercatat</h2>")
    out.append(_paraf_tabel(sop))
    return "".join(out)


def redline_page(
    entri: HistoryEntry,
    sebelumnya: Version,
    href_riwayat: str,
    tautan_langkah: Callable[[int], str | None] | None,
) -> str:
    assert entri.perbandingan is not None
    hasil = CorpusDiff(
        version_label(sebelumnya),
        version_label(entri.versi),
        (entri.perbandingan,),
        commits={entri.perbandingan.sop.id: commits_of([entri.versi])},
    )
    return f'<p><a href="{esc(href_riwayat)}">Kembali ke riwayat revisi</a>.</p>' + fragmen(hasil, tautan_langkah)
