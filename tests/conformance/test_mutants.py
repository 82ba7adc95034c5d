"""The suite against the reference engine and every mutant, as a user runs it.

One pytest subprocess per kit runs the whole matrix (the project's committed
kit in ``features/``, whatever SOPs the living corpus holds, and a kit made
from ``tests/roots/test-keputusan``, a root with a decision that loops back).
The reference engine must pass every scenario; each mutant must fail, and
exactly the scenarios of the rule it breaks catch it (plus, for mutants
whose damage spreads, a stated superset).
"""

from __future__ import annotations

import pytest

from sopap.conformance.registry import BUILTIN, PUBLISHED
from sopap.render.features import KINDS
from support import KORPUS
from support.conformance import ROOTS, kit_of, run_suite, scenario_titles, with_tag

pytestmark = pytest.mark.korpus

SEED_KIT = KORPUS / "features"  # the living corpus's committed kit
MUTANTS = [name for name in BUILTIN if name.startswith("mutan-")]
#: The other built-in implementations: the BPMN in SpiffWorkflow, the
#: reference engine behind the harness and the HTTP protocols.
OTHERS = ["spiff", "harness", "http"]

TIME = ("waktu", "waktu-terlambat", "waktu-kalender")
#: Refusal scenarios: they all end with "kasus tidak berubah".
REFUSALS = ("pelaksana-salah", "kelengkapan-kurang", "urutan-salah", "keputusan-kosong")

#: mutant -> the kinds of scenario that catch it, and only them (its rule).
ISOLATED = {
    "mutan-abaikan-pelaksana": ("pelaksana-salah",),
    "mutan-abaikan-urutan": ("urutan-salah",),
    "mutan-abaikan-kelengkapan": ("kelengkapan-kurang", "kasus-serentak"),  # case B lacks what A holds
    "mutan-abaikan-waktu": TIME,
    "mutan-terlambat-tak-dicatat": ("waktu-terlambat",),
    "mutan-terlambat-di-batas": ("waktu", "waktu-kalender"),
    "mutan-keadaan-per-sop": ("kasus-serentak",),
}


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    report = tmp_path_factory.mktemp("matriks-seed") / "laporan"
    return run_suite([SEED_KIT], list(BUILTIN), report)


@pytest.fixture(scope="module")
def decision_kit():
    return kit_of(ROOTS / "test-keputusan")


@pytest.fixture(scope="module")
def decision_run(tmp_path_factory, decision_kit):
    report = tmp_path_factory.mktemp("matriks-keputusan") / "laporan"
    return run_suite([decision_kit], list(BUILTIN), report)


def _runs(seed_run, decision_run, decision_kit):
    return [(seed_run, SEED_KIT), (decision_run, decision_kit)]


def test_every_mutant_is_registered_and_published():
    assert len(MUTANTS) == 15
    assert PUBLISHED[0] == "reference" and set(MUTANTS) <= set(PUBLISHED)


def test_reference_passes_every_scenario(seed_run, decision_run, decision_kit):
    for run, kit in _runs(seed_run, decision_run, decision_kit):
        expected = sum(len(rows) for rows in scenario_titles(kit).values())
        assert run.total("reference") == {"lulus": expected, "gagal": 0, "galat": 0, "dilewati": 0}, run.output[-3000:]
        assert run.returncode == 1  # the mutants fail, so the run as a whole fails


@pytest.mark.parametrize("impl", OTHERS)
def test_every_other_implementation_passes_every_scenario(impl, seed_run, decision_run, decision_kit):
    """SpiffWorkflow, the reference harness and the reference server, on every seed SOP and the decision root."""
    assert impl in PUBLISHED
    for run, kit in _runs(seed_run, decision_run, decision_kit):
        expected = sum(len(rows) for rows in scenario_titles(kit).values())
        assert run.total(impl) == {"lulus": expected, "gagal": 0, "galat": 0, "dilewati": 0}, run.failing(impl)


def _tagged(kit, kinds) -> set:
    return set().union(*(with_tag(kit, kind) for kind in kinds))


@pytest.mark.parametrize("mutant", sorted(ISOLATED))
def test_single_rule_mutants_are_caught_by_exactly_their_scenarios(mutant, seed_run, decision_run, decision_kit):
    kinds = ISOLATED[mutant]
    for run, kit in _runs(seed_run, decision_run, decision_kit):
        expected = _tagged(kit, kinds)
        assert expected, f"{kit} has no {kinds} scenario"
        assert run.failing(mutant) == expected
        assert run.total(mutant)["galat"] == 0


def test_deadline_mutants_are_caught_by_time_scenarios_only(seed_run, decision_run, decision_kit):
    """Counted from the start of the case, from "now", or in plain clock minutes."""
    for run, kit in _runs(seed_run, decision_run, decision_kit):
        time = _tagged(kit, TIME)
        firsts = {(sop, t) for sop, rows in scenario_titles(kit).items() for t, tags in rows if "langkah-1" in tags}
        from_start = run.failing("mutan-batas-dari-awal-kasus")
        # every time standard of a step after the first: the case started before the step became ready
        assert from_start == with_tag(kit, "waktu") - firsts
        assert with_tag(kit, "waktu") <= run.failing("mutan-batas-dari-sekarang") <= time
        # a step ready late on a Friday runs over the weekend, unless its standard is under 2 minutes
        over_weekend = {(sop, t) for sop, t in with_tag(kit, "waktu-kalender") if not t.endswith("1 Menit menurut kalender kerja")}
        assert over_weekend <= run.failing("mutan-waktu-tanpa-kalender") <= time


def test_an_extra_role_is_caught_on_its_row_of_every_wrong_actor_outline(seed_run, decision_run, decision_kit):
    from support.conformance import corpus

    for (run, kit), root in zip(_runs(seed_run, decision_run, decision_kit), (KORPUS, ROOTS / "test-keputusan")):
        last = {sop.id: sop.pelaksana[-1].nama for sop in corpus(root)}
        failing = run.failing("mutan-pelaksana-tambahan")
        assert failing and failing <= with_tag(kit, "pelaksana-salah")
        expected = {(sop, t) for sop, t in with_tag(kit, "pelaksana-salah") if t.endswith(": " + last[sop])}
        assert failing == expected


def test_keeping_refused_documents_is_caught_by_refusals_only(seed_run, decision_run, decision_kit):
    for run, kit in _runs(seed_run, decision_run, decision_kit):
        failing = run.failing("mutan-simpan-dokumen-ditolak")
        assert failing and failing <= _tagged(kit, REFUSALS)
        for finding in run.findings("mutan-simpan-dokumen-ditolak"):
            assert finding["alasan"].startswith("penolakan tetap mengubah kasus: dokumen kasus berubah; "), finding


def test_dropping_outputs_fails_every_positive_step_and_whole_case(seed_run, decision_run, decision_kit):
    from support.conformance import corpus

    roots = {SEED_KIT: KORPUS, decision_kit: ROOTS / "test-keputusan"}
    for run, kit in _runs(seed_run, decision_run, decision_kit):
        failing = run.failing("mutan-buang-output")
        # a step without an output has nothing to drop: its scenario cannot catch the mutant
        silent = {(sop.id, step.nomor) for sop in corpus(roots[kit]) for step in sop.langkah if not step.output}
        expected = {
            (sop, title)
            for sop, rows in scenario_titles(kit).items()
            for title, tags in rows
            if tags & {"positif", "keputusan"}
            and not any((sop, int(t[8:])) in silent for t in tags if t.startswith("langkah-"))
        }
        assert expected <= failing
        assert with_tag(kit, "kasus-lengkap") <= failing


def test_skipping_the_archive_fails_the_last_two_steps_and_whole_cases_only(seed_run, decision_run, decision_kit):
    for run, kit in _runs(seed_run, decision_run, decision_kit):
        failing = run.failing("mutan-lewati-arsip")
        for sop, scenarios in scenario_titles(kit).items():
            numbers = sorted({int(tag[8:]) for _, tags in scenarios for tag in tags if tag.startswith("langkah-")})
            last_two = {f"langkah-{n}" for n in numbers[-2:]}
            whole = {(sop, t) for t, tags in scenarios if tags & {"kasus-lengkap", "kasus-serentak"}}
            # the step that should open the archive, and the archive step itself
            positive = {(sop, t) for t, tags in scenarios if "positif" in tags and tags & last_two}
            assert whole and positive and whole | positive <= failing, sop
            for title, tags in scenarios:
                if (sop, title) in failing:
                    assert tags & {"kasus-lengkap", "kasus-serentak"} or tags & last_two, (sop, title)


def test_wrong_branch_is_caught_by_both_decision_scenarios(seed_run, decision_run, decision_kit):
    failing = decision_run.failing("mutan-salah-cabang")
    branches = with_tag(decision_kit, "keputusan")
    assert len(branches) == 2 and branches <= failing
    assert with_tag(decision_kit, "kasus-lengkap") <= failing
    assert with_tag(decision_kit, "kasus-serentak") <= failing  # its two cases take different branches
    # in the living corpus: every decision's branch scenarios catch it, and
    # nothing in an SOP without a decision can route wrongly
    seed_failing = seed_run.failing("mutan-salah-cabang")
    assert with_tag(SEED_KIT, "keputusan") <= seed_failing
    deciding = {sop for sop, _ in with_tag(SEED_KIT, "keputusan")}
    assert {sop for sop, _ in seed_failing} <= deciding


def test_which_scenarios_catch_each_mutant(seed_run, decision_run, decision_kit):
    """Names, per mutant, the kinds of scenario that catch it (over both kits)."""
    caught = {}
    for mutant in MUTANTS:
        kinds = set()
        for run, kit in _runs(seed_run, decision_run, decision_kit):
            by_title = {(sop, t): tags for sop, rows in scenario_titles(kit).items() for t, tags in rows}
            for key in run.failing(mutant):
                kinds |= by_title[key] & set(KINDS)
        caught[mutant] = kinds
    assert caught["mutan-abaikan-pelaksana"] == {"pelaksana-salah"}
    assert caught["mutan-abaikan-urutan"] == {"urutan-salah"}
    assert caught["mutan-abaikan-kelengkapan"] == {"kelengkapan-kurang", "kasus-serentak"}
    assert caught["mutan-abaikan-waktu"] == set(TIME)
    assert caught["mutan-keadaan-per-sop"] == {"kasus-serentak"}
    assert caught["mutan-terlambat-tak-dicatat"] == {"waktu-terlambat"}
    assert {"positif", "kasus-lengkap"} <= caught["mutan-buang-output"]
    assert {"positif", "kasus-lengkap"} <= caught["mutan-lewati-arsip"]
    assert {"keputusan", "kasus-lengkap"} <= caught["mutan-salah-cabang"]
    for mutant in MUTANTS:
        assert caught[mutant], f"{mutant} is not caught by any scenario"


def test_failures_name_the_step_and_the_reason(seed_run):
    found = [t for c in seed_run.report["sel"] if c["implementasi"] == "mutan-abaikan-pelaksana" for t in c["temuan"]]
    assert found
    for t in found:
        assert t["hasil"] == "gagal" and t["jenis"] == "pelaksana-salah" and t["sop"] == t["sop"].strip()
        assert t["alasan"] == f"langkah {t['langkah']} diterima, padahal seharusnya ditolak dengan alasan WRONG_ACTOR"
        assert t["gagal_pada"] == f"Maka langkah {t['langkah']} ditolak dengan alasan WRONG_ACTOR"
    # whole cases name the step where they diverged; set-up failures are grouped under their first cause
    whole = [t for t in seed_run.findings("mutan-lewati-arsip") if t["jenis"] == "kasus-lengkap"]
    assert whole and all(t["langkah"] for t in whole)
    cells = [c for c in seed_run.report["sel"] if c["implementasi"] == "mutan-buang-output"]
    grouped = [t for c in cells for t in c["temuan"] if t.get("lanjutan")]
    assert grouped and all(t["alasan"].startswith("persiapan gagal: ") for t in grouped)
    facts = seed_run.report["laporan"]
    assert facts["protokol"] == 2 and len(facts["kit_sha256"]) == 64 and facts["tanggal"][:2] == "20"


def test_junit_xml_carries_the_scenario_properties(seed_run):
    cases = seed_run.junit.findall(".//testcase")
    total = sum(sum(seed_run.total(i).values()) for i in BUILTIN)
    assert len(cases) == total
    for case in cases[:50]:
        props = {p.get("name"): p.get("value") for p in case.findall("./properties/property")}
        assert props["sopap:implementasi"] in BUILTIN
        assert props["sopap:sop"] and props["sopap:jenis"] and props["sopap:skenario"]


def test_html_report_shows_the_matrix(seed_run, tmp_path):
    from sopap.conformance.report import to_html

    html = to_html(seed_run.report)
    for impl in BUILTIN:
        assert f"<code>{impl}</code>" in html
    assert "tidak sesuai" in html and "sesuai" in html
    assert "WRONG_ACTOR" in html


def test_published_matrix_page_is_up_to_date(seed_run):
    from sopap.cli.conform import PAGE, kit_digest, page_text

    assert seed_run.report["implementasi"] == PUBLISHED
    page = KORPUS / PAGE
    assert page.read_text(encoding="utf-8") == page_text(seed_run.report, kit_digest(SEED_KIT)), (
        f"{PAGE} tidak mutakhir terhadap features/ dan implementasi bawaan: jalankan `make handbook` "
        "(atau `sopap conform --publish`) lalu commit hasilnya"
    )
