"""The reference server: the reference engine behind the HTTP protocol.

A small Starlette application (routes in :func:`create_app`, described by
``data/openapi.json``) served by uvicorn on the loopback interface only: it
has a test-only endpoint that sets its clock, so it is never meant to be
reachable from another machine. Endpoints are ``async`` and the engine is
only touched from the event loop, so requests are handled one at a time.

``sopap serve-ref`` and ``python -m sopap.conformance.http.server`` run it;
``--sop-impl http`` starts it on a free port for the run.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import threading
from collections.abc import Callable
from importlib import resources
from typing import TYPE_CHECKING, Any

from sopap.conformance.service import RequestError, Service

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.requests import Request

NAME = "sopap-server-rujukan"
HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def openapi_document() -> dict[str, Any]:
    """The OpenAPI 3.1 document of the protocol, as shipped in the package."""
    text = resources.files(__package__).joinpath("data/openapi.json").read_text(encoding="utf-8")
    return json.loads(text)


async def _body(request: Request) -> Any:
    raw = await request.body()
    try:
        return json.loads(raw)
    except ValueError:
        raise RequestError("bad_request", "badan permintaan bukan JSON") from None
    except RecursionError:
        raise RequestError(
            "bad_request", "badan permintaan JSON bersarang terlalu dalam; dokumen sopap/1 tidak sedalam itu"
        ) from None


def create_app(service: Service | None = None) -> Starlette:
    """The ASGI application serving ``service`` (a new reference engine by default)."""
    from starlette.applications import Starlette
    from starlette.exceptions import HTTPException
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    service = service or Service(NAME)
    spec = openapi_document()

    def failure(exc: RequestError) -> JSONResponse:
        return JSONResponse({"error": exc.as_json()}, status_code=RequestError.STATUS.get(exc.kind, 400))

    def endpoint(handler: Callable[[Request], Any], status: int = 200):
        async def run(request: Request) -> JSONResponse:
            try:
                return JSONResponse(await handler(request), status_code=status)
            except RequestError as exc:
                return failure(exc)
            except Exception as exc:  # the server stays up; the suite sees a structured error
                return failure(RequestError("internal", f"{type(exc).__name__}: {exc}"))

        return run

    def case(request: Request) -> dict[str, Any]:
        return {"case_id": request.path_params["case_id"]}

    async def info(request: Request) -> Any:
        return service.hello()

    async def openapi(request: Request) -> Any:
        return spec

    async def deploy(request: Request) -> Any:
        return service.deploy({"document": await _body(request)})

    async def start_case(request: Request) -> Any:
        return service.start_case(await _body(request))

    async def work_items(request: Request) -> Any:
        return service.work_items(case(request))

    async def complete(request: Request) -> Any:
        body = await _body(request)
        if not isinstance(body, dict):
            raise RequestError("bad_request", "badan permintaan harus objek JSON")
        return service.complete({**body, **case(request)})

    async def outputs(request: Request) -> Any:
        return service.outputs(case(request))

    async def history(request: Request) -> Any:
        return service.history(case(request))

    async def documents(request: Request) -> Any:
        return service.documents(case(request))

    async def get_clock(request: Request) -> Any:
        return service.get_clock()

    async def set_clock(request: Request) -> Any:
        return service.set_clock(await _body(request))

    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        kind = "not_found" if exc.status_code == 404 else "bad_request"
        message = {
            404: f"tidak ada endpoint {request.url.path}",
            405: f"metode {request.method} tidak berlaku untuk {request.url.path}",
        }
        body = {"error": {"kind": kind, "message": message.get(exc.status_code, str(exc.detail))}}
        return JSONResponse(body, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    routes = [
        Route("/info", endpoint(info), methods=["GET"]),
        Route("/openapi.json", endpoint(openapi), methods=["GET"]),
        Route("/sops", endpoint(deploy), methods=["POST"]),
        Route("/cases", endpoint(start_case, 201), methods=["POST"]),
        Route("/cases/{case_id}/work-items", endpoint(work_items), methods=["GET"]),
        Route("/cases/{case_id}/complete", endpoint(complete), methods=["POST"]),
        Route("/cases/{case_id}/outputs", endpoint(outputs), methods=["GET"]),
        Route("/cases/{case_id}/history", endpoint(history), methods=["GET"]),
        Route("/cases/{case_id}/documents", endpoint(documents), methods=["GET"]),
        Route("/test/clock", endpoint(get_clock), methods=["GET"]),
        Route("/test/clock", endpoint(set_clock), methods=["PUT"]),
    ]
    return Starlette(routes=routes, exception_handlers={HTTPException: http_error})


def bind(port: int) -> socket.socket:
    """A listening loopback socket (port 0: a free port chosen by the system)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit it: uvicorn writes the head and the body of
    # a response separately, and with Nagle's algorithm the body then waits
    # for the client's delayed ACK (40 ms per request instead of 1 ms).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((HOST, port))
    except OSError:
        sock.close()
        raise
    sock.listen(128)
    return sock


def serve(sock: socket.socket, *, until_stdin_closes: bool = False) -> None:
    """Serve the reference engine on ``sock`` until interrupted (or stdin ends)."""
    import uvicorn

    config = uvicorn.Config(create_app(), log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    if until_stdin_closes:

        def watch() -> None:
            try:
                while sys.stdin.buffer.read(4096):
                    pass
            except (OSError, ValueError):
                pass
            server.should_exit = True

        threading.Thread(target=watch, daemon=True, name="sopap-stdin").start()
    server.run(sockets=[sock])


def announce(port: int) -> str:
    """The first line printed: the URL, for people and for the suite."""
    from sopap.conformance.wire import PROTOCOL

    return f"sopap: server rujukan HTTP berjalan di http://{HOST}:{port} (protokol {PROTOCOL}; Ctrl+C untuk berhenti)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"porta di {HOST} (bawaan {DEFAULT_PORT}; 0 = porta bebas)",
    )
    parser.add_argument("--selama-stdin-terbuka", action="store_true", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.port <= 65535:
        print(f"sopap: porta {args.port} tidak sah (0-65535)", file=sys.stderr)
        return 2
    try:
        sock = bind(args.port)
    except OSError as exc:
        print(f"sopap: tidak dapat membuka {HOST}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(announce(sock.getsockname()[1]), flush=True)
    try:
        serve(sock, until_stdin_closes=args.selama_stdin_terbuka)
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sopap.conformance.http.server", description=__doc__.splitlines()[0]
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
