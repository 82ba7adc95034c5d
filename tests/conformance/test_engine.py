"""The reference engine's semantics, paths through an SOP, and the registry."""

from __future__ import annotations

import dataclasses
from datetime import datetime, time, timedelta

import pytest

from sopap.conformance.adapter import Document, Outcome, Reason
from sopap.conformance.clock import START, WIB, Clock
from sopap.conformance.engine import ReferenceEngine
from sopap.conformance.mutants import MUTANTS
from sopap.conformance.registry import (
    BUILTIN,
    PREFIXES,
    Implementation,
    UnknownImplementation,
    register_prefix,
    resolve,
)
from sopap.model import jsonformat
from sopap.model.paths import Route, main_path, outside_inputs, path_to
from sopap.model.sop import Corpus
from support import BENIH
from support.conformance import ROOTS, corpus


def _decision_sop():
    (sop,) = corpus(ROOTS / "test-keputusan")
    return sop


def _engine(sop, clock=None) -> ReferenceEngine:
    engine = ReferenceEngine(clock=clock or Clock())
    engine.deploy(jsonformat.corpus_to_dict(Corpus((sop,))))
    return engine


def _state(engine, case):
    return engine.work_items(case), engine.history(case), engine.outputs(case)


# -- paths -------------------------------------------------------------------------


def test_paths_take_the_forward_branch_of_a_decision():
    sop = _decision_sop()  # 1 -> 2 -> 3 (ya: 4, tidak: back to 2) -> 4
    assert path_to(sop, 1) == ()
    assert path_to(sop, 4) == (Route(1), Route(2), Route(3, "ya"))
    assert main_path(sop) == (Route(1), Route(2), Route(3, "ya"), Route(4))
    assert outside_inputs(sop) == ("Dokumen 0",)


def test_outside_inputs_of_the_seed_are_what_no_earlier_step_makes():
    sop = corpus(BENIH).get("lomba-perempuan-inspiratif")
    assert outside_inputs(sop) == ("Surat Masuk", "Materi Persiapan Lomba", "Dokumen", "Materi", "Biodata Juri", "Penilaian Lomba")


# -- the engine ----------------------------------------------------------------------


def test_a_whole_case_runs_to_the_end_with_one_ready_step_at_a_time():
    sop = _decision_sop()
    engine = _engine(sop)
    case = engine.start_case(sop.id, ["dokumen 0 "])  # names match after normalisation
    for nomor, actor, decision in [(1, "kadis", None), (2, "kabid", None), (3, "kabid", "ya"), (4, "jafung", None)]:
        (item,) = engine.work_items(case)
        assert (item.step, item.actor) == (nomor, actor)
        assert engine.complete(case, nomor, actor, (), decision) == Outcome.accept()
    assert engine.work_items(case) == []
    assert [(h.step, h.actor, h.decision) for h in engine.history(case)] == [
        (1, "kadis", None), (2, "kabid", None), (3, "kabid", "ya"), (4, "jafung", None)
    ]
    assert Document("Dokumen 4", 4) in engine.outputs(case)
    assert engine.complete(case, 4, "jafung").reason is Reason.OUT_OF_ORDER


def test_tidak_goes_back_and_the_loop_can_be_walked_again():
    sop = _decision_sop()
    engine = _engine(sop)
    case = engine.start_case(sop.id, ["Dokumen 0"])
    for nomor, actor in [(1, "kadis"), (2, "kabid")]:
        assert engine.complete(case, nomor, actor).accepted
    assert engine.complete(case, 3, "kabid", decision="tidak").accepted
    assert [i.step for i in engine.work_items(case)] == [2]
    assert engine.complete(case, 2, "kabid").accepted
    assert engine.complete(case, 3, "kabid", decision="ya").accepted
    assert [i.step for i in engine.work_items(case)] == [4]


def test_refusals_follow_the_precedence_and_change_nothing():
    sop = _decision_sop()
    engine = _engine(sop)
    case = engine.start_case(sop.id)
    before = _state(engine, case)
    # step 2 is not ready, wrong actor, missing input: order is reported first
    assert engine.complete(case, 2, "jafung").reason is Reason.OUT_OF_ORDER
    # step 1 is ready; wrong actor and missing input: the actor first
    assert engine.complete(case, 1, "jafung").reason is Reason.WRONG_ACTOR
    assert engine.complete(case, 1, "kadis").reason is Reason.MISSING_INPUT
    assert engine.complete("tidak-ada", 1, "kadis").reason is Reason.UNKNOWN_CASE
    assert engine.complete(case, 99, "kadis").reason is Reason.UNKNOWN_STEP
    assert _state(engine, case) == before
    assert engine.complete(case, 1, "kadis", ["Dokumen 0"]).accepted
    assert engine.complete(case, 2, "kabid").accepted
    outcome = engine.complete(case, 3, "kabid")
    assert outcome.reason is Reason.INVALID_DECISION and "ya" in outcome.message


def test_supplied_documents_stay_in_the_case():
    sop = _decision_sop()
    steps = list(sop.langkah)
    steps[3] = dataclasses.replace(steps[3], kelengkapan=("Dokumen 3", "Dokumen 0"))
    engine = _engine(dataclasses.replace(sop, langkah=tuple(steps)))
    case = engine.start_case(sop.id)
    assert engine.complete(case, 1, "kadis", ["Dokumen 0"]).accepted
    for nomor, actor, d in [(2, "kabid", None), (3, "kabid", "ya"), (4, "jafung", None)]:
        assert engine.complete(case, nomor, actor, decision=d).accepted


def test_deadlines_and_history_follow_the_suites_clock():
    sop = _decision_sop()
    clock = Clock()
    engine = _engine(sop, clock)
    case = engine.start_case(sop.id, ["Dokumen 0"])
    (item,) = engine.work_items(case)
    # 1 hari kerja on the test calendar: Monday 08:00 -> Tuesday 08:00 (450 working minutes)
    assert item.deadline == START + timedelta(days=1)
    clock.advance(100)
    assert engine.complete(case, 1, "kadis").accepted
    entry = engine.history(case)[-1]
    assert entry.timestamp == START + timedelta(minutes=100)
    assert (entry.deadline, entry.late) == (START + timedelta(days=1), False)
    (item,) = engine.work_items(case)
    assert item.deadline == START + timedelta(days=1, minutes=100)
    clock.advance(451)  # one working minute past the deadline
    assert engine.complete(case, 2, "kabid").accepted
    entry = engine.history(case)[-1]
    assert entry.late and entry.deadline == START + timedelta(days=1, minutes=100)
    with pytest.raises(ValueError):
        clock.advance(-1)


def test_deadlines_skip_nights_lunch_and_weekends():
    """The test calendar: Monday-Friday 07:30-12:00 and 13:00-16:00 WIB, nothing else off."""
    clock = Clock()
    friday = clock.advance_to(4, time(15, 30))
    assert friday == datetime(2025, 1, 10, 15, 30, tzinfo=WIB)
    assert clock.advance(60) == datetime(2025, 1, 13, 8, 0, tzinfo=WIB)  # 30 on Friday, 30 on Monday
    assert clock.advance(270) == datetime(2025, 1, 13, 13, 30, tzinfo=WIB)  # over the lunch break
    assert clock.advance_to(0, time(8, 0)) == datetime(2025, 1, 20, 8, 0, tzinfo=WIB)  # strictly later
    engine = _engine(_decision_sop(), clock)
    case = engine.start_case("sop-keputusan", ["Dokumen 0"])
    clock.advance_to(4, time(15, 30))
    assert engine.complete(case, 1, "kadis").accepted
    (item,) = engine.work_items(case)
    assert item.deadline == datetime(2025, 1, 27, 15, 30, tzinfo=WIB)  # 1 hari from Friday 15.30
    assert engine.documents(case) == ["Dokumen 0", "Dokumen 1"]


def test_a_step_without_waktu_has_no_deadline():
    sop = _decision_sop()
    steps = list(sop.langkah)
    steps[0] = dataclasses.replace(steps[0], waktu=None)
    engine = _engine(dataclasses.replace(sop, langkah=tuple(steps)))
    case = engine.start_case(sop.id)
    assert engine.work_items(case)[0].deadline is None


def test_outcomes_are_consistent():
    with pytest.raises(ValueError):
        Outcome(True, Reason.WRONG_ACTOR)
    with pytest.raises(ValueError):
        Outcome(False)
    assert Outcome.refuse("MISSING_INPUT").reason is Reason.MISSING_INPUT
    with pytest.raises(ValueError):
        Outcome.refuse("BUKAN_KODE")


# -- mutants and the registry ---------------------------------------------------------


def test_each_mutant_differs_from_the_reference_in_one_method():
    base = set(vars(ReferenceEngine))
    for name, cls in MUTANTS.items():
        overridden = {k for k in vars(cls) if k in base and not k.startswith("_") and k != "name"}
        assert len(overridden) == 1, (name, overridden)


def test_builtin_names_resolve_to_adapters():
    for name in BUILTIN:
        adapter = resolve(name).create(Clock())
        try:
            assert adapter.name == name and adapter.supports_clock
        finally:
            adapter.close()  # harness and http started a process


def test_module_class_names_and_registered_prefixes(monkeypatch, tmp_path):
    assert isinstance(resolve("sopap.conformance.engine:ReferenceEngine").create(Clock()), ReferenceEngine)
    # a prefix registered lazily as "module:function" is imported only when used
    (tmp_path / "penyelesai_uji.py").write_text(
        "from sopap.conformance.engine import ReferenceEngine\n"
        "def resolve(name):\n"
        "    return lambda clock: type('Dari' + name.split(':')[1].title(), (ReferenceEngine,), {})(clock)\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(tmp_path)
    monkeypatch.setitem(PREFIXES, "uji:", "penyelesai_uji:resolve")
    assert type(resolve("uji:harness").create(Clock())).__name__ == "DariHarness"
    calls = []
    register_prefix("lain://", lambda name: calls.append(name) or (lambda clock: ReferenceEngine(clock)))
    try:
        assert isinstance(resolve("lain://host").create(Clock()), ReferenceEngine)
        assert calls == ["lain://host"]
    finally:
        PREFIXES.pop("lain://")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("tidak-ada", "tidak dikenal"),
        ("modul_tidak_ada:Kelas", "tidak dapat dimuat"),
        ("sopap.conformance.engine:TidakAda", "tidak memiliki 'TidakAda'"),
        ("sopap.conformance.engine:DECISIONS", "bukan kelas atau fungsi"),
    ],
)
def test_unknown_implementations_say_why_in_indonesian(name, message):
    with pytest.raises(UnknownImplementation, match=message):
        resolve(name)


def test_an_adapter_factory_must_make_an_adapter():
    with pytest.raises(UnknownImplementation, match="bukan turunan"):
        resolve("sopap.conformance.clock:Clock")  # a class, refused when resolved
    with pytest.raises(UnknownImplementation, match="bukan turunan"):
        Implementation("pabrik", lambda clock: object()).create(Clock())  # a factory, refused when called
