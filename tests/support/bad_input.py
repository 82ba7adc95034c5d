"""The bad-input corpus of tests/masukan-rusak/: cases, their table, running one as a user does.

Each case is a file ``kasus/<nama>.md`` (dropped into ``sop_source/`` of the
small project ``proyek/``, next to one valid SOP) or a folder
``kasus/<nama>/`` laid over the project; a few cases are made at run time
(a 200 KB uraian, symbolic links). ``kasus.toml`` says, for each case, the
exit codes of ``sopap build`` and ``sopap lint`` and every message they
must print, with its file and line.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from support import TESTS

CORPUS = TESTS / "masukan-rusak"
#: What every case must never print: a Python traceback or sopap's last-resort message.
NEVER = ("Traceback", "kesalahan internal", 'File "/')
#: Lines of Sphinx warnings (their level in Indonesian).
WARNING = re.compile(r"(PERINGATAN|GALAT|KRITIS): ")
#: Placeholder in uraian-raksasa.md, replaced by a 200 KB uraian (see also :data:`ULANG`, :data:`LANGKAH`).
RAKSASA = b"@@URAIAN-RAKSASA@@"
#: The secret of the file outside the project that a case links to.
RAHASIA = "RAHASIA-DI-LUAR-PROYEK"


@dataclass(frozen=True)
class Pesan:
    teks: str
    berkas: str
    baris: int | None

    def found_in(self, lines: list[str]) -> bool:
        where = f"{self.berkas}:{self.baris}: " if self.baris else self.berkas
        return any(where in line and self.teks in line for line in lines)


@dataclass(frozen=True)
class Kasus:
    nama: str
    apa: str
    build: int
    pesan: tuple[Pesan, ...]
    lint: int | None = None
    #: Outputs a build that stops still leaves, complete (steps before the failing one).
    keluaran: tuple[str, ...] = ()
    #: Messages of ``sopap lint`` when they differ from the build's.
    pesan_lint: tuple[Pesan, ...] | None = None
    tautan: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def berkas(self) -> str:
        return f"sop_source/{self.nama}.md"


def load() -> list[Kasus]:
    table = tomllib.loads((CORPUS / "kasus.toml").read_text(encoding="utf-8"))
    cases = []
    for nama, row in table.items():

        def pesan(rows) -> tuple[Pesan, ...]:
            return tuple(Pesan(p["teks"], p.get("berkas", f"sop_source/{nama}.md"), p.get("baris")) for p in rows)

        cases.append(
            Kasus(
                nama=nama,
                apa=row["apa"],
                build=row["build"],
                pesan=pesan(row.get("pesan", [])),
                lint=row.get("lint"),
                keluaran=tuple(row.get("keluaran", [])),
                pesan_lint=pesan(row["pesan_lint"]) if "pesan_lint" in row else None,
                tautan=row.get("tautan"),
            )
        )
    return cases


def project_for(case: Kasus, tmp: Path) -> Path:
    """The base project with the case dropped in, in ``tmp/proyek``."""
    root = tmp / "proyek"
    shutil.copytree(CORPUS / "proyek", root)
    source = CORPUS / "kasus" / f"{case.nama}.md"
    overlay = CORPUS / "kasus" / case.nama
    if source.is_file():
        (root / case.berkas).write_bytes(_expand(source.read_bytes()))
    elif overlay.is_dir():
        shutil.copytree(overlay, root, dirs_exist_ok=True)
    if case.tautan == "luar":
        outside = tmp / "luar" / "rahasia.md"
        outside.parent.mkdir()
        outside.write_text(f"# {RAHASIA}\n\nIsi berkas di luar proyek.\n", encoding="utf-8")
        os.symlink(outside, root / case.berkas)
    elif case.tautan == "putus":
        os.symlink(tmp / "tidak-ada.md", root / case.berkas)
    return root


def _expand(data: bytes) -> bytes:
    """A case's large parts, made at run time instead of kept in the repository."""
    if RAKSASA in data:
        words = b"konsep surat balasan yang panjang sekali "
        data = data.replace(RAKSASA, words * (200_000 // len(words)))
    data = ULANG.sub(lambda m: m.group(2) * int(m.group(1)), data)
    return LANGKAH.sub(lambda m: _steps(int(m.group(1)), int(m.group(2))), data)


#: ``@@ULANG <n> <text>@@``: the text n times.
ULANG = re.compile(rb"@@ULANG (\d+) (.*?)@@")
#: ``@@LANGKAH <first> <last>@@``: steps first..last, each taking the document the one before made.
LANGKAH = re.compile(rb"@@LANGKAH (\d+) (\d+)@@")


def _steps(first: int, last: int) -> bytes:
    blocks = []
    for nomor in range(first, last + 1):
        needs = "Konsep surat" if nomor == first else f"Berkas {nomor - 1}"
        blocks.append(
            f"```{{langkah}} {nomor}\n---\npelaksana: {'kadis' if nomor % 2 else 'kabid'}\nkelengkapan: {needs}\n"
            f"waktu: 1 jam\noutput: Berkas {nomor}\n---\nMengerjakan berkas tahap {nomor}\n```\n\n"
        )
    return "".join(blocks).encode()


@dataclass
class Hasil:
    code: int
    text: str

    @property
    def lines(self) -> list[str]:
        return re.sub(r"\x1b\[[0-9;]*m", "", self.text).splitlines()

    @property
    def warnings(self) -> list[str]:
        return [line for line in self.lines if WARNING.search(line)]


def sopap(*argv: str) -> Hasil:
    """``sopap ARGV`` in process, as the console script runs it; stdout and stderr together."""
    from sopap.cli import main

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse
            code = int(exc.code or 0)
    return Hasil(code, buffer.getvalue())
