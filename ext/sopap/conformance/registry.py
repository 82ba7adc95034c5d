"""Which implementation a ``--sop-impl NAME`` means.

NAME is, in this order:

* a built-in name (:data:`BUILTIN`: ``reference``, ``spiff``, ``harness``,
  ``http`` and the mutants);
* a form with a registered prefix (:func:`register_prefix`), for adapters
  that take an argument: ``cmd:"python harness.py"`` (a process harness) and
  ``http://127.0.0.1:8000`` (a system speaking the HTTP protocol);
* ``module:Class`` (or ``module:factory``): any importable adapter class.

Every form resolves to a factory ``factory(clock) -> Adapter``. Lookups are
lazy so that the pytest plugin stays cheap to import.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from sopap.conformance.adapter import Adapter
from sopap.conformance.clock import Clock

Factory = Callable[[Clock], Adapter]

#: Built-in names -> "module:attribute" of their adapter class.
BUILTIN: dict[str, str] = {
    "reference": "sopap.conformance.engine:ReferenceEngine",
    # The exported BPMN (spiff profile) run by SpiffWorkflow.
    "spiff": "sopap.conformance.spiff:SpiffAdapter",
    # The reference engine behind the JSON-lines harness protocol, in a subprocess.
    "harness": "sopap.conformance.harness:reference_harness",
    # The reference engine behind the HTTP protocol, on a free loopback port.
    "http": "sopap.conformance.http.client:reference_server",
    "mutan-abaikan-pelaksana": "sopap.conformance.mutants:IgnoresActor",
    "mutan-abaikan-urutan": "sopap.conformance.mutants:IgnoresOrder",
    "mutan-abaikan-kelengkapan": "sopap.conformance.mutants:IgnoresInputs",
    "mutan-buang-output": "sopap.conformance.mutants:DropsOutput",
    "mutan-abaikan-waktu": "sopap.conformance.mutants:IgnoresTime",
    "mutan-lewati-arsip": "sopap.conformance.mutants:SkipsArchive",
    "mutan-salah-cabang": "sopap.conformance.mutants:WrongBranch",
    "mutan-batas-dari-awal-kasus": "sopap.conformance.mutants:DeadlineFromCaseStart",
    "mutan-batas-dari-sekarang": "sopap.conformance.mutants:DeadlineFromNow",
    "mutan-waktu-tanpa-kalender": "sopap.conformance.mutants:WallClockTime",
    "mutan-pelaksana-tambahan": "sopap.conformance.mutants:ExtraActor",
    "mutan-terlambat-tak-dicatat": "sopap.conformance.mutants:LateOnTime",
    "mutan-terlambat-di-batas": "sopap.conformance.mutants:LateAtDeadline",
    "mutan-simpan-dokumen-ditolak": "sopap.conformance.mutants:KeepsRefusedDocuments",
    "mutan-keadaan-per-sop": "sopap.conformance.mutants:StatePerSop",
}

#: Built-in names whose adapter is sopap's own engine in this process (the
#: reference engine and its mutants): their calls return without waiting on
#: anything, so the suite calls them directly instead of through the guard
#: thread (:class:`~sopap.conformance.runtime.Guard`). A user's subclass of
#: the engine, loaded as ``module:Class``, is never trusted this way.
TRUSTED: frozenset[str] = frozenset(
    name for name, path in BUILTIN.items() if path.split(":")[0] in ("sopap.conformance.engine", "sopap.conformance.mutants")
)

#: The implementations whose matrix the handbook publishes
#: (``docs/kesesuaian-matriks.md``), in column order.
PUBLISHED: list[str] = list(BUILTIN)

#: prefix -> resolver(full name) -> factory, or the resolver's
#: "module:function" path (imported only when a name uses the prefix).
PREFIXES: dict[str, str | Callable[[str], Factory]] = {
    "cmd:": "sopap.conformance.harness:resolve",
    "http://": "sopap.conformance.http.client:resolve",
    "https://": "sopap.conformance.http.client:resolve",
}

_MODULE_CLASS = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")


class UnknownImplementation(ValueError):
    """NAME does not resolve; the message is Indonesian and user-facing."""


@dataclass(frozen=True)
class Implementation:
    """A resolved ``--sop-impl``: the name as given and how to build it."""

    name: str
    factory: Factory
    #: Built in and in-process (:data:`TRUSTED`): called without a guard thread.
    trusted: bool = False

    def create(self, clock: Clock) -> Adapter:
        adapter = self.factory(clock)
        if not isinstance(adapter, Adapter):
            raise UnknownImplementation(
                f"implementasi '{self.name}' bukan turunan sopap.conformance.adapter.Adapter"
            )
        return adapter


def register_prefix(prefix: str, resolver: str | Callable[[str], Factory]) -> None:
    """Let names starting with ``prefix`` (``"cmd:"``, ``"http://"``) resolve.

    ``resolver`` (a callable or its ``"module:function"`` path) receives the
    whole name and returns a factory; it may raise
    :class:`UnknownImplementation` with an Indonesian message.
    """
    PREFIXES[prefix] = resolver


def _load(path: str, shown: str) -> Factory:
    module_name, _, attr = path.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise UnknownImplementation(f"implementasi '{shown}': modul '{module_name}' tidak dapat dimuat ({exc})") from exc
    try:
        factory = getattr(module, attr)
    except AttributeError:
        raise UnknownImplementation(f"implementasi '{shown}': modul '{module_name}' tidak memiliki '{attr}'") from None
    if not callable(factory):
        raise UnknownImplementation(f"implementasi '{shown}': '{attr}' bukan kelas atau fungsi")
    if isinstance(factory, type) and not issubclass(factory, Adapter):
        raise UnknownImplementation(f"implementasi '{shown}': kelas '{attr}' bukan turunan sopap.conformance.adapter.Adapter")
    return lambda clock: factory(clock=clock)


def resolve(name: str) -> Implementation:
    """The implementation NAME stands for, or :class:`UnknownImplementation`."""
    name = name.strip()
    if name in BUILTIN:
        return Implementation(name, _load(BUILTIN[name], name), trusted=name in TRUSTED)
    for prefix, resolver in PREFIXES.items():
        if name.startswith(prefix):
            if isinstance(resolver, str):
                module_name, _, attr = resolver.partition(":")
                resolver = getattr(importlib.import_module(module_name), attr)
            return Implementation(name, resolver(name))
    if _MODULE_CLASS.match(name):
        return Implementation(name, _load(name, name))
    raise UnknownImplementation(
        f"implementasi '{name}' tidak dikenal; gunakan salah satu dari {', '.join(BUILTIN)}, "
        "'cmd:PERINTAH' untuk harness, 'http://HOST:PORT' untuk server HTTP, "
        "atau 'modul:Kelas' untuk adapter sendiri"
    )
