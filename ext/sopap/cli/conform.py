"""``sopap conform``: run the conformance suite against implementations.

    sopap conform --impl reference [--impl NAMA ...] [--sop ID ...] [--instansi KODE ...] [--report FOLDER]
    sopap conform --publish [--check]

Runs pytest on the kit (``features/``) through the plugin, so the output is
pytest's, ending with its usual summary line. Exit 0 only when every
scenario passed: a skipped scenario (a time standard an implementation
cannot be tested on) is not a pass. ``--publish`` runs the built-in
implementations and writes the handbook's matrix page
(``docs/kesesuaian-matriks.md``); with ``--check`` it only compares.

``--workers N`` spreads the SOPs over N pytest-xdist workers, each with its
own implementation (its own harness process, reference server or adapter):
cases are independent, and each worker keeps its own clock. A system at an
``http://`` address has one clock for every caller, so it runs with one
worker. Colour only on a terminal, never with ``NO_COLOR``.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sopap.cli.common import add_old_flag, add_project_option
from sopap.conformance.kit import FOLDER
from sopap.errors import SopapError
from sopap.sphinxext.project import find_root
from sopap.util import atomic

PAGE = Path("docs") / "kesesuaian-matriks.md"

#: pytest plugins installed with sopap's dependencies that a conformance run
#: never uses; ``sopap conform`` leaves them out (``-p no:NAME``) unless named after ``--``.
NOT_NEEDED = ("hypothesispytest", "anyio")

#: The comment on the page naming the kit it was made from (:func:`kit_digest`).
_STAMP = "<!-- Dibuat oleh `sopap conform --publish` (atau `make handbook`) dari features/ (kit {kit}); jangan disunting. -->"

PAGE_HEAD = """\
# Matriks kesesuaian implementasi bawaan

{stamp}

Tabel ini adalah hasil menjalankan seluruh fitur uji kesesuaian (`features/`)
terhadap implementasi yang dibawa sopap: mesin rujukan `reference`; tiga
implementasi yang menjalankan SOP dengan cara lain, yaitu mesin BPMN
SpiffWorkflow (`spiff`) dan mesin rujukan di balik kedua protokol untuk
sistem di luar Python (`harness`, `http`); dan mutan, yaitu mesin rujukan
yang sengaja dirusak pada satu aturan masing-masing. Keempat implementasi
pertama harus **sesuai** pada semua SOP; setiap mutan harus **tidak
sesuai**, dan skenario yang menangkapnya harus skenario aturan yang
dirusaknya. Itulah bukti bahwa rangkaian uji benar-benar menguji setiap aturan.
Cara membaca sel, jenis skenario dan kode alasan dijelaskan di
[Uji kesesuaian](kesesuaian.md).

| Implementasi | Cara menjalankan SOP / aturan yang dirusak |
|---|---|
| `reference` | tidak ada yang dirusak: semantik SOP yang menjadi rujukan |
| `spiff` | tidak ada yang dirusak: ekspor BPMN (profil `spiff`) dijalankan SpiffWorkflow ([Ekspor BPMN](bpmn.md)) |
| `harness` | tidak ada yang dirusak: mesin rujukan sebagai proses terpisah lewat protokol JSON-lines ([Harness proses](kesesuaian-harness.md)) |
| `http` | tidak ada yang dirusak: mesin rujukan di server HTTP lewat protokol HTTP ([Protokol HTTP](kesesuaian-http.md)) |
| `mutan-abaikan-pelaksana` | siapa pun boleh menyelesaikan langkah |
| `mutan-abaikan-urutan` | langkah yang belum siap tetap diterima |
| `mutan-abaikan-kelengkapan` | kelengkapan tidak pernah diminta |
| `mutan-buang-output` | output terakhir setiap langkah tidak dicatat |
| `mutan-abaikan-waktu` | tidak ada batas waktu |
| `mutan-lewati-arsip` | kasus berakhir sebelum langkah terakhir (arsip) |
| `mutan-salah-cabang` | keputusan diarahkan ke cabang yang lain |
| `mutan-batas-dari-awal-kasus` | batas waktu dihitung sejak kasus dimulai, bukan sejak langkah siap |
| `mutan-batas-dari-sekarang` | batas waktu dihitung sejak saat ditanyakan ("sekarang") |
| `mutan-waktu-tanpa-kalender` | menit kerja dihitung sebagai menit jam biasa (malam dan akhir pekan ikut) |
| `mutan-pelaksana-tambahan` | pelaksana terakhir SOP boleh mengerjakan setiap langkah (daftar izin kelebihan satu peran) |
| `mutan-terlambat-tak-dicatat` | penyelesaian sesudah batas waktu dicatat tepat waktu |
| `mutan-terlambat-di-batas` | penyelesaian tepat pada batas waktu dicatat terlambat |
| `mutan-simpan-dokumen-ditolak` | dokumen yang dibawa penyelesaian yang ditolak tetap tersimpan di berkas kasus |
| `mutan-keadaan-per-sop` | keadaan kasus disimpan per SOP: kasus baru menimpa kasus yang masih berjalan |

"""

#: Why a mutant can pass on a corpus without the construct it breaks.
UNCAUGHT = {
    "mutan-salah-cabang": "korpus ini tidak memiliki langkah keputusan, jadi tidak ada cabang yang dapat "
    "salah arah; mutan ini tertangkap oleh skenario `keputusan` pada SOP uji yang memiliki keputusan "
    "(`tests/roots/test-keputusan`, diperiksa oleh rangkaian uji proyek)",
}


def register(sub) -> None:
    parser = sub.add_parser("conform", help="jalankan uji kesesuaian terhadap implementasi (pytest)")
    parser.add_argument(
        "--impl",
        action="append",
        default=[],
        metavar="NAMA",
        help="implementasi: reference, spiff, harness, http, nama mutan, 'cmd:PERINTAH' (harness), "
        "http://HOST:PORTA (server HTTP), modul:Kelas; ulangi untuk matriks",
    )
    parser.add_argument("--sop", action="append", default=[], metavar="ID", help="hanya SOP ini (boleh diulang)")
    parser.add_argument(
        "--instansi",
        action="append",
        default=[],
        metavar="KODE",
        help="hanya SOP perangkat daerah ini, menurut kodenya di sopap_instansi (boleh diulang): kit sebesar kota "
        "dijalankan per instansi",
    )
    parser.add_argument("--report", metavar="FOLDER", default=None, help="tulis laporan HTML, JSON dan JUnit XML ke FOLDER")
    parser.add_argument("--features", metavar="FOLDER", default=None, help="folder fitur (bawaan: features/ di proyek)")
    add_old_flag(parser, "--fitur", "--features", dest="features", metavar="FOLDER")
    parser.add_argument(
        "--publish",
        action="store_true",
        help=f"jalankan implementasi bawaan dan tulis {PAGE.as_posix()} untuk buku pegangan",
    )
    add_old_flag(parser, "--terbitkan", "--publish", dest="publish", flag=True)
    parser.add_argument("--check", action="store_true", help=f"dengan --publish: hanya periksa {PAGE.as_posix()}")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="jalankan SOP di N proses pekerja sekaligus (pytest-xdist), masing-masing dengan implementasinya "
        "sendiri (bawaan 1)",
    )
    add_project_option(parser)
    parser.add_argument("pytest_args", nargs="*", metavar="-- ARG", help="argumen tambahan untuk pytest (sesudah --)")
    parser.set_defaults(func=run)


class _Tally:
    """Counts scenario outcomes of the in-process pytest run, in the report's words."""

    def __init__(self) -> None:
        self.passed = self.failed = self.errored = self.skipped = 0

    def pytest_collection_finish(self, session) -> None:
        # Everything collected (features, steps, items) lives until the end:
        # the collector need not walk it again on every full collection.
        gc.freeze()

    def pytest_runtest_logreport(self, report) -> None:
        if report.when == "call" and report.passed:
            self.passed += 1
        elif report.failed:
            errored = report.when != "call" or ("sopap:hasil", "galat") in report.user_properties
            if errored:
                self.errored += 1
            else:
                self.failed += 1
        elif report.skipped:
            self.skipped += 1


def _features(args: argparse.Namespace) -> tuple[Path, Path | None]:
    if args.features:
        return Path(args.features).resolve(), None
    root = find_root(args.project)
    return root / FOLDER, root


def _paths(folder: Path, sops: list[str], instansi: Sequence[str] = ()) -> list[Path]:
    if not folder.is_dir() or not any(folder.glob("*.feature")):
        raise SopapError(f"tidak ada fitur di {folder}; jalankan `sopap features` lebih dulu")
    if instansi:
        sops = [*sops, *(i for i in sops_of_instansi(folder, instansi) if i not in sops)]
    if not sops:
        return [folder]
    available = sorted(p.stem for p in folder.glob("*.feature"))
    unknown = [s for s in sops if s not in available]
    if unknown:
        raise SopapError(f"SOP {', '.join(unknown)} tidak ada di {folder}; yang ada: {', '.join(available)}")
    return [folder / f"{s}.feature" for s in sops]


def sops_of_instansi(folder: Path, codes: Sequence[str]) -> list[str]:
    """The SOP ids of the kit that belong to the instansi with these codes.

    Read with the suite's own loader (cached: the run in this process uses it again)."""
    from sopap.conformance.kit import KIT_JSON, KitError, load_kit
    from sopap.model.jsonformat import instansi_from_dict

    path = folder / KIT_JSON
    try:
        kit = load_kit(folder)
        names = {item.kode: item.nama for item in map(instansi_from_dict, kit.data.get("instansi", ()))}
    except KitError as exc:  # corpus_from_dict read the instansi there already
        raise SopapError(str(exc)) from exc
    if not names:
        raise SopapError(f"kit di {folder} berisi SOP satu instansi saja (tanpa sopap_instansi); --instansi tidak berlaku")
    unknown = [c for c in codes if c not in names]
    if unknown:
        raise SopapError(f"instansi {', '.join(unknown)} tidak ada di {path}; kode yang ada: {', '.join(sorted(names))}")
    wanted = {names[c] for c in codes}
    found = sorted(i for i, sop in kit.sops.items() if sop.instansi in wanted)
    if not found:
        raise SopapError(f"tidak ada SOP instansi {', '.join(codes)} di {path}")
    return found


def colour(extra: list[str]) -> list[str]:
    """pytest's colour: only on a terminal, never with NO_COLOR (unless asked after ``--``)."""
    if any(a.startswith("--color") for a in extra):
        return []
    if os.environ.get("NO_COLOR") or not (hasattr(sys.stdout, "isatty") and sys.stdout.isatty()):
        return ["--color=no"]
    return []


def workers(count: int, impls: list[str]) -> list[str]:
    """pytest-xdist options for ``--workers``; one SOP (feature) per worker at a time."""
    if count < 1:
        raise SopapError(f"--workers {count} tidak sah: isi dengan jumlah pekerja 1 atau lebih")
    if count == 1:
        return []
    shared = [name for name in impls if name.startswith(("http://", "https://"))]
    if shared:
        raise SopapError(
            f"--workers {count} tidak dapat dipakai dengan {shared[0]}: sistem di satu alamat HTTP hanya punya "
            "satu jam uji untuk semua pemanggil; jalankan dengan satu pekerja"
        )
    return ["-n", str(count), "--dist", "loadfile"]


def run_pytest(
    paths: list[Path], impls: list[str], report: Path | None, extra: list[str], count: int = 1
) -> tuple[int, _Tally]:
    import pytest

    # plain asserts: sopap is already imported here, and the vocabulary raises its own errors.
    # Scenarios never use hypothesis or anyio: their plugins would only cost start-up time.
    argv = [str(p) for p in paths] + ["-p", "no:cacheprovider", "--tb=short", "--assert=plain"]
    argv += [arg for name in NOT_NEEDED if name not in extra for arg in ("-p", f"no:{name}")]
    argv += colour(extra) + workers(count, impls)
    argv += [f"--sop-impl={name}" for name in impls]
    if report is not None:
        argv.append(f"--sop-report={report}")
    from sopap.cli.conform_progress import TestProgress

    tally = _Tally()
    kemajuan = TestProgress(extra)  # a progress line on a terminal
    code = pytest.main([*argv, *kemajuan.argv(), *extra], plugins=[tally, kemajuan])
    return int(code), tally


def run(args: argparse.Namespace) -> int:
    folder, root = _features(args)
    if args.publish:
        narrowed = [flag for flag, given in (("--sop", args.sop), ("--instansi", args.instansi)) if given]
        if narrowed:  # the handbook's matrix page is always the whole kit
            print(f"sopap: {' dan '.join(narrowed)} tidak berlaku bersama --publish: halaman matriks memuat seluruh kit",
                  file=sys.stderr)
            return 2
        return publish(args, folder, root)
    if args.check:
        print("sopap: --check hanya berlaku bersama --publish", file=sys.stderr)
        return 2
    if not args.impl:
        print("sopap: sebutkan implementasi dengan --impl NAMA (misalnya --impl reference)", file=sys.stderr)
        return 2
    code, tally = run_pytest(
        _paths(folder, args.sop, args.instansi),
        args.impl,
        Path(args.report) if args.report else None,
        args.pytest_args,
        args.workers,
    )
    return verdict(code, tally)


def verdict(code: int, tally: _Tally) -> int:
    if code == 4:
        return 2
    if code == 2:
        return 130
    if code not in (0, 1):
        print(f"sopap: pytest berhenti dengan kode {code}", file=sys.stderr)
        return 2 if code == 3 else 1
    if tally.failed or tally.errored:
        parts = [f"{n} skenario {word}" for n, word in ((tally.failed, "gagal"), (tally.errored, "galat")) if n]
        head = "TIDAK SESUAI" if tally.failed else "GALAT"
        why = " (galat: implementasi rusak, macet atau menjawab tidak sah)" if tally.errored else ""
        print(f"sopap: {head}: {', '.join(parts)}{why}", file=sys.stderr)
        return 1
    if tally.skipped:
        print(
            f"sopap: BELUM TERUJI PENUH: {tally.skipped} skenario dilewati (misalnya standar waktu pada "
            "implementasi tanpa jam uji); dilewati tidak sama dengan lulus",
            file=sys.stderr,
        )
        return 1
    if not tally.passed:
        print("sopap: tidak ada skenario yang dijalankan", file=sys.stderr)
        return 1
    print(f"sopap: SESUAI: {tally.passed} skenario lulus")
    return 0


def kit_digest(folder: Path) -> str:
    """Digest of a kit's files (names and bytes): the page names the kit it was made from.

    Hidden files are not the kit: ``.sopap-keys`` is the build's own record of
    what it made, ignored by git, so a fresh clone has none."""
    import hashlib

    digest = hashlib.sha256()
    files = (p for p in Path(folder).glob("*") if p.is_file() and not p.name.startswith("."))
    for path in sorted(files) if Path(folder).is_dir() else ():
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def page_kit(text: str) -> str | None:
    """The kit digest a matrix page was made from (None: an older page without one)."""
    import re

    found = re.search(r"dari features/ \(kit ([0-9a-f]{16})\)", text)
    return found.group(1) if found else None


def page_text(data: dict, kit: str) -> str:
    from sopap.conformance.report import to_markdown

    notes = []
    for impl in data["implementasi"]:
        if impl.startswith("mutan-") and not data["jumlah"][impl]["gagal"]:
            why = UNCAUGHT.get(impl, "tidak ada skenario pada korpus ini yang menyentuh aturan yang dirusaknya")
            notes.append(f"`{impl}` lolos di sini: {why}.")
    head = PAGE_HEAD.format(stamp=_STAMP.format(kit=kit)) + ("\n".join(notes) + "\n\n" if notes else "")
    return head + to_markdown(data, level=2, sop_links=True)


def publish(args: argparse.Namespace, folder: Path, root: Path | None) -> int:
    if root is None:
        root = find_root(args.project)
    report = Path(args.report) if args.report else root / "_build" / "kesesuaian"
    return publish_matrix(root, folder, report, args.pytest_args, check=args.check, n_workers=args.workers)


def publish_matrix(
    root: Path, folder: Path, report: Path, pytest_args: list[str], check: bool = False, n_workers: int = 1
) -> int:
    """Run the built-in implementations on the kit in ``folder`` and write (or,
    with ``check``, compare) the matrix page of the project at ``root``."""
    import json

    from sopap.conformance.registry import PUBLISHED

    quiet = ["-q", "--tb=no", "-rN"]  # the page is the result; 900 FAILED lines are not
    code, _ = run_pytest(_paths(folder, []), PUBLISHED, report, [*quiet, *pytest_args], n_workers)
    if code not in (0, 1):
        return verdict(code, _Tally())
    text = page_text(json.loads((report / "kesesuaian.json").read_text(encoding="utf-8")), kit_digest(folder))
    page = root / PAGE
    if check:
        current = page.read_text(encoding="utf-8") if page.is_file() else ""
        if current != text:
            print(
                f"sopap: {PAGE.as_posix()} tidak mutakhir terhadap features/ dan implementasi bawaan; "
                "jalankan `make handbook` (atau `sopap conform --publish`) lalu commit hasilnya.",
                file=sys.stderr,
            )
            return 1
        print(f"sopap: {PAGE.as_posix()} mutakhir")
        return 0
    atomic.write_text(page, text)
    print(f"sopap: matriks implementasi bawaan ditulis ke {PAGE.as_posix()}")
    return 0
