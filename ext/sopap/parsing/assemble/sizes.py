"""The size of each item (:data:`sopap.model.limits.ISIAN_MAKSIMUM`).

A megabyte pasted into one line of dasar hukum reaches every output: the
lampiran cannot lay it out on a page (reportlab's "too large on page"), the
flowchart's descriptions and the search index carry it on every build. The
limit is checked before anything is read from the text, with the line of
the item; a longer line is cut to the limit, so that the rest of the
assembly and the page drawn for the author stay small.
"""

from __future__ import annotations

from sopap.model.limits import ISIAN_MAKSIMUM, angka
from sopap.parsing.assemble.common import Collector
from sopap.parsing.fields import FieldError, parse_body
from sopap.parsing.raw import RawBlock, RawOption, RawSopFile


#: Options read as numbers (:mod:`sopap.util.digits`, :func:`~sopap.model.waktu.parse_waktu`):
#: their own reader bounds them and says what is wrong with a long one.
NUMBERS = frozenset({"ya", "tidak", "berikutnya", "revisi", "langkah", "waktu"})


def check_sizes(raw: RawSopFile, out: Collector) -> None:
    blocks = [("sop", raw.sop)] if raw.sop is not None else []
    blocks += [("langkah", b) for b in raw.langkah]
    blocks += [("catatan", b) for b in raw.catatan]
    blocks += [("paraf", b) for b in raw.paraf]
    for directive, block in blocks:
        for name, option in list(block.options.items()):
            if name not in NUMBERS:
                _option(directive, block, name, option, out)
        _body(directive, block, out)


def _message(what: str, length: int) -> str:
    return (
        f"{what} terlalu panjang ({angka(length)} karakter); satu butir paling banyak "
        f"{angka(ISIAN_MAKSIMUM)} karakter: pecah menjadi beberapa butir atau ringkas isinya"
    )


def _owner(directive: str, block: RawBlock) -> str:
    argument = block.argument.strip()
    return f"langkah {argument}" if directive == "langkah" and argument else f"pada direktif {{{directive}}}"


def _option(directive: str, block: RawBlock, name: str, option: RawOption, out: Collector) -> None:
    lines = (option.value or "").splitlines()
    index = next((i for i, line in enumerate(lines) if len(line) > ISIAN_MAKSIMUM), None)
    if index is None:
        return
    line = block.line_of(name)
    if line is not None and (option.value or "").endswith("\n"):  # 'name: |': items below the name
        line += 1 + index
    out.add("ukuran", _message(f"isian '{name}' {_owner(directive, block)}", len(lines[index])), line)
    block.options[name] = RawOption("\n".join(text[:ISIAN_MAKSIMUM] for text in lines), option.line)


def _body(directive: str, block: RawBlock, out: Collector) -> None:
    try:
        body = parse_body(block.body)
        items = [("uraian", body.uraian), *(("rincian", r) for r in body.rincian)]
    except FieldError:  # the rincian's own message comes later; the lines are the items
        items = [("teks", line) for line in block.body]
    for what, text in items:
        if len(text) > ISIAN_MAKSIMUM:
            out.add("ukuran", _message(f"{what} {_owner(directive, block)}", len(text)), block.line)
            break
    block.body = [line[:ISIAN_MAKSIMUM] for line in block.body]
