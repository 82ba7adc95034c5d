"""``--sop-impl spiff``: the SOPs run as BPMN in SpiffWorkflow.

SpiffWorkflow is a real BPMN engine that sopap does not control: each SOP
is exported with the ``spiff`` profile (:mod:`sopap.render.bpmn`), parsed
and validated by Spiff's own parser, and every case is a
:class:`~SpiffWorkflow.bpmn.BpmnWorkflow`. The engine decides which task is
ready, follows the decision gateways (Python conditions on ``keputusan``),
holds the documents as data objects and runs the data associations.

Like applications built on Spiff (spiff-arena, for one), the adapter adds
what a BPMN engine leaves to the application, checked *before* the engine
is asked to complete a task, so a refused step changes nothing:

* who may do a task: the lane of the ready task, looked up in the
  ``lane_owners`` process variable (lane name -> user ids), which is how
  spiff-arena assigns lanes; the owners are the SOP's pelaksana;
* what must be filled in: every data object the task reads (its
  kelengkapan) must hold a document, in the case or supplied with the step;
  a decision task needs a ``keputusan`` for which exactly one condition of
  its gateway holds, evaluated by Spiff's script engine;
* time: the deadline of a ready task is the duration of its timer boundary
  event (Spiff evaluates the expression and parses the ISO 8601 duration),
  counted in working time on the test calendar from the moment the task
  became ready on the suite's clock. The timers themselves are never run on
  the wall clock here; a completion after the deadline is recorded late in
  the history, as applications record a breach;
* the event log (history): who completed which task, when, the deadline it
  had and whether it was late, kept next to the workflow as applications
  keep it in their own database; and the case's documents (its data
  objects and what was supplied from outside).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from SpiffWorkflow.bpmn import BpmnWorkflow
from SpiffWorkflow.bpmn.specs.control import BoundaryEventSplit
from SpiffWorkflow.bpmn.specs.event_definitions.timer import TimerEventDefinition
from SpiffWorkflow.bpmn.specs.mixins.events.intermediate_event import BoundaryEvent
from SpiffWorkflow.bpmn.specs.mixins.exclusive_gateway import ExclusiveGateway
from SpiffWorkflow.bpmn.specs.mixins.user_task import UserTask
from SpiffWorkflow.spiff.parser.process import BpmnValidator, SpiffBpmnParser
from SpiffWorkflow.util.task import TaskState

from sopap.conformance import clock as test_clock
from sopap.conformance.adapter import Adapter, AdapterError, Document, HistoryEntry, Outcome, Reason, WorkItem
from sopap.model import jsonformat
from sopap.model.documents import normalize_dokumen
from sopap.model.sop import Sop
from sopap.render.bpmn import process_id, to_bytes
from sopap.render.bpmn.graph import VARIABEL_KEPUTUSAN

#: Process variable holding lane name -> ids of the users who own the lane.
LANE_OWNERS = "lane_owners"


@dataclass
class Deployed:
    """A parsed SOP: Spiff's process spec and what the application adds to it."""

    sop: Sop
    spec: Any  # BpmnProcessSpec
    steps: dict[int, str]  # step number -> task spec name
    lane_owners: dict[str, list[str]]  # lane (pelaksana name) -> pelaksana ids
    data_objects: dict[str, str]  # normalised document name -> data object id


@dataclass
class SpiffCase:
    id: str
    deployed: Deployed
    workflow: Any  # BpmnWorkflow
    ready_since: dict[Any, datetime] = field(default_factory=dict)  # task id -> suite time
    history: list[HistoryEntry] = field(default_factory=list)
    other_documents: dict[str, str] = field(default_factory=dict)  # supplied, not a data object


class SpiffAdapter(Adapter):
    """Runs each case as a SpiffWorkflow ``BpmnWorkflow`` of the exported SOP."""

    name = "spiff"
    supports_clock = True
    supports_documents = True

    def __init__(self, clock=None) -> None:
        super().__init__(clock)
        self._deployed: dict[str, Deployed] = {}
        self._cases: dict[str, SpiffCase] = {}
        self._ids = itertools.count(1)

    # -- deploying -------------------------------------------------------------

    def deploy(self, document: dict[str, Any]) -> None:
        for sop in jsonformat.corpus_from_dict(document).sops:
            parser = SpiffBpmnParser(validator=BpmnValidator())
            parser.add_bpmn_str(to_bytes(sop, "spiff"), filename=f"{sop.id}.bpmn")
            spec = parser.get_spec(process_id(sop.id))
            steps = {}
            for name, task_spec in spec.task_specs.items():
                if isinstance(task_spec, UserTask):
                    steps[int(task_spec.extensions["properties"]["langkah"])] = name
            owners: dict[str, list[str]] = {}
            for pelaksana in sop.pelaksana:
                owners.setdefault(pelaksana.nama, []).append(pelaksana.id)
            objects = {
                normalize_dokumen(obj.bpmn_name or obj.bpmn_id): key for key, obj in spec.data_objects.items()
            }
            self._deployed[sop.id] = Deployed(sop, spec, steps, owners, objects)

    # -- the interface -----------------------------------------------------------

    def start_case(self, sop_id: str, documents: Sequence[str] = ()) -> str:
        try:
            deployed = self._deployed[sop_id]
        except KeyError:
            raise LookupError(f"SOP '{sop_id}' belum dipasang") from None
        workflow = BpmnWorkflow(deployed.spec)
        for name in deployed.spec.data_objects:
            workflow.data_objects[name] = None
        (start,) = workflow.get_tasks(state=TaskState.READY)
        start.data[LANE_OWNERS] = {lane: list(ids) for lane, ids in deployed.lane_owners.items()}
        case = SpiffCase(f"spiff-{next(self._ids)}", deployed, workflow)
        self._supply(case, documents)
        workflow.do_engine_steps()
        self._note_ready(case, set())
        self._cases[case.id] = case
        return case.id

    def work_items(self, case_id: str) -> list[WorkItem]:
        case = self._case(case_id)
        return [
            WorkItem(case.id, self._step_of(task), self._owners(case, task)[0], self._deadline(case, task))
            for task in self._ready(case)
        ]

    def complete(
        self,
        case_id: str,
        step: int,
        actor: str,
        documents: Sequence[str] = (),
        decision: str | None = None,
    ) -> Outcome:
        case = self._cases.get(case_id)
        if case is None:
            return Outcome.refuse(Reason.UNKNOWN_CASE, f"kasus '{case_id}' tidak dikenal")
        spec_name = case.deployed.steps.get(step)
        if spec_name is None:
            return Outcome.refuse(
                Reason.UNKNOWN_STEP, f"SOP '{case.deployed.sop.id}' tidak memiliki langkah {step}"
            )
        ready = self._ready(case)
        task = next((t for t in ready if t.task_spec.name == spec_name), None)
        if task is None:
            if case.workflow.is_completed():
                return Outcome.refuse(Reason.OUT_OF_ORDER, "kasus sudah selesai")
            shown = ", ".join(str(self._step_of(t)) for t in ready) or "tidak ada"
            return Outcome.refuse(
                Reason.OUT_OF_ORDER, f"langkah {step} belum siap; yang siap langkah {shown}"
            )
        owners = self._owners(case, task)
        if actor not in owners:
            return Outcome.refuse(
                Reason.WRONG_ACTOR,
                f"langkah {step} ada di lajur '{task.task_spec.lane}' ({', '.join(owners)}), "
                f"bukan milik '{actor}'",
            )
        missing = self._missing_inputs(case, task, documents)
        if missing:
            return Outcome.refuse(Reason.MISSING_INPUT, "kelengkapan tidak ada: " + "; ".join(missing))
        gateway = self._decision_gateway(task)
        if gateway is not None and not self._valid_decision(case, task, gateway, decision):
            return Outcome.refuse(
                Reason.INVALID_DECISION, f"langkah {step} adalah keputusan: pilih 'ya' atau 'tidak'"
            )
        self._run(case, task, step, actor, documents, decision if gateway is not None else None)
        return Outcome.accept()

    def outputs(self, case_id: str) -> list[Document]:
        case = self._case(case_id)
        found = []
        for value in case.workflow.data_objects.values():
            if isinstance(value, dict) and "langkah" in value:
                found.append(Document(value["nama"], value["langkah"]))
        return found

    def history(self, case_id: str) -> list[HistoryEntry]:
        return list(self._case(case_id).history)

    def documents(self, case_id: str) -> list[str]:
        case = self._case(case_id)
        held = [v["nama"] for v in case.workflow.data_objects.values() if isinstance(v, dict)]
        return [*held, *case.other_documents.values()]

    # -- reading Spiff's state -------------------------------------------------------

    def _case(self, case_id: str) -> SpiffCase:
        try:
            return self._cases[case_id]
        except KeyError:
            raise LookupError(f"kasus '{case_id}' tidak dikenal") from None

    def _ready(self, case: SpiffCase) -> list[Any]:
        return case.workflow.get_tasks(state=TaskState.READY, manual=True)

    def _step_of(self, task) -> int:
        return int(task.task_spec.extensions["properties"]["langkah"])

    def _owners(self, case: SpiffCase, task) -> list[str]:
        owners = task.data.get(LANE_OWNERS, {}).get(task.task_spec.lane)
        if not owners:
            raise AdapterError(f"lajur '{task.task_spec.lane}' tidak memiliki pelaksana di {LANE_OWNERS}")
        return owners

    def _deadline(self, case: SpiffCase, task) -> datetime | None:
        """Ready time plus the duration of the task's timer boundary event."""
        if task.parent is None or not isinstance(task.parent.task_spec, BoundaryEventSplit):
            return None
        for sibling in task.parent.children:  # the task and the events attached to it
            spec = sibling.task_spec
            timer = getattr(spec, "event_definition", None)
            if not isinstance(spec, BoundaryEvent) or not isinstance(timer, TimerEventDefinition):
                continue
            start = case.ready_since[task.id]
            expression = case.workflow.script_engine.evaluate(sibling, timer.expression)
            parsed = TimerEventDefinition.parse_iso_duration(expression)
            duration = TimerEventDefinition.get_timedelta_from_start(parsed, start)
            return test_clock.deadline(start, duration.total_seconds() / 60)
        return None

    def _missing_inputs(self, case: SpiffCase, task, documents: Sequence[str]) -> list[str]:
        supplied = {normalize_dokumen(d) for d in documents}
        missing = []
        for obj in task.task_spec.data_input_associations:
            name = obj.bpmn_name or obj.bpmn_id
            if (
                case.workflow.data_objects.get(obj.bpmn_id) is None
                and normalize_dokumen(name) not in supplied
            ):
                missing.append(name)
        return missing

    def _decision_gateway(self, task):
        for spec in task.task_spec.outputs:
            if isinstance(spec, ExclusiveGateway) and any(
                cond is not None for cond, _ in spec.cond_task_specs
            ):
                return spec
        return None

    def _valid_decision(self, case: SpiffCase, task, gateway, decision: str | None) -> bool:
        """Exactly one of the gateway's conditions holds with this keputusan."""
        if decision is None:
            return False
        environment = case.workflow.script_engine.environment
        context = {**task.data, VARIABEL_KEPUTUSAN: decision}
        holding = 0
        for condition, _ in gateway.cond_task_specs:
            if condition is None:
                continue
            try:
                holding += bool(
                    environment.evaluate(condition.args[0], dict(context), case.workflow.data_objects)
                )
            except Exception:
                return False
        return holding == 1

    # -- changing it ----------------------------------------------------------------

    def _supply(self, case: SpiffCase, documents: Sequence[str]) -> None:
        """Documents from outside fill their (empty) data objects."""
        for name in documents:
            key = case.deployed.data_objects.get(normalize_dokumen(name))
            if key is None:
                case.other_documents.setdefault(normalize_dokumen(name), name)
            elif case.workflow.data_objects.get(key) is None:
                case.workflow.data_objects[key] = {"nama": name, "dari": "luar"}

    def _run(self, case: SpiffCase, task, step: int, actor: str, documents: Sequence[str], decision) -> None:
        now = self.clock.now()
        due = self._deadline(case, task)
        before = {t.id for t in self._ready(case)}
        self._supply(case, documents)
        for obj in task.task_spec.data_output_associations:
            task.data[obj.bpmn_id] = {
                "nama": obj.bpmn_name or obj.bpmn_id,
                "langkah": step,
                "pelaksana": actor,
            }
        if decision is not None:
            task.data[VARIABEL_KEPUTUSAN] = decision
        task.run()
        case.workflow.do_engine_steps()
        case.history.append(HistoryEntry(case.id, step, actor, now, decision, due, due is not None and now > due))
        self._note_ready(case, before - {task.id})

    def _note_ready(self, case: SpiffCase, already: set) -> None:
        """Tasks that became ready now start their time standard now."""
        now = self.clock.now()
        for task in self._ready(case):
            if task.id not in already:
                case.ready_since[task.id] = now
