"""The same SOPs written as plain MyST tables, for a build without sopap.

What a dinas would write by hand without this project: one page per SOP
with its identity and procedure as Markdown tables (a dot marks the actor
column; no flowchart, no checks), built by Sphinx and MyST alone with the
default theme. The benchmark compares the handbook's build with this one.
"""

from __future__ import annotations

from pathlib import Path

from sopap.model.sop import Corpus, Sop

CONF = '''\
"""Plain Sphinx + MyST, no sopap (benchmarks/plain.py)."""

project = "SOP (MyST biasa)"
language = "id"
extensions = ["myst_parser"]
root_doc = "index"
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
'''


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|") or " "


def _items(items) -> str:
    return "; ".join(_cell(i).rstrip(";") for i in items) or "-"


def page(sop: Sop) -> str:
    ident = sop.identitas
    lines = [f"# {sop.nama}", "", f"Lampiran {sop.lampiran} · {sop.bidang}", ""]
    lines += ["| Isian | Nilai |", "| --- | --- |"]
    for label, value in (
        ("Nomor SOP", ident.nomor),
        ("Tanggal Pembuatan", ident.tanggal_pembuatan),
        ("Tanggal Revisi", ident.tanggal_revisi),
        ("Tanggal Pengesahan", ident.tanggal_pengesahan),
        ("Disahkan oleh", ident.disahkan_oleh),
        ("Nama SOP", sop.nama),
        ("Dasar Hukum", _items(ident.dasar_hukum)),
        ("Kualifikasi Pelaksana", _items(ident.kualifikasi_pelaksana)),
        ("Keterkaitan", _items(ident.keterkaitan)),
        ("Peralatan/Perlengkapan", _items(ident.peralatan_perlengkapan)),
        ("Peringatan", _items(ident.peringatan)),
        ("Pencatatan dan Pendataan", _items(ident.pencatatan_pendataan)),
    ):
        lines.append(f"| {label} | {_cell(value)} |")
    actors = [p.nama for p in sop.pelaksana]
    lines += ["", "## Prosedur", ""]
    lines.append("| No | Kegiatan | " + " | ".join(_cell(a) for a in actors) + " | Kelengkapan | Waktu | Output | Keterangan |")
    lines.append("| --- " * (len(actors) + 6) + "|")
    for step in sop.langkah:
        kegiatan = step.uraian
        if step.rincian:
            kegiatan += " " + " ".join(f"{chr(97 + i)}. {r}" for i, r in enumerate(step.rincian))
        if step.cabang:
            kegiatan += f" (Ya: langkah {step.cabang.ya.ke}; Tidak: langkah {step.cabang.tidak.ke})"
        marks = ["●" if p.id == step.pelaksana else " " for p in sop.pelaksana]
        lines.append(
            f"| {step.nomor} | {_cell(kegiatan)} | " + " | ".join(marks)
            + f" | {_items(step.kelengkapan)} | {_cell(str(step.waktu or ''))} | {_items(step.output)} | {_cell(step.keterangan)} |"
        )
    if sop.catatan:
        lines += ["", "## Catatan transkripsi", ""]
        lines += [f"- {c.jenis.value}, {c.medan}: {_cell(c.penjelasan)}" for c in sop.catatan]
    return "\n".join(lines) + "\n"


def write(corpus: Corpus, dest: Path) -> int:
    """Write the plain project into ``dest``; returns the number of pages."""
    dest = Path(dest)
    (dest / "sop").mkdir(parents=True, exist_ok=True)
    (dest / "conf.py").write_text(CONF, encoding="utf-8")
    index = ["# SOP", "", "```{toctree}", ":maxdepth: 1", ":glob:", "", "sop/*", "```", ""]
    (dest / "index.md").write_text("\n".join(index), encoding="utf-8")
    for sop in corpus:
        (dest / "sop" / f"{sop.id}.md").write_text(page(sop), encoding="utf-8")
    return len(corpus)
