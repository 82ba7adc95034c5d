"""sopap: SOP Administrasi Pemerintahan as a Sphinx handbook, PDF lampiran and
a conformance suite.

The package is at once the Sphinx extension (``extensions = ["sopap"]``), the
``sopap`` command and a pytest plugin (``pytest11`` entry point). Its public
API is what :data:`__all__` lists (the model, reading a project, the errors);
the conformance contract for implementers is :mod:`sopap.conformance`.
Everything else is internal and may move between releases.

Names are loaded on first use, so that ``import sopap`` (by Sphinx, by the
command line, by pytest) costs nothing.
"""

from __future__ import annotations

import importlib
from typing import Any

#: Public name -> the module that defines it.
_PUBLIC: dict[str, str] = {
    "__version__": "sopap.version",
    "SopapError": "sopap.errors",
    "Project": "sopap.sphinxext.project",
    "load_corpus": "sopap.sphinxext.project",
    "Corpus": "sopap.model.sop",
    "Sop": "sopap.model.sop",
    "Identitas": "sopap.model.sop",
    "Pelaksana": "sopap.model.sop",
    "Langkah": "sopap.model.sop",
    "Cabang": "sopap.model.sop",
    "Arah": "sopap.model.sop",
    "Simbol": "sopap.model.sop",
    "Catatan": "sopap.model.sop",
    "Paraf": "sopap.model.sop",
    "Penandatangan": "sopap.model.sop",
    "Keputusan": "sopap.model.sop",
    "Instansi": "sopap.model.sop",
    "Waktu": "sopap.model.waktu",
    "parse_waktu": "sopap.model.waktu",
    "corpus_from_dict": "sopap.model.jsonformat",
    "corpus_to_dict": "sopap.model.jsonformat",
}

__all__ = ["setup", *_PUBLIC]


def setup(app: Any) -> dict[str, Any]:
    """Sphinx entry point; the Sphinx layer is imported only now."""
    from sopap.sphinxext import setup as _setup
    from sopap.version import __version__

    result = _setup(app)
    result["version"] = __version__
    return result


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'sopap' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
