"""The ``{paraf}`` records of the Paraf Koordinasi box."""

from __future__ import annotations

from sopap.model.paraf import SIDIK_PANJANG, SIDIK_POLA, normalize_jabatan
from sopap.model.sop import Catatan, JenisCatatan, Paraf, Sumber
from sopap.parsing.assemble.common import Collector, unknown_options
from sopap.parsing.assemble.identitas import revisi_rule
from sopap.parsing.fields import clean_text
from sopap.parsing.raw import PARAF_OPTIONS, RawSopFile
from sopap.util import digits
from sopap.util.text import did_you_mean


def paraf(
    raw: RawSopFile,
    jabatan_kotak: tuple[str, ...],
    revisi_sop: int,
    notes: tuple[Catatan, ...],
    out: Collector,
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
        unknown_options(block, "paraf", PARAF_OPTIONS, out)
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
            daftar = ", ".join(jabatan_kotak) or "belum ada (isi 'paraf-koordinasi:' pada {sop})"
            out.add(
                "paraf",
                f"jabatan '{jabatan}' tidak ada di kotak Paraf Koordinasi SOP ini"
                f"{did_you_mean(jabatan, jabatan_kotak)}; jabatan yang ada: {daftar}",
                block.line,
            )
            continue
        revisi = revisi_sop
        text = clean_text(block.get("revisi"))
        if text:
            number = digits.read_int(text)
            if number is None:
                out.add("paraf", f"revisi paraf '{digits.shown(text)}' {revisi_rule(text)}", block.line_of("revisi"))
                continue
            revisi = number
        if revisi > revisi_sop:
            out.add(
                "paraf",
                f"paraf {jabatan} untuk revisi {revisi}, padahal naskah ini revisi {revisi_sop}; "
                "naikkan 'revisi:' pada {sop} atau perbaiki 'revisi:' paraf ini",
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
                f"{' dan '.join(kosong)} paraf {jabatan} kosong; isi '{kosong[0]}:' atau, bila tidak "
                "terbaca pada naskah, tulis {catatan} tidak-terbaca dengan 'medan: paraf-koordinasi'",
                block.line,
            )
        sidik = clean_text(block.get("sidik-isi")).lower()
        if sidik and not SIDIK_POLA.match(sidik):
            out.add(
                "paraf",
                f"sidik-isi '{sidik}' paraf {jabatan} tidak sah (harus {SIDIK_PANJANG} angka heksadesimal); "
                "isian ini ditulis oleh `sopap paraf` dan tidak disunting dengan tangan: hapus baris itu "
                "lalu catat paraf lagi dengan `sopap paraf`",
                block.line_of("sidik-isi"),
            )
            sidik = ""
        result.append(Paraf(known[key[0]], revisi, nama, tanggal, Sumber(raw.berkas, block.line), sidik))
    return tuple(result)
