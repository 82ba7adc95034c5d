"""Review for Bagian Organisasi: lint, revision redline, history, paraf view.

``lint`` checks the model against Permenpan RB 35/2012 and house rules;
``perbandingan`` compares two versions at the level of the model (terminal,
HTML and PDF redline); ``riwayat`` reads a source's git history; ``halaman``
adds the review pages to the HTML handbook. :func:`setup` registers the
build-time part with Sphinx.
"""

from __future__ import annotations

from typing import Any


def setup(app) -> dict[str, Any]:
    from sopap.review import bangun, halaman

    # after konten (400), before collect (500) drops the directives' capture
    app.connect("doctree-read", bangun.on_doctree_read, priority=450)
    app.connect("env-before-read-docs", bangun.on_env_before_read_docs)
    app.connect("env-updated", bangun.on_env_updated)
    app.connect("builder-inited", bangun.on_builder_inited)
    app.connect("build-finished", bangun.on_build_finished)
    halaman.setup(app)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
