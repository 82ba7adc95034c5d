"""Indonesian for docutils' own generated text.

Docutils ships no ``id`` language module, so ``language = "id"`` warns
('Language "id" not supported') and labels such as admonition titles fall
back to English. These modules fill that gap; they are registered under
the module names docutils imports when the extension loads.
"""

from __future__ import annotations

import sys
import types

LABELS = {
    "author": "Penulis",
    "authors": "Penulis",
    "organization": "Organisasi",
    "address": "Alamat",
    "contact": "Kontak",
    "version": "Versi",
    "revision": "Revisi",
    "status": "Status",
    "date": "Tanggal",
    "copyright": "Hak cipta",
    "dedication": "Persembahan",
    "abstract": "Abstrak",
    "attention": "Perhatian!",
    "caution": "Awas!",
    "danger": "BAHAYA!",
    "error": "Kesalahan",
    "hint": "Petunjuk",
    "important": "Penting",
    "note": "Catatan",
    "tip": "Tips",
    "warning": "Peringatan",
    "contents": "Daftar Isi",
}

BIBLIOGRAPHIC_FIELDS = {value.lower(): key for key, value in LABELS.items() if key in (
    "author", "organization", "address", "contact", "version", "revision", "status", "date",
    "copyright", "dedication", "abstract",
)}


def _module(name: str, **attrs) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__dict__.update(attrs)
    return module


def register() -> None:
    """Make ``docutils.languages.id`` importable (docutils looks it up by name)."""
    labels = _module(
        "docutils.languages.id",
        labels=LABELS,
        bibliographic_fields=BIBLIOGRAPHIC_FIELDS,
        author_separators=[";", ","],
    )
    # Directive and role names stay English (an empty mapping falls back).
    names = _module("docutils.parsers.rst.languages.id", directives={}, roles={})
    sys.modules.setdefault(labels.__name__, labels)
    sys.modules.setdefault(names.__name__, names)
