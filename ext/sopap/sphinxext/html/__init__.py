"""The intranet handbook: the official SOP layout in HTML, with its swimlane
flowchart, the handbook pages around it, Indonesian search and the theme.

Registered from :func:`sopap.sphinxext.setup`. The HTML builders draw
``sop_node`` natively (:mod:`.visitors`); every other builder keeps the
plain docutils fallback.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx

from sopap.sphinxext.html import catalog, navigation, preview
from sopap.sphinxext.html.daftar import DaftarSop, DaftarSopDirective
from sopap.sphinxext.html.search import SearchIndonesian
from sopap.sphinxext.html.visitors import SearchText, depart_sop_html, visit_sop_html
from sopap.sphinxext.nodes import sop_node

THEME = Path(__file__).parent / "templates" / "sopap"


def page_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    context["sopap_pemerintah"] = app.config.sopap_pemerintah
    # a handbook of several instansi (a dict) is the pemerintah's: each SOP's kop names its own
    instansi = app.config.sopap_instansi
    context["sopap_instansi"] = instansi if isinstance(instansi, str) else ""
    preview.page_context(app, pagename, context)
    navigation.on_html_page_context(app, pagename, templatename, context, doctree)


def register(app: Sphinx) -> None:
    """The node's HTML visitors, the ``{daftar-sop}`` directive, search and theme."""
    app.add_node(sop_node, html=(visit_sop_html, depart_sop_html))
    app.add_post_transform(SearchText)
    app.add_directive("daftar-sop", DaftarSopDirective)
    app.add_post_transform(DaftarSop)
    app.add_search_language(SearchIndonesian)
    app.add_html_theme("sopap", str(THEME))
    catalog.register(app)
