"""Which instansi an SOP belongs to, in a handbook of several.

The SOP names it with ``instansi: KODE`` (the code of ``sopap_instansi`` in
conf.py, or the instansi's full name), or its file lies in a folder named
by the code (``sop_source/DPPPA/surat-masuk.md``). A handbook of one
instansi keeps the text of the option, or the name from conf.py.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from sopap.model.sop import Penandatangan
from sopap.parsing.assemble.common import Collector, Defaults
from sopap.parsing.fields import clean_text
from sopap.parsing.raw import RawBlock, RawSopFile


def instansi_of(raw: RawSopFile, block: RawBlock, bawaan: Defaults, out: Collector) -> tuple[str, Penandatangan | None]:
    """(name of the SOP's instansi, its configured signatory)."""
    written = clean_text(block.get("instansi"))
    if not bawaan.semua_instansi:
        return written or bawaan.instansi, None
    codes = ", ".join(code for code, _, _ in bawaan.semua_instansi)
    if written:
        for code, nama, signer in bawaan.semua_instansi:
            if written.lower() in (code.lower(), nama.lower()):
                return nama, signer
        out.add(
            "instansi",
            f"instansi '{written}' tidak dikenal; tulis salah satu kode di sopap_instansi conf.py: {codes}",
            block.line_of("instansi"),
        )
        return written, None
    folders = [part.lower() for part in PurePosixPath(raw.berkas).parts[:-1]]
    for folder in reversed(folders):
        for code, nama, signer in bawaan.semua_instansi:
            if folder == code.lower():
                return nama, signer
    if len(bawaan.semua_instansi) == 1:
        _, nama, signer = bawaan.semua_instansi[0]
        return nama, signer
    out.add(
        "instansi",
        "SOP ini tidak menyebut instansinya: tulis 'instansi: KODE' (kode di sopap_instansi conf.py: "
        f"{codes}) atau letakkan berkasnya di folder bernama kode itu, misalnya sop_source/KODE/",
        block.line,
    )
    return "", None
