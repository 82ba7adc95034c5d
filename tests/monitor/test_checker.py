"""sopap monitor's checks: every code, decisions and loops, the calendar,
the reference engine's traces, and a small log checked by hand."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest

from sopap.conformance.clock import START, Clock
from sopap.conformance.engine import ReferenceEngine
from sopap.model import jsonformat
from sopap.model.paths import outside_inputs
from sopap.model.sop import Corpus
from sopap.monitor import report, run, synthetic
from sopap.monitor.run import Period
from support.conformance import ROOTS, corpus
from support.monitor import KALENDER, codes, run_csv, seed

WIB = timezone(timedelta(hours=7))
HEADER = "kasus,sop,langkah,pelaksana,mulai,selesai,keputusan\n"


def _decision_corpus() -> Corpus:
    (sop,) = corpus(ROOTS / "test-keputusan")  # 1 -> 2 -> 3 (ya: 4, tidak: back to 2) -> 4
    return Corpus((sop,))


def test_generated_log_every_injected_deviation_and_nothing_else(tmp_path):
    both = Corpus((*seed().sops, *_decision_corpus().sops))
    cases = synthetic.log(both, 4000, KALENDER, share_deviating=0.5, seed=7)
    hasil = run_csv(tmp_path, synthetic.csv_text(cases, random.Random(3)), both)
    found = codes(hasil)
    assert len(found) == len(cases)
    injected = {c.kode for c in cases}
    assert injected == set(synthetic.PENYIMPANGAN) | {None}
    for case in cases:
        assert found[case.kasus] == ({case.kode} if case.kode else set()), case.kasus
    # decisions looped back in some conforming cases of the decision SOP
    loops = [c for c in cases if c.sop == "sop-keputusan" and c.kode is None and any(r["keputusan"] == "tidak" for r in c.rows)]
    assert loops


def _csv(rows) -> str:
    return HEADER + "".join(",".join(str(v) for v in row) + "\n" for row in rows)


def test_a_tidak_branch_back_is_not_a_deviation_and_a_missing_keputusan_is_inferred(tmp_path):
    def case(name, decisions):
        t = datetime(2025, 1, 6, 8, 0, tzinfo=WIB)
        rows = []
        for i, (step, actor, d) in enumerate(decisions):
            rows.append((name, "sop-keputusan", step, actor, "", (t + timedelta(minutes=10 * (i + 1))).isoformat(), d))
        return rows

    loop = [(1, "kadis", ""), (2, "kabid", ""), (3, "kabid", "tidak"), (2, "kabid", ""), (3, "kabid", "ya"), (4, "jafung", "")]
    inferred = [(s, a, "") for s, a, _ in loop]
    skipped = [(1, "kadis", ""), (2, "kabid", ""), (3, "kabid", "tidak"), (4, "jafung", "")]
    again = [(1, "kadis", ""), (2, "kabid", ""), (3, "kabid", "ya"), (4, "jafung", ""), (2, "kabid", "")]
    log = _csv(case("loop", loop) + case("tebak", inferred) + case("lewat", skipped) + case("lagi", again))
    hasil = run_csv(tmp_path, log, _decision_corpus())
    found = {k.kasus: [(t.kode, t.langkah) for t in k.temuan] for k in hasil.kasus}
    assert found["loop"] == [] and found["tebak"] == []
    # after 'tidak' step 2 is ready; doing 4 passes over 2 and 3, never done again
    assert found["lewat"] == [("SKIPPED", 2), ("SKIPPED", 3)]
    assert found["lagi"] == [("OUT_OF_ORDER", 2)]


def test_nights_weekends_and_holidays_are_not_working_time(tmp_path):
    # pendampingan-kasus-anak step 3 (jafung, 1 hari = 450 minutes) becomes ready
    # Thursday 27 March 2025 14:50; Fri 28 Mar (cuti bersama) to Mon 7 Apr (Idul
    # Fitri, cuti bersama, weekends) have no office hours. Done Tue 8 Apr 14:50 it
    # took 70 + 270 + 110 = 450 minutes: on time; done at 14:51 it is late.
    def rows(name, end):
        return [
            (name, "pendampingan-kasus-anak", 1, "kadis", "2025-03-27T14:00:00+07:00", "2025-03-27T14:20:00+07:00", ""),
            (name, "pendampingan-kasus-anak", 2, "kabid", "", "2025-03-27T14:50:00+07:00", ""),
            (name, "pendampingan-kasus-anak", 3, "jafung", "", end, ""),
        ]

    log = _csv(rows("tepat", "2025-04-08T14:50:00+07:00") + rows("telat", "2025-04-08T07:51:00Z"))
    hasil = run_csv(tmp_path, log)
    found = {k.kasus: [(t.kode, t.langkah) for t in k.temuan] for k in hasil.kasus}
    assert found["tepat"] == [("UNFINISHED", 4)]
    assert found["telat"] == [("LATE", 3), ("UNFINISHED", 4)]


def _engine_log(sops: Corpus, rng: random.Random, cases: int) -> str:
    """Cases run in the reference engine, each completion after a random
    share of its step's waktu on the suite's clock (working minutes on the
    test calendar), written as a log with the engine's own instants."""
    engine = ReferenceEngine(clock=Clock())
    engine.deploy(jsonformat.corpus_to_dict(sops))
    origin = KALENDER.next_working(START)
    rows = []
    for n in range(cases):
        sop = sops.sops[n % len(sops.sops)]
        case = engine.start_case(sop.id, outside_inputs(sop))
        loops = 0
        while items := engine.work_items(case):
            (item,) = items
            step = sop.langkah_by_nomor(item.step)
            limit = step.waktu.menit if step.waktu else 60
            engine.clock.advance(rng.randint(1, max(1, int(limit))))
            decision = None
            if step.cabang is not None:
                decision = "tidak" if loops < 2 and rng.random() < 0.5 else "ya"
                loops += decision == "tidak"
            outcome = engine.complete(case, item.step, item.actor, list(step.kelengkapan), decision)
            assert outcome.accepted, outcome
        for entry in engine.history(case):
            when = entry.timestamp  # already on the office calendar (the test calendar has no holidays)
            rows.append((f"{case}-{n}", sop.id, entry.step, entry.actor, "", when.isoformat(), entry.decision or ""))
    rng.shuffle(rows)
    return _csv(rows)


def test_traces_of_the_reference_engine_come_out_clean(tmp_path):
    both = Corpus((*seed().sops, *_decision_corpus().sops))
    hasil = run_csv(tmp_path, _engine_log(both, random.Random(5), 60), both)
    assert len(hasil.kasus) == 60
    assert {k.kasus: k.temuan for k in hasil.kasus if k.temuan} == {}
    assert all(k.selesai is not None for k in hasil.kasus)


# A small log checked by hand: SOP pendampingan-kasus-anak, steps 1 kadis 30 menit,
# 2 kabid 30 menit, 3 jafung 1 hari, 4 jafung 1 hari, 5 jafung 3 jam, 6 kabid (no
# waktu), 7 kadis 15 menit; office 07:30-12:00 and 13:00-16:00, Monday to Friday.
HAND = """kasus,sop,langkah,pelaksana,mulai,selesai
A,pendampingan-kasus-anak,1,kadis,2025-01-06T08:00:00+07:00,2025-01-06T08:20:00+07:00
A,pendampingan-kasus-anak,2,kabid,,2025-01-06T08:40:00+07:00
A,pendampingan-kasus-anak,3,jafung,2025-01-06T09:00:00+07:00,2025-01-06T11:00:00+07:00
A,pendampingan-kasus-anak,4,jafung,,2025-01-07T08:00:00+07:00
A,pendampingan-kasus-anak,5,jafung,,2025-01-07T10:00:00+07:00
A,pendampingan-kasus-anak,6,kabid,,2025-01-07T13:30:00+07:00
A,pendampingan-kasus-anak,7,kadis,,2025-01-07T13:45:00+07:00
B,pendampingan-kasus-anak,7,kadis,,2025-01-14T10:40:00+07:00
B,pendampingan-kasus-anak,1,kadis,2025-01-10T14:00:00+07:00,2025-01-10T14:30:00+07:00
B,pendampingan-kasus-anak,2,kadis,,2025-01-10T15:00:00+07:00
B,pendampingan-kasus-anak,3,jafung,,2025-01-10T15:30:00+07:00
B,pendampingan-kasus-anak,4,jafung,,2025-01-14T09:00:00+07:00
B,pendampingan-kasus-anak,5,jafung,,2025-01-14T10:00:00+07:00
B,pendampingan-kasus-anak,6,kabid,,2025-01-14T10:30:00+07:00
C,pendampingan-kasus-anak,1,kadis,2025-01-13T07:45:00+07:00,2025-01-13T08:00:00+07:00
C,pendampingan-kasus-anak,2,kabid,,2025-01-13T08:20:00+07:00
"""


def test_a_small_log_gives_the_numbers_worked_out_by_hand(tmp_path):
    hasil = run_csv(tmp_path, HAND)
    doc = report.laporan(hasil, seed(), ambang=0.9, zone=KALENDER.zone, logs=["log.csv"], periode=Period(), kalender={})
    cases = {k["kasus"]: k for k in doc["kasus"]}
    # A conforms; step 7 took exactly its 15 minutes (13:30 -> 13:45), which is on time.
    assert cases["A"]["temuan"] == []
    # A: Mon 08:00-12:00 (240) + 13:00-16:00 (180) + Tue 07:30-12:00 (270) + 13:00-13:45 (45)
    assert cases["A"]["siklus_menit"] == 735
    assert cases["A"]["selesai"] == "2025-01-07T13:45:00+07:00"
    # B: step 2 by kadis instead of kabid; step 4 ready Fri 15:30, done Tue 09:00:
    # Fri 30 + Mon 450 + Tue 90 = 570 > 450 minutes. Rows in any order.
    assert [(t["kode"], t["langkah"]) for t in cases["B"]["temuan"]] == [("WRONG_ACTOR", 2), ("LATE", 4)]
    assert "570" not in cases["B"]["temuan"][1]["pesan"]
    assert "1 hari 2 jam" in cases["B"]["temuan"][1]["pesan"]  # 570 = 450 + 120
    assert cases["B"]["temuan"][1]["sumber"].endswith("log.csv:13")  # header is row 1, B step 4 row 13
    # B: Fri 14:00-16:00 (120) + Mon 450 + Tue 07:30-10:40 (190)
    assert cases["B"]["siklus_menit"] == 760
    # C stops after step 2
    assert [(t["kode"], t["langkah"]) for t in cases["C"]["temuan"]] == [("UNFINISHED", 3)]
    assert cases["C"]["selesai"] is None

    (sop,) = doc["sop"]
    assert (sop["kasus"], sop["kasus_sesuai"], sop["kasus_selesai"]) == (3, 1, 2)
    assert sop["persen_sesuai"] == 33.3
    assert sop["penilaian"] == "Tidak berjalan dengan baik"
    assert sop["temuan_per_kode"] == {"LATE": 1, "UNFINISHED": 1, "WRONG_ACTOR": 1}
    assert sop["catatan"] == (
        "1 dari 3 kasus sesuai SOP (33,3%). Penyimpangan utama: langkah 4 melebihi waktu baku (1 kali); "
        "kasus berhenti sebelum langkah 3 (1 kasus); langkah 2 dikerjakan bukan oleh pelaksananya (1 kali)."
    )
    steps = {s["langkah"]: s for s in sop["langkah"]}
    # step 1 runs from its own mulai: 20, 30 and 15 minutes
    assert steps[1]["jumlah"] == 3 and steps[1]["rata_rata_menit"] == 21.7 and steps[1]["rata_rata_tunggu_menit"] == 0
    # step 2 from step 1's selesai: 20, 30, 20; step 3 in A waited 20 and worked 120, in B took 30
    assert steps[2]["rata_rata_menit"] == 23.3 and steps[2]["rata_rata_kerja_menit"] is None
    assert steps[3]["rata_rata_menit"] == 85 and steps[3]["rata_rata_tunggu_menit"] == 20
    # step 4: A Mon 11:00 -> Tue 08:00 = 60 + 180 + 30 = 270; B 570
    assert steps[4]["rata_rata_menit"] == 420 and steps[4]["terlambat"] == 1
    assert steps[4]["waktu_baku_menit"] == 450
    # kadis: A1 20 (worked), A7 15, B1 30, B2 30, B7 10, C1 15 = 120 minutes in 3 cases, 6 steps
    kadis = next(p for p in sop["pelaksana"] if p["pelaksana"] == "kadis")
    assert (kadis["kasus"], kadis["langkah"], kadis["menit"]) == (3, 6, 120)
    # the standard of one case: 30 + 30 + 450 + 450 + 180 + 15 = 1155; mean cycle (735 + 760) / 2
    assert sop["siklus"] == {"waktu_baku_menit": 1155, "rata_rata_menit": 747.5, "median_menit": 760, "melebihi_waktu_baku": 0}
    assert sop["bulan"] == [{"bulan": "2025-01", "kasus": 3, "kasus_sesuai": 1}]


def test_the_share_decides_the_judgement_and_the_period_keeps_whole_cases(tmp_path):
    hasil = run_csv(tmp_path, HAND)
    doc = report.laporan(hasil, seed(), ambang=0.3, zone=KALENDER.zone, logs=[], periode=Period(), kalender={})
    assert doc["sop"][0]["penilaian"] == "Berjalan dengan baik"
    from datetime import date

    # B ends 14 January, C 13 January, A 7 January: a period from 8 January keeps B and C whole
    part = run_csv(tmp_path, HAND, periode=Period(date(2025, 1, 8), None))
    assert sorted(k.kasus for k in part.kasus) == ["B", "C"]
    assert [t.kode for k in part.kasus if k.kasus == "B" for t in k.temuan] == ["WRONG_ACTOR", "LATE"]


@pytest.mark.parametrize("buckets", [1, 3])
def test_buckets_give_the_same_figures(tmp_path, buckets, monkeypatch):

    cases = synthetic.log(seed(), 3000, KALENDER, seed=11)
    monkeypatch.setattr(run, "BARIS_PER_BUCKET", 3100 // buckets)
    hasil = run_csv(tmp_path, synthetic.csv_text(cases), proses=1)
    doc = report.laporan(hasil, seed(), ambang=0.9, zone=KALENDER.zone, logs=[], periode=Period(), kalender={})
    assert len(doc["kasus"]) == len(cases)
    summary = [(s["sop"], s["kasus"], s["kasus_sesuai"], s["temuan_per_kode"]) for s in doc["sop"]]
    if buckets == 1:
        test_buckets_give_the_same_figures.first = summary
    else:
        assert summary == test_buckets_give_the_same_figures.first
