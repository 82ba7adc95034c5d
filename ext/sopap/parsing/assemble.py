"""Turning the raw directive data of one file into a :class:`Sop`.

Every problem becomes a :class:`Masalah` with an Indonesian message, the line
it points at and a kind (used as the Sphinx warning subtype, so a project can
silence one kind with ``suppress_warnings = ["sopap.waktu"]``). Assembly does
not stop at the first problem: an author sees them all in one build.
"""

from __future__ import annotations

from dataclasses import dataclass

from sopap.model import flow
from sopap.model.documents import normalize_dokumen
from sopap.model.paraf import normalize_jabatan
from sopap.model.problems import Masalah
from sopap.model.roman import is_roman
from sopap.model.sop import (
    Arah,
    Cabang,
    Catatan,
    Identitas,
    JenisCatatan,
    Langkah,
    Paraf,
    Pelaksana,
    Penandatangan,
    Sop,
    Sumber,
)
from sopap.model.waktu import Waktu, WaktuError, parse_waktu
from sopap.parsing.fields import (
    FieldError,
    clean_text,
    is_slug,
    parse_body,
    parse_list,
    parse_nomor,
    parse_pelaksana,
)
from sopap.parsing.raw import (
    CATATAN_OPTIONS,
    LANGKAH_OPTIONS,
    MEDAN_LANGKAH,
    MEDAN_SOP,
    PARAF_OPTIONS,
    SOP_OPTIONS,
    SOP_WAJIB,
    RawBlock,
    RawSopFile,
)


@dataclass(frozen=True, slots=True)
class Bawaan:
    """Project-wide defaults from ``conf.py``."""

    instansi: str = ""


class _Collector:
    def __init__(self) -> None:
        self.items: list[Masalah] = []

    def add(self, jenis: str, pesan: str, baris: int | None, sudah_dilaporkan: bool = False) -> None:
        self.items.append(Masalah(jenis, pesan, baris, sudah_dilaporkan))

    def unreadable(self, block: RawBlock, directive: str) -> None:
        if block.rusak:
            self.add(
                "opsi",
                f"isian direktif {{{directive}}} {block.argument.strip()} tidak dapat dibaca; "
                "perbaiki isian di antara garis ---",
                block.line,
                sudah_dilaporkan=True,
            )


def _unknown_options(block: RawBlock, directive: str, known: dict[str, str], out: _Collector) -> None:
    for name, line in block.unknown.items():
        out.add(
            "opsi",
            f"opsi ':{name}:' tidak dikenal pada direktif {{{directive}}}; "
            f"opsi yang dikenal: {', '.join(known)}",
            line,
        )
    _written_wrongly(block, directive, out)


def _written_wrongly(block: RawBlock, directive: str, out: _Collector) -> None:
    """Mistakes MyST reads past without a word: a repeated option, a directive
    left open (the next one becomes its text), and the tab behind an
    unreadable option block."""
    for name, lines in block.ganda.items():
        out.add(
            "opsi",
            f"opsi ':{name}:' ditulis {len(lines)} kali pada direktif {{{directive}}} (pertama di baris "
            f"{lines[0]}); hanya nilai terakhir yang terbaca, hapus yang lain",
            lines[1],
        )
    if block.rusak and block.tab:
        out.add(
            "opsi",
            f"isian direktif {{{directive}}} memuat tab; di antara garis --- pakai spasi, bukan tab, "
            "untuk indentasi dan sesudah titik dua",
            block.tab[0],
        )
    for line in block.bersarang:
        what = f"{{{directive}}} {block.argument.strip()}".strip()
        out.add(
            "struktur",
            f"direktif {what} (baris {block.line}) belum ditutup: baris ini memulai direktif lain di "
            "dalam isinya; tulis ``` penutup sebelum baris ini",
            line,
        )


def _list(block: RawBlock, name: str, out: _Collector) -> tuple[str, ...]:
    try:
        return parse_list(block.get(name))
    except FieldError as exc:
        out.add("daftar", f"isian '{name}': {exc}", block.line_of(name))
        return ()


def assemble(raw: RawSopFile, bawaan: Bawaan = Bawaan()) -> tuple[Sop | None, list[Masalah]]:
    """Build the SOP of one file and list every problem found on the way."""
    out = _Collector()
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
    _unknown_options(block, "sop", SOP_OPTIONS, out)
    out.unreadable(block, "sop")
    for line in raw.sop_lain:
        out.add(
            "struktur",
            f"satu berkas hanya boleh memuat satu direktif {{sop}}; direktif pertama ada di baris {block.line}",
            line,
        )

    sop_id = block.argument.strip()
    if not is_slug(sop_id):
        out.add(
            "kode",
            f"kode SOP '{sop_id}' hanya boleh memuat huruf kecil, angka dan '-', "
            "misalnya 'lomba-posyandu'",
            block.line,
        )

    notes = _catatan(raw, out)
    flagged = {(c.langkah, c.medan) for c in notes}

    for name in () if block.rusak else SOP_WAJIB:
        if not clean_text(block.get(name)):
            out.add("identitas", f"isian identitas '{name}' ({SOP_OPTIONS[name]}) wajib diisi", block.line)
    lampiran = clean_text(block.get("lampiran"))
    if not lampiran and (None, "lampiran") not in flagged and not block.rusak:
        out.add(
            "identitas",
            "isian identitas 'lampiran' wajib diisi; bila tidak terbaca pada naskah, "
            "kosongkan dan tulis {catatan} tidak-terbaca dengan ':medan: lampiran'",
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

    identitas = Identitas(
        nomor=clean_text(block.get("nomor")),
        tanggal_pembuatan=clean_text(block.get("tanggal-pembuatan")),
        tanggal_revisi=clean_text(block.get("tanggal-revisi")),
        tanggal_pengesahan=clean_text(block.get("tanggal-pengesahan")),
        disahkan_oleh=clean_text(block.get("disahkan-oleh")),
        dasar_hukum=_list(block, "dasar-hukum", out),
        kualifikasi_pelaksana=_list(block, "kualifikasi-pelaksana", out),
        keterkaitan=_list(block, "keterkaitan", out),
        peralatan_perlengkapan=_list(block, "peralatan-perlengkapan", out),
        peringatan=_list(block, "peringatan", out),
        pencatatan_pendataan=_list(block, "pencatatan-pendataan", out),
    )
    jabatan = clean_text(block.get("penandatangan-jabatan"))
    nama_ttd = clean_text(block.get("penandatangan-nama"))

    steps = _langkah(raw, pelaksana, flagged, out, pelaksana_terbaca=pelaksana_terbaca)
    revisi = _revisi(block, out)
    paraf_koordinasi = _list(block, "paraf-koordinasi", out)

    sop = Sop(
        id=sop_id,
        nama=clean_text(block.get("nama")),
        lampiran=lampiran,
        instansi=clean_text(block.get("instansi")) or bawaan.instansi,
        bidang=clean_text(block.get("bidang")),
        identitas=identitas,
        pelaksana=pelaksana,
        langkah=steps,
        paraf_koordinasi=paraf_koordinasi,
        penandatangan=Penandatangan(jabatan, nama_ttd) if (jabatan or nama_ttd) else None,
        catatan=notes,
        sumber=Sumber(raw.berkas, block.line),
        revisi=revisi,
        paraf=_paraf(raw, paraf_koordinasi, revisi, notes, out, kotak_terbaca=not block.rusak),
    )
    _check_catatan_targets(sop, raw, out)
    return sop, out.items


def _revisi(block: RawBlock, out: _Collector) -> int:
    text = clean_text(block.get("revisi"))
    if not text:
        return 0
    if not text.isdigit():
        out.add(
            "identitas",
            f"revisi '{text}' harus bilangan bulat 0, 1, 2, ... (0: naskah pertama yang ditandatangani)",
            block.line_of("revisi"),
        )
        return 0
    return int(text)


def _paraf(
    raw: RawSopFile,
    jabatan_kotak: tuple[str, ...],
    revisi_sop: int,
    notes: tuple[Catatan, ...],
    out: _Collector,
    kotak_terbaca: bool = True,
) -> tuple[Paraf, ...]:
    """The ``{paraf}`` records; an empty name or date needs a tidak-terbaca note."""
    known = {normalize_jabatan(j): j for j in jabatan_kotak}
    illegible = any(
        c.jenis is JenisCatatan.TIDAK_TERBACA and c.langkah is None and c.medan == "paraf-koordinasi"
        for c in notes
    )
    result: list[Paraf] = []
    seen: dict[tuple[str, int], int | None] = {}
    for block in raw.paraf:
        _unknown_options(block, "paraf", PARAF_OPTIONS, out)
        jabatan = clean_text(block.argument)
        if not jabatan:
            out.add(
                "paraf",
                "direktif {paraf} harus menyebut jabatan pemaraf sesudah nama direktif, "
                "misalnya '{paraf} Kabag Organisasi'",
                block.line,
            )
            continue
        if normalize_jabatan(jabatan) not in known:
            if not kotak_terbaca:
                continue
            daftar = ", ".join(jabatan_kotak) or "belum ada (isi ':paraf-koordinasi:' pada {sop})"
            out.add(
                "paraf",
                f"jabatan '{jabatan}' tidak ada di kotak Paraf Koordinasi SOP ini; jabatan yang ada: {daftar}",
                block.line,
            )
            continue
        revisi = revisi_sop
        text = clean_text(block.get("revisi"))
        if text:
            if not text.isdigit():
                out.add("paraf", f"revisi paraf '{text}' harus bilangan bulat 0, 1, 2, ...", block.line_of("revisi"))
                continue
            revisi = int(text)
        if revisi > revisi_sop:
            out.add(
                "paraf",
                f"paraf {jabatan} untuk revisi {revisi}, padahal naskah ini revisi {revisi_sop}; "
                "naikkan ':revisi:' pada {sop} atau perbaiki revisi paraf",
                block.line_of("revisi"),
            )
            continue
        key = (normalize_jabatan(jabatan), revisi)
        if key in seen:
            where = f" (baris {seen[key]})" if seen[key] else ""
            out.add("paraf", f"paraf {jabatan} untuk revisi {revisi} sudah dicatat{where}", block.line)
            continue
        seen[key] = block.line
        nama, tanggal = clean_text(block.get("nama")), clean_text(block.get("tanggal"))
        kosong = [name for name, value in (("nama", nama), ("tanggal", tanggal)) if not value]
        if kosong and not illegible and not block.rusak:
            out.add(
                "paraf",
                f"{' dan '.join(kosong)} paraf {jabatan} kosong; isi ':{kosong[0]}:' atau, bila tidak "
                "terbaca pada naskah, tulis {catatan} tidak-terbaca dengan ':medan: paraf-koordinasi'",
                block.line,
            )
        result.append(Paraf(known[key[0]], revisi, nama, tanggal, Sumber(raw.berkas, block.line)))
    return tuple(result)


def _kelengkapan_luar(
    block: RawBlock, nomor: int, kelengkapan: tuple[str, ...], out: _Collector
) -> tuple[str, ...]:
    """External inputs named by the author: each must be a kelengkapan of the step."""
    luar = _list(block, "kelengkapan-luar", out)
    own = {normalize_dokumen(k) for k in kelengkapan}
    for doc in luar:
        if normalize_dokumen(doc) not in own:
            out.add(
                "kelengkapan",
                f"'{doc}' pada ':kelengkapan-luar:' langkah {nomor} tidak ada di ':kelengkapan:' "
                "langkah itu; tulis nama yang sama persis",
                block.line_of("kelengkapan-luar"),
            )
    return luar


def _catatan(raw: RawSopFile, out: _Collector) -> tuple[Catatan, ...]:
    notes: list[Catatan] = []
    kinds = [k.value for k in JenisCatatan]
    for block in raw.catatan:
        _unknown_options(block, "catatan", CATATAN_OPTIONS, out)
        out.unreadable(block, "catatan")
        jenis_text = block.argument.strip()
        if jenis_text not in kinds:
            out.add(
                "catatan",
                f"jenis catatan '{jenis_text}' tidak dikenal; gunakan {', '.join(kinds)}",
                block.line,
            )
            continue
        langkah: int | None = None
        if clean_text(block.get("langkah")):
            try:
                langkah = parse_nomor(block.get("langkah"))
            except FieldError as exc:
                out.add("catatan", f"catatan: {exc}", block.line_of("langkah"))
                continue
        medan = clean_text(block.get("medan"))
        allowed = MEDAN_SOP if langkah is None else MEDAN_LANGKAH
        if medan not in allowed:
            where = "identitas" if langkah is None else "langkah"
            out.add(
                "catatan",
                f"medan catatan '{medan}' tidak dikenal untuk {where}; gunakan salah satu: "
                + ", ".join(allowed),
                block.line_of("medan"),
            )
            continue
        penjelasan = clean_text(" ".join(block.body))
        if not penjelasan:
            out.add("catatan", "catatan harus berisi penjelasan", block.line)
            continue
        notes.append(
            Catatan(
                jenis=JenisCatatan(jenis_text),
                medan=medan,
                penjelasan=penjelasan,
                langkah=langkah,
                asli=clean_text(block.get("asli")),
                sumber=Sumber(raw.berkas, block.line),
            )
        )
    return tuple(notes)


def _check_catatan_targets(sop: Sop, raw: RawSopFile, out: _Collector) -> None:
    numbers = {step.nomor for step in sop.langkah}
    for note in sop.catatan:
        if note.langkah is not None and note.langkah not in numbers:
            out.add(
                "catatan",
                f"catatan menunjuk langkah {note.langkah} yang tidak ada",
                note.sumber.baris if note.sumber else None,
            )


def _resolve_pelaksana(text: str, pelaksana: tuple[Pelaksana, ...]) -> str | None:
    key = clean_text(text).lower()
    for p in pelaksana:
        if key in (p.id, p.nama.lower()):
            return p.id
    return None


def _target(block: RawBlock, name: str, out: _Collector) -> int | None:
    value = block.get(name)
    if value is None or not value.strip():
        return None
    try:
        return parse_nomor(value, f"tujuan '{name}'")
    except FieldError as exc:
        out.add("cabang", f"langkah {block.argument.strip()}: {exc}", block.line_of(name))
        return None


def _langkah(
    raw: RawSopFile,
    pelaksana: tuple[Pelaksana, ...],
    flagged: set[tuple[int | None, str]],
    out: _Collector,
    pelaksana_terbaca: bool = True,
) -> tuple[Langkah, ...]:
    # First pass: numbers, so that flow targets can be checked afterwards.
    numbered: list[tuple[int, RawBlock]] = []
    seen: dict[int, int | None] = {}
    for block in raw.langkah:
        _unknown_options(block, "langkah", LANGKAH_OPTIONS, out)
        out.unreadable(block, "langkah")
        try:
            nomor = parse_nomor(block.argument)
        except FieldError as exc:
            out.add("nomor", str(exc), block.line)
            continue
        if nomor in seen:
            where = f" (baris {seen[nomor]})" if seen[nomor] else ""
            out.add("nomor", f"nomor langkah {nomor} ganda; sudah dipakai{where}", block.line)
            continue
        seen[nomor] = block.line
        numbered.append((nomor, block))

    numbers = [n for n, _ in numbered]
    if numbers:
        for previous, (nomor, block) in zip(numbers, numbered[1:]):
            if nomor < previous:
                out.add(
                    "nomor",
                    f"langkah {nomor} ditulis sesudah langkah {previous}; tulis langkah "
                    "berurutan menurut nomornya",
                    block.line,
                )
        missing = sorted(set(range(1, max(numbers) + 1)) - set(numbers))
        if missing:
            out.add(
                "nomor",
                "nomor langkah "
                + ", ".join(map(str, missing))
                + " tidak ada; langkah harus bernomor 1, 2, 3, ... tanpa loncatan",
                numbered[0][1].line,
            )
    elif raw.sop is not None:
        out.add("nomor", "SOP belum memiliki langkah; tulis direktif {langkah} 1, 2, ...", raw.sop.line)

    total = len(numbered)
    steps: list[Langkah] = []
    for index, (nomor, block) in enumerate(numbered):
        body_read = True
        try:
            body = parse_body(block.body)
        except FieldError as exc:
            out.add("rincian", f"langkah {nomor}: {exc}", block.line)
            body, body_read = parse_body([]), False
        if body_read and not body.uraian and not body.rincian:
            out.add("uraian", f"uraian langkah {nomor} kosong; tulis uraian di badan direktif", block.line)

        actor_text = clean_text(block.get("pelaksana"))
        actor = _resolve_pelaksana(actor_text, pelaksana) if actor_text else None
        if block.rusak:
            pass
        elif not actor_text:
            out.add("pelaksana", f"langkah {nomor} belum memiliki pelaksana (':pelaksana:')", block.line)
        elif actor is None and pelaksana_terbaca:
            known = ", ".join(f"{p.id} ({p.nama})" for p in pelaksana) or "belum ada"
            out.add(
                "pelaksana",
                f"pelaksana '{actor_text}' pada langkah {nomor} tidak dikenal; "
                f"pelaksana SOP ini: {known}",
                block.line_of("pelaksana"),
            )

        waktu: Waktu | None = None
        waktu_text = clean_text(block.get("waktu"))
        if waktu_text:
            try:
                waktu = parse_waktu(waktu_text)
            except WaktuError as exc:
                out.add("waktu", f"langkah {nomor}: {exc}", block.line_of("waktu"))
        elif (nomor, "waktu") not in flagged and not block.rusak:
            out.add(
                "waktu",
                f"waktu langkah {nomor} kosong; isi ':waktu:' atau, bila tidak terbaca pada "
                "naskah, tulis {catatan} tidak-terbaca dengan ':medan: waktu'",
                block.line,
            )

        ya, tidak = _target(block, "ya", out), _target(block, "tidak", out)
        explicit_next = _target(block, "berikutnya", out)
        cabang: Cabang | None = None
        if (block.get("ya") is not None) != (block.get("tidak") is not None):
            out.add(
                "cabang",
                f"keputusan pada langkah {nomor} harus memiliki dua cabang, ':ya:' dan ':tidak:'",
                block.line,
            )
        if ya is not None and tidak is not None:
            if explicit_next is not None:
                out.add(
                    "cabang",
                    f"langkah {nomor} adalah keputusan; gunakan ':ya:' dan ':tidak:', "
                    "bukan ':berikutnya:'",
                    block.line_of("berikutnya"),
                )
            cabang = Cabang(
                ya=Arah(ya, clean_text(block.get("label-ya")) or "Ya"),
                tidak=Arah(tidak, clean_text(block.get("label-tidak")) or "Tidak"),
            )
            berikutnya: tuple[int, ...] = (ya, tidak)
        elif explicit_next is not None:
            berikutnya = (explicit_next,)
        else:
            berikutnya = flow.default_berikutnya(numbers, index)
        for label_opt in ("label-ya", "label-tidak"):
            if block.get(label_opt) is not None and cabang is None:
                out.add("cabang", f"':{label_opt}:' hanya berlaku untuk langkah keputusan", block.line_of(label_opt))

        kelengkapan = _list(block, "kelengkapan", out)
        steps.append(
            Langkah(
                nomor=nomor,
                uraian=body.uraian,
                pelaksana=actor or "",
                rincian=body.rincian,
                kelengkapan=kelengkapan,
                kelengkapan_luar=_kelengkapan_luar(block, nomor, kelengkapan, out),
                waktu=waktu,
                output=_list(block, "output", out),
                keterangan=clean_text(block.get("keterangan")),
                berikutnya=berikutnya,
                cabang=cabang,
                simbol=flow.derive_simbol(index, total, cabang is not None),
                sumber=Sumber(raw.berkas, block.line),
            )
        )

    _check_flow(steps, numbered, out)
    return tuple(steps)


def _check_flow(steps: list[Langkah], numbered: list[tuple[int, RawBlock]], out: _Collector) -> None:
    if not steps:
        return
    lines = {n: b for n, b in numbered}
    existing = {s.nomor for s in steps}
    broken = False
    for step in steps:
        targets: list[tuple[str, int]] = []
        if step.cabang:
            targets = [("ya", step.cabang.ya.ke), ("tidak", step.cabang.tidak.ke)]
        elif lines[step.nomor].get("berikutnya") is not None:
            targets = [("berikutnya", t) for t in step.berikutnya]
        for name, target in targets:
            block = lines[step.nomor]
            if target not in existing:
                broken = True
                out.add(
                    "cabang",
                    f"':{name}:' pada langkah {step.nomor} menuju langkah {target} yang tidak ada",
                    block.line_of(name),
                )
            elif target == step.nomor:
                broken = True
                out.add("cabang", f"':{name}:' pada langkah {step.nomor} menuju dirinya sendiri", block.line_of(name))
    last = steps[-1]
    if last.cabang is not None:
        out.add(
            "alur",
            f"langkah terakhir ({last.nomor}) menutup prosedur dan tidak boleh berupa keputusan",
            lines[last.nomor].line,
        )
        return
    if broken:
        return
    edges = flow.graph(steps)
    reached = flow.reachable(edges, steps[0].nomor)
    ending = flow.reaching(edges, last.nomor)
    unreached = [s.nomor for s in steps if s.nomor not in reached]
    stuck = [s.nomor for s in steps if s.nomor in reached and s.nomor not in ending]
    if unreached:
        out.add(
            "alur",
            f"langkah {_join(unreached)} tidak dapat dicapai dari langkah {steps[0].nomor}; "
            "periksa ':berikutnya:', ':ya:' dan ':tidak:' langkah sebelumnya",
            lines[unreached[0]].line,
        )
    if stuck:
        out.add(
            "alur",
            f"dari langkah {_join(stuck)} prosedur tidak pernah sampai ke langkah terakhir "
            f"({last.nomor}): alurnya berputar tanpa jalan keluar",
            lines[stuck[0]].line,
        )


def _join(numbers: list[int]) -> str:
    return ", ".join(map(str, numbers))
