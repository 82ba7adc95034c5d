"""Shared pieces of the monitoring tests: the seed corpus and running a log."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from sopap.model import jsonformat
from sopap.model.working_calendar import WorkingCalendar
from sopap.monitor import run
from support import PROJECT
from support.conformance import seed_project

#: The sopap/1 export of the frozen seed (tests/data/benih): logs of its SOPs are made below.
SEED_JSON = seed_project() / "features" / "sopap.json"
SCHEMAS = PROJECT / "ext" / "sopap" / "schema"
KALENDER = WorkingCalendar()


@functools.cache
def seed():
    return jsonformat.corpus_from_dict(json.loads(SEED_JSON.read_text(encoding="utf-8")))


def run_csv(tmp_path: Path, text: str, corpus=None, name: str = "log.csv", **kwargs) -> run.Hasil:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return run.periksa([path], corpus or seed(), KALENDER, **kwargs)


def codes(hasil: run.Hasil) -> dict[str, set[str]]:
    return {k.kasus: {t.kode for t in k.temuan} for k in hasil.kasus}
