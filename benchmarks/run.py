"""``make bench``: every figure side by side in one run, into docs/benchmarks.md.

    python benchmarks/run.py                 # the full run (a few minutes)
    python benchmarks/run.py --cepat         # small N, to try the runner itself
    python benchmarks/run.py --sebelum REV   # measure REV (a git revision) and keep
                                             # its figures as "sebelum" in benchmarks/sebelum.json

Every build is a whole command in a child process (``sphinx-build``,
``sopap ...``), timed from start to exit: wall-clock time, and the CPU time
of the child (the machine is shared; CPU time shows how much of a slow wall
time was waiting). Speed targets live here and in the report, never in the
test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import generator, kota, monitor, plain, report, system  # noqa: E402

BIN = Path(sys.executable).parent
SEBELUM = ROOT / "benchmarks" / "sebelum.json"

#: The targets of issue 8 (2 cores, -j 1).
TARGET = {
    "penuh_500_detik": 45.0,
    "inkremental_detik": 2.0,
    "lampiran_halaman_per_detik": 150.0,
    "lampiran_kali_weasyprint": 10.0,
    "skenario_per_detik_reference": 500.0,
}


@dataclass
class Waktu:
    """One timed command: wall-clock and CPU seconds (user + system) of the child."""

    dinding: float
    cpu: float
    keluaran: str = field(default="", repr=False)
    kode: int = 0


def jalankan(cmd: list[str], cwd: Path | None = None, env: dict | None = None, ok=(0,)) -> Waktu:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [str(c) for c in cmd], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in ok:
        raise RuntimeError(f"{' '.join(map(str, cmd))} gagal (kode {done.returncode}):\n{done.stdout[-4000:]}")
    return Waktu(round(wall, 3), round(cpu, 3), done.stdout, done.returncode)


def median(samples: list[Waktu]) -> Waktu:
    ordered = sorted(samples, key=lambda w: w.dinding)
    mid = ordered[len(ordered) // 2]
    return Waktu(mid.dinding, round(statistics.median(w.cpu for w in samples), 3), mid.keluaran, mid.kode)


class Lingkungan:
    """Which sopap the commands run: this tree, or a revision in a worktree."""

    #: Flags renamed since older revisions: an older sopap is given their old spelling.
    OLD_FLAGS = {"--project": "--proyek", "--features": "--fitur"}

    def __init__(self, ext: Path | None = None) -> None:
        self.older = ext is not None and not (ext / "sopap" / "version.py").is_file()
        self.env = dict(os.environ)
        self.env.pop("SOURCE_DATE_EPOCH", None)
        # measured as a user runs it: Python keeps the compiled bytecode of
        # sopap's modules (a session that turns this off would compile all of
        # them again in every command, a third of a second each time)
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        if ext is not None:
            self.env["PYTHONPATH"] = str(ext)
        code = ext if ext is not None else ROOT / "ext"
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(code)], env=self.env, check=True)

    def sphinx(self, src: Path, out: Path, doctrees: Path, *extra: str, strict: bool = True) -> Waktu:
        cmd = [BIN / "sphinx-build", "-q", "-j", "1", "-b", "html", *(["-W"] if strict else []), *extra]
        return jalankan([*cmd, src, out, "-d", doctrees], env=self.env)

    def sopap(self, *args, cwd: Path | None = None, ok=(0,)) -> Waktu:
        if self.older:
            args = tuple(self.OLD_FLAGS.get(str(a), a) for a in args)
        return jalankan([BIN / "sopap", *args], cwd=cwd, env=self.env, ok=ok)

    def python(self, *args, ok=(0,)) -> Waktu:
        return jalankan([sys.executable, *args], env=self.env, ok=ok)


def _pages(folder: Path) -> int:
    import pypdfium2

    total = 0
    for path in sorted(folder.glob("*.pdf")):
        doc = pypdfium2.PdfDocument(str(path))
        total += len(doc)
        doc.close()
    return total


def _stamps(html: Path) -> dict[Path, int]:
    """The pages of the handbook's documents (not the pages generated from the
    whole model on every build, nor Sphinx's indices)."""
    pages = [html / "index.html", *html.glob("sop_source/*.html"), *html.glob("docs/*.html")]
    return {p: p.stat().st_mtime_ns for p in pages if p.is_file()}


def _written(before: dict[Path, int]) -> int:
    return sum(1 for p, ns in before.items() if not p.exists() or p.stat().st_mtime_ns != ns)


def log(text: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {text}", flush=True)


# -- 1. the seed handbook vs plain MyST ----------------------------------------


def seed_vs_plain(env: Lingkungan, work: Path, repeat: int) -> dict:
    from sopap.sphinxext.project import Project

    corpus = Project(ROOT, build_dir=work / "model").load_corpus(strict=False, warning_stream=None)
    sops_only = work / "seed-sop"
    shutil.rmtree(sops_only, ignore_errors=True)
    sops_only.mkdir(parents=True)
    shutil.copy(ROOT / "conf.py", sops_only / "conf.py")
    shutil.copytree(ROOT / "sop_source", sops_only / "sop_source")
    (sops_only / "index.md").write_text(
        "# SOP\n\n```{daftar-sop}\n```\n\n```{toctree}\n:hidden:\n:glob:\n\nsop_source/*\n```\n", encoding="utf-8"
    )
    polos = work / "seed-polos"
    shutil.rmtree(polos, ignore_errors=True)
    plain.write(corpus, polos)
    runs: dict[str, list[Waktu]] = {"sopap": [], "polos": [], "buku": []}
    for _ in range(repeat):
        runs["sopap"].append(env.sphinx(sops_only, work / "o1", work / "d1", "-E", strict=False))
        runs["polos"].append(env.sphinx(polos, work / "o2", work / "d2", "-E", strict=False))
        runs["buku"].append(env.sphinx(ROOT, work / "o3", work / "d3", "-E", strict=False))
    m = {k: median(v) for k, v in runs.items()}
    return {
        "sop": len(corpus),
        "sopap": asdict(m["sopap"]) | {"keluaran": ""},
        "polos": asdict(m["polos"]) | {"keluaran": ""},
        "buku_lengkap": asdict(m["buku"]) | {"keluaran": ""},
        "rasio": round(m["sopap"].dinding / m["polos"].dinding, 2),
        "peringatan_buku": m["buku"].keluaran.count("WARNING") + m["buku"].keluaran.count("PERINGATAN"),
    }


# -- 2. the city: full and incremental HTML builds ------------------------------


def _no_old(old: str, new: str) -> re.Pattern:
    """The old name where it is not the start of the new one."""
    rest = new[len(old):] if new.startswith(old) else ""
    return re.compile(re.escape(old) + (f"(?!{re.escape(rest)})" if rest else ""))


def stale_checks(korpus: generator.Korpus, html: Path, old: str) -> list[dict]:
    """What a reader would see stale after the rename of the target SOP."""
    new = korpus.nama_baru
    target = korpus.get(korpus.sasaran)
    stale = _no_old(old, new)

    def page(doc: str) -> str:
        return (html / f"{doc}.html").read_text(encoding="utf-8")

    def check(what: str, ok: bool) -> dict:
        return {"periksa": what, "ok": bool(ok)}

    results = [
        check("beranda (daftar SOP per bidang) memuat nama baru", new in page("index") and not stale.search(page("index"))),
        check("indeks SOP (sop-daftar) memuat nama baru", new in page("sop-daftar") and not stale.search(page("sop-daftar"))),
        check("halaman panduan dengan peran {sop:sop} memuat nama baru", new in page("docs/rujukan") and not stale.search(page("docs/rujukan"))),
    ]
    by_role = [s for s in korpus.sops if target.id in s.peran]
    results.append(check(
        f"SOP yang merujuk dengan peran {{sop:sop}} ({len(by_role)})",
        by_role and all(new in page(s.docname) and not stale.search(page(s.docname)) for s in by_role),
    ))
    by_name = [s for s in korpus.sops if target.id in s.keterkaitan]
    link = f'class="sopap-terkait" href="{Path(target.docname).name}.html#sop-{target.id}"'
    results.append(check(
        f"Keterkaitan yang menyebut nama lama tidak lagi menjadi tautan ({len(by_name)} SOP)",
        by_name and all(link not in page(s.docname) for s in by_name),
    ))
    # the generator made one SOP name the new name before it existed
    future_pages = [doc for doc in (s.docname for s in korpus.sops) if f"SOP {new} pada" in page(doc)]
    results.append(check(
        "Keterkaitan yang menyebut nama baru menjadi tautan",
        future_pages and all(link in page(doc) for doc in future_pages),
    ))
    consumers = [s for s in korpus.sops if target.id in s.masukan_dari]
    results.append(check(
        f"Alur dokumen SOP yang memakai dokumen dari SOP ini ({len(consumers)})",
        consumers and all(f"{new}, langkah" in page(s.docname) and not stale.search(page(s.docname)) for s in consumers),
    ))
    from sopap.sphinxext.html.daftar import bidang_anchor

    nav = (html / "_static" / "sopap-navigasi" / f"{bidang_anchor(target.bidang)}.js").read_text(encoding="utf-8")
    results.append(check("navigasi samping bidangnya memuat nama baru", new in nav and not stale.search(nav)))
    bpmn = (html / "_downloads" / "bpmn" / "spiff" / f"{target.id}.bpmn").read_text(encoding="utf-8")
    results.append(check("berkas BPMN unduhan memuat nama baru", new in bpmn and not stale.search(bpmn)))
    search = (html / "searchindex.js").read_text(encoding="utf-8")
    results.append(check("indeks pencarian memuat judul baru", new in search))
    return results


def _compared(path: Path) -> bool:
    rel = path.as_posix()
    return path.suffix in (".html", ".bpmn") or "/sopap-navigasi/" in rel or path.name in ("searchindex.js", "objects.inv")


def same_as_fresh(incremental: Path, fresh: Path) -> dict:
    """Every page, download and index of the incremental build equals a fresh build's."""
    a = {p.relative_to(incremental) for p in incremental.rglob("*") if p.is_file() and _compared(p)}
    b = {p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file() and _compared(p)}
    differ = sorted(str(p) for p in a & b if (incremental / p).read_bytes() != (fresh / p).read_bytes())
    return {
        "berkas": len(a | b),
        "berbeda": differ[:20],
        "jumlah_berbeda": len(differ),
        "hanya_inkremental": sorted(map(str, a - b))[:20],
        "hanya_segar": sorted(map(str, b - a))[:20],
    }


def _edit_step(path: Path, marker: str) -> None:
    """An author's edit of one step's text (what other pages do not show)."""
    text = path.read_text(encoding="utf-8")
    start = text.index("```{langkah} 2")
    body = text.index("---\n", text.index("---\n", start) + 4) + 4
    line_end = text.index("\n", body)
    path.write_text(text[:line_end] + f" ({marker})" + text[line_end:], encoding="utf-8")


def city(env: Lingkungan, work: Path, n: int, seed: int) -> dict:
    src = work / f"kota-{n}"
    shutil.rmtree(src, ignore_errors=True)
    log(f"membuat korpus sintetis {n} SOP (benih {seed})")
    korpus = generator.generate(src, n, seed)
    steps = sum(s.langkah for s in korpus.sops)
    # the project's own doctree cache, which `sopap features` and `sopap pdf` read too
    out, doctrees = work / "kota-html", src / "_build" / "doctrees"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(doctrees, ignore_errors=True)
    log("build penuh HTML")
    full = env.sphinx(src, out, doctrees, "-E")
    log("build ulang tanpa perubahan")
    noop = env.sphinx(src, out, doctrees)
    edits = []
    for index, sop in enumerate(korpus.sops[10:13]):
        _edit_step(korpus.source(sop.id), f"revisi {index + 1}")
        before = _stamps(out)
        log(f"build inkremental: isi langkah {sop.id}")
        timed = env.sphinx(src, out, doctrees)
        edits.append((timed, _written(before)))
    old = korpus.get(korpus.sasaran).nama
    generator.rename(korpus, korpus.sasaran, korpus.nama_baru)
    before = _stamps(out)
    log(f"build inkremental: nama {korpus.sasaran}")
    renamed = env.sphinx(src, out, doctrees)
    written = _written(before)
    checks = stale_checks(korpus, out, old)
    log("build penuh pembanding (sumber yang sama, dari nol)")
    fresh_out, fresh_doctrees = work / "kota-segar", work / "kota-segar-doctrees"
    shutil.rmtree(fresh_out, ignore_errors=True)
    shutil.rmtree(fresh_doctrees, ignore_errors=True)
    fresh = env.sphinx(src, fresh_out, fresh_doctrees, "-E")
    sama = same_as_fresh(out, fresh_out)
    edit = median([t for t, _ in edits])
    return {
        "sop": n,
        "langkah": steps,
        "penuh": asdict(median([full, fresh])) | {"keluaran": ""},
        "penuh_sampel": [full.dinding, fresh.dinding],
        "tanpa_perubahan": asdict(noop) | {"keluaran": ""},
        "ubah_isi": asdict(edit) | {"keluaran": ""},
        "ubah_isi_halaman": [w for _, w in edits],
        "ganti_nama": asdict(renamed) | {"keluaran": ""},
        "ganti_nama_halaman": written,
        "pemeriksaan": checks,
        "sama_dengan_build_segar": sama,
    }


# -- 3. features of the city -----------------------------------------------------


def features(env: Lingkungan, work: Path, n: int) -> dict:
    src = work / f"kota-{n}"
    out = work / "fitur-kota"
    shutil.rmtree(out, ignore_errors=True)
    log(f"fitur uji kesesuaian untuk {n} SOP")
    timed = env.sopap("features", "-o", out, "--project", src)
    found = re.search(r"\((\d+) skenario\)", timed.keluaran)
    return {"sop": n, "skenario": int(found.group(1)) if found else 0, "waktu": asdict(timed) | {"keluaran": ""}}


# -- 4. lampiran vs WeasyPrint -------------------------------------------------


def lampiran(env: Lingkungan, work: Path, n: int, seed: int, weasy: bool = True) -> dict:
    src = work / f"pdf-{n}"
    shutil.rmtree(src, ignore_errors=True)
    korpus = generator.generate(src, n, seed)
    html, doctrees = src / "_build" / "html", src / "_build" / "doctrees"
    log(f"HTML {n} SOP untuk lampiran dan WeasyPrint")
    env.sphinx(src, html, doctrees)
    runs = []
    for attempt in range(2):
        pdf = src / "_build" / f"pdf{attempt}"
        shutil.rmtree(pdf, ignore_errors=True)
        log(f"sopap pdf ({n} SOP), percobaan {attempt + 1}")
        runs.append(env.sopap("pdf", "-o", pdf, "--project", src))
    timed = median(runs)
    pages = _pages(src / "_build" / "pdf0")
    per_sop = _pages_per_sop(src / "_build" / "pdf0")
    result = {
        "sop": n,
        "halaman": pages,
        "halaman_per_sop_file": per_sop,
        "waktu": asdict(timed) | {"keluaran": ""},
        "halaman_per_detik": round(pages / timed.dinding, 1),
        "halaman_per_detik_cpu": round(pages / timed.cpu, 1),
    }
    if weasy:
        pages_out = src / "_build" / "weasyprint"
        shutil.rmtree(pages_out, ignore_errors=True)
        log(f"WeasyPrint mencetak {n} halaman HTML SOP")
        docs = [str(html / f"{s.docname}.html") for s in korpus.sops]
        w = env.python(__file__, "--cetak-weasyprint", str(pages_out), *docs)
        wp_pages = _pages(pages_out)
        result["weasyprint"] = {
            "halaman": wp_pages,
            "waktu": asdict(w) | {"keluaran": ""},
            "halaman_per_detik": round(wp_pages / w.dinding, 2),
            "halaman_per_detik_cpu": round(wp_pages / w.cpu, 2),
        }
        result["kali_weasyprint"] = round(result["halaman_per_detik"] / result["weasyprint"]["halaman_per_detik"], 1)
    return result


def _pages_per_sop(folder: Path) -> int:
    import pypdfium2

    total = 0
    for path in folder.glob("*.pdf"):
        if path.name.startswith("keputusan"):
            continue
        doc = pypdfium2.PdfDocument(str(path))
        total += len(doc)
        doc.close()
    return total


def cetak_weasyprint(out: Path, pages: list[str]) -> None:
    """Child process: print each built HTML page to PDF with WeasyPrint."""
    import weasyprint

    out.mkdir(parents=True, exist_ok=True)
    for index, page in enumerate(pages):
        weasyprint.HTML(filename=page).write_pdf(str(out / f"{index:04d}.pdf"))


# -- 5. conformance ------------------------------------------------------------


def implementations() -> list[str]:
    from sopap.conformance import registry

    return list(dict.fromkeys([*registry.PUBLISHED, *registry.BUILTIN]))


def _pytest_seconds(output: str) -> float | None:
    """The duration in pytest's summary line ("565 passed in 1.20s")."""
    found = re.search(r" in ([\d.]+)s", output)
    return float(found.group(1)) if found else None


def conform(env: Lingkungan, fitur: Path, names: list[str], ulang: int = 1) -> list[dict]:
    """One run per implementation; the first (``ulang`` > 1) after a warm-up
    run, median of ``ulang`` (the first run after a change reads the
    features and compiles what the later ones find ready)."""
    rows = []
    for index, name in enumerate(names):
        log(f"uji kesesuaian: {name}")
        cmd = ("conform", "--impl", name, "--features", fitur, "--", "-q", "-p", "no:randomly")
        if index == 0 and ulang > 1:
            env.sopap(*cmd, ok=(0, 1))
            timed = median([env.sopap(*cmd, ok=(0, 1)) for _ in range(ulang)])
        else:
            timed = env.sopap(*cmd, ok=(0, 1))
        counts = {k: int(v) for v, k in re.findall(r"(\d+) (passed|failed|skipped|errors?)", timed.keluaran)}
        inner = _pytest_seconds(timed.keluaran)
        total = sum(counts.values())
        rows.append({
            "implementasi": name,
            "skenario": total,
            "hasil": counts,
            "waktu": asdict(timed) | {"keluaran": ""},
            "pytest_detik": inner,
            "skenario_per_detik": round(total / timed.dinding, 1) if total else 0.0,
            "skenario_per_detik_pytest": round(total / inner, 1) if inner and total else None,
        })
    return rows


def pytest_kosong(env: Lingkungan, work: Path, count: int, ulang: int = 1) -> dict:
    """pytest alone: ``count`` empty tests, run as the conformance runs are.

    The floor under any pytest-based suite on this machine: starting Python,
    importing pytest and its plugins, collecting and reporting ``count``
    tests that do nothing.
    """
    folder = work / "pytest-kosong"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / "test_kosong.py").write_text(
        "".join(f"def test_{i}():\n    pass\n\n\n" for i in range(count)), encoding="utf-8"
    )
    log(f"pytest saja: {count} tes kosong")
    from sopap.cli.conform import NOT_NEEDED  # the plugins `sopap conform` leaves out

    skipped = [arg for name in ("randomly", "cacheprovider", *NOT_NEEDED) for arg in ("-p", f"no:{name}")]
    cmd = ("-m", "pytest", "-q", *skipped, str(folder / "test_kosong.py"))
    env.python(*cmd)  # warm-up: compiles the test module
    timed = median([env.python(*cmd) for _ in range(ulang)])
    return {
        "tes": count,
        "waktu": asdict(timed) | {"keluaran": ""},
        "pytest_detik": _pytest_seconds(timed.keluaran),
    }


def synthetic_kit(env: Lingkungan, work: Path, n: int) -> Path:
    out = work / f"fitur-{n}"
    shutil.rmtree(out, ignore_errors=True)
    env.sopap("features", "-o", out, "--project", work / f"pdf-{n}")
    return out


# -- the run -------------------------------------------------------------------


def measure(env: Lingkungan, work: Path, args) -> dict:
    n, n_pdf, repeat = (60, 12, 1) if args.cepat else (args.jumlah, args.jumlah_pdf, 3)
    started = time.time()
    data: dict = {
        "tanggal": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "revisi": _revision(),
        "mesin": system.describe(),
        "beban_awal": system.load(),
        "kalibrasi_awal": system.kalibrasi(),
        "target": TARGET,
        "cepat": args.cepat,
    }
    log("buku pegangan 11 SOP vs MyST biasa")
    data["benih"] = seed_vs_plain(env, work, repeat)
    data["kota"] = city(env, work, n, args.seed)
    data["fitur"] = features(env, work, n)
    data["lampiran"] = lampiran(env, work, n_pdf, args.seed)
    names = implementations() if not args.hanya_reference else ["reference"]
    names = ["reference", *(n for n in names if n != "reference")]
    data["kesesuaian"] = conform(env, ROOT / "features", names, ulang=repeat)
    data["pytest_kosong"] = pytest_kosong(env, work, data["kesesuaian"][0]["skenario"], ulang=repeat)
    data["kesesuaian_sintetis"] = conform(env, synthetic_kit(env, work, n_pdf), ["reference", "mutan-salah-cabang"])
    data["kesesuaian_sintetis_sop"] = n_pdf
    log("pemantauan: log 10 ribu sampai 1 juta peristiwa, berdampingan dengan pm4py")
    data["pemantauan"] = monitor.measure(work / "pemantauan", (10_000,) if args.cepat else monitor.UKURAN, _importable("pm4py"))
    if not args.tanpa_kota_besar:  # issue 19: a city of many OPD, every output
        data["kota_besar"] = kota.measure(
            env, work / "kota-besar", *((40, 4) if args.cepat else (args.jumlah_kota, args.opd)), args.seed,
            conform=not args.tanpa_kesesuaian_kota,
        )
    data["beban_akhir"] = system.load()
    data["kalibrasi_akhir"] = system.kalibrasi()
    data["durasi_menit"] = round((time.time() - started) / 60, 1)
    return data


def _revision() -> str:
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        # the page this runner writes does not count as a change to the code measured
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)docs/benchmarks.md"],
            cwd=ROOT, capture_output=True, text=True,
        ).stdout.strip()
        return rev + (" (dengan perubahan belum di-commit)" if dirty else "")
    except OSError:
        return "?"


def measure_before(rev: str, work: Path, args) -> dict:
    """The same figures for an older revision of sopap (its own code, this runner)."""
    tree = work / f"rev-{rev}"
    if tree.exists():
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT)
    subprocess.run(["git", "worktree", "add", "--detach", str(tree), rev], cwd=ROOT, check=True, capture_output=True)
    try:
        env = Lingkungan(tree / "ext")
        n, n_pdf = (60, 12) if args.cepat else (args.jumlah, args.jumlah_pdf)
        data = {"revisi": rev, "tanggal": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
        kota = city(env, work / "sebelum", n, args.seed)
        data["kota"] = {k: kota[k] for k in ("sop", "penuh", "tanpa_perubahan", "ubah_isi", "ganti_nama", "pemeriksaan", "sama_dengan_build_segar", "ganti_nama_halaman")}
        data["lampiran"] = lampiran(env, work / "sebelum", n_pdf, args.seed, weasy=False)
        data["kesesuaian"] = conform(env, tree / "features", ["reference"])
        return data
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark sopap; menulis docs/benchmarks.md.")
    parser.add_argument("--cepat", action="store_true", help="N kecil, satu ulangan: untuk mencoba runner ini")
    parser.add_argument("--jumlah", type=int, default=500, help="jumlah SOP korpus kota (bawaan 500)")
    parser.add_argument("--jumlah-pdf", type=int, default=50, help="jumlah SOP untuk lampiran vs WeasyPrint (bawaan 50)")
    parser.add_argument("--jumlah-kota", type=int, default=2000, help="jumlah SOP kota banyak OPD, semua keluaran (bawaan 2000)")
    parser.add_argument("--opd", type=int, default=20, help="jumlah perangkat daerah kota itu (bawaan 20)")
    parser.add_argument("--tanpa-kota-besar", action="store_true", help="lewati pengukuran kota banyak OPD")
    parser.add_argument(
        "--tanpa-kesesuaian-kota", action="store_true",
        help="lewati uji kesesuaian kit kota (sekitar 25 menit)",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kerja", type=Path, default=Path("/tmp/sopap-bench"), help="folder kerja (dihapus dulu)")
    parser.add_argument("--keluaran", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--json", type=Path, default=None, help="juga simpan semua angka sebagai JSON")
    parser.add_argument("--hanya-reference", action="store_true", help="uji kesesuaian hanya untuk reference")
    parser.add_argument("--sebelum", metavar="REVISI", help=f"ukur REVISI git dan simpan ke {SEBELUM.relative_to(ROOT)}")
    parser.add_argument("--cetak-weasyprint", nargs="+", metavar="ARG", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.cetak_weasyprint:
        cetak_weasyprint(Path(args.cetak_weasyprint[0]), args.cetak_weasyprint[1:])
        return 0
    missing = [m for m in ("weasyprint", "pypdfium2") if not _importable(m)]
    if missing:
        print(
            f"bench: paket {', '.join(missing)} belum terpasang; jalankan `make bench` (memasang .[bench] dan "
            "pustaka Debian lewat scripts/bootstrap-system bench)",
            file=sys.stderr,
        )
        return 2
    work = args.kerja
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    if args.sebelum:
        data = measure_before(args.sebelum, work, args)
        SEBELUM.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        log(f"angka revisi {args.sebelum} disimpan ke {SEBELUM}")
        return 0
    data = measure(Lingkungan(), work, args)
    before = json.loads(SEBELUM.read_text(encoding="utf-8")) if SEBELUM.is_file() else None
    if args.json:
        args.json.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    args.keluaran.write_text(report.markdown(data, before), encoding="utf-8")
    log(f"ditulis {args.keluaran}")
    return 0


def _importable(name: str) -> bool:
    try:
        __import__(name)
    except Exception:  # noqa: BLE001 - a missing system library is as good as missing
        return False
    return True


if __name__ == "__main__":
    raise SystemExit(main())
