"""The comparison as terminal text: coloured on a terminal, marked otherwise.

On a terminal deletions are red and struck through, insertions green and
underlined. In a file or pipe the same pieces read ``[-lama-]`` and
``{+baru+}``, as ``git diff --word-diff`` writes them.
"""

from __future__ import annotations

from sopap.review.diff.result import CommitInfo, CorpusDiff, FieldChange, SopDiff
from sopap.review.diff.words import DELETED, INSERTED, baris
from sopap.util.text import visible

MERAH_CORET = "\x1b[9;31m"
HIJAU_GARIS = "\x1b[4;32m"
TEBAL = "\x1b[1m"
REDUP = "\x1b[2m"
AKHIR = "\x1b[0m"


def _potongan(change: FieldChange, warna: bool) -> str:
    lines = []
    for line in baris(change.potongan):
        if isinstance(line, int):
            lines.append(f"… ({line} baris tidak berubah)")
        else:
            lines.append(_satu_baris(line, warna))
    return "\n".join(lines)


def _satu_baris(pieces, warna: bool) -> str:
    out = []
    for piece in pieces:
        text = visible(piece.teks)  # a source's escape sequence never reaches the terminal
        if piece.jenis == DELETED:
            out.append(f"{MERAH_CORET}{text}{AKHIR}" if warna else f"[-{text}-]")
        elif piece.jenis == INSERTED:
            out.append(f"{HIJAU_GARIS}{text}{AKHIR}" if warna else f"{{+{text}+}}")
        else:
            out.append(text)
    return "".join(out)


def _medan(change: FieldChange, warna: bool, indent: str) -> list[str]:
    text = _potongan(change, warna)
    lines = text.split("\n")
    first = f"{indent}{change.label}: {lines[0]}"
    pad = indent + " " * (len(change.label) + 2)
    return [first, *(pad + line for line in lines[1:])]


def _tebal(text: str, warna: bool) -> str:
    return f"{TEBAL}{text}{AKHIR}" if warna else text


def _redup(text: str, warna: bool) -> str:
    return f"{REDUP}{text}{AKHIR}" if warna else text


def sop_text(item: SopDiff, warna: bool = False, commits: tuple[CommitInfo, ...] = ()) -> list[str]:
    sop = item.sop
    lines = [
        _tebal(visible(f"SOP {sop.id}: {sop.nama}"), warna),
        f"  {item.ringkasan()}",
        f"  Revisi SOP: {item.revisi()}",
    ]
    lines += [visible(f"  Commit {commit.teks()}") for commit in commits]
    if item.identitas:
        lines.append("  Identitas")
        for change in item.identitas:
            lines += _medan(change, warna, "    ")
    for step in item.langkah:
        if not step.berubah:
            continue
        lines.append(f"  {step.judul()}: {step.keadaan()}")
        if step.konteks:  # which step: its text, unchanged, before the field that changed
            lines.append(_redup(visible(f"    Uraian: {step.konteks}"), warna))
        for change in step.medan:
            lines += _medan(change, warna, "    ")
    return lines


def teks(hasil: CorpusDiff, warna: bool = False) -> str:
    """The whole comparison: the SOPs that changed first, each then in detail,
    ending with those that did not and a one-line summary."""
    lines = [f"Perbandingan: {hasil.label_lama} -> {hasil.label_baru}"]
    for side, message in hasil.masalah:
        lines.append(visible(f"perhatian ({side}): {message}"))
    changed = hasil.berubah
    if len(hasil.sop) > 1 and changed:
        lines.append(f"SOP yang berubah ({len(changed)}):")
        lines += [visible(f"  {item.sop.id}: {item.ringkasan()}") for item in changed]
    for item in changed:
        lines.append("")
        lines += sop_text(item, warna, hasil.commits.get(item.sop.id, ()))
    lines.append("")
    if changed and hasil.tetap():
        lines.append(visible(f"SOP yang tidak berubah: {', '.join(s.sop.id for s in hasil.tetap())}."))
    same = len(hasil.sop) - len(changed)
    if changed:
        lines.append(f"Ringkasan: {len(hasil.sop)} SOP dibandingkan, {len(changed)} berubah, {same} sama.")
    else:
        lines.append(f"Ringkasan: {len(hasil.sop)} SOP dibandingkan, tidak ada perubahan.")
    return "\n".join(lines) + "\n"
