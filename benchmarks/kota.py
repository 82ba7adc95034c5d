"""The city at scale (issue 19): a handbook of many perangkat daerah, every output.

A synthetic city (``generator.generate(..., opd=...)``, 2,000 SOPs of 20 OPD
by default) is built with ``sopap build`` as an author runs it: a full build
(wall, CPU, peak memory, each stage's time), the same build again with no
change, then after editing one step of one SOP; the incremental outputs are
compared byte for byte with a fresh build of the same sources. The stages
are profiled one by one (top entries by own time), the full build is run
with Sphinx ``-j 1`` and one sopap worker beside ``-j 2`` and one worker per
processor, and the city's conformance kit is collected and run against the
reference engine and the HTTP and harness implementations with 1, 2 and 4
pytest-xdist workers. Targets in ``TARGET``; figures into docs/benchmarks.md
(:func:`markdown`).
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import time
from dataclasses import asdict
from pathlib import Path

from benchmarks import generator

BIN = Path(sys.executable).parent

#: The targets of issue 19 at 2,000 SOPs on the 2-core machine.
TARGET = {
    "tanpa_perubahan_detik": 5.0,
    "ubah_langkah_detik": 5.0,
    "penuh_detik": 150.0,
    "memori_puncak_mib": 800.0,
    # stage times of the measurement before the work (2,000 SOPs): BPMN 35 s, features 57 s
    "bpmn_sebelum_detik": 35.0,
    "fitur_sebelum_detik": 57.0,
    "kali_lebih_cepat": 4.0,
}
#: The outputs of a build, compared byte for byte with a fresh build's.
OUTPUTS = ("_build/html", "_build/json", "_build/pdf", "_build/bpmn", "features")
#: A build's own bookkeeping, not outputs: Sphinx's config hash; the review
#: pages' record of what they were made from (source file times included).
BOOKKEEPING = {".buildinfo", ".sopap-tinjauan.json"}
#: ``sopap build`` prints "sopap: selesai <stage> (<seconds> d)" per stage.
_STAGE = re.compile(r"^sopap: selesai (.+?) \((\d+(?:\.\d+)?) d\)$", re.MULTILINE)
#: Runs a command and prints the peak resident memory (KiB) of it and its
#: workers (the largest of them: forked workers share most of their pages).
_PEAK = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:])\n"
    "print(f'PUNCAK_KIB {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}')\n"
    "sys.exit(done.returncode)\n"
)


def log(text: str) -> None:
    print(f"[bench] {time.strftime('%H:%M:%S')} {text}", file=sys.stderr, flush=True)


def _build(env, src: Path, *extra: str):
    """``sopap build`` in ``src``, timed, with its peak memory and stage times."""
    timed = env.python("-c", _PEAK, str(BIN / "sopap"), "build", *extra, "--project", str(src))
    found = re.search(r"^PUNCAK_KIB (\d+)$", timed.keluaran, re.MULTILINE)
    stages = {name: float(seconds) for name, seconds in _STAGE.findall(timed.keluaran)}
    return timed, (int(found.group(1)) / 1024 if found else None), stages


def _outputs(root: Path) -> dict[str, bytes]:
    files = {}
    for output in OUTPUTS:
        for path in sorted((root / output).rglob("*")):
            if path.is_file() and path.name not in BOOKKEEPING and "doctrees" not in path.parts:
                files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files


def _stamps(root: Path) -> dict[str, int]:
    return {
        p.relative_to(root).as_posix(): p.stat().st_mtime_ns
        for output in OUTPUTS
        for p in (root / output).rglob("*")
        if p.is_file()
    }


def compare(incremental: Path, fresh: Path) -> dict:
    a, b = _outputs(incremental), _outputs(fresh)
    differ = sorted(name for name in a.keys() & b.keys() if a[name] != b[name])
    return {
        "berkas": len(a.keys() | b.keys()),
        "jumlah_berbeda": len(differ),
        "berbeda": differ[:20],
        "hanya_inkremental": sorted(a.keys() - b.keys())[:20],
        "hanya_segar": sorted(b.keys() - a.keys())[:20],
    }


def edit_step(path: Path, marker: str) -> None:
    """An author's edit of the text of step 2 of one SOP."""
    text = path.read_text(encoding="utf-8")
    start = text.index("```{langkah} 2")
    body = text.index("---\n", text.index("---\n", start) + 4) + 4
    line_end = text.index("\n", body)
    path.write_text(text[:line_end] + f" ({marker})" + text[line_end:], encoding="utf-8")


def _copy(src: Path, dest: Path) -> None:
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("_build", "features"))


def builds(env, work: Path, n: int, opd: int, seed: int) -> dict:
    src = work / f"kota-{n}-{opd}opd"
    shutil.rmtree(src, ignore_errors=True)
    log(f"membuat kota sintetis: {n} SOP dari {opd} perangkat daerah (benih {seed})")
    korpus = generator.generate(src, n, seed, opd)
    log("sopap build penuh (semua keluaran)")
    full, peak, stages = _build(env, src)
    log("sopap build lagi tanpa perubahan")
    before = _stamps(src)
    noop, noop_peak, noop_stages = _build(env, src)
    rewritten_noop = sum(1 for k, v in _stamps(src).items() if before.get(k) != v)
    edited = korpus.sops[len(korpus.sops) // 2]
    edit_step(korpus.source(edited.id), "diubah")
    log(f"sopap build sesudah mengubah satu langkah ({edited.id})")
    before = _stamps(src)
    edit, edit_peak, edit_stages = _build(env, src)
    rewritten_edit = sorted(k for k, v in _stamps(src).items() if before.get(k) != v)
    log("sopap build dari nol pada salinan sumber yang sama (pembanding)")
    fresh_src = work / "kota-segar"
    _copy(src, fresh_src)
    fresh, fresh_peak, fresh_stages = _build(env, fresh_src)
    same = compare(src, fresh_src)
    return {
        "sop": n,
        "opd": opd,
        "skenario": _scenarios(src / "features"),
        "penuh": asdict(full) | {"keluaran": "", "puncak_mib": peak, "tahap": stages},
        "penuh_pembanding": asdict(fresh) | {"keluaran": "", "puncak_mib": fresh_peak, "tahap": fresh_stages},
        "tanpa_perubahan": asdict(noop) | {"keluaran": "", "puncak_mib": noop_peak, "tahap": noop_stages},
        "tanpa_perubahan_ditulis": rewritten_noop,
        "ubah_langkah": asdict(edit) | {"keluaran": "", "puncak_mib": edit_peak, "tahap": edit_stages},
        "ubah_langkah_ditulis": len(rewritten_edit),
        "ubah_langkah_contoh": [k for k in rewritten_edit if not k.startswith("_build/html/")][:12],
        "sama_dengan_build_segar": same,
        "sumber": str(src),
    }


def _scenarios(folder: Path) -> int:
    return sum(len(re.findall(r"^\s*Skenario: ", p.read_text(encoding="utf-8"), re.MULTILINE)) for p in folder.glob("*.feature"))


def parallel(env, work: Path, src: Path) -> dict:
    """Full builds with everything in one process (Sphinx -j 1, sopap_workers = 1)
    and with two (-j 2, one worker per processor)."""
    rows = {}
    for name, jobs, workers in (("serial", "1", 1), ("sejajar", "2", 0)):
        copy = work / f"kota-{name}"
        _copy(src, copy)
        conf = copy / "conf.py"
        conf.write_text(conf.read_text(encoding="utf-8") + f"\nsopap_workers = {workers}\n", encoding="utf-8")
        log(f"sopap build -j {jobs}, sopap_workers = {workers}")
        timed, peak, stages = _build(env, copy, "-j", jobs)
        rows[name] = asdict(timed) | {"keluaran": "", "puncak_mib": peak, "tahap": stages, "j": jobs, "pekerja": workers}
        shutil.rmtree(copy, ignore_errors=True)
    return rows


def profiles(env, src: Path, top: int = 8) -> dict:
    """Each stage of ``sopap build`` under cProfile in a fresh copy: the top
    entries by own time (``tottime``)."""
    copy = src.parent / "kota-profil"
    _copy(src, copy)
    conf = copy / "conf.py"  # everything in the profiled process
    conf.write_text(conf.read_text(encoding="utf-8") + "\nsopap_workers = 1\n", encoding="utf-8")
    log("profil setiap tahap sopap build")
    timed = env.python(str(Path(__file__).with_name("profil.py")), str(copy), str(top))
    shutil.rmtree(copy, ignore_errors=True)
    found = re.search(r"^PROFIL (.*)$", timed.keluaran, re.MULTILINE)
    return json.loads(found.group(1)) if found else {}


#: SOPs of the city's kit the HTTP and harness implementations run: all of
#: them would take the HTTP server 45 minutes per worker count (53 scenarios/s).
SAMPEL_SOP = 100


def sample_kit(kit: Path, n: int = SAMPEL_SOP) -> Path:
    """Every k-th feature of ``kit`` (``n`` of them, spread over the instansi)
    with the kit's other files, in a folder beside it."""
    sample = kit.parent / "features-sampel"
    shutil.rmtree(sample, ignore_errors=True)
    sample.mkdir()
    features = sorted(kit.glob("*.feature"))
    step = max(1, len(features) // n)
    for path in [*features[::step][:n], *(p for p in kit.iterdir() if p.is_file() and p.suffix != ".feature")]:
        shutil.copy2(path, sample / path.name)
    return sample


def conformance(env, kit: Path, workers=(1, 2, 4), sample: int = SAMPEL_SOP) -> dict:
    """The city's kit: collection (time, memory) and a run against the
    reference engine, all of it; the HTTP and harness implementations on a
    sample of ``sample`` SOPs with ``workers`` pytest-xdist processes."""
    log(f"uji kesesuaian kota: pengumpulan skenario dari {kit}")
    collect = env.python(
        "-c", _PEAK, str(BIN / "sopap"), "conform", "--impl", "reference", "--features", str(kit),
        "--", "-q", "--collect-only", "-p", "no:randomly",
        ok=(0, 1, 5),
    )
    collected = re.search(r"(\d+) tests? collected", collect.keluaran) or re.search(r"^(\d+) tests?", collect.keluaran, re.M)
    result = {
        "kumpul": asdict(collect) | {"keluaran": collect.keluaran[-400:], "puncak_mib": _peak_of(collect)},
        "kumpul_skenario": int(collected.group(1)) if collected else None,
        "jalan": [],
    }
    small = sample_kit(kit, sample)
    result["sampel_sop"] = len(list(small.glob("*.feature")))
    result["sampel_skenario"] = _scenarios(small)
    plan = [("reference", 1, kit), *((impl, n, small) for impl in ("http", "harness") for n in workers)]
    for impl, n, folder in plan:
        log(f"uji kesesuaian kota: {impl}, {n} pekerja, {folder.name}")
        timed = env.python(
            "-c", _PEAK, str(BIN / "sopap"), "conform", "--impl", impl, "--features", str(folder),
            "--workers", str(n), "--", "-q", "-p", "no:randomly",
            ok=(0, 1),
        )
        counts = {k: int(v) for v, k in re.findall(r"(\d+) (passed|failed|skipped|errors?)", timed.keluaran)}
        total = sum(counts.values())
        result["jalan"].append({
            "implementasi": impl,
            "kit": "semua" if folder == kit else "sampel",
            "pekerja": n,
            "skenario": total,
            "hasil": counts,
            "waktu": asdict(timed) | {"keluaran": ""},
            "puncak_mib": _peak_of(timed),
            "skenario_per_detik": round(total / timed.dinding, 1) if total else 0.0,
        })
    return result


def _peak_of(timed) -> float | None:
    found = re.search(r"^PUNCAK_KIB (\d+)$", timed.keluaran, re.MULTILINE)
    return round(int(found.group(1)) / 1024, 1) if found else None


def measure(env, work: Path, n: int, opd: int, seed: int, conform: bool = True) -> dict:
    data = builds(env, work, n, opd, seed)
    src = Path(data["sumber"])
    data["profil"] = profiles(env, src)
    data["paralel"] = parallel(env, work, src)
    if conform:
        data["kesesuaian"] = conformance(env, src / "features")
    return data


# -- the report ------------------------------------------------------------------


def _d(w: dict | None) -> str:
    if not w:
        return "–"
    return f"{w['dinding']:.1f} d (CPU {w['cpu']:.1f} d)".replace(".", ",")


def _ok(ok: bool) -> str:
    return "terpenuhi" if ok else "**belum**"


def _num(x: float | None, digits: int = 1) -> str:
    return "–" if x is None else f"{x:.{digits}f}".replace(".", ",")


def verdicts(k: dict) -> list[tuple[str, str, str, bool]]:
    """(measure, target, result, met) of every target of issue 19."""
    t = TARGET
    same = k["sama_dengan_build_segar"]
    identical = same["jumlah_berbeda"] == 0 and not same["hanya_inkremental"] and not same["hanya_segar"]
    stages = k["penuh"]["tahap"]
    bpmn = next((v for s, v in stages.items() if s.startswith("ekspor BPMN")), None)
    fitur = next((v for s, v in stages.items() if s.startswith("fitur uji")), None)
    peak = max(x for x in (k["penuh"]["puncak_mib"], k["tanpa_perubahan"]["puncak_mib"], k["ubah_langkah"]["puncak_mib"], 0) if x)
    rows = [
        ("`sopap build` tanpa perubahan, semua keluaran", f"≤ {_num(t['tanpa_perubahan_detik'])} d",
         _d(k["tanpa_perubahan"]), k["tanpa_perubahan"]["dinding"] <= t["tanpa_perubahan_detik"]),
        ("`sopap build` sesudah mengubah satu langkah", f"≤ {_num(t['ubah_langkah_detik'])} d",
         _d(k["ubah_langkah"]), k["ubah_langkah"]["dinding"] <= t["ubah_langkah_detik"]),
        ("`sopap build` penuh", f"≤ {_num(t['penuh_detik'])} d", _d(k["penuh"]), k["penuh"]["dinding"] <= t["penuh_detik"]),
        ("Memori puncak (proses terbesar)", f"≤ {_num(t['memori_puncak_mib'], 0)} MiB", f"{_num(peak, 0)} MiB",
         peak <= t["memori_puncak_mib"]),
        ("Tahap BPMN (build penuh)", f"≥ {_num(t['kali_lebih_cepat'], 0)}× lebih cepat dari {_num(t['bpmn_sebelum_detik'], 0)} d",
         f"{_num(bpmn)} d", bpmn is not None and bpmn * t["kali_lebih_cepat"] <= t["bpmn_sebelum_detik"]),
        ("Tahap fitur uji kesesuaian (build penuh)", f"≥ {_num(t['kali_lebih_cepat'], 0)}× lebih cepat dari {_num(t['fitur_sebelum_detik'], 0)} d",
         f"{_num(fitur)} d", fitur is not None and fitur * t["kali_lebih_cepat"] <= t["fitur_sebelum_detik"]),
        ("Keluaran inkremental = build dari nol", "semua berkas sama byte demi byte",
         f"{same['jumlah_berbeda']} dari {same['berkas']} berkas berbeda", identical),
    ]
    return rows


def markdown(k: dict) -> list[str]:
    out = [f"## Kota: {k['sop']} SOP dari {k['opd']} perangkat daerah, semua keluaran\n"]
    w = out.append
    w(f"`sopap build` (HTML, JSON, lampiran PDF dan Keputusan per instansi, BPMN, fitur uji kesesuaian: "
      f"{k['skenario']} skenario) pada kota sintetis `generator.generate(..., opd={k['opd']})`, seperti penulis "
      "menjalankannya. Memori puncak: RSS maksimum proses terbesar (proses pekerja berbagi sebagian besar "
      "halamannya dengan induknya).\n")
    w("| Ukuran | Target | Hasil | Status |\n|---|---|---|---|")
    for what, target, result, ok in verdicts(k):
        w(f"| {what} | {target} | {result} | {_ok(ok)} |")
    w("")
    w("Tahap BPMN menyalin berkas yang sudah dibuat build HTML untuk unduhan di halaman SOP (sebelumnya setiap "
      "berkas diekspor dua kali: untuk unduhan dan untuk `_build/bpmn`); ekspornya sendiri kini sekali, di dalam "
      "waktu tahap HTML (lihat profil tahap HTML di bawah: `bpmn/tree.py`, `bpmn/xsd.py`). Angka tahap BPMN di "
      "atas adalah waktu tahap itu, bukan waktu ekspor BPMN.\n")
    w(f"Tanpa perubahan: {k['tanpa_perubahan_ditulis']} berkas keluaran ditulis ulang. Sesudah mengubah satu langkah: "
      f"{k['ubah_langkah_ditulis']} berkas ditulis ulang, di luar HTML antara lain "
      + ", ".join(f"`{x}`" for x in k["ubah_langkah_contoh"]) + ".\n")
    same = k["sama_dengan_build_segar"]
    if same["berbeda"] or same["hanya_inkremental"] or same["hanya_segar"]:
        w(f"Berbeda dari build dari nol: {', '.join(same['berbeda'] + same['hanya_inkremental'] + same['hanya_segar'])}\n")
    w("### Waktu per tahap\n")
    w("| Tahap | Penuh | Tanpa perubahan | Ubah satu langkah |\n|---|---|---|---|")
    for stage, seconds in k["penuh"]["tahap"].items():
        w(f"| {stage} | {_num(seconds)} d | {_num(k['tanpa_perubahan']['tahap'].get(stage))} d | "
          f"{_num(k['ubah_langkah']['tahap'].get(stage))} d |")
    w("")
    if k.get("profil"):
        w("### Ke mana waktunya pergi (profil build penuh per tahap, 8 entri teratas menurut waktu sendiri)\n")
        for stage, entries in k["profil"].items():
            w(f"**{stage}**\n")
            w("| Fungsi | Panggilan | Waktu sendiri | Kumulatif |\n|---|---|---|---|")
            for e in entries:
                w(f"| `{e['fungsi']}` | {e['panggilan']} | {_num(e['sendiri'], 2)} d | {_num(e['kumulatif'], 2)} d |")
            w("")
    par = k.get("paralel")
    if par:
        w("### Lebih dari satu prosesor\n")
        w("| Build penuh | Dinding | CPU | Memori puncak |\n|---|---|---|---|")
        for name, row in par.items():
            label = f"Sphinx `-j {row['j']}`, `sopap_workers = {row['pekerja']}`" + (" (satu per prosesor)" if row["pekerja"] == 0 else "")
            w(f"| {label} | {_num(row['dinding'])} d | {_num(row['cpu'])} d | {_num(row['puncak_mib'], 0)} MiB |")
        w("")
        w("| Tahap | Serial | Sejajar |\n|---|---|---|")
        for stage in par["serial"]["tahap"]:
            w(f"| {stage} | {_num(par['serial']['tahap'][stage])} d | {_num(par['sejajar']['tahap'].get(stage))} d |")
        w("")
    w("### Lebih dari satu mesin, di atas kertas\n")
    w("- **HTML**: pembacaan dan penulisan halaman Sphinx sejajar dengan `sopap build -j N` (mesin paralel Sphinx "
      "sendiri; ekstensi sopap menyatakan `parallel_read_safe` dan `parallel_write_safe`). Bagian serialnya: "
      "memuat dan menyimpan lingkungan, indeks pencarian, halaman tinjauan. Di mesin 2 inti ini perbandingan "
      "`-j 1` dan `-j 2` ada pada tabel di atas.")
    w("- **Lampiran PDF, BPMN, fitur**: setiap berkas fungsi murni dari satu SOP, dibuat oleh kolam proses pustaka "
      "standar (`multiprocessing`, fork), `sopap_workers` proses (0: satu per prosesor). Penyusunan "
      "`keputusan-lengkap.pdf` per instansi dan ekspor JSON serial, tetapi hanya menyalin bagian yang sudah jadi. "
      "Dengan N inti, tahap-tahap ini mendekati 1/N waktunya pada build penuh; build inkremental sudah hanya "
      "membuat yang berubah, sehingga inti tambahan hampir tidak berpengaruh di sana.")
    w("- **Uji kesesuaian**: `sopap conform --workers N` membagi SOP ke N proses pytest-xdist, masing-masing dengan "
      "implementasinya sendiri; skenario independen sehingga skalanya hampir linear selama implementasi yang diuji "
      "(server HTTP, program harness) tidak menjadi leher botol. CI dengan lebih banyak inti dapat menjalankan "
      "matriks implementasi sebagai job terpisah (satu job per implementasi), tanpa penjadwal buatan sendiri.")
    w("- **Lebih dari satu mesin**: keluaran setiap tahap adalah folder di `_build/` dan `features/` dengan "
      "manifesnya (`.sopap-keys`); sebuah CI dapat menyimpan `_build/` (termasuk `_build/doctrees`) sebagai cache "
      "antar-job, sehingga build berikutnya inkremental. Membagi satu build HTML ke beberapa mesin tidak didukung "
      "Sphinx; yang dapat dibagi adalah tahap sesudahnya (PDF, BPMN, fitur, uji kesesuaian) per instansi.\n")
    out.extend(conformance_markdown(k.get("kesesuaian"), k["skenario"]))
    return out


def conformance_markdown(c: dict | None, skenario: int) -> list[str]:
    """The section on the city's conformance kit (``c``: :func:`conformance`'s figures, None when skipped)."""
    out: list[str] = []
    w = out.append
    w("### Uji kesesuaian kota\n")
    if not c:
        w("Tidak diukur pada run ini (`--tanpa-kesesuaian-kota`).\n")
        return out
    w(f"Pengumpulan {c['kumpul_skenario'] or '–'} uji (pytest `--collect-only`): {_d(c['kumpul'])}, "
      f"memori puncak {_num(c['kumpul']['puncak_mib'], 0)} MiB.\n")
    total = c["kumpul_skenario"] or skenario
    if c.get("sampel_sop"):
        tests = next((r["skenario"] for r in c["jalan"] if r.get("kit") == "sampel"), None)
        w(f"Mesin rujukan menjalankan seluruh kit. Implementasi HTTP dan harness menjalankan sampel "
          f"{c['sampel_sop']} SOP yang tersebar merata (setiap fitur ke-k: {c['sampel_skenario']} skenario, "
          f"{tests or '–'} uji dengan baris contoh skenario konsep); kolom terakhir adalah perkiraan waktu "
          f"seluruh {total} uji pada laju yang sama (skenario independen, jadi lajunya tidak bergantung pada "
          "ukuran kit).\n")
    w("| Implementasi | Kit | Pekerja (pytest-xdist) | Skenario | Dinding | Skenario/d | Memori puncak | Seluruh kit |\n"
      "|---|---|---|---|---|---|---|---|")
    for r in c["jalan"]:
        whole = r["waktu"]["dinding"] if r.get("kit", "semua") == "semua" else (
            total / r["skenario_per_detik"] if r["skenario_per_detik"] else None)
        w(f"| {r['implementasi']} | {r.get('kit', 'semua')} | {r['pekerja']} | {r['skenario']} | "
          f"{_num(r['waktu']['dinding'])} d | {_num(r['skenario_per_detik'])} | {_num(r['puncak_mib'], 0)} MiB | "
          f"{_num(whole / 60 if whole else None)} menit |")
    w("")
    w("Memori: setiap proses pytest mengumpulkan seluruh kit yang diberikan kepadanya (juga setiap pekerja "
      "pytest-xdist), lalu menyimpan laporan setiap uji dan kasus yang dibuat implementasinya sampai run "
      "selesai. Kit sebesar kota sebaiknya dijalankan per instansi (`sopap conform --instansi KODE`) atau "
      "per kelompok SOP (`sopap conform --sop ID ...`), atau di mesin dengan memori sebesar angka mesin "
      "rujukan di atas kali jumlah pekerja.\n")
    return out
