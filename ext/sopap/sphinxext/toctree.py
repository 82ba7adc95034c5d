"""Pages are not written again for a document that only a hidden toctree lists.

Sphinx writes a page again whenever a document its toctrees include was
read again (``env.files_to_rebuild``), because a toctree shows the titles
and sections of what it includes. A *hidden* toctree shows nothing in the
page: the home page lists the SOPs with ``{daftar-sop}`` and keeps them in
a hidden toctree only for their place in the handbook. Editing one of 500
SOPs then rewrote the 500-row home page on every incremental build for
nothing. What the home page does show of an SOP (name, lampiran, bidang,
counts) and its previous/next links are tracked by :mod:`.collect`, which
writes it again when one of those changed.

Only with the sopap theme and its own sidebars: a theme whose sidebar draws
the global toctree would show a hidden toctree's entries on that page.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx

from sopap.compat import files_to_rebuild
from sopap.sphinxext.state import sop_data
from sphinx import addnodes


def hidden_only(doctree: nodes.document) -> frozenset[str]:
    """Documents this page includes in hidden toctrees and in no visible one."""
    hidden: set[str] = set()
    shown: set[str] = set()
    for toc in doctree.findall(addnodes.toctree):
        (hidden if toc.get("hidden") else shown).update(toc.get("includefiles", ()))
    return frozenset(hidden - shown)


def on_doctree_read(app: Sphinx, doctree: nodes.document) -> None:
    found = hidden_only(doctree)
    if found:
        sop_data(app.env).toctree_tersembunyi[app.env.docname] = found


def _applies(app: Sphinx) -> bool:
    builder = app.builder
    return (
        getattr(builder, "format", "") == "html"
        and app.config.html_theme == "sopap"
        and not app.config.html_sidebars
    )


def on_write_started(app: Sphinx, builder) -> None:
    """Before Sphinx adds the toctree parents to the pages to write."""
    if not _applies(app):
        return
    rebuild = files_to_rebuild(app.env)
    if rebuild is None:
        return
    taken: list[tuple[str, str]] = []
    data = sop_data(app.env)
    for parent, children in data.toctree_tersembunyi.items():
        for child in children:
            parents = rebuild.get(child)
            if parents is not None and parent in parents:
                parents.discard(parent)
                taken.append((child, parent))
    data.scratch.toctree_taken = taken


def on_build_finished(app: Sphinx, exception: BaseException | None) -> None:
    """Give Sphinx its relations back (only the write phase was spared them)."""
    data = sop_data(app.env)
    for child, parent in data.scratch.toctree_taken:
        files_to_rebuild(app.env).setdefault(child, set()).add(parent)  # type: ignore[union-attr]
    data.scratch.toctree_taken = []
