"""sopap: SOP Administrasi Pemerintahan as a Sphinx handbook, PDF lampiran and
a conformance suite.

The package is at once the Sphinx extension (``extensions = ["sopap"]``), the
``sopap`` command and a pytest plugin (``pytest11`` entry point).
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"


def setup(app: Any) -> dict[str, Any]:
    """Sphinx entry point; imported lazily so the CLI starts fast."""
    from sopap.sphinxext import setup as _setup

    result = _setup(app)
    result["version"] = __version__
    return result
