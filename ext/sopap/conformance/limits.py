"""How long the suite waits for an implementation (``SOPAP_TIMEOUT``).

One number, in seconds, set by the environment variable ``SOPAP_TIMEOUT``
(default 10): the longest wait for any one answer of a harness process or
an HTTP server. Starting an implementation (process start and handshake)
may take three times as long; any single adapter call, whatever the
adapter, is abandoned after six times as long (:func:`call_limit`, the
backstop in :func:`sopap.conformance.runtime.invoke` for adapters that hang
without timing out themselves).
"""

from __future__ import annotations

import math
import os

ENV = "SOPAP_TIMEOUT"
DEFAULT = 10.0


def io_timeout() -> float:
    """Seconds to wait for one answer; a clear Indonesian error when set wrongly."""
    raw = os.environ.get(ENV, "").strip()
    if not raw:
        return DEFAULT
    try:
        value = float(raw.replace(",", "."))
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{ENV}={raw!r} tidak sah: isi dengan jumlah detik lebih dari 0, misalnya {ENV}=10")
    return value


def start_timeout() -> float:
    """Seconds to wait for an implementation to start and answer the handshake."""
    return 3 * io_timeout()


def call_limit() -> float:
    """Seconds after which any adapter call is abandoned as hanging."""
    return 6 * io_timeout()
