"""Problems the source reader found, reported as lint findings.

The reader (:mod:`sopap.parsing.assemble`) already refuses what makes an SOP
wrong; its problems fail the build. Lint reports them too, under the rule
they break, so that one list shows everything in a file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sopap.lint.findings import Finding, Severity
from sopap.lint.registry import RULES, register_rule
from sopap.model.problems import SourceProblem

register_rule(
    "SM01",
    Severity.GALAT,
    "Sumber dapat dibaca: direktif, isian dan isi sesuai panduan penulisan",
    kelompok="Sumber",
    dasar="aturan rumah",
    pembaca=True,
)

#: Kind of reader problem (the Sphinx warning subtype) -> rule id.
JENIS_ATURAN = {
    "identitas": "ID01",
    "pelaksana": "PL01",
    "cabang": "AL01",
    "alur": "AL02",
    "nomor": "NO01",
    "waktu": "WK01",
    "kelengkapan": "KL03",
    "paraf": "PR04",
    "uraian": "UR01",
}


def rule_of_problem(jenis: str) -> str:
    return JENIS_ATURAN.get(jenis, "SM01")


def findings_from_problems(berkas: str, masalah: Iterable[SourceProblem], sop_id: str = "") -> Iterator[Finding]:
    for item in masalah:
        rule = RULES[rule_of_problem(item.jenis)]
        yield Finding(rule.id, rule.tingkat, item.pesan, berkas, item.baris, sop_id)
