"""The intranet handbook: the official SOP layout in HTML, with its swimlane
flowchart, the handbook pages around it, Indonesian search and the theme.

Registered from :func:`sopap.sphinxext.setup`. The HTML builders draw
``sop_node`` natively (:mod:`.visitors`); every other builder keeps the
plain docutils fallback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

from sopap.sphinxext.nodes import sop_node
from sopap.outputs.html import assets, navigation
from sopap.outputs.html.daftar import DaftarSop, DaftarSopDirective
from sopap.outputs.html.search import SearchIndonesian
from sopap.outputs.html.visitors import SearchText, depart_sop_html, visit_sop_html

THEME = Path(__file__).parent / "templates" / "sopap"


def _page_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    context["sopap_pemerintah"] = app.config.sopap_pemerintah
    context["sopap_instansi"] = app.config.sopap_instansi
    navigation.on_html_page_context(app, pagename, templatename, context, doctree)


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("sopap_logo", "", "html", types=[str])
    app.add_node(sop_node, html=(visit_sop_html, depart_sop_html))
    app.add_post_transform(SearchText)
    app.add_directive("daftar-sop", DaftarSopDirective)
    app.add_post_transform(DaftarSop)
    app.add_search_language(SearchIndonesian)
    app.add_html_theme("sopap", str(THEME))
    app.connect("builder-inited", assets.on_builder_inited)
    app.connect("build-finished", assets.on_build_finished)
    app.connect("build-finished", navigation.on_build_finished)
    app.connect("html-page-context", _page_context)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
