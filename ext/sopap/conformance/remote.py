"""Adapters for implementations in another process: what both transports share.

The harness (JSON lines over a pipe) and the HTTP adapter differ only in how
one request reaches the implementation; this base class turns the adapter
interface into the protocol's operations, keeps the implementation's clock
in step with the suite's (a ``clock`` message whenever the suite's clock
has moved since the implementation was last told), decodes every answer
strictly (:mod:`.wire`), and stops calling an implementation that failed
:data:`MAX_FAILURES` times in a row or left :data:`MAX_TIMEOUTS` requests
unanswered within one SOP, so a dead or hanging system costs a bounded time
instead of one timeout per remaining scenario. The next SOP starts afresh
(:meth:`RemoteAdapter.recover`): a new harness process or a new connection,
so one hanging SOP leaves a real verdict for the others.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sopap.conformance import limits, wire
from sopap.conformance.adapter import Adapter, AdapterError, Document, HistoryEntry, Outcome, WorkItem

#: Transport failures in a row (no answer, crash, garbled answer) after
#: which the suite stops sending requests to the implementation.
MAX_FAILURES = 3
#: Requests left unanswered within the timeout, within one SOP, after which
#: the suite stops sending requests for that SOP (each one costs a full timeout).
MAX_TIMEOUTS = 3


class TransportError(AdapterError):
    """The implementation did not answer usably (timeout, crash, garbled line)."""

    def __init__(self, message: str, *, timed_out: bool = False) -> None:
        super().__init__(message)
        self.timed_out = timed_out


class GivenUp(AdapterError):
    """The suite stopped sending requests to the implementation for this SOP."""


class RemoteAdapter(Adapter):
    """An implementation reached through the sopap protocol (version :data:`wire.PROTOCOL`)."""

    #: What the implementation calls itself in its hello (name, version, ...).
    info: dict[str, str]

    def __init__(self, clock=None, *, name: str = "", timeout: float | None = None) -> None:
        super().__init__(clock)
        if name:
            self.name = name
        self.timeout = timeout if timeout is not None else limits.io_timeout()
        self.info = {}
        self.supports_clock = False
        self.supports_documents = False
        self._told: datetime | None = None  # the time the implementation was last given
        self._failures = 0
        self._timeouts = 0
        self._last_failure = ""

    # -- transport (one request, one answer) ------------------------------------------

    @abstractmethod
    def _send(self, cmd: str, fields: dict[str, Any]) -> Any:
        """Send one request and return its ``result``.

        Raise :class:`TransportError` when no usable answer came, and
        :class:`AdapterError` for a structured error answer.
        """

    def _request(self, cmd: str, **fields: Any) -> Any:
        if self._failures >= MAX_FAILURES:
            raise GivenUp(
                f"implementasi dianggap rusak setelah {MAX_FAILURES} kegagalan berturut-turut pada SOP ini; permintaan "
                f"'{cmd}' tidak dikirim (kegagalan terakhir: {self._last_failure})"
            )
        if self._timeouts >= MAX_TIMEOUTS:
            raise GivenUp(
                f"implementasi sudah {MAX_TIMEOUTS} kali tidak menjawab dalam batas waktu pada SOP ini; "
                f"permintaan '{cmd}' tidak dikirim agar uji tidak menunggu terus (terakhir: {self._last_failure})"
            )
        try:
            if self.supports_clock and cmd != "clock":
                now = self.clock.now()
                if now != self._told:
                    self._send("clock", {"now": now.isoformat()})
                    self._told = now
            result = self._send(cmd, fields)
        except TransportError as exc:
            self._failures += 1
            self._timeouts += exc.timed_out
            self._last_failure = str(exc)
            self._lost()
            raise
        self._failures = 0
        return result

    def _lost(self) -> None:
        """The implementation may have lost its state or clock (override to reconnect)."""
        self._told = None

    @property
    def given_up(self) -> bool:
        """True once the suite stopped sending requests (until :meth:`recover`)."""
        return self._failures >= MAX_FAILURES or self._timeouts >= MAX_TIMEOUTS

    def recover(self) -> None:
        """A new SOP begins: forget the failures of the last one and start afresh.

        Subclasses drop the process or connection the failures left behind;
        every SOP is deployed again by the suite.
        """
        self._failures = self._timeouts = 0
        self._lost()

    def _hello(self, result: Any, where: str) -> None:
        """Read a hello: protocol version, implementation info, capabilities."""
        wire.protocol_of(result, where)
        self.info = wire.implementation(result.get("implementation"), f"{where}.implementation")
        declared = wire.capabilities(result.get("capabilities"), f"{where}.capabilities")
        self.supports_clock = "clock" in declared
        self.supports_documents = "documents" in declared

    # -- the adapter interface ------------------------------------------------------

    def deploy(self, document: dict[str, Any]) -> None:
        self._request("deploy", document=document)

    def start_case(self, sop_id: str, documents: Sequence[str] = ()) -> str:
        return wire.case_id(self._request("start_case", sop_id=sop_id, documents=wire.names(documents)))

    def work_items(self, case_id: str) -> list[WorkItem]:
        return wire.work_items(self._request("work_items", case_id=case_id))

    def complete(
        self,
        case_id: str,
        step: int,
        actor: str,
        documents: Sequence[str] = (),
        decision: str | None = None,
    ) -> Outcome:
        return wire.outcome_of(
            self._request(
                "complete",
                case_id=case_id,
                step=step,
                actor=actor,
                documents=wire.names(documents),
                decision=decision,
            )
        )

    def outputs(self, case_id: str) -> list[Document]:
        return wire.documents(self._request("outputs", case_id=case_id))

    def history(self, case_id: str) -> list[HistoryEntry]:
        return wire.history(self._request("history", case_id=case_id))

    def documents(self, case_id: str) -> list[str]:
        return wire.document_names(self._request("documents", case_id=case_id))
