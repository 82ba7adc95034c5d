"""The protocol operations on the implementation side, for any transport.

The reference harness (JSON lines on stdin/stdout) and the reference HTTP
server expose the same operations on the reference engine; this module is
that one implementation, so the two transports cannot drift apart. Requests
arrive as decoded JSON values; answers are JSON values (see :mod:`.wire`);
a request the protocol does not allow raises :class:`RequestError`, which
each transport turns into its structured error.
"""

from __future__ import annotations

import platform
from datetime import datetime
from typing import Any

from sopap.conformance import wire
from sopap.conformance.adapter import Adapter
from sopap.conformance.clock import Clock
from sopap.conformance.engine import ReferenceEngine
from sopap.version import __version__


class RequestError(Exception):
    """A request the implementation refuses; ``kind`` is part of the protocol."""

    #: kind -> HTTP status, for the HTTP transport.
    STATUS = {
        "bad_request": 400,
        "not_found": 404,
        "unsupported_protocol": 400,
        "clock": 409,
        "internal": 500,
    }

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "message": self.message}


class SettableClock(Clock):
    """The implementation's clock, set by the suite's clock messages.

    The first message may set any time; later ones only move it forward.
    """

    def __init__(self) -> None:
        super().__init__()
        self.told = False

    def set(self, when: datetime) -> None:
        if self.told and when < self.now():
            raise RequestError(
                "clock",
                f"jam tidak boleh mundur: sekarang {self.now().isoformat()}, diminta {when.isoformat()}",
            )
        self._now = when
        self.told = True


def implementation_info(name: str) -> dict[str, str]:
    return {
        "name": name,
        "version": __version__,
        "language": "python",
        "language_version": platform.python_version(),
    }


class Service:
    """An adapter (the reference engine by default) behind the protocol's operations."""

    def __init__(self, name: str = "sopap-rujukan", engine: type[Adapter] = ReferenceEngine) -> None:
        self.clock = SettableClock()
        self.engine = engine(clock=self.clock)
        self.name = name

    def hello(self) -> dict[str, Any]:
        return {
            "protocol": wire.PROTOCOL,
            "implementation": implementation_info(self.name),
            "capabilities": ["clock", "documents"],
        }

    def check_protocol(self, version: Any) -> None:
        if version != wire.PROTOCOL:
            raise RequestError(
                "unsupported_protocol",
                f"protokol versi {version!r} tidak didukung; implementasi ini memakai versi {wire.PROTOCOL}",
            )

    # -- operations: args is the decoded request body --------------------------------

    def deploy(self, args: dict[str, Any]) -> dict[str, Any]:
        document = _arg(args, "document", dict)
        try:
            _check_flow(document)
            self.engine.deploy(document)
            ids = [sop["id"] for sop in document["sops"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise RequestError("bad_request", f"dokumen bukan format sopap/1 yang sah: {exc}") from None
        return {"sops": ids}

    def start_case(self, args: dict[str, Any]) -> dict[str, Any]:
        sop_id = _arg(args, "sop_id", str)
        documents = _documents(args)
        try:
            return {"case_id": self.engine.start_case(sop_id, documents)}
        except LookupError as exc:
            raise RequestError("not_found", _message(exc)) from None

    def work_items(self, args: dict[str, Any]) -> list[dict[str, Any]]:
        items = self._on_case(self.engine.work_items, args)
        return [wire.work_item(item) for item in items]

    def complete(self, args: dict[str, Any]) -> dict[str, Any]:
        case_id = _arg(args, "case_id", str)
        step = _arg(args, "step", int)
        actor = _arg(args, "actor", str)
        decision = args.get("decision")
        if decision is not None and not isinstance(decision, str):
            raise RequestError("bad_request", f"'decision' harus teks atau null, bukan {decision!r}")
        return wire.outcome(self.engine.complete(case_id, step, actor, _documents(args), decision))

    def outputs(self, args: dict[str, Any]) -> list[dict[str, Any]]:
        return [wire.document(doc) for doc in self._on_case(self.engine.outputs, args)]

    def history(self, args: dict[str, Any]) -> list[dict[str, Any]]:
        return [wire.history_entry(entry) for entry in self._on_case(self.engine.history, args)]

    def documents(self, args: dict[str, Any]) -> list[str]:
        return list(self._on_case(self.engine.documents, args))

    def set_clock(self, args: dict[str, Any]) -> dict[str, Any]:
        try:
            when = wire.timestamp(args.get("now"), "now")
        except wire.WireError as exc:
            raise RequestError("bad_request", str(exc)) from None
        self.clock.set(when)
        return {"now": self.clock.now().isoformat()}

    def get_clock(self) -> dict[str, Any]:
        return {"now": self.clock.now().isoformat()}

    #: Commands of the harness protocol -> operation.
    def operation(self, cmd: str):
        table = {
            "deploy": self.deploy,
            "start_case": self.start_case,
            "work_items": self.work_items,
            "complete": self.complete,
            "outputs": self.outputs,
            "history": self.history,
            "documents": self.documents,
            "clock": self.set_clock,
        }
        try:
            return table[cmd]
        except KeyError:
            raise RequestError(
                "bad_request", f"perintah {cmd!r} tidak dikenal; yang dikenal: {', '.join(table)}"
            ) from None

    def _on_case(self, method, args: dict[str, Any]):
        case_id = _arg(args, "case_id", str)
        try:
            return method(case_id)
        except LookupError as exc:
            raise RequestError("not_found", _message(exc)) from None


def _check_flow(document: dict[str, Any]) -> None:
    """``berikutnya`` has two entries only on a decision step, and then they are its branches."""
    for sop in document.get("sops") or ():
        for step in sop.get("langkah") or ():
            after, branch = step.get("berikutnya") or [], step.get("cabang")
            if branch is None and len(after) > 1:
                raise ValueError(
                    f"SOP '{sop.get('id')}' langkah {step.get('nomor')}: 'berikutnya' berisi dua langkah "
                    "tetapi 'cabang' null; dua langkah berikutnya hanya untuk langkah keputusan"
                )
            if branch is not None and set(after) != {branch["ya"]["ke"], branch["tidak"]["ke"]}:
                raise ValueError(
                    f"SOP '{sop.get('id')}' langkah {step.get('nomor')}: 'berikutnya' harus berisi tujuan "
                    "kedua cabang"
                )


def _message(exc: BaseException) -> str:
    return str(exc.args[0]) if exc.args else str(exc)


def _arg(args: Any, key: str, kind: type) -> Any:
    if not isinstance(args, dict):
        raise RequestError("bad_request", "permintaan harus objek JSON")
    if key not in args:
        raise RequestError("bad_request", f"field '{key}' tidak ada")
    value = args[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = {str: "teks", int: "bilangan bulat", dict: "objek JSON"}
        raise RequestError("bad_request", f"field '{key}' harus {names[kind]}, bukan {value!r}")
    return value


def _documents(args: dict[str, Any]) -> list[str]:
    try:
        return wire.request_documents(args.get("documents"), "documents")
    except wire.WireError as exc:
        raise RequestError("bad_request", str(exc)) from None
