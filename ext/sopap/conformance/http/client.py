"""The suite's side of the HTTP protocol: an adapter over httpx.

``--sop-impl http://HOST:PORT[/base]`` talks to a running system at that
base URL; ``--sop-impl http`` first starts the reference server
(:mod:`.server`) in a subprocess on a free loopback port and stops it when
the run ends.

Every request has a deadline: httpx waits at most ``SOPAP_TIMEOUT`` seconds
to connect and for each read, and a body still arriving after that long is
abandoned, so a slow or hanging server costs at most twice the timeout per
request. Timeouts and broken connections count towards the
:data:`~..remote.MAX_FAILURES` after which the suite stops calling; a
response that arrived but is not what the protocol allows (status, JSON,
fields) fails that call only.
"""

from __future__ import annotations

import json
import re
import sys
import time
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from sopap.conformance import limits
from sopap.conformance.adapter import AdapterError
from sopap.conformance.process import EOF, ChildProcess
from sopap.conformance.registry import Factory, UnknownImplementation
from sopap.conformance.remote import RemoteAdapter, TransportError
from sopap.conformance.wire import WireError
from sopap.util.text import visible

#: Largest response body accepted (bytes).
MAX_BODY = 16 * 1024 * 1024
LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def _shown(raw: bytes | str, limit: int = 120) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    text = " ".join(text.split())
    return visible(repr(text if len(text) <= limit else text[: limit - 3] + "..."))


def _case(fields: dict[str, Any]) -> str:
    return "/cases/" + quote(str(fields["case_id"]), safe="")


#: protocol command -> (method, path of the fields, body of the fields, expected status)
ROUTES: dict[str, tuple[str, Any, Any, int]] = {
    "clock": ("PUT", lambda f: "/test/clock", lambda f: {"now": f["now"]}, 200),
    "deploy": ("POST", lambda f: "/sops", lambda f: f["document"], 200),
    "start_case": (
        "POST",
        lambda f: "/cases",
        lambda f: {"sop_id": f["sop_id"], "documents": f["documents"]},
        201,
    ),
    "work_items": ("GET", lambda f: _case(f) + "/work-items", None, 200),
    "complete": (
        "POST",
        lambda f: _case(f) + "/complete",
        lambda f: {k: f[k] for k in ("step", "actor", "documents", "decision")},
        200,
    ),
    "outputs": ("GET", lambda f: _case(f) + "/outputs", None, 200),
    "history": ("GET", lambda f: _case(f) + "/history", None, 200),
    "documents": ("GET", lambda f: _case(f) + "/documents", None, 200),
}


class HttpAdapter(RemoteAdapter):
    """An implementation serving the sopap HTTP protocol at ``base_url``."""

    name = "http"

    def __init__(self, base_url: str, clock=None, *, name: str = "", timeout: float | None = None) -> None:
        super().__init__(clock, name=name, timeout=timeout)
        self.base_url = base_url.rstrip("/")
        self._client = self._connect()
        try:
            self._hello(self._call("GET", "/info", None, 200, limits.start_timeout()), "GET /info")
        except Exception:
            self._client.close()
            raise

    def _connect(self) -> httpx.Client:
        host = urlsplit(self.base_url).hostname or ""
        return httpx.Client(
            timeout=httpx.Timeout(self.timeout),
            follow_redirects=False,
            trust_env=host not in LOOPBACK,  # no proxy between the suite and a local system
            headers={"accept": "application/json", "user-agent": "sopap-kesesuaian"},
        )

    def recover(self) -> None:
        """A new SOP: new connections (a hung one is not reused)."""
        super().recover()
        self._client.close()
        self._client = self._connect()

    def close(self) -> None:
        self._client.close()

    def _send(self, cmd: str, fields: dict[str, Any]) -> Any:
        method, path, body, status = ROUTES[cmd]
        return self._call(method, path(fields), body(fields) if body else None, status, self.timeout)

    def _call(self, method: str, path: str, body: Any, expected: int, timeout: float) -> Any:
        """One request; the decoded JSON of a response with the expected status."""
        where = f"{method} {path}"
        url = self.base_url + path
        deadline = time.monotonic() + timeout
        try:
            content = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
            headers = {"content-type": "application/json"} if content is not None else {}
            with self._client.stream(
                method, url, content=content, headers=headers, timeout=httpx.Timeout(timeout)
            ) as response:
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > MAX_BODY:
                        raise WireError(f"jawaban {where} lebih dari {MAX_BODY} byte")
                    if time.monotonic() > deadline:
                        raise TransportError(
                            f"server terlalu lambat: jawaban {where} belum lengkap setelah {timeout:g} detik",
                            timed_out=True,
                        )
                raw = b"".join(chunks)
        except httpx.TimeoutException:
            raise TransportError(
                f"server tidak menjawab {where} dalam {timeout:g} detik", timed_out=True
            ) from None
        except httpx.HTTPError as exc:
            raise TransportError(
                visible(f"{where} gagal: {type(exc).__name__}: {str(exc) or 'koneksi terputus'}")
            ) from None
        if response.status_code != expected:
            raise AdapterError(self._status_error(where, response.status_code, raw, expected))
        try:
            return json.loads(raw)
        except (ValueError, RecursionError):
            raise WireError(
                f"jawaban {where} (status {response.status_code}) bukan JSON: {_shown(raw)}"
            ) from None

    def _status_error(self, where: str, status: int, raw: bytes, expected: int) -> str:
        head = f"server menjawab {where} dengan status {status}, bukan {expected}"
        try:
            error = json.loads(raw)["error"]
            return visible(f"{head}: {error['message']} ({error['kind']})")
        except (ValueError, KeyError, TypeError, RecursionError):
            return f"{head}: {_shown(raw) if raw else 'tanpa isi'}"


def resolve(name: str) -> Factory:
    """``http://HOST:PORT[/base]`` -> a factory of adapters to that system (registry prefix)."""
    parts = urlsplit(name)
    if not parts.hostname:
        raise UnknownImplementation(f"implementasi '{name}': URL tanpa host; contoh: http://127.0.0.1:8765")
    try:
        _ = parts.port  # raises on a port out of range
    except ValueError:
        raise UnknownImplementation(f"implementasi '{name}': porta URL tidak sah") from None
    if parts.query or parts.fragment:
        raise UnknownImplementation(f"implementasi '{name}': URL dasar tidak boleh memuat ? atau #")
    return lambda clock: HttpAdapter(name, clock, name=name)


# -- the built-in "http": the reference server for the length of a run --------------


class ReferenceServerAdapter(HttpAdapter):
    """:class:`HttpAdapter` to a reference server it started and stops."""

    def __init__(self, server: ChildProcess, url: str, clock=None) -> None:
        self._server = server
        try:
            super().__init__(url, clock, name="http")
        except Exception:
            stop_server(server)
            raise

    def close(self) -> None:
        try:
            super().close()
        finally:
            stop_server(self._server)


_URL = re.compile(r"http://127\.0\.0\.1:\d+")


def start_reference_server() -> tuple[ChildProcess, str]:
    """Start ``python -m sopap.conformance.http.server --port 0``; its process and URL."""
    argv = [sys.executable, "-m", "sopap.conformance.http.server", "--port", "0", "--selama-stdin-terbuka"]
    server = ChildProcess(argv, "server rujukan HTTP")
    line = server.read(limits.start_timeout())
    found = _URL.search(line.decode("utf-8", "replace")) if isinstance(line, bytes) else None
    if found is None:
        tail = server.stderr_tail()
        stop_server(server)
        why = (
            "tidak menyebut alamatnya"
            if line is not None
            else f"tidak siap dalam {limits.start_timeout():g} detik"
        )
        if line is EOF:
            why = "berhenti sebelum siap"
        raise TransportError(f"server rujukan HTTP {why}" + (f"; stderr: {tail}" if tail else ""))
    return server, found.group(0)


def stop_server(server: ChildProcess) -> None:
    """Close its stdin (it stops itself); kill it if it has not after a moment."""
    try:
        server.process.stdin.close()
    except OSError:
        pass
    try:
        server.process.wait(timeout=5)
    except Exception:
        pass
    server.kill()


def reference_server(clock=None) -> HttpAdapter:
    """The built-in ``http``: the reference server on a free loopback port."""
    server, url = start_reference_server()
    return ReferenceServerAdapter(server, url, clock)
