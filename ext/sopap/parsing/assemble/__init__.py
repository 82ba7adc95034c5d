"""Turning the raw directive data of one file into a :class:`Sop`.

Every problem becomes a :class:`Masalah` with an Indonesian message, the line
it points at and a kind (used as the Sphinx warning subtype, so a project can
silence one kind with ``suppress_warnings = ["sopap.waktu"]``). Assembly does
not stop at the first problem: an author sees them all in one build.
"""

from __future__ import annotations

from sopap.model.limits import KODE_MAKSIMUM
from sopap.model.problems import SourceProblem
from sopap.model.roman import is_roman
from sopap.model.sop import Identitas, Pelaksana, Penandatangan, Sop, Sumber
from sopap.parsing.assemble.catatan import catatan, check_catatan_targets
from sopap.parsing.assemble.common import Collector, Defaults, meant, read_list, unknown_options
from sopap.parsing.assemble.identitas import revisi as read_revisi
from sopap.parsing.assemble.instansi import instansi_of
from sopap.parsing.assemble.langkah import langkah
from sopap.parsing.assemble.paraf import paraf
from sopap.parsing.assemble.sizes import check_sizes
from sopap.parsing.fields import FieldError, clean_text, is_slug, parse_pelaksana
from sopap.parsing.indentation import option_after_list
from sopap.parsing.raw import SOP_OPTIONS, SOP_WAJIB, RawSopFile
from sopap.util import digits

__all__ = ["Defaults", "SourceProblem", "assemble"]


def stray_columns(block) -> dict[str, tuple[str, int | None]]:
    """Unknown ``{sop}`` options right after the ``pelaksana:`` list, written like
    its columns (``konselor: Konselor``): a column left unindented."""
    found = {}
    for name, line in block.unknown.items():
        value = clean_text(block.unknown_values.get(name))
        if value and is_slug(name) and option_after_list(block.opsi_teks, name) == "pelaksana":
            found[name] = (value, line)
    return found


def assemble(raw: RawSopFile, bawaan: Defaults = Defaults()) -> tuple[Sop | None, list[SourceProblem]]:
    """Build the SOP of one file and list every problem found on the way."""
    out = Collector()
    block = raw.sop
    if block is None:
        for name, blocks in (("langkah", raw.langkah), ("paraf", raw.paraf)):
            for step in blocks[:1]:
                out.add(
                    "struktur",
                    f"direktif {{{name}}} harus didahului direktif {{sop}} pada berkas yang sama",
                    step.line,
                )
        return None, out.items
    for line, message in raw.langkah_salah_ketik:  # shown by MyST: kept so that the file counts as broken
        out.add("struktur", message, line, sudah_dilaporkan=True)
    check_sizes(raw, out)
    strays = stray_columns(block)
    unknown_options(block, "sop", SOP_OPTIONS, out, explained=set(strays))
    out.unreadable(block, "sop")
    for line in raw.sop_lain:
        out.add(
            "struktur",
            f"satu berkas hanya boleh memuat satu direktif {{sop}}; direktif pertama ada di baris {block.line}",
            line,
        )

    sop_id = block.argument.strip()
    if len(sop_id) > KODE_MAKSIMUM:
        out.add(
            "kode",
            f"kode SOP '{digits.shown(sop_id, 40)}' terlalu panjang ({len(sop_id)} karakter); kode SOP "
            f"paling banyak {KODE_MAKSIMUM} karakter, misalnya 'lomba-posyandu'",
            block.line,
        )
    elif not is_slug(sop_id):
        out.add(
            "kode",
            f"kode SOP '{sop_id}' hanya boleh memuat huruf kecil, angka dan '-', "
            "misalnya 'lomba-posyandu'",
            block.line,
        )

    notes = catatan(raw, out)
    flagged = {(c.langkah, c.medan) for c in notes}

    instansi, signer = instansi_of(raw, block, bawaan, out)
    typos = meant(block, SOP_OPTIONS)
    for name in () if block.rusak else SOP_WAJIB:
        if signer is not None and name in ("penandatangan-jabatan", "penandatangan-nama"):
            continue  # the instansi's signatory from conf.py
        if not clean_text(block.get(name)) and name not in typos:
            out.add("identitas", f"isian identitas '{name}' ({SOP_OPTIONS[name]}) wajib diisi", block.line)
    lampiran = clean_text(block.get("lampiran"))
    if not lampiran and (None, "lampiran") not in flagged and not block.rusak:
        out.add(
            "identitas",
            "isian identitas 'lampiran' wajib diisi; bila tidak terbaca pada naskah, "
            "kosongkan dan tulis {catatan} tidak-terbaca dengan 'medan: lampiran'",
            block.line,
        )
    elif lampiran:
        if not is_roman(lampiran):
            out.add("identitas", f"lampiran '{lampiran}' bukan angka Romawi (misalnya XLI)", block.line_of("lampiran"))

    # When the columns cannot be read, every step's pelaksana would be
    # "unknown": one message about the columns is the useful one.
    pelaksana_terbaca = not block.rusak
    try:
        pelaksana_entries = parse_pelaksana(block.get("pelaksana"))
    except FieldError as exc:
        out.add("pelaksana", f"isian 'pelaksana': {exc}", block.line_of("pelaksana"))
        pelaksana_entries = ()
        pelaksana_terbaca = False
    pelaksana = tuple(Pelaksana(e.id, e.nama) for e in pelaksana_entries)
    for kode, (nama, line) in strays.items():
        # one message for the line, not one more per step that names the column
        out.add(
            "pelaksana",
            f"baris '{kode}: {nama}' tidak menjorok, sehingga terbaca sebagai isian tersendiri, bukan kolom "
            "'pelaksana:'; tulis dua spasi di depannya, seperti kolom pelaksana lainnya",
            line,
        )
        if all(p.id != kode for p in pelaksana):
            pelaksana += (Pelaksana(kode, nama),)

    identitas = Identitas(
        nomor=clean_text(block.get("nomor")),
        tanggal_pembuatan=clean_text(block.get("tanggal-pembuatan")),
        tanggal_revisi=clean_text(block.get("tanggal-revisi")),
        tanggal_pengesahan=clean_text(block.get("tanggal-pengesahan")),
        disahkan_oleh=clean_text(block.get("disahkan-oleh")),
        dasar_hukum=read_list(block, "dasar-hukum", out),
        kualifikasi_pelaksana=read_list(block, "kualifikasi-pelaksana", out),
        keterkaitan=read_list(block, "keterkaitan", out),
        peralatan_perlengkapan=read_list(block, "peralatan-perlengkapan", out),
        peringatan=read_list(block, "peringatan", out),
        pencatatan_pendataan=read_list(block, "pencatatan-pendataan", out),
    )
    jabatan = clean_text(block.get("penandatangan-jabatan"))
    nama_ttd = clean_text(block.get("penandatangan-nama"))

    steps = langkah(raw, pelaksana, flagged, out, pelaksana_terbaca=pelaksana_terbaca)
    revisi = read_revisi(block, out)
    paraf_koordinasi = read_list(block, "paraf-koordinasi", out)

    sop = Sop(
        id=sop_id,
        nama=clean_text(block.get("nama")),
        lampiran=lampiran,
        instansi=instansi,
        bidang=clean_text(block.get("bidang")),
        identitas=identitas,
        pelaksana=pelaksana,
        langkah=steps,
        paraf_koordinasi=paraf_koordinasi,
        penandatangan=_signatory(jabatan, nama_ttd, signer),
        catatan=notes,
        sumber=Sumber(raw.berkas, block.line),
        revisi=revisi,
        paraf=paraf(raw, paraf_koordinasi, revisi, notes, out, kotak_terbaca=not block.rusak),
    )
    check_catatan_targets(sop, raw, out)
    return sop, out.items


def _signatory(jabatan: str, nama: str, configured: Penandatangan | None) -> Penandatangan | None:
    """The SOP's own signatory; what it leaves out comes from its instansi in conf.py."""
    if configured is not None:
        return Penandatangan(jabatan or configured.jabatan, nama or configured.nama)
    return Penandatangan(jabatan, nama) if (jabatan or nama) else None
