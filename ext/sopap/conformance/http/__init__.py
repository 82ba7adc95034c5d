"""The HTTP protocol: an implementation behind an HTTP API, in any language.

The protocol (version :data:`sopap.conformance.wire.PROTOCOL`) is described
by ``data/openapi.json`` (OpenAPI 3.1) and, for people, by
``docs/kesesuaian-http.md``.

* :mod:`.client` -- the suite's side: :class:`~.client.HttpAdapter` over
  httpx, and the built-in ``http`` that starts the reference server;
* :mod:`.server` -- the reference server (Starlette + uvicorn) serving the
  reference engine on loopback (``sopap serve-ref``).
"""
