"""`sopap conform` and plain `pytest features/` as an implementer runs them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sopap.compat import shortcuts
from support.conformance import ROOTS, kit_of, scenario_titles, seed_project, with_tag

SOPAP = Path(sys.executable).with_name("sopap")
ONE = "pendampingan-kasus-anak"  # the smallest SOP of the seed

#: An implementer's own adapter, as docs/kesesuaian.md tells them to write it:
#: a system that keeps its own time (it cannot follow the suite's clock), and
#: one that crashes.
ADAPTERS = textwrap.dedent(
    """
    from datetime import datetime, timezone

    from sopap.conformance.engine import ReferenceEngine


    class JamDinding:
        def now(self):
            return datetime.now(timezone.utc)


    class TanpaJam(ReferenceEngine):
        # keeps its own (wall) time, as most deployed systems do

        supports_clock = False

        def __init__(self, clock=None):
            super().__init__(clock)
            self.clock = JamDinding()


    class Rusak(ReferenceEngine):
        def complete(self, case_id, step, actor, documents=(), decision=None):
            raise ConnectionError("server e-office tidak menjawab")
    """
)


def _run(cmd, tmp_path, cwd=None):
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, cwd=cwd or seed_project(), env=env)


@pytest.fixture()
def adapters(tmp_path):
    (tmp_path / "adapter_kami.py").write_text(ADAPTERS, encoding="utf-8")
    return tmp_path


def test_conform_reference_passes_with_pytests_summary(tmp_path):
    report = tmp_path / "laporan"
    result = _run([str(SOPAP), "conform", "--impl", "reference", "--sop", ONE, "--report", str(report)], tmp_path)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    count = len(scenario_titles(seed_project() / "features")[ONE])
    assert f"{count} passed in " in result.stdout
    assert f"sopap: SESUAI: {count} skenario lulus" in result.stdout
    assert {p.name for p in report.iterdir()} >= {"kesesuaian.html", "kesesuaian.json", "kesesuaian.md", "junit.xml"}
    data = json.loads((report / "kesesuaian.json").read_text(encoding="utf-8"))
    assert data["jumlah"]["reference"] == {"lulus": count, "gagal": 0, "galat": 0, "dilewati": 0}


def test_conform_fails_a_mutant_and_shows_the_feature_line(tmp_path):
    result = _run([str(SOPAP), "conform", "--impl", "mutan-abaikan-pelaksana", "--sop", ONE], tmp_path)
    assert result.returncode == 1
    assert "sopap: TIDAK SESUAI: 14 skenario gagal" in result.stderr  # both other roles, every step
    assert f"features/{ONE}.feature:" in result.stdout
    assert "Maka langkah 1 ditolak dengan alasan WRONG_ACTOR" in result.stdout
    assert "langkah 1 diterima, padahal seharusnya ditolak dengan alasan WRONG_ACTOR" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--impl", "tidak-ada"], "implementasi 'tidak-ada' tidak dikenal"),
        (["--impl", "reference", "--sop", "sop-tidak-ada"], "SOP sop-tidak-ada tidak ada di"),
        ([], "sebutkan implementasi dengan --impl"),
        (["--impl", "adapter_kami:TidakAda"], "tidak memiliki 'TidakAda'"),
    ],
)
def test_conform_usage_errors_exit_2(args, message, adapters):
    result = _run([str(SOPAP), "conform", *args], adapters)
    assert result.returncode == 2, result.stdout[-1500:]
    assert message in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_an_implementation_without_the_clock_is_skipped_not_passed(adapters):
    report = adapters / "laporan"
    result = _run(
        [str(SOPAP), "conform", "--impl", "adapter_kami:TanpaJam", "--sop", ONE, "--report", str(report)], adapters
    )
    assert result.returncode == 1
    assert "BELUM TERUJI PENUH" in result.stderr
    time_scenarios = {
        t
        for kind in ("waktu", "waktu-terlambat", "waktu-kalender")
        for s, t in with_tag(seed_project() / "features", kind)
        if s == ONE
    }
    data = json.loads((report / "kesesuaian.json").read_text(encoding="utf-8"))
    counts = data["jumlah"]["adapter_kami:TanpaJam"]
    assert counts["dilewati"] == len(time_scenarios) > 0
    assert counts["gagal"] == counts["galat"] == 0
    skipped = {t["skenario"] for t in data["sel"][0]["temuan"]}
    assert skipped == time_scenarios
    assert all("tidak mengikuti jam uji" in t["alasan"] for t in data["sel"][0]["temuan"])
    assert "sebagian diuji" in (report / "kesesuaian.html").read_text(encoding="utf-8")


def test_a_crashing_implementation_is_errored_not_failed(adapters):
    report = adapters / "laporan"
    result = _run([str(SOPAP), "conform", "--impl", "adapter_kami:Rusak", "--sop", ONE, "--report", str(report)], adapters)
    assert result.returncode == 1
    data = json.loads((report / "kesesuaian.json").read_text(encoding="utf-8"))
    counts = data["jumlah"]["adapter_kami:Rusak"]
    assert counts["galat"] == sum(counts.values())  # every scenario completes a step
    reasons = {t["alasan"] for t in data["sel"][0]["temuan"]}
    assert reasons == {"complete() gagal: ConnectionError: server e-office tidak menjawab"}
    assert "ConnectionError" in result.stdout  # the traceback stays, for the implementer


def test_plain_pytest_runs_a_kit_copied_anywhere(tmp_path):
    kit = tmp_path / "kit"
    shutil.copytree(kit_of(ROOTS / "test-keputusan"), kit)
    base = [sys.executable, "-m", "pytest", str(kit), "-p", "no:cacheprovider", "-q"]
    result = _run([*base, "--sop-impl=reference"], tmp_path, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "34 passed" in result.stdout
    matrix = _run([*base, "--sop-impl=reference", "--sop-impl=mutan-salah-cabang", "-m", "keputusan"], tmp_path, cwd=tmp_path)
    assert "2 failed, 2 passed" in matrix.stdout
    assert "test_langkah_3_keputusan_ya[mutan-salah-cabang]" in matrix.stdout
    missing = _run(base, tmp_path, cwd=tmp_path)
    assert missing.returncode == 4
    assert "tambahkan --sop-impl NAMA" in missing.stdout + missing.stderr


def test_a_kit_without_its_sopap_json_says_so(tmp_path):
    kit = tmp_path / "kit"
    shutil.copytree(kit_of(ROOTS / "test-keputusan"), kit)
    (kit / "sopap.json").unlink()
    result = _run([sys.executable, "-m", "pytest", str(kit), "-p", "no:cacheprovider", "-q", "--sop-impl=reference"], tmp_path, cwd=tmp_path)
    assert result.returncode == 1
    assert "sopap.json tidak ditemukan" in result.stdout


def test_the_plugin_costs_nothing_in_other_test_sessions():
    code = "import sys, sopap.conformance.plugin; print(sorted(m for m in sys.modules if m.startswith(('sopap', 'pytest_bdd', 'gherkin'))))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "['sopap', 'sopap.conformance', 'sopap.conformance.plugin']"


def test_build_regenerates_the_kit(tmp_path):
    """`sopap build` (what `make handbook` runs) brings features/ up to date, as `sopap features` does."""
    from sopap.cli import main

    root = tmp_path / "proyek"
    shutil.copytree(ROOTS / "test-keputusan", root)
    assert main(["build", "--project", str(root)]) == 0
    assert (root / "features" / "sop-keputusan.feature").read_text(encoding="utf-8") == (
        kit_of(ROOTS / "test-keputusan") / "sop-keputusan.feature"
    ).read_text(encoding="utf-8")


REGISTRIES = textwrap.dedent(
    """
    import gc, json, os
    import pytest
    from pytest_bdd import parser, reporting

    frozen = []

    @pytest.hookimpl(trylast=True)
    def pytest_collectreport(report):
        if report.nodeid.endswith(".feature"):
            frozen.append(gc.get_freeze_count())

    def pytest_sessionfinish(session):
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        kept = [r for r in reporter.stats.get("failed", [])]
        with open(os.environ["SOPAP_UJI_REGISTRI"], "w") as f:
            json.dump({
                "item": len(reporting.scenario_reports_registry),
                "laporan": len(reporting.test_report_context_registry),
                "gagal": len(kept),
                "gagal_tersimpan": sum(1 for r in kept if r in reporting.test_report_context_registry),
                "beku": frozen,
                "skenario_hidup": sum(1 for o in gc.get_objects() if type(o) is parser.Scenario),
            }, f)
    """
)


def test_a_long_run_keeps_pytest_bdds_scenario_copies_only_for_failures(tmp_path):
    """Memory and time of a long run. pytest-bdd keeps a serialized scenario per report and item for the
    whole session (~10 KB per scenario of a city kit); the plugin lets them
    go once reported, so --cucumberjson still has every scenario, and a
    failure still carries its steps to the end of the run."""
    (tmp_path / "registri_uji.py").write_text(REGISTRIES, encoding="utf-8")
    out, cucumber = tmp_path / "registri.json", tmp_path / "cucumber.json"
    env_run = {**os.environ, "PYTHONPATH": str(tmp_path), "SOPAP_UJI_REGISTRI": str(out)}
    cmd = [str(SOPAP), "conform", "--impl", "mutan-abaikan-pelaksana", "--sop", ONE, "--",
           "-p", "registri_uji", f"--cucumberjson={cucumber}", "-p", "no:randomly"]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=600, cwd=seed_project(), env=env_run)
    assert result.returncode == 1, result.stdout[-2000:] + result.stderr
    kept = json.loads(out.read_text(encoding="utf-8"))
    assert kept["gagal"] == 14 and kept["gagal_tersimpan"] == 14
    # what a collected feature built is set aside from the garbage collector at once (not only at the end)
    assert len(kept["beku"]) == 1 and kept["beku"][0] > 0
    if shortcuts():  # without the shortcut pytest-bdd keeps them all, as it does by itself
        assert kept["item"] == 0 and kept["laporan"] == 14
        assert kept["skenario_hidup"] <= kept["gagal"]  # a rendered scenario outlives its run only in a failure's traceback
    scenarios = [e for f in json.loads(cucumber.read_text(encoding="utf-8")) for e in f["elements"]]
    count = len(scenario_titles(seed_project() / "features")[ONE])
    assert len(scenarios) == count
    assert all(e["steps"] for e in scenarios)
    assert sum(1 for e in scenarios if any(s["result"]["status"] == "failed" for s in e["steps"])) == 14


@pytest.fixture(scope="module")
def city_kit(tmp_path_factory):
    from benchmarks.generator import generate
    from sopap.sphinxext.project import Project

    root = tmp_path_factory.mktemp("kota")
    korpus = generate(root, 9, seed=5, opd=3)
    result = Project(root, build_dir=root / "_build").run("sopap-features", root / "features", quiet=True)
    assert result.ok, result.warnings
    return korpus, root / "features"


def test_a_city_kit_runs_per_instansi(city_kit, tmp_path):
    korpus, kit = city_kit
    own = {s.id for s in korpus.sops if s.instansi == "BKAD"}
    assert own and len(own) < len(korpus.sops)
    result = _run([str(SOPAP), "conform", "--impl", "reference", "--features", str(kit), "--instansi", "BKAD",
                   "--", "--collect-only", "-q"], tmp_path, cwd=kit.parent)
    assert result.returncode == 1, result.stdout[-2000:] + result.stderr  # collected, none run
    collected = {line.split("::")[0].rsplit("/", 1)[-1].removesuffix(".feature")
                 for line in result.stdout.splitlines() if "::" in line}
    assert collected == own
    wrong = _run([str(SOPAP), "conform", "--impl", "reference", "--features", str(kit), "--instansi", "BKDA"],
                 tmp_path, cwd=kit.parent)
    assert wrong.returncode == 2
    assert "instansi BKDA tidak ada di" in wrong.stderr and "kode yang ada: BKAD, BKPSDM, SETDA" in wrong.stderr


def test_instansi_needs_a_kit_of_several(tmp_path):
    result = _run([str(SOPAP), "conform", "--impl", "reference", "--instansi", "DPPPA"], tmp_path)
    assert result.returncode == 2
    assert "satu instansi saja" in result.stderr and "--instansi tidak berlaku" in result.stderr


def test_publish_refuses_a_narrowed_kit(tmp_path):
    result = _run([str(SOPAP), "conform", "--publish", "--check", "--sop", ONE], tmp_path)
    assert result.returncode == 2
    assert "--sop tidak berlaku bersama --publish" in result.stderr
