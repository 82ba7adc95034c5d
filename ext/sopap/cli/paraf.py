"""``sopap paraf``: record a paraf koordinasi bound to the content it approves.

    sopap paraf [SOP ...]                                  status of each SOP's paraf
    sopap paraf SOP --role JABATAN --name NAMA [--date TANGGAL]
    sopap paraf [SOP ...] --bind                           bind recorded paraf to the current content

A paraf records the digest of the SOP's content (``sidik-isi``), computed
from the model the handbook is built from: any later change of content
makes the SOP DRAF again until a new paraf is recorded. ``--bind`` is for
paraf written before sopap recorded digests (the transcription of a signed
original): it gives them the digest of the content as it is now.
"""

from __future__ import annotations

import argparse
import datetime
import io
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sopap.cli import paraf_source as tulis
from sopap.cli.common import add_project_option, project_from
from sopap.errors import SopapError
from sopap.model.paraf import normalize_jabatan, paraf_of, sidik_isi, status_paraf
from sopap.model.problems import SourceProblem
from sopap.model.sop import Sop
from sopap.sphinxext.project import Project
from sopap.util import atomic
from sopap.util.text import did_you_mean

BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)


def register(sub) -> None:
    parser = sub.add_parser(
        "paraf",
        help="catat paraf koordinasi yang mengikat isi SOP, atau tampilkan status paraf",
        description="Tanpa --role: menampilkan status paraf koordinasi revisi saat ini setiap SOP "
        "(keluar 1 bila ada yang DRAF). Dengan --role: mencatat paraf jabatan itu untuk isi SOP saat "
        "ini (blok {paraf} dengan sidik-isi) di berkas sumbernya.",
    )
    parser.add_argument("sops", metavar="SOP", nargs="*", help="berkas sumber atau kode SOP (bawaan: semua SOP)")
    parser.add_argument("--role", metavar="JABATAN", help="jabatan pemaraf, seperti di kotak Paraf Koordinasi")
    parser.add_argument("--name", metavar="NAMA", help="nama pemaraf (wajib bersama --role)")
    parser.add_argument("--date", metavar="TANGGAL", help="tanggal paraf (bawaan: hari ini, misalnya '12 Maret 2026')")
    parser.add_argument(
        "--bind",
        action="store_true",
        help="beri paraf revisi saat ini yang belum mencatat isi (tanpa sidik-isi) sidik isi saat ini",
    )
    add_project_option(parser)
    parser.set_defaults(func=run)


def today() -> str:
    now = datetime.date.today()
    return f"{now.day} {BULAN[now.month - 1]} {now.year}"


@dataclass
class Found:
    sop: Sop
    problems: list[SourceProblem]


def read(project: Project) -> dict[str, Found]:
    """Every SOP of the project by source file, read as the handbook reads it.

    Read afresh, as ``sopap lint`` does: MyST reports a broken option block
    only when it reads the file, and such a file must not be initialled.
    """
    from sopap.sphinxext.state import sop_data

    with tempfile.TemporaryDirectory(prefix="sopap-paraf-") as tmp:
        fresh = Project(project.root, build_dir=Path(tmp))
        result = fresh.run("sopap-model", Path(tmp) / "model", strict=False, warning_stream=io.StringIO())
    data = sop_data(result.app.env)
    # MyST's and docutils' warnings (an option block it could not read) are not sopap's problems
    others: dict[str, list[SourceProblem]] = {}
    for path, line, message in data.scratch.warnings.items if data.scratch.warnings is not None else ():
        others.setdefault(path, []).append(SourceProblem("sumber", message, line))
    found = {}
    for docname, sop in sorted(data.sops.items()):
        berkas = sop.sumber.berkas if sop.sumber else docname
        found[berkas] = Found(sop, list(data.masalah.get(docname, ())) + others.get(berkas, []))
    return found


def choose(project: Project, corpus: dict[str, Found], names: list[str]) -> list[str]:
    """The source files named by path or by SOP id (all of them when none is named)."""
    if not names:
        return sorted(corpus)
    chosen = []
    ids = {found.sop.id: berkas for berkas, found in corpus.items()}
    for name in names:
        path = Path(name)
        if path.exists():
            try:
                rel = path.resolve().relative_to(project.root).as_posix()
            except ValueError as exc:
                raise SopapError(f"{name}: di luar proyek {project.root}") from exc
            if rel not in corpus:
                raise SopapError(f"{rel}: bukan sumber SOP proyek ini (tidak memuat direktif {{sop}})")
            chosen.append(rel)
        elif name in ids:
            chosen.append(ids[name])
        else:
            raise SopapError(f"SOP '{name}' tidak ada{did_you_mean(name, ids)}; sebut berkas sumbernya atau kode SOP")
    return chosen


def run(args: argparse.Namespace) -> int:
    project = project_from(args)
    corpus = read(project)
    chosen = choose(project, corpus, args.sops)
    if args.role:
        if len(chosen) != 1:
            raise SopapError("--role mencatat paraf satu SOP: sebut tepat satu berkas sumber atau kode SOP")
        return record(project, corpus[chosen[0]], args)
    if args.name or args.date:
        raise SopapError("--name dan --date hanya berlaku bersama --role JABATAN")
    if args.bind:
        return bind(project, corpus, chosen)
    return show(corpus, chosen)


def show(corpus: dict[str, Found], chosen: list[str]) -> int:
    drafts = 0
    for berkas in chosen:
        sop = corpus[berkas].sop
        status = status_paraf(sop)
        drafts += status.draf
        print(f"{berkas}: {sop.nama}, revisi {status.revisi}: {'DRAF' if status.draf else 'lengkap'}")
        berubah = dict(status.berubah)
        for jabatan, paraf in status.per_jabatan:
            if paraf is None:
                state = "belum diparaf"
            else:
                who = ", ".join(x for x in (paraf.nama or "(nama tidak terbaca)", paraf.tanggal) if x)
                if jabatan in berubah:
                    state = f"diparaf {who}, tetapi isi berubah sesudahnya"
                elif not paraf.sidik_isi:
                    state = f"diparaf {who}, tanpa sidik isi (tidak mengikat isi; lihat --bind)"
                else:
                    state = f"diparaf {who}; mencakup isi saat ini"
            print(f"  {jabatan}: {state}")
    print(f"sopap paraf: {len(chosen)} SOP, {drafts} DRAF")
    return 1 if drafts else 0


def _refuse_problems(berkas: str, found: Found) -> None:
    if found.problems:
        first = found.problems[0]
        raise SopapError(
            f"{berkas}:{first.baris or 1}: {first.pesan}; SOP yang sumbernya bermasalah tidak dapat diparaf "
            f"({len(found.problems)} masalah, lihat `sopap lint {berkas}`)"
        )


def record(project: Project, found: Found, args: argparse.Namespace) -> int:
    sop, berkas = found.sop, found.sop.sumber.berkas if found.sop.sumber else ""
    _refuse_problems(berkas, found)
    known = {normalize_jabatan(j): j for j in sop.paraf_koordinasi}
    jabatan = known.get(normalize_jabatan(args.role))
    if jabatan is None:
        raise SopapError(
            f"jabatan '{args.role}' tidak ada di kotak Paraf Koordinasi {sop.id}"
            f"{did_you_mean(args.role, sop.paraf_koordinasi)}; jabatan yang ada: {', '.join(sop.paraf_koordinasi)}"
        )
    nama = (args.name or "").strip()
    if not nama:
        raise SopapError("sebut nama pemaraf dengan --name NAMA")
    tanggal = (args.date or today()).strip()
    sidik = sidik_isi(sop)
    path = project.root / berkas
    source = tulis.SourceText.parse(path.read_bytes())
    old = paraf_of(sop, jabatan)
    if old is not None and (old.nama, old.tanggal, old.sidik_isi) == (nama, tanggal, sidik):
        print(f"sopap: paraf {jabatan} revisi {sop.revisi} untuk isi saat ini sudah tercatat di {berkas}")
        return 0
    if old is not None and old.sumber and old.sumber.baris:
        line = old.sumber.baris
        tulis.replace_block(
            source, line, tulis.paraf_block(source.fence(line), jabatan, sop.revisi, nama, tanggal, sidik)
        )
        was = "isi lain" if old.sidik_isi and old.sidik_isi != sidik else "isi yang sama"
        done = f"diperbarui pada baris {line} (sebelumnya: {old.nama or 'nama tidak terbaca'}, {old.tanggal or '-'}, {was})"
    else:
        after = max((p.sumber.baris for p in sop.paraf if p.sumber and p.sumber.baris), default=None)
        after = after or (sop.sumber.baris if sop.sumber else None)
        if after is None:
            raise SopapError(f"{berkas}: letak direktif {{sop}} tidak diketahui")
        tulis.insert_block(source, after, tulis.paraf_block(source.fence(after), jabatan, sop.revisi, nama, tanggal, sidik))
        done = "ditambahkan"
    atomic.write_bytes(path, source.dump())
    print(f"sopap: paraf {jabatan} ({nama}, {tanggal}) untuk revisi {sop.revisi} {done} di {berkas}")
    return _after(project, berkas)


def bind(project: Project, corpus: dict[str, Found], chosen: list[str]) -> int:
    bound = 0
    for berkas in chosen:
        found = corpus[berkas]
        status = status_paraf(found.sop)
        unbound = [p for _, p in status.tanpa_sidik if p.sumber and p.sumber.baris]
        if not unbound:
            continue
        _refuse_problems(berkas, found)
        path = project.root / berkas
        source = tulis.SourceText.parse(path.read_bytes())
        for paraf in sorted(unbound, key=lambda p: -(p.sumber.baris or 0)):  # bottom up: lines stay valid
            tulis.add_sidik(source, paraf.sumber.baris, status.sidik)  # type: ignore[union-attr, arg-type]
        atomic.write_bytes(path, source.dump())
        bound += len(unbound)
        print(f"sopap: {berkas}: paraf {', '.join(p.jabatan for p in unbound)} revisi {status.revisi} diikat ke isi saat ini")
    if not bound:
        print("sopap: tidak ada paraf tanpa sidik isi pada revisi saat ini")
        return 0
    return _after(project, *chosen)


def _after(project: Project, *files: str) -> int:
    """Read again what was written: the paraf must be what the build now sees."""
    corpus = read(project)
    for berkas in files:
        found = corpus.get(berkas)
        if found is None or found.problems:
            print(f"sopap: {berkas} tidak terbaca sesudah ditulis; periksa dengan `sopap lint {berkas}`", file=sys.stderr)
            return 2
        status = status_paraf(found.sop)
        if status.draf:
            print(f"sopap: {berkas}: masih DRAF: {status.keterangan()}")
        else:
            print(f"sopap: {berkas}: paraf koordinasi revisi {status.revisi} lengkap")
    return 0
