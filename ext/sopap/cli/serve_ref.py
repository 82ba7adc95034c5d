"""``sopap serve-ref``: the reference server of the HTTP conformance protocol.

Serves the reference engine on ``127.0.0.1`` (loopback only: it has a
test-only clock endpoint) so that a team building an HTTP implementation
can compare its answers with the reference, request by request, and try
``sopap conform --impl http://127.0.0.1:PORT`` before its own system is
ready. Runs until Ctrl+C.
"""

from __future__ import annotations

import argparse


def register(sub) -> None:
    from sopap.conformance.http import server

    parser = sub.add_parser(
        "serve-ref",
        help="jalankan server rujukan protokol HTTP uji kesesuaian di 127.0.0.1 (mesin rujukan)",
    )
    server.add_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sopap.conformance.http import server

    return server.run(args)
