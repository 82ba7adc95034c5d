"""The ``{langkah}`` steps: numbers, pelaksana, waktu, branches, kelengkapan."""

from __future__ import annotations

from sopap.model import flow
from sopap.model.documents import normalize_dokumen
from sopap.model.limits import LANGKAH_MAKSIMUM, angka
from sopap.model.sop import Arah, Cabang, Langkah, Pelaksana, Sumber
from sopap.model.waktu import Waktu, WaktuError, parse_waktu
from sopap.parsing.assemble.common import Collector, meant, read_list, unknown_options
from sopap.parsing.assemble.flow import check_flow
from sopap.parsing.fields import FieldError, clean_text, parse_body, parse_nomor
from sopap.parsing.raw import LANGKAH_OPTIONS, RawBlock, RawSopFile
from sopap.util.text import did_you_mean


def kelengkapan_luar(
    block: RawBlock, nomor: int, kelengkapan: tuple[str, ...], out: Collector
) -> tuple[str, ...]:
    """External inputs named by the author: each must be a kelengkapan of the step."""
    luar = read_list(block, "kelengkapan-luar", out)
    own = {normalize_dokumen(k) for k in kelengkapan}
    for doc in luar:
        if normalize_dokumen(doc) not in own:
            out.add(
                "kelengkapan",
                f"'{doc}' pada 'kelengkapan-luar:' langkah {nomor} tidak ada di 'kelengkapan:' "
                f"langkah itu{did_you_mean(doc, kelengkapan)}; tulis nama yang sama persis",
                block.line_of("kelengkapan-luar"),
            )
    return luar


def resolve_pelaksana(text: str, pelaksana: tuple[Pelaksana, ...]) -> str | None:
    key = clean_text(text).lower()
    for p in pelaksana:
        if key in (p.id, p.nama.lower()):
            return p.id
    return None


def target(block: RawBlock, name: str, out: Collector) -> int | None:
    value = block.get(name)
    if value is None or not value.strip():
        return None
    try:
        return parse_nomor(value, f"tujuan cabang '{name}:'")
    except FieldError as exc:
        out.add("cabang", f"langkah {block.argument.strip()}: {exc}", block.line_of(name))
        return None


def langkah(
    raw: RawSopFile,
    pelaksana: tuple[Pelaksana, ...],
    flagged: set[tuple[int | None, str]],
    out: Collector,
    pelaksana_terbaca: bool = True,
) -> tuple[Langkah, ...]:
    """Every step of the file, in the order written, then the flow's checks."""
    # First pass: numbers, so that flow targets can be checked afterwards.
    numbered = _numbered(raw, out)
    numbers = [n for n, _ in numbered]
    _numbering(raw, numbered, out)
    steps = [
        _step(raw.berkas, nomor, block, index, numbers, pelaksana, flagged, out, pelaksana_terbaca)
        for index, (nomor, block) in enumerate(numbered)
    ]
    check_flow(steps, numbered, out)
    return tuple(steps)


def _numbered(raw: RawSopFile, out: Collector) -> list[tuple[int, RawBlock]]:
    """(number, block) of every step whose number can be read and is not taken."""
    numbered: list[tuple[int, RawBlock]] = []
    seen: dict[int, int | None] = {}
    if len(raw.langkah) > LANGKAH_MAKSIMUM:
        out.add(
            "ukuran",
            f"SOP ini memiliki {angka(len(raw.langkah))} langkah; satu SOP paling banyak {angka(LANGKAH_MAKSIMUM)} "
            "langkah: pecah menjadi beberapa SOP yang saling merujuk (isian 'keterkaitan')",
            raw.langkah[LANGKAH_MAKSIMUM].line,
        )
    for block in raw.langkah[:LANGKAH_MAKSIMUM]:  # the others are not read: one message is enough
        unknown_options(block, "langkah", LANGKAH_OPTIONS, out)
        out.unreadable(block, "langkah")
        if not block.argument.strip():
            out.add(
                "nomor",
                "direktif {langkah} tanpa nomor; tulis nomor langkah sesudah nama direktif, misalnya "
                "'```{langkah} 3'",
                block.line,
            )
            continue
        try:
            nomor = parse_nomor(block.argument)
        except FieldError as exc:
            out.add("nomor", str(exc), block.line)
            continue
        if nomor in seen:
            where = f" (baris {seen[nomor]})" if seen[nomor] else ""
            out.add(
                "nomor",
                f"nomor langkah {nomor} ganda; sudah dipakai{where}: beri nomor yang benar pada salah satunya",
                block.line,
            )
            continue
        seen[nomor] = block.line
        numbered.append((nomor, block))
    return numbered


def _numbering(raw: RawSopFile, numbered: list[tuple[int, RawBlock]], out: Collector) -> None:
    """Steps written in order of their numbers, numbered 1, 2, 3, ... without a gap.

    A gap is reported at the step written after it, where the number must
    change; not when a step's number could not be read (that step is the
    gap, already reported).
    """
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
        # steps whose number could not be read or was taken twice, or whose directive name was
        # mistyped: the gaps they leave are theirs, already reported
        unread = len(raw.langkah) - len(numbered) + len(raw.langkah_salah_ketik)
        if unread and len(set(range(1, max(numbers) + 1)) - set(numbers)) <= unread:
            return
        for missing, block, before in _gaps(numbered):
            after = f"sesudah langkah {before} tertulis langkah" if before else "langkah pertama bernomor"
            out.add(
                "nomor",
                f"nomor langkah {_ranges(missing)} tidak ada: {after} {missing[-1] + 1}; "
                "langkah harus bernomor 1, 2, 3, ... tanpa loncatan",
                block.line,
            )
    elif raw.sop is not None:
        out.add("nomor", "SOP belum memiliki langkah; tulis direktif {langkah} 1, 2, ...", raw.sop.line)


def _gaps(numbered: list[tuple[int, RawBlock]]):
    """(missing numbers, the step written after them, the number before them) per gap."""
    present = {n for n, _ in numbered}
    by_number = sorted(numbered, key=lambda item: item[0])
    previous = 0
    for nomor, block in by_number:
        if nomor > previous + 1:
            missing = [m for m in range(previous + 1, nomor) if m not in present]
            if missing:
                yield missing, block, previous
        previous = max(previous, nomor)


def _ranges(numbers: list[int]) -> str:
    """``2, 3, 5-9999``: sorted numbers, a run of three or more as a range."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{run[0]}-{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)) for run in runs]
    return ", ".join(parts)


def _step(
    berkas: str,
    nomor: int,
    block: RawBlock,
    index: int,
    numbers: list[int],
    pelaksana: tuple[Pelaksana, ...],
    flagged: set[tuple[int | None, str]],
    out: Collector,
    pelaksana_terbaca: bool,
) -> Langkah:
    body_read = True
    try:
        body = parse_body(block.body)
    except FieldError as exc:
        out.add("rincian", f"langkah {nomor}: {exc}", block.line)
        body, body_read = parse_body([]), False
    if body_read and not body.uraian and not body.rincian:
        out.add("uraian", f"uraian langkah {nomor} kosong; tulis uraian di badan direktif", block.line)
    actor = _actor(nomor, block, pelaksana, out, pelaksana_terbaca)
    waktu = _waktu(nomor, block, flagged, out)
    cabang, berikutnya = _branches(nomor, block, index, numbers, out)
    kelengkapan = read_list(block, "kelengkapan", out)
    return Langkah(
        nomor=nomor,
        uraian=body.uraian,
        # an unknown key is kept as written (the source has a problem, reported;
        # nothing is exported): the HTML page shows it as a column of its own
        pelaksana=actor or clean_text(block.get("pelaksana")),
        rincian=body.rincian,
        kelengkapan=kelengkapan,
        kelengkapan_luar=kelengkapan_luar(block, nomor, kelengkapan, out),
        waktu=waktu,
        output=read_list(block, "output", out),
        keterangan=clean_text(block.get("keterangan")),
        berikutnya=berikutnya,
        cabang=cabang,
        simbol=flow.derive_simbol(index, len(numbers), cabang is not None),
        sumber=Sumber(berkas, block.line),
    )


def _actor(
    nomor: int, block: RawBlock, pelaksana: tuple[Pelaksana, ...], out: Collector, pelaksana_terbaca: bool
) -> str | None:
    actor_text = clean_text(block.get("pelaksana"))
    actor = resolve_pelaksana(actor_text, pelaksana) if actor_text else None
    if block.rusak or (not actor_text and "pelaksana" in meant(block, LANGKAH_OPTIONS)):
        pass
    elif not actor_text:
        example = f" (misalnya 'pelaksana: {pelaksana[0].id}')" if pelaksana else ""
        out.add("pelaksana", f"langkah {nomor} belum memiliki pelaksana; tulis 'pelaksana: kode'{example}", block.line)
    elif actor is None and pelaksana_terbaca:
        known = ", ".join(f"{p.id} ({p.nama})" for p in pelaksana) or "belum ada"
        hint = did_you_mean(actor_text, [p.id for p in pelaksana])
        out.add(
            "pelaksana",
            f"pelaksana '{actor_text}' pada langkah {nomor} tidak dikenal{hint}; "
            f"pelaksana SOP ini: {known}",
            block.line_of("pelaksana"),
        )
    return actor


def _waktu(nomor: int, block: RawBlock, flagged: set[tuple[int | None, str]], out: Collector) -> Waktu | None:
    waktu: Waktu | None = None
    waktu_text = clean_text(block.get("waktu"))
    if waktu_text:
        try:
            waktu = parse_waktu(waktu_text)
        except WaktuError as exc:
            out.add("waktu", f"langkah {nomor}: {exc}", block.line_of("waktu"))
    elif (nomor, "waktu") not in flagged and not block.rusak and "waktu" not in meant(block, LANGKAH_OPTIONS):
        out.add(
            "waktu",
            f"waktu langkah {nomor} kosong; isi 'waktu:' (misalnya 'waktu: 30 menit') atau, bila tidak "
            "terbaca pada naskah, tulis {catatan} tidak-terbaca dengan 'langkah: "
            f"{nomor}' dan 'medan: waktu'",
            block.line,
        )
    return waktu


def _branches(
    nomor: int, block: RawBlock, index: int, numbers: list[int], out: Collector
) -> tuple[Cabang | None, tuple[int, ...]]:
    """The decision's two branches, or the steps that come next."""
    ya, tidak = target(block, "ya", out), target(block, "tidak", out)
    explicit_next = target(block, "berikutnya", out)
    cabang: Cabang | None = None
    if (block.get("ya") is not None) != (block.get("tidak") is not None):
        out.add(
            "cabang",
            f"keputusan pada langkah {nomor} harus memiliki dua cabang, 'ya:' dan 'tidak:'",
            block.line,
        )
    if ya is not None and tidak is not None:
        if explicit_next is not None:
            out.add(
                "cabang",
                f"langkah {nomor} adalah keputusan; gunakan 'ya:' dan 'tidak:', "
                "bukan 'berikutnya:'",
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
            out.add(
                "cabang",
                f"'{label_opt}:' hanya berlaku untuk langkah keputusan (yang memiliki 'ya:' dan 'tidak:')",
                block.line_of(label_opt),
            )
    return cabang, berikutnya
