"""The extension's registration: what sopap adds to Sphinx, and in which order
it listens to Sphinx's events.

Where several parts of sopap listen to the same Sphinx event, the order
matters (the content rules must see a document before its capture is
turned into the model; lint keeps the capture's lines before the model
drops it; the review stylesheets come after the layout's). So each event
has one handler here that calls the parts in the order written below,
instead of relying on handler priorities spread over modules.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from sopap.sphinxext import (
    builders,
    code_version,
    collect,
    config,
    content,
    docutils_language,
    front_matter,
    gc_freeze,
    links,
    messages,
    source_text,
    toctree,
)
from sopap.sphinxext import html as handbook
from sopap.sphinxext.builders import bpmn as bpmn_builder
from sopap.sphinxext.directives import CatatanDirective, LangkahDirective, ParafDirective, SopDirective
from sopap.sphinxext.domain import SopDomain
from sopap.sphinxext.fallback import SopFallback
from sopap.sphinxext.html import assets, navigation, owed, preview
from sopap.sphinxext.html import removed as removed_pages
from sopap.sphinxext.review import lint as review_lint
from sopap.sphinxext.review import pages as review_pages
from sopap.sphinxext.state import BuildScratch, sop_data


def on_builder_inited(app: Sphinx) -> None:
    sop_data(app.env).scratch = BuildScratch()  # a new build: nothing carried over
    gc_freeze.on_builder_inited(app)
    messages.install(app)
    assets.on_builder_inited(app)  # the SOP layout's CSS and JS first
    preview.on_builder_inited(app)
    review_lint.on_builder_inited(app)
    review_pages.on_builder_inited(app)  # then the review pages' CSS and JS


def on_source_read(app: Sphinx, docname: str, source: list[str]) -> None:
    content.on_source_read(app, docname, source)
    source_text.on_source_read(app, docname, source)
    front_matter.on_source_read(app, docname, source)  # last: it may empty the front matter


def on_env_before_read_docs(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    source_text.on_env_before_read_docs(app, env, docnames)
    collect.on_env_before_read_docs(app, env, docnames)
    review_lint.on_env_before_read_docs(app, env, docnames)


def on_doctree_read_early(app: Sphinx, doctree: nodes.document) -> None:
    """Before Sphinx's own collectors (priority 500): refused images and
    downloads are gone before Sphinx looks for their files."""
    content.on_doctree_read(app, doctree)  # refuses raw HTML, includes, foreign files
    links.on_doctree_read(app, doctree)  # link schemes, meta, math, controls written as entities


def on_doctree_read(app: Sphinx, doctree: nodes.document) -> None:
    review_lint.on_doctree_read(app, doctree)  # keeps the capture's field lines
    collect.on_doctree_read(app, doctree)  # turns the capture into the model (and drops it)
    toctree.on_doctree_read(app, doctree)


def on_env_updated(app: Sphinx, env: BuildEnvironment) -> list[str]:
    reading = sop_data(env).scratch.reading  # collect starts a new list
    again = collect.on_env_updated(app, env)  # also reports stored problems again
    again += review_lint.on_env_updated(app, env)  # then lint findings
    sop_data(env).scratch.caches.clear()  # the writers' indexes are made from the new state
    again += navigation.pages_to_rewrite(app)  # a changed sidebar shows on every page
    sop_data(env).scratch.caches.clear()
    again += owed.pages_owed(app, [*reading, *again])  # last: what this build touched
    return sorted(set(again))


def on_html_page_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    source_text.on_html_page_context(app, pagename, templatename, context, doctree)
    handbook.page_context(app, pagename, templatename, context, doctree)


def on_build_finished(app: Sphinx, exception: BaseException | None) -> None:
    toctree.on_build_finished(app, exception)
    assets.on_build_finished(app, exception)
    navigation.on_build_finished(app, exception)
    bpmn_builder.on_build_finished(app, exception)
    preview.on_build_finished(app, exception)  # before lint's warning capture is taken away
    collect.on_build_finished(app, exception)  # documents with warnings: read again next time
    review_lint.on_build_finished(app, exception)  # then the warning capture is closed
    removed_pages.on_build_finished(app, exception)
    gc_freeze.on_build_finished(app, exception)  # last: everything is written


def setup(app: Sphinx) -> dict[str, Any]:
    docutils_language.register()
    config.register(app)
    app.add_domain(SopDomain)
    app.add_directive("sop", SopDirective)
    app.add_directive("langkah", LangkahDirective)
    app.add_directive("catatan", CatatanDirective)
    app.add_directive("paraf", ParafDirective)
    content.register(app)  # directive overrides: raw, include, csv-table
    app.add_post_transform(SopFallback)
    handbook.register(app)
    builders.register(app)
    messages.install(app)  # now: the project's files are found before builder-inited

    app.connect("builder-inited", on_builder_inited)
    app.connect("source-read", on_source_read)
    app.connect("include-read", content.on_include_read)
    app.connect("env-before-read-docs", on_env_before_read_docs)
    app.connect("env-get-outdated", removed_pages.on_env_get_outdated)
    app.connect("env-purge-doc", collect.on_env_purge_doc)
    app.connect("doctree-read", on_doctree_read_early, priority=400)
    app.connect("doctree-read", on_doctree_read)
    app.connect("env-updated", on_env_updated)
    app.connect("missing-reference", collect.on_missing_reference)
    app.connect("write-started", toctree.on_write_started)
    app.connect("html-page-context", on_html_page_context)
    app.connect("html-collect-pages", review_pages.on_html_collect_pages)
    app.connect("html-collect-pages", removed_pages.on_html_collect_pages)
    app.connect("build-finished", on_build_finished)
    return {
        "version": "1",
        "parallel_read_safe": True,
        "parallel_write_safe": True,
        # new sopap code: every page is read and written again (code_version.py)
        "env_version": code_version.env_version(),
    }
