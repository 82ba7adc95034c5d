"""Sphinx's own interface in Indonesian: the catalogue sopap adds behind
Sphinx's, and what it fills in on a built page."""

from __future__ import annotations

import pytest

from sopap.sphinxext.html import catalog


def test_committed_catalogue_is_compiled_from_its_po():
    """sphinx.mo is what `python -m sopap.sphinxext.html.catalog` makes of sphinx.po."""
    assert catalog.MO.read_bytes() == catalog.compiled()


@pytest.mark.sphinx("html", testroot="html", freshenv=True)
def test_permalink_titles_and_landmarks_in_indonesian(app):
    app.build()
    html = (app.outdir / "sop-alur.html").read_text(encoding="utf-8")
    assert 'title="Tautan ke judul ini"' in html and "Link to this" not in html
    assert 'aria-label="Navigasi utama"' in html and 'aria-label="Main"' not in html
    search = (app.outdir / "search.html").read_text(encoding="utf-8")
    assert 'value="Cari"' in search and 'value="pencarian"' not in search
    assert "\u00a0" not in search
