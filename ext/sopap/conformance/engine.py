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
the case, is written to the history with the clock's time, and sets the next
step's deadline to ``now + waktu`` (working minutes).

Each rule is one small method so that :mod:`~sopap.conformance.mutants` can
break exactly one.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

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
    documents: set[str] = field(default_factory=set)  # normalised names
    outputs: list[Document] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)


class ReferenceEngine(Adapter):
    """The executable semantics the features are checked against."""

    name = "reference"
    supports_clock = True

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
        case = Case(f"kasus-{next(self._ids)}", sop, sop.langkah[0].nomor, self.clock.now())
        case.documents.update(normalize_dokumen(d) for d in documents)
        self._cases[case.id] = case
        return case.id

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
        return case.ready_since + timedelta(minutes=step.waktu.menit)

    # -- state change ------------------------------------------------------

    def accept(self, case: Case, step: Langkah, actor: str, documents: Sequence[str], decision: str | None) -> None:
        now = self.clock.now()
        case.documents.update(normalize_dokumen(d) for d in documents)
        for name in self.produced(step):
            case.documents.add(normalize_dokumen(name))
            case.outputs.append(Document(name, step.nomor))
        case.history.append(
            HistoryEntry(case.id, step.nomor, actor, now, decision if step.cabang is not None else None)
        )
        case.ready = self.next_step(case, step, decision)
        case.ready_since = now

    def _case(self, case_id: str) -> Case:
        try:
            return self._cases[case_id]
        except KeyError:
            raise LookupError(f"kasus '{case_id}' tidak dikenal") from None
