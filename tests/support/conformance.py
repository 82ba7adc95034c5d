"""Shared pieces of the conformance tests (not fixtures): kits and suite runs."""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from support import BENIH, TESTS, session_dir

PROJECT = TESTS.parent
ROOTS = TESTS / "roots"


@functools.cache
def corpus(root: Path):
    """The model of a project, read once per session into a temporary build dir."""
    from sopap.sphinxext.project import Project

    return Project(root, build_dir=session_dir("sopap-kesesuaian-")).load_corpus()


@functools.cache
def kit_of(root: Path) -> Path:
    """A conformance kit generated from a test root, in a temporary folder."""
    from sopap.render.features import kit_files, write_kit

    folder = session_dir("sopap-kit-") / "features"
    write_kit(folder, kit_files(corpus(root)))
    return folder


@functools.cache
def seed_project() -> Path:
    """A copy of the frozen seed (tests/data/benih) with its kit in ``features/``.

    The conformance machinery (adapters, harness, HTTP, limits, the command)
    is tested on seed SOPs of known shape; the living corpus may lose or
    change them, so those tests run here, whatever ``sop_source/`` holds.
    """
    from sopap.render.features import kit_files, write_kit

    root = session_dir("sopap-benih-") / "benih"
    shutil.copytree(BENIH, root)
    write_kit(root / "features", kit_files(corpus(BENIH)))
    return root


@dataclass
class SuiteRun:
    returncode: int
    output: str
    report: dict
    junit: ET.Element

    def total(self, impl: str) -> dict[str, int]:
        return self.report["jumlah"][impl]

    def findings(self, impl: str) -> list[dict]:
        """Every finding (scenario not passed) of ``impl``, follow-ons of a set-up failure included."""
        from sopap.conformance.report import all_findings

        return [
            {"sop": cell["sop"], **t} for cell in self.report["sel"] if cell["implementasi"] == impl for t in all_findings(cell)
        ]

    def failing(self, impl: str) -> set[tuple[str, str]]:
        """(sop, scenario title) of every scenario of ``impl`` that did not pass."""
        return {(t["sop"], t["skenario"]) for t in self.findings(impl)}


def run_suite(paths: list[Path], impls: list[str], report: Path, *extra: str, env: dict | None = None) -> SuiteRun:
    """``pytest PATHS --sop-impl ...`` in a subprocess, as a user runs it."""
    cmd = [sys.executable, "-m", "pytest", *map(str, paths), "-p", "no:cacheprovider", "--tb=line", "-q", "-rN"]
    cmd += [f"--sop-impl={name}" for name in impls] + [f"--sop-report={report}", *extra]
    result = subprocess.run(
        cmd, capture_output=True, text=True, timeout=900, cwd=report.parent, env={**os.environ, **(env or {})}
    )
    data = json.loads((report / "kesesuaian.json").read_text(encoding="utf-8"))
    junit = ET.parse(report / "junit.xml").getroot()
    return SuiteRun(result.returncode, result.stdout + result.stderr, data, junit)


def _expanded(scenario: dict) -> list[str]:
    """The titles of a scenario: one per row of an outline's examples, placeholders filled in."""
    titles = []
    for examples in scenario.get("examples") or []:
        header = [c["value"] for c in examples["tableHeader"]["cells"]]
        for row in examples["tableBody"]:
            title = scenario["name"]
            for key, cell in zip(header, row["cells"]):
                title = title.replace(f"<{key}>", cell["value"])
            titles.append(title)
    return titles or [scenario["name"]]


def scenario_titles(feature_folder: Path) -> dict[str, list[tuple[str, set[str]]]]:
    """sop id -> [(scenario title, its tags incl. rule and feature tags)], parsed independently.

    A scenario outline counts once per row of its examples, with the row's values in its title.
    """
    from gherkin.parser import Parser

    found: dict[str, list[tuple[str, set[str]]]] = {}
    for path in sorted(feature_folder.glob("*.feature")):
        feature = Parser().parse(path.read_text(encoding="utf-8"))["feature"]
        ftags = {t["name"][1:] for t in feature["tags"]}
        sop = next(t[4:] for t in ftags if t.startswith("sop-"))
        rows = found.setdefault(sop, [])
        for child in feature["children"]:
            if "scenario" in child:
                tags = ftags | {t["name"][1:] for t in child["scenario"]["tags"]}
                rows.extend((title, tags) for title in _expanded(child["scenario"]))
            elif "rule" in child:
                rtags = {t["name"][1:] for t in child["rule"]["tags"]}
                for c in child["rule"]["children"]:
                    if "scenario" in c:
                        tags = ftags | rtags | {t["name"][1:] for t in c["scenario"]["tags"]}
                        rows.extend((title, tags) for title in _expanded(c["scenario"]))
    return found


def with_tag(feature_folder: Path, tag: str) -> set[tuple[str, str]]:
    return {(sop, title) for sop, rows in scenario_titles(feature_folder).items() for title, tags in rows if tag in tags}


def count_scenarios(sop: str, *tags: str) -> int:
    """Scenarios of ``sop`` in the seed features carrying every one of ``tags``."""
    return sum(1 for _, found in scenario_titles(seed_project() / "features")[sop] if set(tags) <= found)


def assert_lying_outputs_fail(counts: dict, findings: list[dict], scenarios: int) -> None:
    """Claiming outputs of steps not done is a rule broken (gagal), not a crash (galat)."""
    assert counts["galat"] == 0 and counts["gagal"] >= 1
    assert counts["lulus"] + counts["gagal"] == scenarios
    for finding in findings:
        assert finding["hasil"] == "gagal"
        assert re.search(
            r"^output dilaporkan dari langkah yang belum diselesaikan: '.+' \(langkah [2-9]\d*\)", finding["alasan"]
        ), finding["alasan"]
