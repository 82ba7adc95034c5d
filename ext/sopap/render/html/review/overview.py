"""The 'Tinjauan SOP' page: every SOP with what is left for the reviewer."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from sopap.lint import Severity
from sopap.model.paraf import ParafStatus
from sopap.render.html.review.history import paraf_status_html
from sopap.review.confirm import ToConfirm


def esc(text: str) -> str:
    return escape(text, quote=True)


@dataclass(frozen=True)
class OverviewRow:
    lampiran: str
    nama: str
    revisi: int
    paraf: ParafStatus
    konfirmasi: ToConfirm
    temuan: dict[Severity, int]
    href_sop: str
    href_tinjau: str  # the SOP page in review mode, at its notes
    href_lint: str
    href_riwayat: str
    #: "Name (CODE)" of its instansi in a handbook of several; "" in one of one
    instansi: str = ""
    href_sejak_paraf: str = ""  # the redline of what changed since the paraf


def _angka(n: int, href: str | None = None) -> str:
    if not n:
        return '<span class="sopap-nol">0</span>'
    return f'<a href="{esc(href)}">{n}</a>' if href else str(n)


def overview_page(rows: list[OverviewRow]) -> str:
    drafts = sum(1 for r in rows if r.paraf.draf)
    changed = sum(1 for r in rows if r.paraf.berubah)
    inf = sum(r.konfirmasi.inferensi for r in rows)
    tt = sum(r.konfirmasi.tidak_terbaca for r in rows)
    totals = {t: sum(r.temuan[t] for r in rows) for t in Severity}
    out = [
        "<p>Ringkasan untuk Bagian Organisasi: untuk setiap SOP, status paraf koordinasi revisinya, "
        "berapa hal yang masih perlu dikonfirmasi dengan naskah bertanda tangan (catatan "
        "<em>inferensi</em> dan <em>tidak terbaca</em>), temuan lint, dan riwayat revisinya. "
        "Angka pada kolom <em>Perlu dikonfirmasi</em> membuka halaman SOP dalam mode tinjauan, "
        "dengan sel yang perlu dikonfirmasi disorot.</p>",
        f"<p><strong>{len(rows)} SOP</strong>: {drafts} DRAF (paraf koordinasi belum lengkap"
        + (f", {changed} di antaranya berubah sesudah paraf" if changed else "")
        + "); "
        f"{inf + tt} hal perlu dikonfirmasi ({inf} inferensi, {tt} tidak terbaca).</p>",
        '<table class="sopap-tinjau-tabel"><thead><tr>'
        '<th scope="col">Lampiran</th><th scope="col">SOP</th><th scope="col" class="sopap-angka">Revisi</th>'
        '<th scope="col">Paraf koordinasi</th>'
        '<th scope="col" class="sopap-angka">Perlu dikonfirmasi</th>'
        '<th scope="col" class="sopap-angka">Inferensi</th><th scope="col" class="sopap-angka">Tidak terbaca</th>'
        '<th scope="col" class="sopap-angka">Galat</th><th scope="col" class="sopap-angka">Peringatan</th>'
        '<th scope="col" class="sopap-angka">Saran</th><th scope="col">Riwayat</th></tr></thead><tbody>',
    ]
    current = ""
    for r in rows:
        if r.instansi and r.instansi != current:  # a handbook of several: the instansi's SOPs together
            current = r.instansi
            out.append(f'<tr class="sopap-tinjau-instansi"><th scope="rowgroup" colspan="11">{esc(r.instansi)}</th></tr>')
        status = paraf_status_html(r.paraf, r.href_sejak_paraf)
        out.append(
            f"<tr><td>{esc(r.lampiran or '—')}</td><td><a href=\"{esc(r.href_sop)}\">{esc(r.nama)}</a></td>"
            f'<td class="sopap-angka">{r.revisi}</td><td>{status}</td>'
            f'<td class="sopap-angka"><strong>{_angka(r.konfirmasi.jumlah, r.href_tinjau)}</strong></td>'
            f'<td class="sopap-angka">{_angka(r.konfirmasi.inferensi)}</td>'
            f'<td class="sopap-angka">{_angka(r.konfirmasi.tidak_terbaca)}</td>'
            + "".join(f'<td class="sopap-angka">{_angka(r.temuan[t], r.href_lint)}</td>' for t in Severity)
            + f'<td><a href="{esc(r.href_riwayat)}">riwayat</a></td></tr>'
        )
    out.append(
        f'</tbody><tfoot><tr><th scope="row" colspan="4">Jumlah</th>'
        f'<td class="sopap-angka">{inf + tt}</td><td class="sopap-angka">{inf}</td><td class="sopap-angka">{tt}</td>'
        + "".join(f'<td class="sopap-angka">{totals[t]}</td>' for t in Severity)
        + "<td></td></tr></tfoot></table>"
    )
    if any(r.instansi for r in rows):
        out[2:2] = [_per_instansi(rows)]
    return "".join(out)


def _per_instansi(rows: list[OverviewRow]) -> str:
    """One line per instansi: its SOPs, DRAF, what is left to confirm, lint findings."""
    groups: dict[str, list[OverviewRow]] = {}
    for r in rows:
        groups.setdefault(r.instansi, []).append(r)
    out = [
        '<table class="sopap-tinjau-tabel sopap-tinjau-per-instansi"><caption>Ringkasan per instansi</caption>'
        '<thead><tr><th scope="col">Instansi</th><th scope="col" class="sopap-angka">SOP</th>'
        '<th scope="col" class="sopap-angka">DRAF</th><th scope="col" class="sopap-angka">Perlu dikonfirmasi</th>'
        + "".join(f'<th scope="col" class="sopap-angka">{t.value.capitalize()}</th>' for t in Severity)
        + "</tr></thead><tbody>"
    ]
    for name, own in groups.items():
        out.append(
            f'<tr><th scope="row">{esc(name)}</th><td class="sopap-angka">{len(own)}</td>'
            f'<td class="sopap-angka">{sum(1 for r in own if r.paraf.draf)}</td>'
            f'<td class="sopap-angka">{sum(r.konfirmasi.jumlah for r in own)}</td>'
            + "".join(f'<td class="sopap-angka">{sum(r.temuan[t] for r in own)}</td>' for t in Severity)
            + "</tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)
