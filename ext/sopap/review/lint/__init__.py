"""Lint: Permenpan RB 35/2012 and house rules on the model, for reviewers.

One module per rule group registers its rules in :data:`ATURAN`
(:mod:`.registry`); :func:`periksa` runs them on one SOP. Problems of the
source reader come in through :mod:`.sumber` under the rule they break.
"""

from __future__ import annotations

from sopap.model.sop import Sop
# Registration order is the order of the rules table (docs/tinjauan.md).
from sopap.review.lint import identitas, pelaksana  # noqa: F401, I001
from sopap.review.lint import alur, waktu  # noqa: F401, I001
from sopap.review.lint import kelengkapan, paraf, uraian, sumber  # noqa: F401, I001
from sopap.review.lint.peta import PetaBaris
from sopap.review.lint.registry import ATURAN, Aturan, jalankan
from sopap.review.lint.temuan import Temuan, Tingkat, hitung

__all__ = ["ATURAN", "Aturan", "PetaBaris", "Temuan", "Tingkat", "hitung", "periksa", "urut"]


def periksa(sop: Sop, peta: PetaBaris | None = None, *, dari_sumber: bool = True) -> list[Temuan]:
    """Every finding of the model rules on ``sop``, sorted by place."""
    peta = peta or PetaBaris.dari_model(sop)
    return urut(jalankan(sop, peta, dari_sumber=dari_sumber))


def urut(temuan) -> list[Temuan]:
    return sorted(temuan, key=Temuan.kunci)
