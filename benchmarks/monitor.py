"""`sopap monitor` at 10k, 100k and 1M events, side by side with pm4py.

The log is synthetic (:mod:`sopap.monitor.synthetic`) over the 11 SOPs of the
seed corpus: about a fifth of the cases carry one known deviation of each
code. sopap checks it in process (reading, validating, sorting, checking,
aggregating: "periksa") and as the whole command with its three outputs.
pm4py replays the same log with token-based replay on a Petri net made of
each SOP's flow (one place before each step, one transition per step, one
per branch of a decision). The table says, per deviation code, which share
of the cases carrying it each tool flags.

Run alone: ``python benchmarks/monitor.py [--jumlah 10000 100000]``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "ext"))

UKURAN = (10_000, 100_000, 1_000_000)
TARGET_DETIK_1M = 5.0


def _corpus():
    from sopap.model import jsonformat

    return jsonformat.corpus_from_dict(json.loads((ROOT / "features" / "sopap.json").read_text(encoding="utf-8")))


def _net(sop):
    """A Petri net of the SOP's flow for pm4py's token replay."""
    from pm4py.objects.petri_net.obj import Marking, PetriNet
    from pm4py.objects.petri_net.utils import petri_utils

    net = PetriNet(sop.id)
    before = {s.nomor: PetriNet.Place(f"p{s.nomor}") for s in sop.langkah}
    end = PetriNet.Place("akhir")
    for place in (*before.values(), end):
        net.places.add(place)
    for step in sop.langkah:
        targets = [step.cabang.ya.ke, step.cabang.tidak.ke] if step.cabang else [step.berikutnya[0] if step.berikutnya else None]
        for i, nxt in enumerate(targets):
            t = PetriNet.Transition(f"t{step.nomor}_{i}", str(step.nomor))
            net.transitions.add(t)
            petri_utils.add_arc_from_to(before[step.nomor], t, net)
            petri_utils.add_arc_from_to(t, before[nxt] if nxt is not None else end, net)
    return net, Marking({before[sop.langkah[0].nomor]: 1}), Marking({end: 1})


def _pm4py(log_csv: Path, corpus) -> tuple[float, set[str]]:
    """Seconds of pm4py (read, format, replay per SOP) and the unfit cases."""
    import pandas as pd
    import pm4py

    started = time.perf_counter()
    df = pd.read_csv(log_csv, dtype=str)
    df["selesai"] = pd.to_datetime(df["selesai"], utc=True, format="ISO8601")
    df = pm4py.format_dataframe(df, case_id="kasus", activity_key="langkah", timestamp_key="selesai")
    unfit: set[str] = set()
    for sop in corpus.sops:
        part = df[df["sop"] == sop.id]
        if part.empty:
            continue
        net, im, fm = _net(sop)
        results = pm4py.conformance_diagnostics_token_based_replay(part, net, im, fm)
        cases = part.groupby("case:concept:name", sort=False).size().index.tolist()
        # pm4py returns one result per trace, in the order of the log's cases
        variant_cases = list(pm4py.convert_to_event_log(part))
        for trace, result in zip(variant_cases, results):
            if not result["trace_is_fit"]:
                unfit.add(trace.attributes["concept:name"])
        assert len(variant_cases) == len(cases)
    return time.perf_counter() - started, unfit


def one_size(events: int, work: Path, pm4py: bool) -> dict:
    import random

    from sopap.model.working_calendar import WorkingCalendar
    from sopap.monitor import run, synthetic

    corpus = _corpus()
    calendar = WorkingCalendar()
    cases = synthetic.log(corpus, events, calendar, share_deviating=0.2, seed=20)
    log_csv = work / f"log-{events}.csv"
    log_csv.write_text(synthetic.csv_text(cases, random.Random(20)), encoding="utf-8")
    started = time.perf_counter()
    hasil = run.periksa([log_csv], corpus, calendar)
    periksa = time.perf_counter() - started
    started = time.perf_counter()
    code = subprocess.run(
        [sys.executable, "-m", "sopap", "monitor", str(log_csv), "-o", str(work / f"hasil-{events}"),
         "--json", str(ROOT / "features" / "sopap.json")],
        capture_output=True, text=True,
    ).returncode
    perintah = time.perf_counter() - started
    found = {k.kasus: {t.kode for t in k.temuan} for k in hasil.kasus}
    row = {
        "peristiwa": sum(len(c.rows) for c in cases),
        "kasus": len(cases),
        "periksa_detik": round(periksa, 2),
        "perintah_detik": round(perintah, 2),
        "kode_keluar": code,
        "per_kode": {},
    }
    unfit: set[str] = set()
    if pm4py:
        row["pm4py_detik"], unfit = _pm4py(log_csv, corpus)
        row["pm4py_detik"] = round(row["pm4py_detik"], 2)
    for kode in (*synthetic.PENYIMPANGAN, None):
        mine = [c for c in cases if c.kode == kode]
        if not mine:
            continue
        key = kode or "sesuai"
        row["per_kode"][key] = {
            "kasus": len(mine),
            "sopap": sum(1 for c in mine if (kode in found[c.kasus]) if kode) if kode else sum(1 for c in mine if not found[c.kasus]),
            "pm4py": (sum(1 for c in mine if c.kasus in unfit) if kode else sum(1 for c in mine if c.kasus not in unfit)) if pm4py else None,
        }
    return row


def measure(work: Path, sizes=UKURAN, pm4py: bool = True) -> dict:
    work.mkdir(parents=True, exist_ok=True)
    return {"ukuran": [one_size(n, work, pm4py) for n in sizes], "target_detik_1m": TARGET_DETIK_1M}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark sopap monitor (dan pm4py bila terpasang).")
    parser.add_argument("--jumlah", type=int, nargs="+", default=list(UKURAN))
    parser.add_argument("--kerja", type=Path, default=Path("/tmp/sopap-bench-monitor"))
    parser.add_argument("--tanpa-pm4py", action="store_true")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.kerja, args.jumlah, not args.tanpa_pm4py), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
