"""The SpiffWorkflow adapter: SpiffWorkflow runs the case, the adapter adds what applications add.

The whole suite against ``spiff`` (every seed SOP and the decision root) runs
in ``test_mutants.py`` with the rest of the matrix; these tests show
that the behaviour comes from the engine and the BPMN, not from a copy of the
reference engine: changing Spiff's state or the parsed BPMN changes it.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from sopap.conformance.adapter import Document, Reason
from sopap.conformance.clock import START, Clock, deadline
from sopap.conformance.spiff import LANE_OWNERS, SpiffAdapter
from sopap.model import jsonformat
from sopap.model.paths import outside_inputs
from sopap.model.sop import Corpus
from support import BENIH
from support.conformance import ROOTS, corpus


def _decision_sop():
    (sop,) = corpus(ROOTS / "test-keputusan")
    return sop


def _adapter(sop, clock=None) -> SpiffAdapter:
    adapter = SpiffAdapter(clock=clock or Clock())
    adapter.deploy(jsonformat.corpus_to_dict(Corpus((sop,))))
    return adapter


def _serialized(adapter: SpiffAdapter, case_id: str) -> str:
    from SpiffWorkflow.bpmn.serializer import BpmnWorkflowSerializer
    from SpiffWorkflow.spiff.serializer.config import SPIFF_CONFIG

    serializer = BpmnWorkflowSerializer(BpmnWorkflowSerializer.configure(SPIFF_CONFIG))
    return serializer.serialize_json(adapter._cases[case_id].workflow)


def _outside(sop) -> list[str]:
    """Every document a whole case needs from outside."""
    return list(outside_inputs(sop))


def test_a_case_is_a_spiffworkflow_workflow_of_the_exported_bpmn():
    from SpiffWorkflow.bpmn import BpmnWorkflow

    sop = _decision_sop()
    adapter = _adapter(sop)
    case = adapter.start_case(sop.id, _outside(sop))
    workflow = adapter._cases[case].workflow
    assert isinstance(workflow, BpmnWorkflow)
    assert workflow.spec.name == f"sop-{sop.id}"
    # the BPMN lanes and data objects, as Spiff parsed them
    assert {t.lane for t in workflow.spec.task_specs.values() if getattr(t, "lane", None)} == {
        p.nama for p in sop.pelaksana if any(s.pelaksana == p.id for s in sop.langkah)
    }
    assert sorted(o.bpmn_name for o in workflow.spec.data_objects.values()) == sorted(
        {d for s in sop.langkah for d in (*s.kelengkapan, *s.output)}
    )
    (item,) = adapter.work_items(case)
    assert (item.step, item.actor) == (1, sop.langkah[0].pelaksana)


def test_the_lane_check_reads_the_lane_owners_in_spiffs_task_data():
    sop = _decision_sop()
    adapter = _adapter(sop)
    case = adapter.start_case(sop.id, _outside(sop))
    workflow = adapter._cases[case].workflow
    (task,) = [t for t in workflow.get_tasks() if t.task_spec.name == "Langkah_1" and t.data.get(LANE_OWNERS)]
    lane = task.task_spec.lane
    assert task.data[LANE_OWNERS][lane] == ["kadis"]
    refused = adapter.complete(case, 1, "kabid")
    assert refused.reason is Reason.WRONG_ACTOR and lane in refused.message
    # an application that gives the lane to someone else: the check follows the data
    task.data[LANE_OWNERS] = {**task.data[LANE_OWNERS], lane: ["kabid"]}
    assert adapter.complete(case, 1, "kadis").reason is Reason.WRONG_ACTOR
    assert adapter.complete(case, 1, "kabid").accepted


def test_a_refusal_leaves_the_spiff_workflow_exactly_as_it_was():
    sop = _decision_sop()
    adapter = _adapter(sop)
    case = adapter.start_case(sop.id, _outside(sop))
    adapter.complete(case, 1, "kadis")
    adapter.complete(case, 2, "kabid")
    before = _serialized(adapter, case)
    for attempt, reason in [
        (dict(step=4, actor="jafung"), Reason.OUT_OF_ORDER),
        (dict(step=3, actor="kadis"), Reason.WRONG_ACTOR),
        (dict(step=3, actor="kabid", decision=None), Reason.INVALID_DECISION),
        (dict(step=3, actor="kabid", decision="mungkin"), Reason.INVALID_DECISION),
        (dict(step=9, actor="kabid"), Reason.UNKNOWN_STEP),
    ]:
        assert adapter.complete(case, **attempt).reason is reason
        assert _serialized(adapter, case) == before
    assert adapter.complete("kasus-lain", 1, "kadis").reason is Reason.UNKNOWN_CASE


def test_spiff_follows_the_decision_gateway_back_and_forward():
    sop = _decision_sop()
    adapter = _adapter(sop)
    case = adapter.start_case(sop.id, _outside(sop))
    for step, actor, decision in [(1, "kadis", None), (2, "kabid", None), (3, "kabid", "tidak")]:
        assert adapter.complete(case, step, actor, decision=decision).accepted
    assert [(i.step, i.actor) for i in adapter.work_items(case)] == [(2, "kabid")]
    # the earlier keputusan is still in Spiff's task data: a decision must be given again
    assert adapter.complete(case, 2, "kabid").accepted
    assert adapter.complete(case, 3, "kabid").reason is Reason.INVALID_DECISION
    assert adapter.complete(case, 3, "kabid", decision="ya").accepted
    assert [(i.step, i.actor) for i in adapter.work_items(case)] == [(4, "jafung")]
    assert adapter.complete(case, 4, "jafung").accepted
    assert adapter.work_items(case) == [] and adapter._cases[case].workflow.is_completed()
    assert [(h.step, h.decision) for h in adapter.history(case)] == [
        (1, None),
        (2, None),
        (3, "tidak"),
        (2, None),
        (3, "ya"),
        (4, None),
    ]


def test_inputs_are_the_data_objects_the_task_reads():
    sop = _decision_sop()
    adapter = _adapter(sop)
    case = adapter.start_case(sop.id)  # without the outside document
    missing = adapter.complete(case, 1, "kadis")
    assert missing.reason is Reason.MISSING_INPUT
    assert all(doc in missing.message for doc in sop.langkah[0].kelengkapan)
    assert adapter.complete(case, 1, "kadis", [d.upper() + " " for d in sop.langkah[0].kelengkapan]).accepted
    workflow = adapter._cases[case].workflow
    supplied = [v for v in workflow.data_objects.values() if isinstance(v, dict) and v.get("dari") == "luar"]
    assert [v["nama"].strip().casefold() for v in supplied] == [
        d.casefold() for d in sop.langkah[0].kelengkapan
    ]
    # outputs are read back from Spiff's data objects, written by the data output associations
    assert adapter.outputs(case) == [Document(name, 1) for name in sop.langkah[0].output]
    # a data object emptied in Spiff is a missing input again
    for key, value in workflow.data_objects.items():
        if isinstance(value, dict) and value.get("langkah") == 1:
            workflow.data_objects[key] = None
    assert adapter.complete(case, 2, "kabid").reason is Reason.MISSING_INPUT


def test_deadlines_come_from_the_timer_boundary_event_on_the_suites_clock():
    sop = _decision_sop()
    clock = Clock()
    adapter = _adapter(sop, clock)
    case = adapter.start_case(sop.id, _outside(sop))
    (item,) = adapter.work_items(case)
    # working minutes on the test calendar: 1 hari from Monday 08:00 is Tuesday 08:00
    assert sop.langkah[0].waktu.menit == 450
    assert item.deadline == deadline(START, 450) == START + timedelta(days=1)
    clock.advance(100)
    assert adapter.complete(case, 1, "kadis").accepted
    entry = adapter.history(case)[-1]
    assert entry.timestamp == START + timedelta(minutes=100)
    assert (entry.deadline, entry.late) == (START + timedelta(days=1), False)
    (item,) = adapter.work_items(case)
    assert item.deadline == deadline(START + timedelta(minutes=100), sop.langkah[1].waktu.menit)
    # the duration is the BPMN timer's, evaluated by Spiff: change the parsed timer, the deadline follows
    spec = adapter._deployed[sop.id].spec
    spec.task_specs["Waktu_2"].event_definition.expression = '"PT5M"'
    (item,) = adapter.work_items(case)
    assert item.deadline == START + timedelta(minutes=105)
    clock.advance(6)
    assert adapter.complete(case, 2, "kabid").accepted
    assert adapter.history(case)[-1].late  # one minute past the 5-minute timer


def test_a_step_without_a_timer_has_no_deadline():
    sop = corpus(ROOTS / "test-valid").get("sop-uji")
    adapter = _adapter(sop)
    case = adapter.start_case(sop.id, _outside(sop))
    for step in sop.langkah:
        (item,) = adapter.work_items(case)
        assert item.step == step.nomor
        assert (item.deadline is None) == (step.waktu is None)
        assert adapter.complete(
            case, step.nomor, step.pelaksana, decision="ya" if step.cabang else None
        ).accepted


@pytest.mark.parametrize("sop_id", ["pendampingan-kasus-anak"])
def test_unknown_sops_and_cases_are_errors_not_refusals(sop_id):
    adapter = _adapter(corpus(BENIH).get(sop_id))
    with pytest.raises(LookupError, match="belum dipasang"):
        adapter.start_case("tidak-ada")
    with pytest.raises(LookupError, match="tidak dikenal"):
        adapter.work_items("tidak-ada")
