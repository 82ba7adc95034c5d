"""An HTTP server that misbehaves on purpose, for the HTTP adapter's tests.

It serves the sopap HTTP protocol with the reference engine (through
sopap.conformance.service, as the reference server does) on the standard
library's threading HTTP server, except for one fault chosen by ``mode``:

* ``bukan-json``  ``GET .../work-items`` answers 200 with an HTML page;
* ``lambat``      ``GET .../work-items`` answers only after ``delay`` seconds;
* ``bohong``      ``GET .../outputs`` claims every output of every step of the case's SOP, made or not;
* ``menetes``     ``GET .../outputs`` sends its body one byte every ``delay`` / 8 seconds;
* ``macet``       ``POST .../complete`` never answers;
* ``putus``       ``POST .../complete`` closes the connection without an answer;
* ``galat-500``   ``GET .../history`` answers 500 with a plain-text traceback;
* ``tipe-salah``  ``GET .../work-items`` gives the step number as text;
* ``tanpa-jam``   has no clock endpoint and declares only ``documents``;
* ``tanpa-dokumen`` has no documents endpoint and declares only ``clock``;
* ``galat-ansi``  ``GET .../history`` answers 500 with terminal escape sequences in its message.

Run it in-process with :func:`running` (a context manager giving the URL),
or standalone: ``python server_rusak.py MODE`` prints the URL.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from sopap.conformance.service import RequestError, Service

CASE = re.compile(r"^/cases/(?P<case>[^/]+)/(?P<what>work-items|complete|outputs|history|documents)$")


def make_handler(service: Service, mode: str, delay: float, lock: threading.Lock):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # else every answer waits for the client's delayed ACK

        def log_message(self, *args) -> None:  # quiet
            pass

        def _send(self, status: int, body: bytes, kind: str = "application/json") -> None:
            self.send_response(status)
            self.send_header("content-type", kind)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _json(self, status: int, value) -> None:
            self._send(status, json.dumps(value).encode("utf-8"))

        def _body(self):
            length = int(self.headers.get("content-length") or 0)
            return json.loads(self.rfile.read(length) or b"null")

        def do_GET(self) -> None:
            self._route("GET")

        def do_POST(self) -> None:
            self._route("POST")

        def do_PUT(self) -> None:
            self._route("PUT")

        def _route(self, method: str) -> None:
            path = self.path
            match = CASE.match(path)
            what = match.group("what") if match else path
            if what == "work-items" and mode == "lambat":
                time.sleep(delay)
            if what == "complete" and mode == "macet":
                self._body()
                time.sleep(3600)
            if what == "complete" and mode == "putus":
                self._body()
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            if what == "history" and mode == "galat-ansi":
                message = "\x1b[2J\x1b]0;judul palsu\x07basis data \x1b[31mrusak\x1b[0m"
                self._json(500, {"error": {"kind": "internal", "message": message}})
                return
            if what == "history" and mode == "galat-500":
                self._send(
                    500, b"Traceback (most recent call last):\n  ...\nKeyError: 'kasus'\n", "text/plain"
                )
                return
            if what == "work-items" and mode == "bukan-json":
                self._send(200, b"<html><body>Selamat datang</body></html>", "text/html")
                return
            try:
                with lock:
                    status, value = self._answer(method, path, match)
            except RequestError as exc:
                status, value = RequestError.STATUS.get(exc.kind, 400), {"error": exc.as_json()}
            if what == "work-items" and mode == "tipe-salah" and status == 200:
                value = [{**item, "step": str(item["step"])} for item in value]
            if what == "outputs" and mode == "bohong" and status == 200:
                sop = service.engine._case(match.group("case")).sop
                value = [{"name": name, "step": step.nomor} for step in sop.langkah for name in step.output]
            if what == "outputs" and mode == "menetes":
                body = json.dumps(value).encode("utf-8") + b" " * 8
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                for index in range(len(body)):
                    self.wfile.write(body[index : index + 1])
                    self.wfile.flush()
                    time.sleep(delay / 8)
                return
            self._json(status, value)

        def _answer(self, method: str, path: str, match):
            if (method, path) == ("GET", "/info"):
                hello = service.hello()
                if mode == "tanpa-jam":
                    hello["capabilities"] = ["documents"]
                if mode == "tanpa-dokumen":
                    hello["capabilities"] = ["clock"]
                return 200, hello
            if (method, path) == ("PUT", "/test/clock") and mode != "tanpa-jam":
                return 200, service.set_clock(self._body())
            if (method, path) == ("POST", "/sops"):
                return 200, service.deploy({"document": self._body()})
            if (method, path) == ("POST", "/cases"):
                return 201, service.start_case(self._body())
            if match:
                case = {"case_id": match.group("case")}
                what = match.group("what")
                if what == "complete" and method == "POST":
                    return 200, service.complete({**self._body(), **case})
                if method == "GET" and what != "complete":
                    return 200, {
                        "work-items": service.work_items,
                        "outputs": service.outputs,
                        "history": service.history,
                        "documents": service.documents,
                    }[what](case)
            return 404, {"error": {"kind": "not_found", "message": f"tidak ada {method} {path}"}}

    return Handler


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        """A client that gave up on a slow answer is what these tests do."""
        if not isinstance(sys.exc_info()[1], BrokenPipeError | ConnectionResetError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def running(mode: str, delay: float = 3.0):
    """Serve on a free loopback port; yields the base URL."""
    server = QuietServer(
        ("127.0.0.1", 0), make_handler(Service("server-rusak"), mode, delay, threading.Lock())
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    with running(sys.argv[1]) as url:
        print(url, flush=True)
        threading.Event().wait()
