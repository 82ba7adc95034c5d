"""The reference harness: the reference engine behind the JSON-lines protocol.

Run as ``python -m sopap.conformance.harness.reference``. It reads one
request per line on stdin and writes one response per line on stdout,
flushed, and nothing else on stdout (diagnostics go to stderr). A harness
for another system has the same shape; ``docs/kesesuaian-harness.md``
describes the protocol and shows a session.
"""

from __future__ import annotations

import json
import sys
from typing import Any, BinaryIO

from sopap.conformance.service import RequestError, Service

NAME = "sopap-harness-rujukan"


def _response(rid: Any, result: Any = None, error: RequestError | None = None) -> dict[str, Any]:
    if error is not None:
        return {"id": rid, "ok": False, "error": error.as_json()}
    return {"id": rid, "ok": True, "result": result}


def handle(service: Service, request: Any, started: bool) -> tuple[dict[str, Any], bool]:
    """The response to one decoded request, and whether the session has started."""
    if not isinstance(request, dict):
        return _response(None, error=RequestError("bad_request", "permintaan harus objek JSON")), started
    rid = request.get("id")
    cmd = request.get("cmd")
    try:
        if cmd == "start":
            service.check_protocol(request.get("protocol"))
            return _response(rid, service.hello()), True
        if not started:
            raise RequestError("bad_request", "sesi belum dimulai: kirim 'start' lebih dulu")
        if cmd == "stop":
            return _response(rid, None), started
        if not isinstance(cmd, str):
            raise RequestError("bad_request", "field 'cmd' harus teks")
        return _response(rid, service.operation(cmd)(request)), started
    except RequestError as exc:
        return _response(rid, error=exc), started
    except Exception as exc:  # the harness stays up; the suite sees a structured error
        return _response(rid, error=RequestError("internal", f"{type(exc).__name__}: {exc}")), started


def serve(stdin: BinaryIO, stdout: BinaryIO, service: Service | None = None) -> int:
    """Answer requests until ``stop`` or the end of stdin."""
    service = service or Service(NAME)
    started = False
    for raw in stdin:
        if not raw.strip():
            continue
        try:
            request = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            request = None
            why = "bersarang terlalu dalam" if isinstance(exc, RecursionError) else "bukan JSON"
            response = _response(
                None,
                error=RequestError("bad_request", f"baris {why}: {raw.decode('utf-8', 'replace').strip()[:80]!r}"),
            )
        else:
            response, started = handle(service, request, started)
        stdout.write(json.dumps(response, ensure_ascii=False).encode("utf-8") + b"\n")
        stdout.flush()
        if isinstance(request, dict) and request.get("cmd") == "stop" and started:
            break
    return 0


def main() -> int:
    return serve(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == "__main__":
    sys.exit(main())
