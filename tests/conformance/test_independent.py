"""An implementation written from the documentation alone, and six broken twins of it.

``tests/support/mandiri.py`` implements the harness protocol (version 2)
without importing sopap, as a vendor's team would from the docs. Its correct
twin must pass every scenario; each broken twin goes wrong the way real
case-management systems do (issue 15) and must fail the suite (gagal, not
galat), with a finding that names the SOP, the step, what was expected and
what the implementation did.
"""

from __future__ import annotations

import re
import sys

import pytest

from support.conformance import PROJECT, TESTS, run_suite, scenario_titles

SOPS = ("pendampingan-kasus-anak", "diklat-pprg")
FEATURES = [PROJECT / "features" / f"{sop}.feature" for sop in SOPS]
MANDIRI = TESTS / "support" / "mandiri.py"

#: broken twin -> (the kind of scenario that catches it, the message: step, expected, got).
BROKEN = {
    "batas-dari-awal-kasus": (
        "waktu",
        r"^batas waktu langkah (\d+) \w+ \d\d\.\d\d \([\d,]+ menit kerja sejak siap \w+ \d\d\.\d\d\), "
        r"seharusnya \w+ \d\d\.\d\d \([\d,]+ menit kerja\)$",
    ),
    "batas-dari-sekarang": (
        ("waktu", "waktu-terlambat", "waktu-kalender"),
        r"^(?:batas waktu langkah (\d+) \w+ \d\d\.\d\d \([\d,]+ menit kerja sejak siap \w+ \d\d\.\d\d\)"
        r"|riwayat mencatat batas waktu langkah (\d+) \w+ \d\d\.\d\d), "
        r"seharusnya \w+ \d\d\.\d\d \([\d,]+ menit kerja(?: sejak siap)?\)$",
    ),
    "pelaksana-daftar": (
        "pelaksana-salah",
        r"^langkah (\d+) diterima, padahal seharusnya ditolak dengan alasan WRONG_ACTOR$",
    ),
    "terlambat-tepat-waktu": (
        "waktu-terlambat",
        r"^riwayat mencatat langkah (\d+) tepat waktu, seharusnya terlambat: selesai 1 menit kerja sesudah "
        r"batas waktu \(\w+ \d\d\.\d\d; batas waktu \w+ \d\d\.\d\d\)$",
    ),
    "dokumen-ditolak-tersimpan": (
        None,  # every refusal that carried a document
        r"^penolakan tetap mengubah kasus: dokumen kasus berubah; dokumen yang seharusnya tidak tersimpan: .+$",
    ),
    "keadaan-per-sop": (
        "kasus-serentak",
        r"^langkah (\d+) ditolak \((MISSING_INPUT|OUT_OF_ORDER): .*\), padahal seharusnya diterima$",
    ),
}


def _name(mode: str) -> str:
    return f"cmd:{sys.executable} {MANDIRI} {mode}"


@pytest.fixture(scope="module")
def twins(tmp_path_factory):
    report = tmp_path_factory.mktemp("mandiri") / "laporan"
    return run_suite(FEATURES, [_name(m) for m in ("benar", *BROKEN)], report)


def test_the_implementation_written_from_the_docs_passes_every_scenario(twins):
    total = sum(len(scenario_titles(PROJECT / "features")[sop]) for sop in SOPS)
    assert twins.total(_name("benar")) == {"lulus": total, "gagal": 0, "galat": 0, "dilewati": 0}, twins.failing(
        _name("benar")
    )


@pytest.mark.parametrize("mode", sorted(BROKEN))
def test_each_broken_twin_fails_with_sop_step_expected_and_got(twins, mode):
    kind, message = BROKEN[mode]
    counts = twins.total(_name(mode))
    assert counts["gagal"] > 0 and counts["galat"] == 0, counts
    findings = twins.findings(_name(mode))
    assert {f["sop"] for f in findings} == set(SOPS)  # caught on both SOPs
    for finding in findings:
        assert finding["hasil"] == "gagal" and finding["sop"] in SOPS and finding["langkah"], finding
        if kind is not None:
            assert finding["jenis"] in ((kind,) if isinstance(kind, str) else kind), finding
        found = re.match(message, finding["alasan"])
        assert found, finding["alasan"]
        steps = [g for g in found.groups() if g and g.isdigit()]
        assert steps[:1] in ([], [finding["langkah"]]), finding
    # the terminal names the SOP and the step of each failure before its feature line and reason
    first = findings[0]
    assert f"SOP '{first['sop']}', langkah {first['langkah']}: features/{first['sop']}.feature:" in twins.output
