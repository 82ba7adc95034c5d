"""The adapter's values as JSON, for implementations in another process.

The JSON-lines harness protocol and the HTTP protocol carry the same
values: this module is their one definition, used by the suite's adapters
(decoding what an implementation answers, strictly) and by the reference
harness and server (encoding what the reference engine returns). Field names
follow the Python interface (:mod:`.adapter`), so the two protocols and the
Python API read alike.

Decoding refuses anything the protocol does not allow with a
:class:`WireError` whose message is Indonesian and names the field: an
implementation that answers nonsense is *galat*, and its team needs to know
which part was wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sopap.conformance.adapter import (
    CAPABILITIES,
    AdapterError,
    Document,
    HistoryEntry,
    Outcome,
    Reason,
    WorkItem,
)
from sopap.util.text import visible

#: Version of both protocols (harness and HTTP). Additive changes (a new
#: optional field) keep it; anything an existing implementation would
#: misread raises it. Version 2: deadlines on the test calendar, ``deadline``
#: and ``late`` in the history, ``capabilities`` in the hello, a case's
#: documents (``documents``, ``GET /cases/{id}/documents``).
PROTOCOL = 2


class WireError(AdapterError):
    """An answer that is not what the protocol allows (the implementation is at fault)."""


# -- encoding (implementation side) -------------------------------------------


def when(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def work_item(item: WorkItem) -> dict[str, Any]:
    return {"case_id": item.case_id, "step": item.step, "actor": item.actor, "deadline": when(item.deadline)}


def outcome(result: Outcome) -> dict[str, Any]:
    if result.accepted:
        return {"accepted": True}
    assert result.reason is not None
    return {"accepted": False, "reason": result.reason.value, "message": result.message}


def document(doc: Document) -> dict[str, Any]:
    return {"name": doc.name, "step": doc.step}


def history_entry(entry: HistoryEntry) -> dict[str, Any]:
    return {
        "case_id": entry.case_id,
        "step": entry.step,
        "actor": entry.actor,
        "timestamp": when(entry.timestamp),
        "decision": entry.decision,
        "deadline": when(entry.deadline),
        "late": entry.late,
    }


# -- decoding (suite side) ----------------------------------------------------


def _field(obj: Any, key: str, where: str) -> Any:
    if not isinstance(obj, dict):
        raise WireError(f"{where}: seharusnya objek JSON, bukan {_shown(obj)}")
    if key not in obj:
        raise WireError(f"{where}: tidak ada field '{key}'")
    return obj[key]


def _shown(value: Any) -> str:
    text = visible(repr(value))
    return text if len(text) <= 80 else text[:77] + "..."


def text(value: Any, where: str, *, empty: bool = False) -> str:
    if not isinstance(value, str) or (not empty and not value):
        raise WireError(f"{where}: seharusnya teks{'' if empty else ' tidak kosong'}, bukan {_shown(value)}")
    return value


def integer(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise WireError(f"{where}: seharusnya bilangan bulat, bukan {_shown(value)}")
    return value


def timestamp(value: Any, where: str, *, optional: bool = False) -> datetime | None:
    """An ISO 8601 date-time with its offset (``2025-01-06T08:00:00+07:00``)."""
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise WireError(f"{where}: seharusnya waktu ISO 8601 (teks), bukan {_shown(value)}")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise WireError(f"{where}: {_shown(value)} bukan waktu ISO 8601") from None
    if parsed.tzinfo is None:
        raise WireError(f"{where}: waktu {_shown(value)} tanpa zona waktu (tambahkan misalnya +07:00)")
    return parsed


def _items(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise WireError(f"{where}: seharusnya daftar JSON, bukan {_shown(value)}")
    return value


def case_id(value: Any, where: str = "start_case") -> str:
    return text(_field(value, "case_id", where), f"{where}.case_id")


def work_items(value: Any, where: str = "work_items") -> list[WorkItem]:
    found = []
    for n, raw in enumerate(_items(value, where)):
        at = f"{where}[{n}]"
        found.append(
            WorkItem(
                case_id=text(_field(raw, "case_id", at), f"{at}.case_id"),
                step=integer(_field(raw, "step", at), f"{at}.step"),
                actor=text(_field(raw, "actor", at), f"{at}.actor"),
                deadline=timestamp(raw.get("deadline"), f"{at}.deadline", optional=True),
            )
        )
    return found


def outcome_of(value: Any, where: str = "complete") -> Outcome:
    accepted = _field(value, "accepted", where)
    if not isinstance(accepted, bool):
        raise WireError(f"{where}.accepted: seharusnya true atau false, bukan {_shown(accepted)}")
    if accepted:
        if value.get("reason") is not None:
            raise WireError(
                f"{where}: langkah diterima tetapi ada alasan penolakan {_shown(value['reason'])}"
            )
        return Outcome.accept()
    reason = _field(value, "reason", where)
    try:
        code = Reason(reason)
    except ValueError:
        known = ", ".join(r.value for r in Reason)
        raise WireError(f"{where}.reason: {_shown(reason)} bukan kode alasan (yang sah: {known})") from None
    message = value.get("message", "")
    return Outcome.refuse(code, text(message, f"{where}.message", empty=True) if message is not None else "")


def documents(value: Any, where: str = "outputs") -> list[Document]:
    found = []
    for n, raw in enumerate(_items(value, where)):
        at = f"{where}[{n}]"
        found.append(
            Document(
                text(_field(raw, "name", at), f"{at}.name"), integer(_field(raw, "step", at), f"{at}.step")
            )
        )
    return found


def history(value: Any, where: str = "history") -> list[HistoryEntry]:
    found = []
    for n, raw in enumerate(_items(value, where)):
        at = f"{where}[{n}]"
        decision = raw.get("decision") if isinstance(raw, dict) else None
        late = _field(raw, "late", at)
        if not isinstance(late, bool):
            raise WireError(f"{at}.late: seharusnya true atau false, bukan {_shown(late)}")
        found.append(
            HistoryEntry(
                case_id=text(_field(raw, "case_id", at), f"{at}.case_id"),
                step=integer(_field(raw, "step", at), f"{at}.step"),
                actor=text(_field(raw, "actor", at), f"{at}.actor"),
                timestamp=timestamp(_field(raw, "timestamp", at), f"{at}.timestamp"),
                decision=None if decision is None else text(decision, f"{at}.decision"),
                deadline=timestamp(_field(raw, "deadline", at), f"{at}.deadline", optional=True),
                late=late,
            )
        )
    return found


def document_names(value: Any, where: str = "documents") -> list[str]:
    """The names of a case's documents (capability ``documents``)."""
    return [text(v, f"{where}[{n}]") for n, v in enumerate(_items(value, where))]


def capabilities(value: Any, where: str) -> frozenset[str]:
    """The ``capabilities`` of a hello: names from :data:`CAPABILITIES` (unknown ones ignored)."""
    if value is None:
        return frozenset()
    names = _items(value, where)
    for n, name in enumerate(names):
        text(name, f"{where}[{n}]")
    return frozenset(name for name in names if name in CAPABILITIES)


def implementation(value: Any, where: str) -> dict[str, str]:
    """The ``implementation`` object of a hello: name (required), version, ..."""
    if not isinstance(value, dict):
        raise WireError(f"{where}: seharusnya objek JSON, bukan {_shown(value)}")
    text(_field(value, "name", where), f"{where}.name")
    return {
        str(k): str(v)
        for k, v in value.items()
        if isinstance(v, str | int | float) and not isinstance(v, bool)
    }


def protocol_of(value: Any, where: str) -> int:
    version = integer(_field(value, "protocol", where), f"{where}.protocol")
    if version != PROTOCOL:
        raise WireError(
            f"{where}: implementasi memakai protokol versi {version}, rangkaian uji ini versi {PROTOCOL}"
        )
    return version


def request_documents(value: Any, where: str) -> list[str]:
    """A list of document names in a request (implementation side)."""
    if value is None:
        return []
    return [text(v, f"{where}[{n}]") for n, v in enumerate(_items(value, where))]


def names(values: Sequence[str]) -> list[str]:
    return [str(v) for v in values]
