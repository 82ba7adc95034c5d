"""The source line of every field of an SOP, from the directives' capture."""

from __future__ import annotations

from sopap.model.lines import SourceLines
from sopap.parsing.fields import FieldError, parse_nomor, parse_pelaksana
from sopap.parsing.raw import RawBlock, RawSopFile


def lines_from_raw(raw: RawSopFile) -> SourceLines:
    """The line of every option of every directive of one source file."""
    peta = SourceLines(raw.berkas)
    if raw.sop is not None:
        peta.sop = raw.sop.line
        peta.opsi_sop = _options(raw.sop)
        peta.kolom = _kolom(raw.sop)
    for block in raw.langkah:
        try:
            nomor = parse_nomor(block.argument)
        except FieldError:
            continue
        if nomor in peta.langkah or block.line is None:
            continue
        peta.langkah[nomor] = block.line
        for name, line in _options(block).items():
            peta.opsi_langkah[(nomor, name)] = line
    return peta


def _kolom(block: RawBlock) -> dict[str, int]:
    """Lines of the ``pelaksana`` entries (one per line after ``pelaksana: |``)."""
    option = block.options.get("pelaksana")
    if option is None or option.line is None or not option.value:
        return {}
    try:
        entries = parse_pelaksana(option.value)
    except FieldError:
        return {}
    if len(option.value.splitlines()) == 1:
        return {e.id: option.line for e in entries}
    return {e.id: option.line + 1 + e.baris for e in entries}


def _options(block: RawBlock) -> dict[str, int]:
    return {name: opt.line for name, opt in block.options.items() if opt.line is not None}
