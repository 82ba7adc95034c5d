"""The live preview's problem banner (``sopap serve``, ``sopap_preview``).

In the preview a page is drawn even when its source has a problem; the
problems must not stay in the terminal. Every warning of the build (the
reader's problems, reported again on every build until fixed; MyST's;
lint's galat) is written at the end of the build to
``_static/sopap-masalah.json``, and every page carries a placeholder and a
small script that shows them above the page, the ones of that page first,
each with its file and line. A build without a problem writes an empty
list: the banner goes away when the last problem is fixed.
"""

from __future__ import annotations

import json
from pathlib import Path

from sphinx.application import Sphinx

from sopap.sphinxext.state import sop_data
from sopap.util import atomic

STATIC = Path(__file__).parent / "static"
JS = "sopap-pratinjau.js"
DATA = "sopap-masalah.json"


def active(app: Sphinx) -> bool:
    return bool(app.config.sopap_preview) and getattr(app.builder, "format", "") == "html"


def on_builder_inited(app: Sphinx) -> None:
    if active(app):
        app.add_js_file(JS)  # the layout's static folder is already on the path (assets.py)


def page_context(app: Sphinx, pagename: str, context: dict) -> None:
    context["sopap_pratinjau"] = active(app)


def problems(app: Sphinx) -> list[dict]:
    """Every warning of this build, once, with its file (relative) and line."""
    handler = sop_data(app.env).scratch.warnings
    found, seen = [], set()
    docs = {str(app.env.doc2path(d, False)): d for d in app.env.found_docs}
    for berkas, baris, pesan in handler.items if handler is not None else ():
        key = (berkas, baris, pesan)
        if key in seen:
            continue
        seen.add(key)
        found.append({"berkas": berkas, "baris": baris, "halaman": docs.get(berkas, ""), "pesan": pesan})
    found.sort(key=lambda p: (p["berkas"], p["baris"] or 0))
    return found


def on_build_finished(app: Sphinx, exception: BaseException | None) -> None:
    if exception is not None or not active(app):
        return
    data = {"masalah": problems(app)}
    atomic.write_text(Path(app.outdir) / "_static" / DATA, json.dumps(data, ensure_ascii=False))
