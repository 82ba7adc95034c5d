"""The 'Temuan lint' page: every finding of every SOP, and the rules table."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape

from sopap.lint import RULES, Finding, Severity, count_by_severity
from sopap.render.html.review.links import lint_anchor

LABEL_TINGKAT = {Severity.GALAT: "galat", Severity.PERINGATAN: "peringatan", Severity.SARAN: "saran"}


def esc(text: str) -> str:
    return escape(text, quote=True)


def badge(tingkat: Severity) -> str:
    return f'<span class="sopap-tingkat sopap-tingkat-{tingkat.value}">{LABEL_TINGKAT[tingkat]}</span>'


def count_text(counts: dict[Severity, int]) -> str:
    return ", ".join(f"{counts[t]} {LABEL_TINGKAT[t]}" for t in Severity)


def findings_table(
    found: Iterable[Finding], href_langkah: Callable[[int], str | None] | None = None, berkas: bool = True
) -> str:
    """One row per finding; ``berkas=False`` shows the line only (one file per table)."""
    rows = []
    for item in found:
        where = item.lokasi if berkas else (str(item.baris) if item.baris else "—")
        pesan = esc(item.pesan)
        if item.langkah is not None and href_langkah is not None:
            href = href_langkah(item.langkah)
            if href:
                pesan += f' <a href="{esc(href)}">(lihat langkah {item.langkah})</a>'
        rows.append(
            f"<tr><td><code>{esc(where)}</code></td><td><code>{esc(item.aturan)}</code></td>"
            f"<td>{badge(item.tingkat)}</td><td>{pesan}</td></tr>"
        )
    return (
        f'<table class="sopap-tinjau-tabel"><thead><tr><th scope="col">{"CaseFile:baris" if berkas else "Baris"}</th>'
        '<th scope="col">Aturan</th><th scope="col">Tingkat</th><th scope="col">Pesan</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def rules_table(found: Iterable[Finding] = ()) -> str:
    """Every rule, with how many findings it has in ``found``."""
    per_rule: dict[str, int] = {}
    for item in found:
        per_rule[item.aturan] = per_rule.get(item.aturan, 0) + 1
    rows = []
    for rule in RULES.values():
        who = "pembaca sumber" if rule.pembaca else "lint"
        n = per_rule.get(rule.id, 0)
        count = str(n) if n else '<span class="sopap-nol">0</span>'
        rows.append(
            f"<tr><td><code>{rule.id}</code></td><td>{badge(rule.tingkat)}</td>"
            f"<td>{esc(rule.judul)}</td><td>{esc(rule.kelompok)}</td><td>{esc(rule.dasar)}</td><td>{who}</td>"
            f'<td class="sopap-angka">{count}</td></tr>'
        )
    return (
        '<table class="sopap-tinjau-tabel"><thead><tr><th scope="col">Aturan</th><th scope="col">Tingkat</th>'
        '<th scope="col">Isi aturan</th><th scope="col">Kelompok</th><th scope="col">Dasar</th>'
        '<th scope="col">Diperiksa oleh</th><th scope="col" class="sopap-angka">Temuan</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def lint_page(
    per_sop: list[tuple[str, str, list[Finding], str | None, Callable[[int], str | None]]],
    tanpa_sop: list[tuple[str, list[Finding]]],
) -> str:
    """``per_sop``: (sop id, title, findings, href of the SOP page, step href)."""
    everything = [t for _, _, found, _, _ in per_sop for t in found] + [t for _, f in tanpa_sop for t in f]
    counts = count_by_severity(everything)
    clean = [(sop_id, title, href) for sop_id, title, found, href, _ in per_sop if not found]
    out = [
        '<p>Hasil pemeriksaan setiap SOP terhadap Permenpan RB Nomor 35 Tahun 2012 dan aturan rumah, '
        "dibuat ulang setiap kali buku pegangan dibangun. Hanya temuan <strong>galat</strong> yang "
        "menggagalkan pembangunan; <strong>peringatan</strong> perlu dilihat Bagian Organisasi sebelum "
        "SOP ditandatangani; <strong>saran</strong> layak diperiksa ulang. Jalankan "
        "<code>sopap lint</code> untuk daftar yang sama di terminal.</p>",
        f'<p class="sopap-tinjau-jumlah"><strong>{len(per_sop)} SOP</strong>: {esc(count_text(counts))}. '
        'Jumlah temuan per aturan ada di <a href="#aturan">tabel aturan</a> di bawah.</p>',
    ]
    for docname, found in tanpa_sop:
        out.append(f'<section class="sopap-tinjau-sop"><h2>{esc(docname)} (tidak dapat dibaca)</h2>')
        out.append(findings_table(found))
        out.append("</section>")
    for sop_id, title, found, href, href_langkah in per_sop:
        if not found:
            continue
        head = f'<a href="{esc(href)}">{esc(title)}</a>' if href else esc(title)
        files = sorted({t.berkas for t in found})
        one = len(files) == 1
        where = f"<code>{esc(files[0])}</code> · " if one else ""
        out.append(
            f'<section class="sopap-tinjau-sop" id="{esc(lint_anchor(sop_id))}"><h2>{head}</h2>'
            f"<p>{where}{esc(count_text(count_by_severity(found)))}</p>{findings_table(found, href_langkah, berkas=not one)}"
            "</section>"
        )
    if clean:
        names = ", ".join(
            f'<span id="{esc(lint_anchor(sop_id))}">'
            + (f'<a href="{esc(href)}">{esc(title)}</a>' if href else esc(title))
            + "</span>"
            for sop_id, title, href in clean
        )
        out.append(f"<h2>Tanpa temuan</h2><p>{names}</p>")
    out.append('<h2 id="aturan">Aturan yang diperiksa</h2>')
    out.append(
        "<p>Aturan yang diperiksa oleh <em>pembaca sumber</em> sudah menggagalkan pembangunan saat "
        "sumber dibaca; lint melaporkannya kembali dengan kodenya. Penjelasan setiap aturan ada di "
        "panduan Tinjauan.</p>"
    )
    out.append(rules_table(everything))
    return "".join(out)
