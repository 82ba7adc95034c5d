"""The shortcuts of sopap.compat change speed, never results: with
``SOPAP_SHORTCUTS=0`` every output of the handbook and every conformance
verdict is the same, and the tests that touch the shortcuts pass both ways."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sopap.compat import SHORTCUTS_ENV
from support import PROJECT, TESTS

SOPAP = Path(sys.executable).with_name("sopap")
IGNORED = shutil.ignore_patterns(".git", ".venv", "_build", "node_modules", "test-artifacts", "__pycache__", "*.egg-info")
#: Files that record how they were made (a build's own bookkeeping), not outputs.
BOOKKEEPING = (".buildinfo", ".sopap-tinjauan.json", ".sopap-bpmn", ".sopap-lampiran", "TERBIT.txt")


def _env(shortcuts: bool) -> dict[str, str]:
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", PYTHONHASHSEED="0")
    env[SHORTCUTS_ENV] = "1" if shortcuts else "0"
    return env


def _outputs(folder: Path) -> dict[str, bytes]:
    files = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "doctrees" not in path.parts and path.name not in BOOKKEEPING:
            files[path.relative_to(folder).as_posix()] = path.read_bytes()
    return files


@pytest.mark.slow
def test_the_handbook_is_the_same_with_and_without_shortcuts(tmp_path):
    built = {}
    for shortcuts in (True, False):
        root = tmp_path / ("dengan" if shortcuts else "tanpa")
        shutil.copytree(PROJECT, root, ignore=IGNORED)
        done = subprocess.run(
            [str(SOPAP), "build", "--project", str(root)], env=_env(shortcuts), capture_output=True, text=True
        )
        assert done.returncode == 0, done.stdout + done.stderr
        built[shortcuts] = {**_outputs(root / "_build"), **{f"features/{k}": v for k, v in _outputs(root / "features").items()}}
    with_shortcuts, without = built[True], built[False]
    assert sorted(with_shortcuts) == sorted(without)
    # a conformance run (made when the kit changed) reports its date and durations:
    # there, the verdicts must agree
    runs = {name for name in with_shortcuts if name.startswith("kesesuaian/")}
    if "kesesuaian/kesesuaian.json" in runs:
        verdicts = [json.loads(built[s]["kesesuaian/kesesuaian.json"]) for s in (True, False)]
        for report in verdicts:
            report.pop("laporan")
        assert verdicts[0] == verdicts[1]
    differ = [name for name in with_shortcuts if name not in runs and with_shortcuts[name] != without[name]]
    assert not differ, differ


def test_conformance_verdicts_are_the_same_with_and_without_shortcuts(tmp_path):
    """Two SOPs of the seed (between them every scenario kind of the kit), the engine and
    two mutants: the runner differs, the verdict of every scenario must not."""
    reports = {}
    impls = ["reference", "mutan-abaikan-pelaksana", "mutan-abaikan-waktu"]
    for shortcuts in (True, False):
        report = tmp_path / ("dengan" if shortcuts else "tanpa")
        args = [str(SOPAP), "conform", "--project", str(PROJECT), "--report", str(report)]
        args += ["--sop", "lomba-posyandu", "--sop", "pendampingan-kasus-anak"]
        for impl in impls:
            args += ["--impl", impl]
        done = subprocess.run([*args, "--", "-q"], env=_env(shortcuts), capture_output=True, text=True)
        assert done.returncode == 1, done.stdout + done.stderr  # the mutants are caught
        reports[shortcuts] = json.loads((report / "kesesuaian.json").read_text(encoding="utf-8"))
    facts = {shortcuts: report.pop("laporan") for shortcuts, report in reports.items()}  # the run's date differs
    assert facts[True]["kit_sha256"] == facts[False]["kit_sha256"]
    assert reports[True] == reports[False]
    counts = reports[True]["jumlah"]
    assert counts["reference"]["gagal"] == 0 and all(counts[m]["gagal"] for m in impls[1:])


def test_the_tests_of_the_shortcuts_pass_without_them():
    """The suites that exercise a shortcut (the conformance runner, the PDF
    lampiran, incremental HTML builds), run with every shortcut off."""
    suites = [
        "tests/conformance/test_engine.py",
        "tests/conformance/test_conform_cli.py",
        "tests/render/test_lampiran_workers.py",
        "tests/sphinx/test_domain.py",
    ]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *suites],
        cwd=TESTS.parent,
        env=_env(False),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
