"""No adapter call waits forever: SOPAP_TIMEOUT, the guard around every call, a hanging adapter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from sopap.conformance import limits
from sopap.conformance.runtime import Guard, Hung, ImplementationError
from support.conformance import PROJECT, run_suite, scenario_titles, seed_project

SOPAP = Path(sys.executable).with_name("sopap")
ONE = "pendampingan-kasus-anak"


@pytest.mark.parametrize(("value", "seconds"), [("", 10.0), ("2", 2.0), ("0,5", 0.5), (" 30 ", 30.0)])
def test_sopap_timeout_sets_every_limit(monkeypatch, value, seconds):
    monkeypatch.setenv(limits.ENV, value)
    assert limits.io_timeout() == seconds
    assert limits.start_timeout() == 3 * seconds
    assert limits.call_limit() == 6 * seconds


@pytest.mark.parametrize("value", ["nol", "0", "-1", "inf", "nan"])
def test_a_wrong_sopap_timeout_says_how_to_set_it(monkeypatch, value):
    monkeypatch.setenv(limits.ENV, value)
    with pytest.raises(ValueError, match=r"SOPAP_TIMEOUT=.* tidak sah: isi dengan jumlah detik lebih dari 0"):
        limits.io_timeout()


def test_the_guard_runs_every_call_on_one_thread_and_gives_up_on_a_hanging_one():
    guard = Guard(0.3)
    threads = {guard.call("a()", threading.get_ident), guard.call("b()", threading.get_ident)}
    assert len(threads) == 1 and threading.get_ident() not in threads
    with pytest.raises(KeyError, match="dari adapter"):
        guard.call("c()", lambda: {}["dari adapter"])
    started = time.monotonic()
    with pytest.raises(Hung):
        guard.call("complete()", time.sleep, 30)
    assert time.monotonic() - started < 5
    with pytest.raises(ImplementationError, match=r"complete\(\) tidak selesai dalam 0.3 detik"):
        guard.call("work_items()", lambda: [])


ADAPTER = textwrap.dedent(
    """
    import time

    from sopap.conformance.engine import ReferenceEngine


    class Macet(ReferenceEngine):
        # an in-process adapter whose system never answers a completion
        def complete(self, *args, **kwargs):
            time.sleep(3600)
    """
)


def test_a_hanging_python_adapter_errs_its_scenario_and_the_run_ends(tmp_path):
    (tmp_path / "adapter_macet.py").write_text(ADAPTER, encoding="utf-8")
    report = tmp_path / "laporan"
    env = {**os.environ, "PYTHONPATH": str(tmp_path), limits.ENV: "0.2"}
    result = subprocess.run(
        [str(SOPAP), "conform", "--impl", "adapter_macet:Macet", "--sop", ONE, "--report", str(report)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=seed_project(),
        env=env,
    )
    assert result.returncode == 1
    data = json.loads((report / "kesesuaian.json").read_text(encoding="utf-8"))
    findings = [t for cell in data["sel"] for t in cell["temuan"]]
    assert len(findings) == len(scenario_titles(seed_project() / "features")[ONE])
    assert all(f["hasil"] == "galat" for f in findings)
    (first,) = [f for f in findings if f["dijalankan"] and "tidak selesai dalam" in f["alasan"]]
    rest = [f for f in findings if f is not first]
    assert first["alasan"] == (
        "complete() tidak selesai dalam 1.2 detik: implementasi dianggap macet (batas per panggilan: 6 x SOPAP_TIMEOUT)"
    )
    assert all(
        f["alasan"].endswith(
            "implementasi macet sebelumnya pada SOP ini (complete() tidak selesai dalam 1.2 detik); "
            "skenario ini tidak dijalankan"
        )
        and not f["dijalankan"]
        for f in rest
    )
    assert data["sel"][0]["tidak_dijalankan"] == len(rest)


def test_a_wrong_sopap_timeout_is_a_usage_error():
    env = {**os.environ, limits.ENV: "sebentar"}
    result = subprocess.run(
        [str(SOPAP), "conform", "--impl", "reference", "--sop", ONE],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=seed_project(),
        env=env,
    )
    assert result.returncode == 2
    assert "SOPAP_TIMEOUT='sebentar' tidak sah" in result.stdout + result.stderr


#: Python adapters that are slow (within and beyond the per-call limit), answer in the wrong
#: shape, or lie about their outputs.
ADAPTERS_RUSAK = textwrap.dedent(
    """
    import time

    from sopap.conformance.adapter import Document
    from sopap.conformance.engine import ReferenceEngine


    class Lambat(ReferenceEngine):
        # every completion takes 0.2 s: slow, within the limit (6 x SOPAP_TIMEOUT = 0.6 s)
        def complete(self, *args, **kwargs):
            time.sleep(0.2)
            return super().complete(*args, **kwargs)


    class LambatSekali(ReferenceEngine):
        # a completion takes 1 s: beyond the limit, though it would answer in the end
        def complete(self, *args, **kwargs):
            time.sleep(1.0)
            return super().complete(*args, **kwargs)


    class JawabanRusak(ReferenceEngine):
        # answers work_items with plain dicts instead of WorkItem values
        def work_items(self, case_id):
            return [{"step": item.step, "actor": item.actor} for item in super().work_items(case_id)]


    class Pembohong(ReferenceEngine):
        # claims every output of the SOP from the start of a case, made or not
        def outputs(self, case_id):
            sop = self._case(case_id).sop
            return [Document(name, step.nomor) for step in sop.langkah for name in step.output]
    """
)


def test_slow_and_lying_python_adapters(tmp_path):
    """Slow within the limit passes, beyond it errs (galat), so does a wrong answer; lying fails (gagal)."""
    (tmp_path / "adapter_rusak.py").write_text(ADAPTERS_RUSAK, encoding="utf-8")
    names = {n: f"adapter_rusak:{n}" for n in ("Lambat", "LambatSekali", "JawabanRusak", "Pembohong")}
    run = run_suite(
        [seed_project() / "features" / f"{ONE}.feature"],
        list(names.values()),
        tmp_path / "laporan",
        "-k",
        "langkah_1_",
        env={"PYTHONPATH": str(tmp_path), limits.ENV: "0.1"},
    )
    step_1 = sum(1 for _, tags in scenario_titles(seed_project() / "features")[ONE] if "langkah-1" in tags)
    assert run.total(names["Lambat"]) == {"lulus": step_1, "gagal": 0, "galat": 0, "dilewati": 0}

    slow = [t for c in run.report["sel"] if c["implementasi"] == names["LambatSekali"] for t in c["temuan"]]
    assert run.total(names["LambatSekali"])["galat"] == step_1 == len(slow)
    given_up = [t for t in slow if t["alasan"].startswith("complete() tidak selesai dalam 0.6 detik: implementasi")]
    assert len(given_up) == 1
    assert all("implementasi macet sebelumnya" in t["alasan"] for t in slow if t not in given_up)

    wrong = [t for c in run.report["sel"] if c["implementasi"] == names["JawabanRusak"] for t in c["temuan"]]
    assert run.total(names["JawabanRusak"])["galat"] == len(wrong) > 0
    assert run.total(names["JawabanRusak"])["gagal"] == 0
    assert all(t["alasan"].startswith("work_items() tidak mengembalikan daftar WorkItem: [{'step': ") for t in wrong)

    lying = [t for c in run.report["sel"] if c["implementasi"] == names["Pembohong"] for t in c["temuan"]]
    counts = run.total(names["Pembohong"])
    assert counts["galat"] == 0 and counts["gagal"] == len(lying) >= 1
    assert all(t["hasil"] == "gagal" for t in lying)
    assert all(t["alasan"].startswith("output dilaporkan dari langkah yang belum diselesaikan: ") for t in lying)


def test_only_sopaps_own_engine_and_mutants_are_called_without_the_guard(tmp_path, monkeypatch):
    """The guard is skipped for the built-in engine only: a user's subclass of it is still guarded."""
    from sopap.conformance.registry import BUILTIN, TRUSTED
    from sopap.conformance.runtime import Run

    assert TRUSTED == {n for n in BUILTIN if n == "reference" or n.startswith("mutan-")}
    (tmp_path / "adapter_sendiri.py").write_text(
        "from sopap.conformance.engine import ReferenceEngine\n\nclass Sendiri(ReferenceEngine):\n    pass\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("reference", "mutan-abaikan-urutan", "adapter_sendiri:Sendiri", "spiff"):
        run = Run.create(name)
        try:
            assert run.error is None
            assert (run.guard is None) == (name in TRUSTED), name
        finally:
            run.close()
