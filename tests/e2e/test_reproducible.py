"""Reproducible builds: two clean builds of the handbook give the same bytes.

The project is copied to two different folders and built there with
``sopap build`` as a user runs it, each in its own process with another
``PYTHONHASHSEED`` (no set or dict order may leak into an output) and the
same ``SOURCE_DATE_EPOCH`` (the only date a PDF carries). Every lampiran
PDF, every BPMN file of both profiles, the JSON export and the conformance
features must be byte-identical. (This replaces the BPMN-only check across
processes; the PDF's own same-process check stays in test_lampiran_pdf.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from support import PROJECT
from support.active_content import output_problems

SOPAP = Path(sys.executable).with_name("sopap")
#: Not part of a clean checkout, or not read by the build.
IGNORED = shutil.ignore_patterns(".git", ".venv", "_build", "node_modules", "test-artifacts", "__pycache__", "*.egg-info")
OUTPUTS = ("_build/pdf", "_build/bpmn", "_build/json", "features")


def _build(folder: Path, hashseed: str) -> dict[str, bytes]:
    shutil.copytree(PROJECT, folder, ignore=IGNORED)
    shutil.rmtree(folder / "features")  # written again by the build
    env = {**os.environ, "PYTHONHASHSEED": hashseed, "SOURCE_DATE_EPOCH": "1735689600", "NO_COLOR": "1"}
    result = subprocess.run([str(SOPAP), "build"], cwd=folder, capture_output=True, text=True, timeout=600, env=env)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    files = {}
    for output in OUTPUTS:
        for path in sorted((folder / output).rglob("*")):
            if path.is_file():
                files[path.relative_to(folder).as_posix()] = path.read_bytes()
    return files


def test_two_clean_builds_give_byte_identical_pdf_bpmn_json_and_features(tmp_path):
    first = _build(tmp_path / "satu", "1")
    # the seed handbook, read by parsers: every page, flowchart, lampiran and BPMN file
    # links only to the web or itself, loads only its own files, redirects and runs nothing
    assert not output_problems(tmp_path / "satu" / "_build"), output_problems(tmp_path / "satu" / "_build")
    second = _build(tmp_path / "kedua" / "di-tempat-lain", "2")
    kinds = {name.split("/")[-1].rsplit(".", 1)[-1] for name in first}
    assert {"pdf", "bpmn", "json", "feature"} <= kinds
    assert sorted(first) == sorted(second)
    different = [name for name in first if first[name] != second[name]]
    assert not different
    # the date of every PDF is SOURCE_DATE_EPOCH, not the time of the build
    pdfs = [data for name, data in first.items() if name.endswith(".pdf")]
    assert pdfs and all(b"D:20250101000000+00'00'" in data for data in pdfs)
