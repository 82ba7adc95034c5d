"""Raw directive captures written in Python, for tests of the assembly without Sphinx."""

from __future__ import annotations

from sopap.parsing.raw import RawBlock, RawOption, RawSopFile

IDENT = {
    "nama": "SOP Uji",
    "lampiran": "XL",
    "bidang": "UJI",
    "disahkan-oleh": "Kepala Dinas",
    "dasar-hukum": "Peraturan 1",
    "kualifikasi-pelaksana": "D3",
    "peralatan-perlengkapan": "ATK",
    "peringatan": "Jika tidak, gagal",
    "pencatatan-pendataan": "Data",
    "pelaksana": "kadis: Kepala Dinas\njafung: Jafung / Pelaksana",
    "paraf-koordinasi": "Kabag Organisasi",
    "penandatangan-jabatan": "Kepala Dinas",
    "penandatangan-nama": "NAMA",
}


def block(argument: str, options: dict[str, str], body: str = "", line: int = 1) -> RawBlock:
    return RawBlock(
        argument=argument,
        options={k: RawOption(v, line + i + 1) for i, (k, v) in enumerate(options.items())},
        body=body.splitlines(),
        line=line,
    )


def raw(*steps: RawBlock, notes: tuple[RawBlock, ...] = (), **ident: str) -> RawSopFile:
    return RawSopFile("sop.md", sop=block("sop-uji", {**IDENT, **ident}), langkah=list(steps), catatan=list(notes))


def step(n: int, actor: str = "jafung", body: str | None = None, **opts: str) -> RawBlock:
    options = {"pelaksana": actor, "waktu": "1 hari", "output": f"Dokumen {n}", **opts}
    return block(str(n), options, f"Langkah {n}" if body is None else body, line=100 + 10 * n)
