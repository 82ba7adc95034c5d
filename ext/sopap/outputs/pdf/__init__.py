"""PDF lampiran (reportlab): the official printed layout of each SOP.

Modules: ``fonts`` (Liberation Sans), ``kertas`` (F4/A4), ``gaya`` (styles,
stroke widths), ``halaman`` (page template: kop line, Paraf Koordinasi,
page numbers), ``kop``, ``sampul`` (cover), ``identitas`` (identity page),
``prosedur`` (procedure table), ``jejak`` (where each step row landed),
``bagan`` and ``bentuk`` (flowchart plan and shapes), ``dokumen`` (one
lampiran, its pages kept open until laid out), ``gabung`` (the whole
Keputusan from the lampiran files), ``urutan`` (order and file names),
``builder`` (Sphinx).
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from sopap.outputs.pdf.kertas import BAWAAN


def setup(app: Sphinx) -> dict[str, Any]:
    from sopap.outputs.pdf.builder import LampiranBuilder

    # Paper of the lampiran: "f4" (215 x 330 mm) or "a4", both landscape.
    app.add_config_value("sopap_lampiran_kertas", BAWAAN, "", types=[str])
    # Optional logo for the kop (path relative to conf.py); empty: no logo.
    app.add_config_value("sopap_lampiran_logo", "", "", types=[str])
    # Processes that draw the lampiran; 0: one per processor (1: no workers).
    app.add_config_value("sopap_lampiran_proses", 0, "", types=[int])
    # Link each SOP page of the handbook to its lampiran PDF, which `sopap
    # build` (and `sopap pdf` into _build/pdf) copies to _downloads/lampiran/.
    app.add_config_value("sopap_lampiran_unduh", False, "html", types=[bool])
    app.add_builder(LampiranBuilder)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
