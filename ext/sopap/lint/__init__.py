"""Lint: Permenpan RB 35/2012 and house rules on the model, for reviewers.

One module per rule group registers its rules in :data:`ATURAN`
(:mod:`.registry`); :func:`periksa` runs them on one SOP. Problems of the
source reader come in through :mod:`.source_problems` under the rule they break.
"""

from __future__ import annotations

from sopap.lint.findings import Temuan, Tingkat, hitung
from sopap.lint.registry import ATURAN, Aturan, jalankan
from sopap.model.lines import PetaBaris
from sopap.model.sop import Sop

# Importing a rule group registers its rules; this order is the order of the
# rules table (docs/tinjauan.md).
# isort: off
from sopap.lint import identitas, pelaksana  # noqa: E402, F401
from sopap.lint import bagan, waktu  # noqa: E402, F401
from sopap.lint import kelengkapan, paraf, uraian, source_problems  # noqa: E402, F401
# isort: on

__all__ = ["ATURAN", "Aturan", "PetaBaris", "Temuan", "Tingkat", "hitung", "periksa", "urut"]


def periksa(sop: Sop, peta: PetaBaris | None = None, *, dari_sumber: bool = True) -> list[Temuan]:
    """Every finding of the model rules on ``sop``, sorted by place."""
    peta = peta or PetaBaris.dari_model(sop)
    return urut(jalankan(sop, peta, dari_sumber=dari_sumber))


def urut(temuan) -> list[Temuan]:
    return sorted(temuan, key=Temuan.kunci)
