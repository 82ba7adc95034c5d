"""The reference engine: the SOP semantics, in process, from the model.

One token per case: the first step is ready when the case starts; completing
a step makes its successor ready (for a decision, the target of the chosen
branch); completing the last step ends the case. A completion is refused
when, in this order (see :data:`~sopap.conformance.adapter.REASON_PRECEDENCE`):

* the step is not the ready one (``OUT_OF_ORDER``);
* the actor is not the step's pelaksana (``WRONG_ACTOR``);
* a kelengkapan is neither in the case nor supplied with the step
  (``MISSING_INPUT``); documents match by name after
  :func:`~sopap.model.documents.normalize_dokumen`;
* a decision step gets no ``"ya"``/``"tidak"`` (``INVALID_DECISION``).

An accepted completion adds the supplied documents and the step's outputs to
the case and is written to the history with the clock's time, the deadline
the step had and whether it came after it (late). The step that becomes
ready gets its deadline: ``waktu`` working minutes after that moment on the
test calendar (:func:`~sopap.conformance.clock.deadline`). A refused
completion changes nothing, not even the documents it carried.

Each rule is one small method so that :mod:`~sopap.conformance.mutants` can
break exactly one.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sopap.conformance import clock as test_clock
from sopap.conformance.adapter import Adapter, Document, HistoryEntry, Outcome, Reason, WorkItem
from sopap.model import jsonformat
from sopap.model.documents import normalize_dokumen
from sopap.model.paths import target
from sopap.model.sop import Langkah, Sop

DECISIONS = ("ya", "tidak")


@dataclass
class Case:
    """The state of one case."""

    id: str
    sop: Sop
    ready: int | None  # the ready step; None once the case has ended
    ready_since: datetime
    started: datetime
    documents: dict[str, str] = field(default_factory=dict)  # normalised name -> first spelling
    outputs: list[Document] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)


class ReferenceEngine(Adapter):
    """The executable semantics the features are checked against."""

    name = "reference"
    supports_clock = True
    supports_documents = True

    def __init__(self, clock=None) -> None:
        super().__init__(clock)
        self._sops: dict[str, Sop] = {}
        self._cases: dict[str, Case] = {}
        self._ids = itertools.count(1)

    # -- the interface -----------------------------------------------------

    def deploy(self, document: dict[str, Any]) -> None:
        for sop in jsonformat.corpus_from_dict(document).sops:
            self._sops[sop.id] = sop

    def start_case(self, sop_id: str, documents: Sequence[str] = ()) -> str:
        try:
            sop = self._sops[sop_id]
        except KeyError:
            raise LookupError(f"SOP '{sop_id}' belum dipasang") from None
        now = self.clock.now()
        case = self.new_case(f"kasus-{next(self._ids)}", sop, now)
        _keep(case.documents, documents)
        return case.id

    def new_case(self, case_id: str, sop: Sop, now: datetime) -> Case:
        case = self._cases[case_id] = Case(case_id, sop, sop.langkah[0].nomor, now, now)
        return case

    def work_items(self, case_id: str) -> list[WorkItem]:
        case = self._case(case_id)
        if case.ready is None:
            return []
        step = case.sop.langkah_by_nomor(case.ready)
        return [WorkItem(case.id, step.nomor, step.pelaksana, self.deadline(case, step))]

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
        try:
            langkah = case.sop.langkah_by_nomor(step)
        except KeyError:
            return Outcome.refuse(Reason.UNKNOWN_STEP, f"SOP '{case.sop.id}' tidak memiliki langkah {step}")
        for check in (self.check_order, self.check_actor, self.check_inputs, self.check_decision):
            refusal = check(case, langkah, actor, documents, decision)
            if refusal is not None:
                return refusal
        self.accept(case, langkah, actor, documents, decision)
        return Outcome.accept()

    def outputs(self, case_id: str) -> list[Document]:
        return list(self._case(case_id).outputs)

    def history(self, case_id: str) -> list[HistoryEntry]:
        return list(self._case(case_id).history)

    def documents(self, case_id: str) -> list[str]:
        return list(self._case(case_id).documents.values())

    # -- the rules (one method each, overridden by the mutants) ------------

    def check_order(self, case: Case, step: Langkah, actor, documents, decision) -> Outcome | None:
        if case.ready == step.nomor:
            return None
        if case.ready is None:
            return Outcome.refuse(Reason.OUT_OF_ORDER, "kasus sudah selesai")
        return Outcome.refuse(
            Reason.OUT_OF_ORDER, f"langkah {step.nomor} belum siap; yang siap langkah {case.ready}"
        )

    def check_actor(self, case: Case, step: Langkah, actor, documents, decision) -> Outcome | None:
        if actor == step.pelaksana:
            return None
        return Outcome.refuse(
            Reason.WRONG_ACTOR, f"langkah {step.nomor} dilaksanakan oleh '{step.pelaksana}', bukan '{actor}'"
        )

    def check_inputs(self, case: Case, step: Langkah, actor, documents, decision) -> Outcome | None:
        if not step.kelengkapan:
            return None
        # not the union of the two sets: the case's set grows with every output
        supplied = {normalize_dokumen(d) for d in documents}
        missing = [
            d for d in step.kelengkapan if (key := normalize_dokumen(d)) not in case.documents and key not in supplied
        ]
        if not missing:
            return None
        return Outcome.refuse(Reason.MISSING_INPUT, "kelengkapan tidak ada: " + "; ".join(missing))

    def check_decision(self, case: Case, step: Langkah, actor, documents, decision) -> Outcome | None:
        if step.cabang is None or decision in DECISIONS:
            return None
        return Outcome.refuse(
            Reason.INVALID_DECISION, f"langkah {step.nomor} adalah keputusan: pilih 'ya' atau 'tidak'"
        )

    def produced(self, step: Langkah) -> Sequence[str]:
        """The outputs a completion of ``step`` adds to the case."""
        return step.output

    def next_step(self, case: Case, step: Langkah, decision: str | None) -> int | None:
        return target(step, decision)

    def deadline(self, case: Case, step: Langkah) -> datetime | None:
        if step.waktu is None:
            return None
        return self.add_working(self.deadline_start(case), step.waktu.menit)

    def deadline_start(self, case: Case) -> datetime:
        """Where a time standard starts: when the step became ready."""
        return case.ready_since

    def add_working(self, start: datetime, minutes: float) -> datetime:
        """``minutes`` working minutes after ``start`` on the test calendar."""
        return test_clock.deadline(start, minutes)

    def is_late(self, deadline: datetime | None, now: datetime) -> bool:
        """Completed after the deadline; exactly at it is on time."""
        return deadline is not None and now > deadline

    # -- state change ------------------------------------------------------

    def accept(self, case: Case, step: Langkah, actor: str, documents: Sequence[str], decision: str | None) -> None:
        now = self.clock.now()
        due = self.deadline(case, step)
        _keep(case.documents, documents)
        for name in self.produced(step):
            _keep(case.documents, (name,))
            case.outputs.append(Document(name, step.nomor))
        decided = decision if step.cabang is not None else None
        case.history.append(HistoryEntry(case.id, step.nomor, actor, now, decided, due, self.is_late(due, now)))
        case.ready = self.next_step(case, step, decision)
        case.ready_since = now

    def _case(self, case_id: str) -> Case:
        try:
            return self._cases[case_id]
        except KeyError:
            raise LookupError(f"kasus '{case_id}' tidak dikenal") from None


def _keep(held: dict[str, str], names: Sequence[str]) -> None:
    """Add documents to a case, matched by normalised name; the first spelling stays."""
    for name in names:
        held.setdefault(normalize_dokumen(name), name)
