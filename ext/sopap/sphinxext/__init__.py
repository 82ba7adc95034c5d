"""Sphinx integration: config values, directives, domain and event handlers."""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from sopap.sphinxext import bahasa, berkas, collect, keluar, konten, pengaturan, pesan, toctree, versi
from sopap.sphinxext.corpus_builder import EVENT_KEMAJUAN, ModelBuilder
from sopap.sphinxext.directives import CatatanDirective, LangkahDirective, ParafDirective, SopDirective
from sopap.sphinxext.domain import SopDomain
from sopap.sphinxext.render import SopFallback


def setup(app: Sphinx) -> dict[str, Any]:
    bahasa.register()
    app.add_config_value("sopap_pemerintah", "Pemerintah Kota Bekasi", "env", types=[str])
    app.add_config_value(
        "sopap_instansi",
        "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Bekasi",
        "env",
        types=[str],
    )
    app.add_config_value("sopap_keputusan", {}, "env", types=[dict])
    app.add_config_value("sopap_bidang", {}, "env", types=[dict])
    # Documents under this folder are SOP sources: raw HTML and includes refused.
    app.add_config_value("sopap_source_dir", "sop_source", "env", types=[str])

    app.add_domain(SopDomain)
    app.add_directive("sop", SopDirective)
    app.add_directive("langkah", LangkahDirective)
    app.add_directive("catatan", CatatanDirective)
    app.add_directive("paraf", ParafDirective)

    konten.register(app)
    keluar.register(app)
    berkas.register(app)
    pengaturan.register(app)
    pesan.install(app)  # now: the project's files are found before builder-inited
    app.connect("builder-inited", pesan.install)
    # konten first: it must see the capture before collect consumes it
    app.connect("doctree-read", konten.on_doctree_read, priority=400)
    app.connect("doctree-read", collect.on_doctree_read)
    app.connect("env-purge-doc", collect.on_env_purge_doc)
    app.connect("env-before-read-docs", collect.on_env_before_read_docs)
    app.connect("env-updated", collect.on_env_updated)
    app.connect("missing-reference", collect.on_missing_reference)
    app.connect("doctree-read", toctree.on_doctree_read)
    app.connect("write-started", toctree.on_write_started)
    app.connect("build-finished", toctree.on_build_finished)
    app.add_post_transform(SopFallback)
    app.add_builder(ModelBuilder)
    app.add_event(EVENT_KEMAJUAN)
    app.setup_extension("sopap.outputs.pdf")
    app.setup_extension("sopap.outputs.html")
    app.setup_extension("sopap.outputs.bpmn")
    app.setup_extension("sopap.review")
    return {
        "version": "1",
        "parallel_read_safe": True,
        "parallel_write_safe": True,
        # new sopap code: every page is read and written again (versi.py)
        "env_version": versi.env_version(),
    }
