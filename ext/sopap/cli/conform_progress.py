"""A progress line for ``sopap conform`` (a pytest plugin of that run only).

A conformance run is thousands of scenarios; on a terminal a line such as
``skenario [#######.....] 4120/9251 44%`` replaces pytest's rows of dots
(failures and the summary are printed by pytest as usual). In a pipe, a CI
log or with ``-v`` nothing changes: pytest's own output only.
"""

from __future__ import annotations

import sys
from typing import IO

import pytest

from sopap.util.progress import Progress, _is_tty

LABEL = "skenario"


class TestProgress:
    def __init__(self, extra: list[str], stream: IO[str] | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        verbose = any(a == "--verbose" or (a.startswith("-v") and not a.startswith("--")) for a in extra)
        self.aktif = _is_tty(self.stream) and not verbose
        self._quiet = any(a == "--quiet" or (a.startswith("-q") and not a.startswith("--")) for a in extra)
        self.bar = Progress(LABEL, 0, self.stream)

    def argv(self) -> list[str]:
        """pytest options for this run: on a terminal, no dots and no percentages."""
        if not self.aktif:
            return []
        return ["-o", "console_output_style=classic", *([] if self._quiet else ["-q"])]

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        if self.aktif:
            self.bar = Progress(LABEL, len(session.items), self.stream)

    def pytest_runtest_logfinish(self, nodeid: str, location) -> None:
        self.bar.maju(1, nodeid.rsplit("::", 1)[-1])

    @pytest.hookimpl(wrapper=True)
    def pytest_runtestloop(self, session: pytest.Session):
        try:
            return (yield)
        finally:
            self.bar.selesai()

    @pytest.hookimpl(wrapper=True)
    def pytest_report_teststatus(self, report, config):
        result = yield
        if self.aktif and report.passed and report.when == "call":
            return (result[0], "", result[2])  # a pass shows on the line, not as a dot
        return result
