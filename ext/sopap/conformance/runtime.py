"""What the step vocabulary works on: adapters per run and one case per scenario.

Calls into an adapter go through :func:`invoke`, which turns anything the
implementation raises, and any answer of the wrong type, into
:class:`ImplementationError`; the report counts those scenarios as *galat*
(errored), apart from rule violations (:class:`Nonconformity`, *gagal*).

Within a run, every call (creating the adapter included) runs on one worker
thread per implementation (:class:`Guard`) and is abandoned after
:func:`~sopap.conformance.limits.call_limit` seconds: an adapter that hangs
errs its scenario instead of hanging the suite, and the remaining scenarios
of that SOP err at once (:class:`NotRun`). The next SOP gets a new adapter
on a new thread (a harness process is restarted, an HTTP connection opened
again), so a hang in one SOP leaves a real verdict for every other one.
Adapters for other processes time out sooner on their own, with a more
precise reason. Only sopap's own engine and its mutants
(:data:`~sopap.conformance.registry.TRUSTED`) are called directly: the
handoff to the thread costs more than their answers.
"""

from __future__ import annotations

import functools
import queue
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sopap.conformance import clock as test_clock
from sopap.conformance.adapter import Adapter, Document, HistoryEntry, Outcome, WorkItem
from sopap.conformance.clock import Clock
from sopap.conformance.kit import Kit
from sopap.conformance.limits import call_limit
from sopap.conformance.registry import Implementation, resolve
from sopap.conformance.remote import GivenUp, RemoteAdapter
from sopap.model.paths import CaseFile, Route
from sopap.model.sop import Langkah, Sop
from sopap.util.text import visible


class ImplementationError(Exception):
    """The implementation crashed or answered outside the interface (the scenario errs: galat).

    Messages quote the implementation (its exceptions, bodies, stderr):
    control characters are made visible so that they never reach a terminal raw.
    """

    def __init__(self, message: str = "") -> None:
        super().__init__(visible(message))


class NotRun(ImplementationError):
    """The implementation had been given up on this SOP before the scenario began."""


class Nonconformity(AssertionError):
    """The implementation broke a rule of the SOP (the scenario fails: gagal)."""

    def __init__(self, message: str = "") -> None:
        super().__init__(visible(message))


_EXPECT: dict[str, Any] = {
    "start_case": str,
    "complete": Outcome,
    "work_items": WorkItem,
    "outputs": Document,
    "history": HistoryEntry,
}


class Hung(Exception):
    """A guarded call did not return in time."""

    def __init__(self, limit: float) -> None:
        super().__init__(limit)
        self.limit = limit


class Guard:
    """One daemon thread running an implementation's calls, each with a time limit.

    One thread per implementation keeps adapters that are tied to the thread
    that created them (sqlite connections, for one) working. A call that
    outlives the limit is left running on its thread (Python cannot stop
    it; the thread is a daemon, so it never keeps the process alive) and
    :class:`Hung` is raised; the guard refuses every later call.
    """

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.hung: str | None = None
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        threading.Thread(target=self._work, name="sopap-implementasi", daemon=True).start()

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            call, box, done = job
            try:
                box.append((True, call()))
            except BaseException as exc:  # handed to the caller's thread
                box.append((False, exc))
            done.set()

    def call(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        if self.hung is not None:
            raise NotRun(
                f"{what} tidak dipanggil: implementasi macet sebelumnya pada SOP ini ({self.hung}); "
                "skenario ini tidak dijalankan"
            )
        box: list = []
        done = threading.Event()
        self._jobs.put((lambda: fn(*args, **kwargs), box, done))
        if not done.wait(self.limit):
            self.hung = f"{what} tidak selesai dalam {self.limit:g} detik"
            raise Hung(self.limit)
        ok, value = box[0]
        if ok:
            return value
        raise value

    def stop(self) -> None:
        if self.hung is None:
            self._jobs.put(None)


def invoke(adapter: Adapter, method: str, *args: Any, guard: Guard | None = None, **kwargs: Any) -> Any:
    """Call ``adapter.method``; raise ImplementationError if it misbehaves or hangs."""
    try:
        if guard is None:
            result = getattr(adapter, method)(*args, **kwargs)
        else:
            result = guard.call(f"{method}()", getattr(adapter, method), *args, **kwargs)
    except ImplementationError:
        raise
    except GivenUp as exc:
        raise NotRun(f"{method}() tidak dipanggil: {exc}") from None
    except Hung as exc:
        raise ImplementationError(
            f"{method}() tidak selesai dalam {exc.limit:g} detik: implementasi dianggap macet "
            f"(batas per panggilan: 6 x SOPAP_TIMEOUT)"
        ) from None
    except Exception as exc:  # anything the implementation raises is its fault
        raise ImplementationError(f"{method}() gagal: {type(exc).__name__}: {exc}") from exc
    expected = _EXPECT.get(method)
    if expected is None:
        return result
    if method in ("work_items", "outputs", "history"):
        if isinstance(result, (str, bytes)) or not isinstance(result, Sequence) or not all(
            isinstance(item, expected) for item in result
        ):
            raise ImplementationError(f"{method}() tidak mengembalikan daftar {expected.__name__}: {result!r}")
        for item in result:
            when = getattr(item, "deadline", None) if method == "work_items" else getattr(item, "timestamp", None)
            if method != "outputs" and when is not None and (not isinstance(when, datetime) or when.tzinfo is None):
                raise ImplementationError(f"{method}() memberi waktu tanpa zona waktu atau bukan datetime: {when!r}")
            if method == "history" and when is None:
                raise ImplementationError(f"history() memberi catatan tanpa waktu: {item!r}")
            due = getattr(item, "deadline", None) if method == "history" else None
            if due is not None and (not isinstance(due, datetime) or due.tzinfo is None):
                raise ImplementationError(f"history() memberi batas waktu tanpa zona waktu atau bukan datetime: {due!r}")
        return list(result)
    if method == "documents":
        if isinstance(result, (str, bytes)) or not isinstance(result, Sequence) or not all(
            isinstance(name, str) for name in result
        ):
            raise ImplementationError(f"documents() tidak mengembalikan daftar nama dokumen: {result!r}")
        return list(result)
    if not isinstance(result, expected):
        raise ImplementationError(f"{method}() tidak mengembalikan {expected.__name__}: {result!r}")
    return result


@dataclass
class Run:
    """One implementation for the whole pytest run: adapter, clock, deployed SOPs.

    Failures are contained per SOP: when the implementation hung or was
    given up on one SOP, :meth:`begin` gives the next SOP a fresh adapter
    (or a restarted process, a new connection).
    """

    name: str
    clock: Clock
    adapter: Adapter | None = None
    error: ImplementationError | None = None
    deployed: set[str] = field(default_factory=set)
    guard: Guard | None = None
    implementation: Implementation | None = None
    sop: str | None = None  # the SOP the last scenario worked on

    @classmethod
    def create(cls, name: str) -> Run:
        run = cls(name, Clock())
        try:
            run.implementation = resolve(name)
        except Exception as exc:
            run.error = ImplementationError(f"implementasi '{name}' tidak dapat dibuat: {type(exc).__name__}: {exc}")
            return run
        run._build()
        return run

    def _build(self) -> None:
        """Create the adapter (on a new guard thread unless trusted)."""
        implementation = self.implementation
        assert implementation is not None
        self.error = None
        try:
            if implementation.trusted:  # sopap's own engine: nothing to wait for, no thread handoff
                self.adapter = implementation.create(self.clock)
                return
            self.guard = Guard(call_limit())
            self.adapter = self.guard.call("pembuatan adapter", implementation.create, self.clock)
        except Hung as exc:
            self.error = ImplementationError(
                f"implementasi '{self.name}' tidak selesai dibuat dalam {exc.limit:g} detik"
            )
        except Exception as exc:
            self.error = ImplementationError(
                f"implementasi '{self.name}' tidak dapat dibuat: {type(exc).__name__}: {exc}"
            )

    def begin(self, sop_id: str) -> None:
        """A scenario of ``sop_id`` starts: after a hang on another SOP, start afresh."""
        if sop_id == self.sop:
            return
        self.sop = sop_id
        if self.guard is not None and self.guard.hung is not None:
            stuck = self.adapter
            self.adapter, self.deployed = None, set()
            if stuck is not None:  # its thread is stuck: close from another one, without waiting
                threading.Thread(target=_close_quietly, args=(stuck,), daemon=True).start()
            self._build()
        elif isinstance(self.adapter, RemoteAdapter) and self.adapter.given_up:
            try:
                self.invoke("recover")
            except ImplementationError:
                pass  # the next call says what is wrong

    def invoke(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """:func:`invoke` on this run's adapter, through its guard."""
        return invoke(self.ready_adapter(), method, *args, guard=self.guard, **kwargs)

    def ready_adapter(self) -> Adapter:
        if self.adapter is None:
            assert self.error is not None
            raise self.error
        return self.adapter

    def deploy(self, kit: Kit, sop_id: str) -> None:
        if sop_id not in self.deployed:
            self.invoke("deploy", kit.document_for(sop_id))
            self.deployed.add(sop_id)

    def close(self) -> None:
        if self.adapter is not None:
            try:
                if self.guard is not None and self.guard.hung is None:
                    self.guard.call("close()", self.adapter.close)
                else:  # its thread is stuck: close from here (kills processes, closes sockets)
                    self.adapter.close()
            except Exception:  # closing must not hide the results
                pass
        if self.guard is not None:
            self.guard.stop()


def _close_quietly(adapter: Adapter) -> None:
    try:
        adapter.close()
    except Exception:  # closing must not hide the results
        pass


#: Ready steps, history, outputs and (capability ``documents``) the case's
#: documents as (normalised name, name) pairs.
Snapshot = tuple[
    tuple[WorkItem, ...], tuple[HistoryEntry, ...], tuple[Document, ...], tuple[tuple[str, str], ...] | None
]


@functools.lru_cache(maxsize=4096)  # the same few pelaksana names, asked for on every step
def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


@dataclass
class CaseState:
    """What the suite knows of one case of a scenario."""

    case_id: str
    berkas: CaseFile
    ready_since: datetime
    last: tuple[int, Outcome] | None = None
    before: Snapshot | None = None
    carried: tuple[str, ...] = ()  # documents the last completion carried
    due: datetime | None = None  # the deadline the last accepted step had
    was_ready: datetime | None = None  # when the last accepted step had become ready


class Scenario:
    """The cases a scenario works on (one current), and what the suite expects of them."""

    def __init__(self, run: Run, kit: Kit) -> None:
        self.run = run
        self.kit = kit
        self.sop: Sop | None = None
        self.cases: dict[str, CaseState] = {}
        self.current: CaseState | None = None
        #: The step the scenario was acting on or checking last (where a case diverged).
        self.focus: int | None = None
        self.calls = 0  # successful calls to the implementation in this scenario

    @property
    def adapter(self) -> Adapter:
        return self.run.ready_adapter()

    @property
    def clock(self) -> Clock:
        return self.run.clock

    def invoke(self, method: str, *args: Any) -> Any:
        try:
            result = self.run.invoke(method, *args)
        except NotRun as exc:
            exc.untouched = self.calls == 0  # type: ignore[attr-defined]
            raise
        self.calls += 1
        return result

    def needs(self, capability: str, why: str) -> None:
        """Skip the scenario, with the reason, unless the implementation declares ``capability``."""
        import pytest

        if capability not in self.adapter.capabilities:
            pytest.skip(f"implementasi tidak menyatakan kemampuan '{capability}': {why}")

    # -- the current case ---------------------------------------------------------

    @property
    def state(self) -> CaseState:
        if self.current is None:
            raise ValueError("belum ada kasus: gunakan 'sebuah kasus baru dimulai'")
        return self.current

    @property
    def case_id(self) -> str | None:
        return None if self.current is None else self.current.case_id

    @property
    def berkas(self) -> CaseFile:
        return self.state.berkas

    @property
    def ready_since(self) -> datetime:
        return self.state.ready_since

    @property
    def last(self) -> tuple[int, Outcome] | None:
        return None if self.current is None else self.current.last

    @property
    def before(self) -> Snapshot | None:
        return None if self.current is None else self.current.before

    # -- reading the SOP ------------------------------------------------------

    def need_sop(self) -> Sop:
        if self.sop is None:
            raise ValueError("fitur tidak memasang SOP: awali dengan 'SOP \"<id>\" terpasang'")
        return self.sop

    def need_case(self) -> str:
        return self.state.case_id

    def step(self, nomor: int) -> Langkah:
        try:
            return self.need_sop().langkah_by_nomor(nomor)
        except KeyError:
            raise ValueError(f"SOP '{self.need_sop().id}' tidak memiliki langkah {nomor}") from None

    def actor_id(self, name: str) -> str:
        """The pelaksana id for a name (or id) written in a feature."""
        wanted = _plain(name)
        for p in self.need_sop().pelaksana:
            if wanted in (_plain(p.nama), _plain(p.id)):
                return p.id
        raise ValueError(f"pelaksana '{name}' tidak ada dalam SOP '{self.need_sop().id}'")

    def actor_name(self, actor_id: str) -> str:
        try:
            return self.need_sop().pelaksana_by_id(actor_id).nama
        except KeyError:
            return actor_id

    # -- acting -----------------------------------------------------------------

    def install(self, sop_id: str) -> None:
        self.sop = self.kit.sop(sop_id)
        self.run.begin(sop_id)
        try:
            self.run.deploy(self.kit, sop_id)
        except NotRun as exc:
            exc.untouched = True  # type: ignore[attr-defined]
            raise

    def start(self, documents: Sequence[str], name: str = "") -> None:
        """Start a case (named, when a scenario drives several) and make it current."""
        sop = self.need_sop()
        case_id = self.invoke("start_case", sop.id, list(documents))
        self.current = self.cases[name] = CaseState(case_id, CaseFile(documents), self.clock.now())

    def switch(self, name: str) -> None:
        try:
            self.current = self.cases[name]
        except KeyError:
            raise ValueError(f"kasus '{name}' belum dimulai dalam skenario ini") from None

    def snapshot(self) -> Snapshot:
        case = self.need_case()
        documents = None
        if "documents" in self.adapter.capabilities:
            documents = tuple(sorted((normalize(d), d) for d in self.invoke("documents", case)))
        return (
            tuple(self.invoke("work_items", case)),
            tuple(self.invoke("history", case)),
            tuple(self.invoke("outputs", case)),
            documents,
        )

    def complete(
        self, nomor: int, actor: str, documents: Sequence[str], decision: str | None, *, watch: bool = True
    ) -> Outcome:
        """Try a completion; with ``watch``, remember the case before it."""
        step = self.step(nomor)
        state = self.state
        self.focus = nomor
        state.before = self.snapshot() if watch else None
        state.carried = tuple(documents)
        outcome = self.invoke("complete", state.case_id, nomor, actor, list(documents), decision)
        state.last = (nomor, outcome)
        if outcome.accepted:
            state.berkas.complete(step, documents)
            state.due = None if step.waktu is None else test_clock.deadline(state.ready_since, step.waktu.menit)
            state.was_ready, state.ready_since = state.ready_since, self.clock.now()
        return outcome

    def complete_path(self, path: Sequence[Route]) -> None:
        """Set-up: complete each step as the SOP says; any refusal fails."""
        for item in path:
            step = self.step(item.nomor)
            supply = self.berkas.supply_for(step)
            outcome = self.complete(item.nomor, step.pelaksana, supply, item.keputusan, watch=False)
            if not outcome.accepted:
                raise SetupFailed(
                    f"persiapan gagal: langkah {item.nomor} oleh '{self.actor_name(step.pelaksana)}' ditolak "
                    f"({outcome.reason.value}: {outcome.message})"
                )

    # -- checking ---------------------------------------------------------------

    def work_items(self) -> list[WorkItem]:
        return self.invoke("work_items", self.need_case())

    def outputs(self) -> list[Document]:
        return self.invoke("outputs", self.need_case())

    def history(self) -> list[HistoryEntry]:
        return self.invoke("history", self.need_case())

    def describe_ready(self, items: Sequence[WorkItem]) -> str:
        if not items:
            return "tidak ada langkah yang siap"
        return "yang siap: " + ", ".join(f"langkah {i.step} untuk '{self.actor_name(i.actor)}'" for i in items)

    def outcome_for(self, nomor: int) -> Outcome:
        self.focus = nomor
        if self.last is None or self.last[0] != nomor:
            raise ValueError(f"langkah {nomor} belum dicoba diselesaikan dalam skenario ini")
        return self.last[1]

    def deadline_expected(self, minutes: float) -> datetime:
        return test_clock.deadline(self.ready_since, minutes)


class SetupFailed(Nonconformity):
    """A set-up completion ("langkah 1 sampai 4 sudah selesai") was refused: a follow-on failure."""


def normalize(name: str) -> str:
    from sopap.model.documents import normalize_dokumen

    return normalize_dokumen(name)
