"""The suite's side of a harness: a subprocess spoken to in JSON lines.

Every read and write has a deadline (:mod:`..limits`). When the harness
crashes, hangs or writes a line that is not a response to the request just
sent, the scenario is reported as errored with an Indonesian reason, the
process (and its process group) is killed, and the next request starts a
fresh harness, replaying the handshake and every deployed SOP. After
:data:`~..remote.MAX_FAILURES` such failures in a row, or
:data:`~..remote.MAX_TIMEOUTS` unanswered requests in the run, the suite
stops sending requests (:class:`~..remote.RemoteAdapter`).
"""

from __future__ import annotations

import itertools
import json
from typing import Any

from sopap.conformance import limits
from sopap.conformance.adapter import AdapterError
from sopap.conformance.process import EOF, MAX_LINE, ChildProcess
from sopap.conformance.remote import RemoteAdapter, TransportError
from sopap.conformance.wire import PROTOCOL, WireError
from sopap.util.text import visible


def _shown(raw: bytes | str, limit: int = 120) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    text = text.rstrip("\n")
    return visible(repr(text if len(text) <= limit else text[: limit - 3] + "..."))


class HarnessAdapter(RemoteAdapter):
    """An implementation behind a harness program (``cmd:COMMAND``)."""

    name = "harness"

    def __init__(self, argv: list[str], clock=None, *, name: str = "", timeout: float | None = None) -> None:
        super().__init__(clock, name=name, timeout=timeout)
        self.argv = list(argv)
        self._ids = itertools.count(1)
        self._documents: list[dict[str, Any]] = []  # replayed on a new harness
        self._harness: ChildProcess | None = None
        self._start()

    # -- process life ------------------------------------------------------------

    def _start(self) -> None:
        """Start the harness, shake hands, deploy what was deployed before."""
        harness = self._harness = ChildProcess(self.argv)
        try:
            self._hello(self._exchange("start", {"protocol": PROTOCOL}, limits.start_timeout()), "start")
            for document in self._documents:
                self._exchange("deploy", {"document": document}, self.timeout)
        except AdapterError as exc:
            harness.kill()
            self._harness = None
            if isinstance(exc, TransportError):
                raise
            raise TransportError(f"harness tidak dapat dimulai: {exc}") from None

    def _lost(self) -> None:
        super()._lost()
        if self._harness is not None:
            self._harness.kill()
            self._harness = None

    def close(self) -> None:
        """Ask the harness to stop; kill what is left of it after a moment."""
        harness = self._harness
        if harness is None:
            return
        try:
            self._exchange("stop", {}, min(self.timeout, 2.0))
        except AdapterError:
            pass
        self._harness = None
        try:
            harness.process.stdin.close()
        except OSError:
            pass
        harness.exit_code()
        harness.kill()

    # -- requests ---------------------------------------------------------------

    def deploy(self, document: dict[str, Any]) -> None:
        super().deploy(document)
        self._documents.append(document)

    def _send(self, cmd: str, fields: dict[str, Any]) -> Any:
        if self._harness is None:
            self._start()
        return self._exchange(cmd, fields, self.timeout)

    def _exchange(self, cmd: str, fields: dict[str, Any], timeout: float) -> Any:
        harness = self._harness
        assert harness is not None
        rid = next(self._ids)
        line = json.dumps({"id": rid, "cmd": cmd, **fields}, ensure_ascii=False) + "\n"
        if not harness.write(line.encode("utf-8"), timeout):
            raise self._broken(
                harness, f"harness tidak menerima perintah '{cmd}' dalam {timeout:g} detik", True
            )
        raw = harness.read(timeout)
        if raw is None:
            raise self._broken(harness, f"harness tidak menjawab '{cmd}' dalam {timeout:g} detik", True)
        if raw is EOF:
            code = harness.exit_code()
            how = "berhenti" if code is None else f"berhenti dengan kode keluar {code}"
            raise self._broken(harness, f"harness {how} sebelum menjawab '{cmd}'")
        if len(raw) > MAX_LINE:
            raise self._broken(
                harness, f"jawaban harness atas '{cmd}' lebih dari {MAX_LINE} byte tanpa akhir baris"
            )
        try:
            response = json.loads(raw)
        except (ValueError, RecursionError):
            raise self._broken(harness, f"jawaban harness atas '{cmd}' bukan JSON: {_shown(raw)}") from None
        if not isinstance(response, dict) or response.get("id") != rid:
            raise self._broken(
                harness, f"jawaban harness atas '{cmd}' bukan jawaban permintaan id {rid}: {_shown(raw)}"
            )
        ok = response.get("ok")
        if ok is True:
            if "result" not in response:
                raise WireError(f"jawaban harness atas '{cmd}' tidak memuat 'result'")
            return response["result"]
        if ok is False:
            error = response.get("error")
            if not isinstance(error, dict):
                raise WireError(
                    f"jawaban harness atas '{cmd}': 'error' harus objek dengan 'kind' dan 'message'"
                )
            raise AdapterError(
                visible(f"harness menolak '{cmd}': {error.get('message', '')} ({error.get('kind', 'tanpa jenis')})")
            )
        raise WireError(f"jawaban harness atas '{cmd}': 'ok' harus true atau false, bukan {ok!r}")

    def _broken(self, harness: ChildProcess, message: str, timed_out: bool = False) -> TransportError:
        """Kill a harness that cannot be trusted any more; the error to raise."""
        tail = harness.stderr_tail()
        harness.kill()
        if self._harness is harness:
            self._harness = None
        return TransportError(
            message + (f"; stderr harness: {visible(tail)}" if tail else ""), timed_out=timed_out
        )
