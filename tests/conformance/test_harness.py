"""The JSON-lines harness protocol: the reference harness, the documented session, broken harnesses.

The reference harness passes the whole suite in the matrix run of
``test_mutants.py``. Here: the protocol as documented, and what the
suite does when a harness crashes, hangs or writes nonsense (a real
subprocess each time, ``tests/support/harness_rusak.py``): the scenarios are
errored with an Indonesian reason and the run ends in bounded time.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sopap.conformance.clock import Clock
from sopap.conformance.harness import REFERENCE_COMMAND
from sopap.conformance.harness.client import HarnessAdapter
from sopap.conformance.registry import UnknownImplementation, resolve
from support.conformance import PROJECT, TESTS, assert_lying_outputs_fail, count_scenarios, run_suite, seed_project

DOC = PROJECT / "docs" / "kesesuaian-harness.md"
ONE = "pendampingan-kasus-anak"
FEATURE = seed_project() / "features" / f"{ONE}.feature"
BROKEN = [sys.executable, str(TESTS / "support" / "harness_rusak.py")]
#: Scenarios of step 1 of the smallest seed SOP: enough to see every kind of call fail.
STEP_1 = ("-k", "langkah_1_")


def _session(lines: list[str]) -> list[dict]:
    result = subprocess.run(
        REFERENCE_COMMAND, input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_the_documented_session_is_what_the_reference_harness_answers():
    text = DOC.read_text(encoding="utf-8")
    sent = [m.group(1) for m in re.finditer(r"^→ (.*)$", text, re.MULTILINE)]
    shown = [json.loads(m.group(1)) for m in re.finditer(r"^← (.*)$", text, re.MULTILINE)]
    assert len(sent) == len(shown) >= 10
    answered = _session(sent)
    # the implementation's version numbers differ between machines
    shown[0]["result"]["implementation"] = answered[0]["result"]["implementation"]
    assert answered == shown
    commands = {json.loads(line)["cmd"] for line in sent}
    assert commands == {
        "documents",
        "start",
        "deploy",
        "clock",
        "start_case",
        "work_items",
        "complete",
        "outputs",
        "history",
        "stop",
    }


def test_bad_requests_get_structured_errors_and_the_harness_goes_on():
    answers = _session(
        [
            '{"id": 1, "cmd": "work_items", "case_id": "x"}',
            '{"id": 2, "cmd": "start", "protocol": 1}',
            '{"id": 3, "cmd": "start", "protocol": 2}',
            "bukan json",
            '{"id": 4, "cmd": "terbang"}',
            '{"id": 5, "cmd": "complete", "case_id": "x", "step": "1", "actor": "kabid"}',
            '{"id": 6, "cmd": "clock", "now": "2025-01-06T08:00:00"}',
            '{"id": 7, "cmd": "deploy", "document": {"format": "sopap/1", "sops": [{"id": "rusak"}]}}',
            '{"id": 8, "cmd": "complete", "case_id": "x", "step": 1, "actor": "kabid"}',
            '{"id": 9, "cmd": "stop"}',
        ]
    )
    kinds = [(a["id"], a["ok"], a.get("error", {}).get("kind")) for a in answers]
    assert kinds == [
        (1, False, "bad_request"),  # before start
        (2, False, "unsupported_protocol"),
        (3, True, None),
        (None, False, "bad_request"),
        (4, False, "bad_request"),
        (5, False, "bad_request"),
        (6, False, "bad_request"),
        (7, False, "bad_request"),
        (8, True, None),  # an unknown case is a refusal, not an error
        (9, True, None),
    ]
    assert "versi 1" in answers[1]["error"]["message"]
    assert "'terbang' tidak dikenal" in answers[4]["error"]["message"]
    assert "bilangan bulat" in answers[5]["error"]["message"]
    assert "tanpa zona waktu" in answers[6]["error"]["message"]
    assert answers[8]["result"]["reason"] == "UNKNOWN_CASE"


def test_the_adapter_stops_the_harness_it_started():
    adapter = HarnessAdapter(REFERENCE_COMMAND, Clock(), name="harness")
    process = adapter._harness.process
    assert adapter.info["name"] == "sopap-harness-rujukan" and adapter.supports_clock
    adapter.close()
    assert process.returncode == 0  # it answered stop and ended by itself


#: Every broken harness of harness_rusak.py (and the extra argument of mati-sekali).
MODES = [
    "mati-saat-mulai",
    "versi-lain",
    "lambat-mulai",
    "macet",
    "mati-di-tengah",
    "bukan-json",
    "id-salah",
    "tipe-salah",
    "cetak-debug",
    "mati-sekali",
    "bohong",
]
#: Slow harnesses: (mode name in this file, seconds each ``complete`` waits); SOPAP_TIMEOUT is 0.5.
SLOW = {"lambat-dalam-batas": 0.1, "lambat-melewati-batas": 1.0}


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    """One suite run of step 1 of one SOP against every broken harness (a matrix, one column each)."""
    folder = tmp_path_factory.mktemp("harness-rusak")
    marker = folder / "sudah-mati"
    names = {
        mode: "cmd:" + " ".join([*BROKEN, mode, *([str(marker)] if mode == "mati-sekali" else [])])
        for mode in MODES
    }
    names |= {mode: "cmd:" + " ".join([*BROKEN, "lambat", str(delay)]) for mode, delay in SLOW.items()}
    run = run_suite(
        [FEATURE], list(names.values()), folder / "laporan", *STEP_1, env={"SOPAP_TIMEOUT": "0.5"}
    )
    assert marker.exists()
    return run, names


def _of(broken, mode: str) -> tuple[dict, list[dict]]:
    run, names = broken
    return run.total(names[mode]), run.findings(names[mode])


def _step_1_count() -> int:
    return count_scenarios(ONE, "langkah-1")


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        (
            "mati-saat-mulai",
            r"harness berhenti dengan kode keluar 3 sebelum menjawab 'start'; "
            r"stderr harness: harness_rusak: basis data tidak dapat dibuka",
        ),
        (
            "versi-lain",
            r"harness tidak dapat dimulai: start: implementasi memakai protokol versi 3, rangkaian uji ini versi 2",
        ),
        ("lambat-mulai", r"harness tidak menjawab 'start' dalam 1.5 detik"),
    ],
)
def test_a_harness_that_cannot_start_errs_every_scenario(broken, mode, reason):
    counts, findings = _of(broken, mode)
    assert broken[0].returncode == 1
    assert counts == {"lulus": 0, "gagal": 0, "galat": _step_1_count(), "dilewati": 0}
    for finding in findings:
        assert finding["hasil"] == "galat"
        assert re.search(reason, finding["alasan"]), finding["alasan"]
        assert "tidak dapat dibuat" in finding["alasan"]


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        (
            "mati-di-tengah",
            r"^complete\(\) gagal: TransportError: harness berhenti dengan kode keluar 1 sebelum menjawab "
            r"'complete'; stderr harness: .*RuntimeError: harness_rusak: koneksi ke mesin alur kerja putus$",
        ),
        (
            "bukan-json",
            r"^work_items\(\) gagal: TransportError: jawaban harness atas 'work_items' bukan JSON: "
            r"'<html>Internal Server Error</html>'$",
        ),
        (
            "id-salah",
            r"^history\(\) gagal: TransportError: jawaban harness atas 'history' bukan jawaban permintaan id \d+: ",
        ),
        (
            "tipe-salah",
            r"^work_items\(\) gagal: WireError: work_items\[0\]\.step: seharusnya bilangan bulat, bukan '\d+'$",
        ),
        (
            "cetak-debug",
            r"^outputs\(\) gagal: TransportError: jawaban harness atas 'outputs' bukan JSON: "
            r"'DEBUG: membaca output'$",
        ),
    ],
)
def test_a_harness_that_answers_wrongly_errs_each_scenario_with_its_reason(broken, mode, reason):
    counts, findings = _of(broken, mode)
    assert counts == {"lulus": 0, "gagal": 0, "galat": _step_1_count(), "dilewati": 0}, broken[0].output[
        -2000:
    ]
    for finding in findings:
        assert finding["hasil"] == "galat"
        assert re.search(reason, finding["alasan"]), finding["alasan"]


def test_a_hanging_harness_is_given_up_after_three_timeouts(broken):
    counts, findings = _of(broken, "macet")
    assert counts["galat"] == _step_1_count() and counts["lulus"] == counts["gagal"] == 0
    reason = "complete() gagal: TransportError: harness tidak menjawab 'complete' dalam 0.5 detik"
    timed_out = [f for f in findings if f["alasan"] == reason]
    assert len(timed_out) == 3
    rest = [f for f in findings if f not in timed_out]
    assert rest and all("sudah 3 kali tidak menjawab dalam batas waktu" in f["alasan"] for f in rest)


def test_a_lying_harness_fails_the_scenario_that_checks_outputs_and_nothing_errs(broken):
    """Claiming outputs of steps not done is a rule broken (gagal), not a crash (galat)."""
    assert_lying_outputs_fail(*_of(broken, "bohong"), _step_1_count())


def test_a_slow_harness_within_the_timeout_passes_and_beyond_it_errs(broken):
    counts, findings = _of(broken, "lambat-dalam-batas")
    assert counts == {"lulus": _step_1_count(), "gagal": 0, "galat": 0, "dilewati": 0}
    counts, findings = _of(broken, "lambat-melewati-batas")
    assert counts["galat"] == _step_1_count() and counts["lulus"] == counts["gagal"] == 0
    reason = "complete() gagal: TransportError: harness tidak menjawab 'complete' dalam 0.5 detik"
    assert len([f for f in findings if f["alasan"] == reason]) == 3
    assert all(f["hasil"] == "galat" for f in findings)


def test_a_harness_that_crashed_once_is_restarted_with_its_sops(broken):
    counts, findings = _of(broken, "mati-sekali")
    assert counts == {"lulus": _step_1_count() - 1, "gagal": 0, "galat": 1, "dilewati": 0}
    (finding,) = findings
    assert "harness berhenti dengan kode keluar 1 sebelum menjawab 'complete'" in finding["alasan"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("cmd:", "tulis perintah harness sesudah 'cmd:'"),
        ("cmd:program-yang-tidak-ada --versi", "program 'program-yang-tidak-ada' tidak ditemukan"),
        ('cmd:"python -c', "perintah tidak dapat diurai"),
    ],
)
def test_a_harness_command_that_cannot_run_says_why(name, message):
    with pytest.raises(UnknownImplementation, match=re.escape(message)):
        resolve(name)


def test_a_harness_command_that_cannot_run_is_a_usage_error():
    sopap = Path(sys.executable).with_name("sopap")
    result = subprocess.run(
        [str(sopap), "conform", "--impl", "cmd:program-yang-tidak-ada", "--sop", ONE],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=seed_project(),
    )
    assert result.returncode == 2
    assert "program 'program-yang-tidak-ada' tidak ditemukan" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
