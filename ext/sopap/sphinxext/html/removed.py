"""Pages of removed sources leave the handbook, and their words its search index.

Sphinx writes the pages of the documents it has, and never deletes the page
of a document that is gone: after an SOP's file is removed, its page, its
``_sources`` copy and its revision-history pages would stay in
``_build/html``, reachable by old links and different from a fresh build.
``env-get-outdated`` names the removed documents (before their SOPs leave the
domain); once the HTML is written, their files are removed. Words no page
has any more (a removed page's, or an edited one's) leave the search index
before it is written (:func:`sopap.compat.drop_empty_search_terms`), so the
handbook is the one a fresh build makes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from sopap.compat import drop_empty_search_terms
from sopap.render.html.review.links import history_page_name
from sopap.sphinxext.state import sop_data

HTML_BUILDERS = ("html", "dirhtml")


def on_env_get_outdated(app: Sphinx, env: BuildEnvironment, added, changed, removed) -> list[str]:
    state = sop_data(env)
    for docname in removed:
        summary = state.ringkasan.get(docname)
        state.scratch.removed[docname] = summary.id if summary is not None else None
    return []


def on_build_finished(app: Sphinx, exception: BaseException | None) -> None:
    builder = app.builder
    if exception is not None or builder is None or builder.name not in HTML_BUILDERS:
        return
    state = sop_data(app.env)
    removed, state.scratch.removed = state.scratch.removed, {}
    present_ids = set(state.ids())
    out = Path(builder.outdir)
    for docname, sop_id in sorted(removed.items()):
        if docname in app.env.all_docs:  # removed and added again in one build
            continue
        Path(builder.get_outfilename(docname)).unlink(missing_ok=True)
        for source in (out / "_sources").glob(f"{docname}.*.txt") if (out / "_sources").is_dir() else ():
            if source.name[len(Path(docname).name) :].count(".") == 2:  # <name><suffix>.txt
                source.unlink(missing_ok=True)
        if sop_id is not None and sop_id not in present_ids:
            page = history_page_name(sop_id)
            Path(builder.get_outfilename(page)).unlink(missing_ok=True)
            shutil.rmtree(out / page, ignore_errors=True)  # the redlines of its versions


def on_html_collect_pages(app: Sphinx) -> list:
    """Every page is written and the index not yet saved (``handle_finish``)."""
    drop_empty_search_terms(app.builder)
    return []
