"""Pages an HTML folder still owes: documents another builder read.

Every sopap command shares one doctree folder. A build that writes no HTML
(``sopap features``, ``sopap pdf``, a lint run) reads the changed sources,
reads everything after new sopap code (Sphinx's environment version) and
marks the pages that show a changed SOP (``env-updated``); from then on the
environment counts those documents as current. Sphinx's HTML builder only
writes a page whose source is newer than the page, so the next ``sopap
build`` kept the pages of the old code, or the old title of an SOP on the
pages listing it, and its search index no longer matched the environment
(Sphinx then stopped with an error on an empty index).

So every build that reads or marks documents stamps them with its number,
and every HTML output folder remembers the number it last wrote up to: an
HTML build writes the pages stamped since, whichever builder stamped them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sphinx.application import Sphinx

from sopap.sphinxext.state import sop_data


def pages_owed(app: Sphinx, touched: Iterable[str]) -> list[str]:
    """Stamp ``touched`` (read or marked by this build); for an HTML build,
    the pages of its folder stamped since it was last written."""
    env = app.env
    data = sop_data(env)
    touched = set(touched)
    if touched:
        data.putaran += 1
        for docname in touched:
            data.disentuh[docname] = data.putaran
    if len(data.disentuh) > len(env.all_docs):  # forget removed documents
        data.disentuh = {d: n for d, n in data.disentuh.items() if d in env.all_docs}
    if getattr(app.builder, "format", "") != "html":
        return []
    folder = str(Path(app.outdir).resolve())
    since = data.html_sampai.get(folder, 0)
    data.html_sampai[folder] = data.putaran
    return sorted(d for d, n in data.disentuh.items() if n > since and d in env.all_docs)
