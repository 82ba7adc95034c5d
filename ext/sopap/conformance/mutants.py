"""Mutants: the reference engine with exactly one rule broken.

They prove the suite has teeth: each one must make scenarios fail, and the
tests name which ones (``tests/conformance/test_mutants.py``). Names are
what ``--sop-impl`` accepts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sopap.conformance.adapter import Outcome
from sopap.conformance.engine import Case, ReferenceEngine, _keep
from sopap.model.paths import target
from sopap.model.sop import Langkah


class IgnoresActor(ReferenceEngine):
    """Lets anyone complete any step."""

    name = "mutan-abaikan-pelaksana"

    def check_actor(self, case, step, actor, documents, decision) -> Outcome | None:
        return None


class IgnoresOrder(ReferenceEngine):
    """Accepts a step that is not ready, then continues from it."""

    name = "mutan-abaikan-urutan"

    def check_order(self, case, step, actor, documents, decision) -> Outcome | None:
        return None


class IgnoresInputs(ReferenceEngine):
    """Never asks for kelengkapan."""

    name = "mutan-abaikan-kelengkapan"

    def check_inputs(self, case, step, actor, documents, decision) -> Outcome | None:
        return None


class DropsOutput(ReferenceEngine):
    """Forgets the last output of every step."""

    name = "mutan-buang-output"

    def produced(self, step: Langkah) -> Sequence[str]:
        return step.output[:-1]


class IgnoresTime(ReferenceEngine):
    """Sets no deadline: the time standard is never tracked."""

    name = "mutan-abaikan-waktu"

    def deadline(self, case, step):
        return None


class SkipsArchive(ReferenceEngine):
    """Ends the case before its last step (usually the archive)."""

    name = "mutan-lewati-arsip"

    def next_step(self, case: Case, step: Langkah, decision: str | None) -> int | None:
        nxt = target(step, decision)
        return None if nxt == case.sop.langkah[-1].nomor else nxt


class WrongBranch(ReferenceEngine):
    """Takes the other branch at every decision."""

    name = "mutan-salah-cabang"

    def next_step(self, case: Case, step: Langkah, decision: str | None) -> int | None:
        if step.cabang is None:
            return target(step, decision)
        return target(step, "tidak" if decision == "ya" else "ya")


class DeadlineFromCaseStart(ReferenceEngine):
    """Counts every time standard from the start of the case, not from when the step became ready."""

    name = "mutan-batas-dari-awal-kasus"

    def deadline_start(self, case: Case) -> datetime:
        return case.started


class DeadlineFromNow(ReferenceEngine):
    """Counts a time standard from the moment it is asked for ("now")."""

    name = "mutan-batas-dari-sekarang"

    def deadline_start(self, case: Case) -> datetime:
        return self.clock.now()


class WallClockTime(ReferenceEngine):
    """Counts working minutes as plain clock minutes: nights and weekends count."""

    name = "mutan-waktu-tanpa-kalender"

    def add_working(self, start: datetime, minutes: float) -> datetime:
        return start + timedelta(minutes=minutes)


class ExtraActor(ReferenceEngine):
    """Role check written as an allow-list with one role too many: the SOP's
    last pelaksana (column order) may do every step besides its own."""

    name = "mutan-pelaksana-tambahan"

    def check_actor(self, case, step, actor, documents, decision) -> Outcome | None:
        if actor == case.sop.pelaksana[-1].id:
            return None
        return super().check_actor(case, step, actor, documents, decision)


class LateOnTime(ReferenceEngine):
    """Records a late completion as on time."""

    name = "mutan-terlambat-tak-dicatat"

    def is_late(self, deadline, now) -> bool:
        return False


class LateAtDeadline(ReferenceEngine):
    """Records a completion exactly at the deadline as late."""

    name = "mutan-terlambat-di-batas"

    def is_late(self, deadline, now) -> bool:
        return deadline is not None and now >= deadline


class KeepsRefusedDocuments(ReferenceEngine):
    """Keeps the documents a refused completion carried in the case file."""

    name = "mutan-simpan-dokumen-ditolak"

    def complete(self, case_id, step, actor, documents=(), decision=None) -> Outcome:
        outcome = super().complete(case_id, step, actor, documents, decision)
        case = self._cases.get(case_id)
        if not outcome.accepted and case is not None:
            _keep(case.documents, documents)
        return outcome


class StatePerSop(ReferenceEngine):
    """Keeps one case state per SOP: a new case overwrites the live one."""

    name = "mutan-keadaan-per-sop"

    def new_case(self, case_id, sop, now) -> Case:
        shared = getattr(self, "_per_sop", None)
        if shared is None:
            shared = self._per_sop = {}
        case = shared.get(sop.id)
        if case is None:
            case = shared[sop.id] = Case(case_id, sop, sop.langkah[0].nomor, now, now)
        else:  # the live case's state is reset under the new id
            case.id, case.ready, case.ready_since, case.started = case_id, sop.langkah[0].nomor, now, now
            case.documents, case.outputs, case.history = {}, [], []
        self._cases[case_id] = case
        return case


#: name -> class, in the order reports list them.
MUTANTS: dict[str, type[ReferenceEngine]] = {
    cls.name: cls
    for cls in (
        IgnoresActor,
        IgnoresOrder,
        IgnoresInputs,
        DropsOutput,
        IgnoresTime,
        SkipsArchive,
        WrongBranch,
        DeadlineFromCaseStart,
        DeadlineFromNow,
        WallClockTime,
        ExtraActor,
        LateOnTime,
        LateAtDeadline,
        KeepsRefusedDocuments,
        StatePerSop,
    )
}
