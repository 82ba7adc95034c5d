"""Comparing two versions of an SOP, or two corpora, at the level of the model.

Each field is turned into text the way a reader sees it (a pelaksana by its
column name, a waktu as "6 Hari", a list one item per line) and compared word
by word. Step flow is compared after translating old step numbers into new
ones, so a renumbering alone is no change of flow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sopap.model.sop import Corpus, Langkah, Sop
from sopap.review.diff.pairing import dipindah, pair_steps
from sopap.review.diff.result import (
    TETAP,
    UBAH,
    CorpusDiff,
    FieldChange,
    LangkahChange,
    SopDiff,
)
from sopap.review.diff.words import DELETED, INSERTED, split_pieces

#: Identity fields in the order of the official identity page.
IDENTITAS: tuple[tuple[str, str], ...] = (
    ("nama", "Nama SOP"),
    ("lampiran", "Lampiran"),
    ("bidang", "Bidang"),
    ("instansi", "Instansi"),
    ("nomor", "Nomor SOP"),
    ("tanggal_pembuatan", "Tanggal Pembuatan"),
    ("tanggal_revisi", "Tanggal Revisi"),
    ("tanggal_pengesahan", "Tanggal Pengesahan"),
    ("revisi", "Revisi"),
    ("disahkan_oleh", "Disahkan oleh"),
    ("dasar_hukum", "Dasar Hukum"),
    ("kualifikasi_pelaksana", "Kualifikasi Pelaksana"),
    ("keterkaitan", "Keterkaitan"),
    ("peralatan_perlengkapan", "Peralatan/Perlengkapan"),
    ("peringatan", "Peringatan"),
    ("pencatatan_pendataan", "Pencatatan dan Pendataan"),
    ("pelaksana", "Kolom pelaksana"),
    ("paraf_koordinasi", "Paraf Koordinasi"),
    ("paraf", "Paraf tercatat"),
    ("penandatangan", "Penandatangan"),
    ("catatan", "Catatan transkripsi"),
)

#: Step fields in the order of the procedure table.
LANGKAH: tuple[tuple[str, str], ...] = (
    ("uraian", "Uraian"),
    ("rincian", "Rincian"),
    ("pelaksana", "Pelaksana"),
    ("kelengkapan", "Kelengkapan"),
    ("kelengkapan_luar", "Kelengkapan dari luar"),
    ("waktu", "Waktu"),
    ("output", "Output"),
    ("keterangan", "Keterangan"),
    ("alur", "Alur"),
)


def _lines(values: Iterable[str]) -> str:
    return "\n".join(v for v in values if v)


def identitas_text(sop: Sop, medan: str) -> str:
    ident = sop.identitas
    if medan in ("nama", "lampiran", "bidang", "instansi"):
        return getattr(sop, medan)
    if medan == "revisi":
        return str(sop.revisi)
    if medan == "pelaksana":
        return _lines(f"{p.nama} ({p.id})" for p in sop.pelaksana)
    if medan == "paraf_koordinasi":
        return _lines(sop.paraf_koordinasi)
    if medan == "paraf":
        return _lines(
            f"{p.jabatan}, revisi {p.revisi}: {p.nama or '(nama tidak terbaca)'}, {p.tanggal or '(tanggal tidak terbaca)'}"
            for p in sop.paraf
        )
    if medan == "penandatangan":
        signer = sop.penandatangan
        return "" if signer is None else f"{signer.jabatan}\n{signer.nama}"
    if medan == "catatan":
        return _lines(
            f"{c.jenis.value} · {'langkah ' + str(c.langkah) if c.langkah else 'identitas'} · "
            f"{c.medan}: {c.penjelasan}"
            for c in sop.catatan
        )
    value = getattr(ident, medan)
    return _lines(value) if isinstance(value, tuple) else value


def _nama_pelaksana(sop: Sop, step: Langkah) -> str:
    try:
        return sop.pelaksana_by_id(step.pelaksana).nama
    except KeyError:
        return step.pelaksana


def _alur(sop: Sop, step: Langkah, nomor: Callable[[int], str]) -> str:
    """Flow that is not simply 'the next row': decisions and jumps."""
    if step.cabang is not None:
        ya, tidak = step.cabang.ya, step.cabang.tidak
        return f"{ya.label} → langkah {nomor(ya.ke)}\n{tidak.label} → langkah {nomor(tidak.ke)}"
    index = sop.langkah.index(step)
    default = (sop.langkah[index + 1].nomor,) if index + 1 < len(sop.langkah) else ()
    if step.berikutnya == default:
        return ""
    return _lines(f"→ langkah {nomor(n)}" for n in step.berikutnya)


def langkah_text(sop: Sop, step: Langkah, medan: str, nomor: Callable[[int], str] = str) -> str:
    if medan == "uraian":
        return step.uraian
    if medan == "rincian":
        return _lines(f"{chr(ord('a') + i)}. {text}" for i, text in enumerate(step.rincian))
    if medan == "pelaksana":
        return _nama_pelaksana(sop, step)
    if medan == "waktu":
        return step.waktu.teks() if step.waktu else ""
    if medan == "keterangan":
        return step.keterangan
    if medan == "alur":
        return _alur(sop, step, nomor)
    return _lines(getattr(step, medan))


def _medan(key: str, label: str, lama: str, baru: str) -> FieldChange | None:
    if lama == baru:
        return None
    return FieldChange(key, label, lama, baru, split_pieces(lama, baru))


def _letak(lama: Sop, baru: Sop, i: int, j: int, nomor: Callable[[int], str]) -> FieldChange:
    """Where a moved step stood and stands: after which step (in new numbers)."""
    before = f"sesudah langkah {nomor(lama.langkah[i - 1].nomor)}" if i else "di awal prosedur"
    after = f"sesudah langkah {baru.langkah[j - 1].nomor}" if j else "di awal prosedur"
    return FieldChange("letak", "Letak", before, after, split_pieces(before, after))


def _satu_sisi(sop: Sop, step: Langkah, jenis: str) -> LangkahChange:
    fields = []
    for key, label in LANGKAH:
        text = langkah_text(sop, step, key)
        if text:
            lama, baru = (text, "") if jenis == DELETED else ("", text)
            fields.append(FieldChange(key, label, lama, baru, split_pieces(lama, baru)))
    return LangkahChange(jenis, step if jenis == DELETED else None, step if jenis == INSERTED else None, tuple(fields))


def compare_sop(lama: Sop | None, baru: Sop | None) -> SopDiff:
    """Identity changes, and every step of both versions with its fate."""
    if lama is None or baru is None:
        sop = baru or lama
        assert sop is not None
        jenis = INSERTED if lama is None else DELETED
        return SopDiff(lama, baru, (), tuple(_satu_sisi(sop, s, jenis) for s in sop.langkah))
    identitas = tuple(
        change
        for key, label in IDENTITAS
        if (change := _medan(key, label, identitas_text(lama, key), identitas_text(baru, key)))
    )
    pairs = pair_steps(lama, baru)
    moved = dipindah(pairs)
    new_of_old = {lama.langkah[i].nomor: baru.langkah[j].nomor for i, j in pairs}

    def translate(nomor: int) -> str:
        return str(new_of_old.get(nomor, f"{nomor} (lama, dihapus)"))

    entries: dict[int, LangkahChange] = {}  # new index -> entry
    for i, j in pairs:
        a, b = lama.langkah[i], baru.langkah[j]
        place = (_letak(lama, baru, i, j, translate),) if i in moved else ()
        fields = place + tuple(
            change
            for key, label in LANGKAH
            if (
                change := _medan(
                    key,
                    label,
                    langkah_text(lama, a, key, translate),
                    langkah_text(baru, b, key),
                )
            )
        )
        edited = any(change.medan != "letak" for change in fields)
        entries[j] = LangkahChange(UBAH if edited else TETAP, a, b, fields, i in moved)
    # removed steps go after the new step that their nearest matched predecessor became
    matched_old = dict(pairs)
    removed_after: dict[int, list[int]] = {}
    for i in range(len(lama.langkah)):
        if i in matched_old:
            continue
        anchor = next((matched_old[k] for k in range(i - 1, -1, -1) if k in matched_old), -1)
        removed_after.setdefault(anchor, []).append(i)
    ordered: list[LangkahChange] = []
    for i in removed_after.get(-1, []):
        ordered.append(_satu_sisi(lama, lama.langkah[i], DELETED))
    for j, step in enumerate(baru.langkah):
        ordered.append(entries.get(j) or _satu_sisi(baru, step, INSERTED))
        for i in removed_after.get(j, []):
            ordered.append(_satu_sisi(lama, lama.langkah[i], DELETED))
    return SopDiff(lama, baru, identitas, tuple(ordered))


def compare_corpus(
    lama: Corpus | Iterable[Sop],
    baru: Corpus | Iterable[Sop],
    label_lama: str,
    label_baru: str,
    masalah: tuple[tuple[str, str], ...] = (),
) -> CorpusDiff:
    """Every SOP of either side, matched by id, in the new side's order."""
    old = {s.id: s for s in lama}
    new = {s.id: s for s in baru}
    ids = list(new) + [sop_id for sop_id in old if sop_id not in new]
    return CorpusDiff(
        label_lama,
        label_baru,
        tuple(compare_sop(old.get(sop_id), new.get(sop_id)) for sop_id in ids),
        masalah,
    )
