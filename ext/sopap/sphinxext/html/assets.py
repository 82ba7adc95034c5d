"""Static files of the SOP layout (CSS, print rules) and the kop logo.

The layout stylesheet is added to every HTML theme, not only to ours: the
official table must look right whichever theme a project picks.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.osutil import relative_uri

from sopap.compat import cache_compiled_templates

logger = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
CSS = "sopap-sop.css"
JS = "sopap-cari.js"  # search page: Indonesian summary, readable snippets, ranking
JS_SCROLL = "sopap-gulir.js"  # the procedure table's scroll cue


def is_html(app: Sphinx) -> bool:
    return getattr(app.builder, "format", "") == "html"


def on_builder_inited(app: Sphinx) -> None:
    if not is_html(app):
        return
    _template_cache(app)
    app.config.html_static_path.append(str(STATIC))
    app.add_css_file(CSS)
    app.add_js_file(JS)
    app.add_js_file(JS_SCROLL, loading_method="defer")


def _template_cache(app: Sphinx) -> None:
    """Compiled Jinja templates kept beside the doctrees (a shortcut:
    :func:`sopap.compat.cache_compiled_templates`)."""
    cache_compiled_templates(app.builder, Path(app.doctreedir) / "sopap-jinja")


def logo_name(config) -> str:
    return "sopap-logo" + Path(config.sopap_logo).suffix.lower()


def logo_uri(builder, fromdoc: str) -> str:
    return relative_uri(builder.get_target_uri(fromdoc), "_static/" + logo_name(builder.config))


def on_build_finished(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or not is_html(app) or not app.config.sopap_logo:
        return
    source = Path(app.confdir, app.config.sopap_logo)
    if not source.is_file():
        logger.warning(
            f"berkas logo sopap_logo '{app.config.sopap_logo}' tidak ditemukan",
            type="sopap",
            subtype="logo",
        )
        return
    target = Path(app.outdir, "_static", logo_name(app.config))
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
