"""Mutants: the reference engine with exactly one rule broken.

They prove the suite has teeth: each one must make scenarios fail, and the
tests name which ones (``tests/test_conformance_mutants.py``). Names are
what ``--sop-impl`` accepts.
"""

from __future__ import annotations

from collections.abc import Sequence

from sopap.conformance.adapter import Outcome
from sopap.conformance.engine import Case, ReferenceEngine
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


#: name -> class, in the order reports list them.
MUTANTS: dict[str, type[ReferenceEngine]] = {
    cls.name: cls
    for cls in (IgnoresActor, IgnoresOrder, IgnoresInputs, DropsOutput, IgnoresTime, SkipsArchive, WrongBranch)
}
