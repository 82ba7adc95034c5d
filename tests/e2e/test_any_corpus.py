"""A new SOP never breaks the suite: every corpus-wide test holds for any valid corpus.

A copy of the project gets a realistic 12th SOP written from
docs/panduan-penulisan.md (tests/data/sop-baru: 9 steps, 4 pelaksana, two
decisions asking their question, one branch looping back to step 1). The
author's commands are run on it (``sopap build``, which regenerates every
committed generated file), then every test marked ``korpus`` runs on the
copy (``SOPAP_KORPUS``) in a pytest of its own. Before those tests held for
any corpus, ten of them failed here: the list of ids, the signatory's name,
every actor an inference, "11 SOP", no decision anywhere, a positive
scenario for every step.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sopap.sphinxext.project import Project
from support import PROJECT, TESTS

pytestmark = pytest.mark.slow

SOPAP = Path(sys.executable).with_name("sopap")
NEW_SOP = TESTS / "data" / "sop-baru" / "layanan-pengaduan-perempuan.md"
IGNORED = shutil.ignore_patterns(".git", ".venv", "_build", "node_modules", "test-artifacts", "__pycache__", "*.egg-info")


def _run(*argv: str, cwd: Path, env: dict | None = None, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run(
        list(argv), cwd=cwd, capture_output=True, text=True, timeout=timeout, env={**os.environ, "NO_COLOR": "1", **(env or {})}
    )


def test_the_new_sop_is_valid_and_has_decisions_and_a_loop(tmp_path):
    root = tmp_path / "proyek"
    shutil.copytree(PROJECT, root, ignore=IGNORED)
    shutil.copy(NEW_SOP, root / "sop_source")
    corpus = Project(root, build_dir=tmp_path / "_build").load_corpus()
    sop = corpus.get("layanan-pengaduan-perempuan")
    decisions = [s for s in sop.langkah if s.keputusan]
    assert (len(sop.langkah), len(sop.pelaksana), len(decisions)) == (9, 4, 2)
    assert any(arah.ke < step.nomor for step in decisions for arah in (step.cabang.ya, step.cabang.tidak))
    assert all(step.uraian.startswith("Apakah") and step.uraian.endswith("?") for step in decisions)


def test_every_corpus_test_holds_with_a_new_sop(tmp_path):
    root = tmp_path / "proyek"
    shutil.copytree(PROJECT, root, ignore=IGNORED)
    shutil.copy(NEW_SOP, root / "sop_source")
    # what the author runs: `make handbook` is `sopap build`, which regenerates
    # features/ and, as the kit changed, the matrix page
    build = _run(str(SOPAP), "build", cwd=root)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    assert (root / "features" / "layanan-pengaduan-perempuan.feature").is_file()
    assert "matriks kesesuaian docs/kesesuaian-matriks.md dibuat ulang" in build.stdout
    assert "layanan-pengaduan-perempuan" in (root / "docs" / "kesesuaian-matriks.md").read_text(encoding="utf-8")

    suite = _run(
        sys.executable, "-m", "pytest", str(TESTS), "-m", "korpus", "-p", "no:cacheprovider", "-q", "-rf",
        cwd=PROJECT, env={"SOPAP_KORPUS": str(root)}, timeout=1800,
    )
    summary = suite.stdout.strip().splitlines()[-1]
    assert suite.returncode == 0, suite.stdout[-6000:] + suite.stderr[-2000:]
    passed = int(re.search(r"(\d+) passed", summary).group(1))
    assert passed >= 40 and "failed" not in summary and "error" not in summary, summary
