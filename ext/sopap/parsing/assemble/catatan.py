"""The ``{catatan}`` transcription notes, and the steps they point at."""

from __future__ import annotations

from sopap.model.sop import Catatan, JenisCatatan, Sop, Sumber
from sopap.parsing.assemble.common import Collector, unknown_options
from sopap.parsing.fields import FieldError, clean_text, parse_nomor
from sopap.parsing.raw import CATATAN_OPTIONS, MEDAN_LANGKAH, MEDAN_SOP, RawSopFile
from sopap.util.text import did_you_mean


def catatan(raw: RawSopFile, out: Collector) -> tuple[Catatan, ...]:
    notes: list[Catatan] = []
    kinds = [k.value for k in JenisCatatan]
    for block in raw.catatan:
        unknown_options(block, "catatan", CATATAN_OPTIONS, out)
        out.unreadable(block, "catatan")
        jenis_text = block.argument.strip()
        if jenis_text not in kinds:
            out.add(
                "catatan",
                f"jenis catatan '{jenis_text}' tidak dikenal{did_you_mean(jenis_text, kinds)}; "
                f"gunakan {', '.join(kinds)}",
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
                f"'medan: {medan}' tidak dikenal untuk catatan {where}{did_you_mean(medan, allowed)}; "
                "gunakan salah satu: " + ", ".join(allowed),
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


def check_catatan_targets(sop: Sop, raw: RawSopFile, out: Collector) -> None:
    numbers = {step.nomor for step in sop.langkah}
    for note in sop.catatan:
        if note.langkah is not None and note.langkah not in numbers:
            out.add(
                "catatan",
                f"catatan menunjuk langkah {note.langkah} yang tidak ada",
                note.sumber.baris if note.sumber else None,
            )
