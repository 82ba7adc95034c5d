"""The adapter interface: what the conformance suite asks of an implementation.

An implementation (an e-office or workflow system) is plugged in through a
subclass of :class:`Adapter`. The suite only ever calls the methods below,
so an adapter for a system in another process or language translates each
call into that system's API. The semantics are written for implementers in
``docs/kesesuaian.md`` (section "Memasang sistem Anda"); the in-process reference engine
(:mod:`sopap.conformance.engine`) is their executable form.

Refusals are values, not exceptions: a system that refuses a step is
behaving correctly, and the reason code is part of the contract. An
exception raised by an adapter means the implementation misbehaved (it
crashed, answered nonsense or timed out); the suite reports those scenarios
as *galat* (errored), apart from scenarios that *gagal* (failed a rule).
"""

from __future__ import annotations

import enum
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from sopap.conformance.clock import Clock


class Reason(str, enum.Enum):
    """Why a step was refused. The values are the wire format."""

    #: The actor is not the step's pelaksana.
    WRONG_ACTOR = "WRONG_ACTOR"
    #: A kelengkapan of the step is neither in the case nor supplied with it.
    MISSING_INPUT = "MISSING_INPUT"
    #: The step is not ready: an earlier step is not done, it was already
    #: done, or the case has ended.
    OUT_OF_ORDER = "OUT_OF_ORDER"
    #: A decision step was completed without ``"ya"`` or ``"tidak"``.
    INVALID_DECISION = "INVALID_DECISION"
    #: The case id is not known to the implementation.
    UNKNOWN_CASE = "UNKNOWN_CASE"
    #: The step number does not exist in the case's SOP.
    UNKNOWN_STEP = "UNKNOWN_STEP"


#: Order in which an implementation must check the rules: when a call breaks
#: several, it reports the first one of this list.
REASON_PRECEDENCE: tuple[Reason, ...] = (
    Reason.UNKNOWN_CASE,
    Reason.UNKNOWN_STEP,
    Reason.OUT_OF_ORDER,
    Reason.WRONG_ACTOR,
    Reason.MISSING_INPUT,
    Reason.INVALID_DECISION,
)


#: Optional capabilities an implementation may declare: ``clock`` (it follows
#: the suite's clock, so time standards can be tested) and ``documents`` (it
#: lists a case's documents). A scenario that needs one the implementation
#: lacks is skipped with the reason, never passed.
CAPABILITIES: tuple[str, ...] = ("clock", "documents")


@dataclass(frozen=True, slots=True)
class Outcome:
    """Result of :meth:`Adapter.complete`: accepted, or refused with a reason."""

    accepted: bool
    reason: Reason | None = None
    message: str = ""

    @classmethod
    def accept(cls) -> Outcome:
        return cls(True)

    @classmethod
    def refuse(cls, reason: Reason | str, message: str = "") -> Outcome:
        return cls(False, Reason(reason), message)

    def __post_init__(self) -> None:
        if self.accepted and self.reason is not None:
            raise ValueError("an accepted outcome has no reason")
        if not self.accepted and self.reason is None:
            raise ValueError("a refusal needs a reason code")


@dataclass(frozen=True, slots=True)
class WorkItem:
    """A step that is ready in a case: who must do it and by when."""

    case_id: str
    step: int
    actor: str  # pelaksana id from the SOP
    #: When the time standard (waktu) runs out, on the implementation's
    #: clock; ``None`` when the step has no waktu.
    deadline: datetime | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A document the case holds because a step produced it (an output)."""

    name: str
    step: int


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One accepted completion, in the order they happened."""

    case_id: str
    step: int
    actor: str
    timestamp: datetime
    decision: str | None = None
    #: The deadline the step had when it was completed (``None``: no waktu).
    deadline: datetime | None = None
    #: Completed after its deadline (a completion exactly at it is on time).
    late: bool = False


class AdapterError(RuntimeError):
    """The implementation answered in a way the interface does not allow.

    Raise it (or let any exception escape) when the system behind the adapter
    fails; the suite reports the scenario as errored, not as failed.
    """


class Adapter(ABC):
    """Base class of every implementation under test.

    The suite constructs one adapter per implementation and run, passing the
    clock it controls: ``AdapterClass(clock=clock)``. Each SOP is deployed
    once; every scenario starts its own case.
    """

    #: Short name shown in reports (defaults to the name used on the command line).
    name: ClassVar[str] = ""
    #: True when the implementation reads time from the suite's clock (see
    #: :class:`~sopap.conformance.clock.Clock`). When False, the suite reports
    #: every time-standard scenario as skipped (capability ``clock``).
    supports_clock: ClassVar[bool] = False
    #: True when :meth:`documents` lists a case's documents (capability
    #: ``documents``). When False, a refusal that carried documents cannot be
    #: checked to have left them out, and its scenario is reported as skipped.
    supports_documents: ClassVar[bool] = False

    def __init__(self, clock: Clock | None = None) -> None:
        self.clock = clock if clock is not None else Clock()

    @abstractmethod
    def deploy(self, document: dict[str, Any]) -> None:
        """Install the SOPs of a ``sopap/1`` JSON document (usually one SOP)."""

    @abstractmethod
    def start_case(self, sop_id: str, documents: Sequence[str] = ()) -> str:
        """Start a case of a deployed SOP holding ``documents``; return its id."""

    @abstractmethod
    def work_items(self, case_id: str) -> Sequence[WorkItem]:
        """The ready steps of the case (none once the case has ended)."""

    @abstractmethod
    def complete(
        self,
        case_id: str,
        step: int,
        actor: str,
        documents: Sequence[str] = (),
        decision: str | None = None,
    ) -> Outcome:
        """``actor`` completes ``step``, supplying ``documents`` from outside.

        ``decision`` is ``"ya"`` or ``"tidak"`` for a decision step and
        ``None`` otherwise.
        """

    @abstractmethod
    def outputs(self, case_id: str) -> Sequence[Document]:
        """Every output produced in the case so far, with its step."""

    @abstractmethod
    def history(self, case_id: str) -> Sequence[HistoryEntry]:
        """Accepted completions of the case, oldest first."""

    def documents(self, case_id: str) -> Sequence[str]:
        """Names of every document the case holds (optional, see :attr:`supports_documents`).

        What it was started with, what accepted completions supplied and
        every output; never what a refused completion carried.
        """
        raise NotImplementedError("documents() tidak disediakan implementasi ini")

    @property
    def capabilities(self) -> frozenset[str]:
        """The optional capabilities this implementation declares (``clock``, ``documents``)."""
        return frozenset(
            name for name, on in (("clock", self.supports_clock), ("documents", self.supports_documents)) if on
        )

    def close(self) -> None:
        """Release resources (processes, connections) at the end of the run."""
