"""Lint: Permenpan RB 35/2012 and house rules on the model, for reviewers.

One module per rule group registers its rules in :data:`ATURAN`
(:mod:`.registry`); :func:`periksa` runs them on one SOP. Problems of the
source reader come in through :mod:`.source_problems` under the rule they break.
"""

from __future__ import annotations

from sopap.lint.findings import Finding, Severity, count_by_severity
from sopap.lint.registry import RULES, Rule, run_rules
from sopap.model.lines import SourceLines
from sopap.model.sop import Sop

# Importing a rule group registers its rules; this order is the order of the
# rules table (docs/tinjauan.md).
# isort: off
from sopap.lint import identitas, pelaksana  # noqa: E402, F401
from sopap.lint import bagan, waktu  # noqa: E402, F401
from sopap.lint import kelengkapan, paraf, uraian, source_problems  # noqa: E402, F401
# isort: on

__all__ = ["RULES", "Finding", "Rule", "Severity", "SourceLines", "count_by_severity", "lint_sop", "sort_findings"]


def lint_sop(sop: Sop, peta: SourceLines | None = None, *, dari_sumber: bool = True) -> list[Finding]:
    """Every finding of the model rules on ``sop``, sorted by place."""
    peta = peta or SourceLines.dari_model(sop)
    return sort_findings(run_rules(sop, peta, dari_sumber=dari_sumber))


def sort_findings(temuan) -> list[Finding]:
    return sorted(temuan, key=Finding.kunci)
