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

logger = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
CSS = "sopap-sop.css"
JS = "sopap-cari.js"  # search page: Indonesian summary, readable snippets


def is_html(app: Sphinx) -> bool:
    return getattr(app.builder, "format", "") == "html"


def on_builder_inited(app: Sphinx) -> None:
    if not is_html(app):
        return
    _template_cache(app)
    app.config.html_static_path.append(str(STATIC))
    app.add_css_file(CSS)
    app.add_js_file(JS)


def _template_cache(app: Sphinx) -> None:
    """Keep the compiled Jinja templates beside the doctrees.

    Every build is a new process that compiled the theme's templates again
    (a tenth of an incremental build); Jinja's cache checks each template's
    source, so an edited template is compiled again.
    """
    environment = getattr(getattr(app.builder, "templates", None), "environment", None)
    if environment is None or environment.bytecode_cache is not None:
        return
    import jinja2

    folder = Path(app.doctreedir) / "sopap-jinja"
    folder.mkdir(parents=True, exist_ok=True)
    environment.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
    environment.from_string = _from_string_cached(environment)


def _from_string_cached(environment):
    """``from_string`` through the same cache: Sphinx renders the theme's
    static ``_t`` files (basic.css_t, documentation_options.js_t, ...) from
    strings on every build, and compiling them was most of that step."""
    import hashlib

    original = environment.from_string
    cache = environment.bytecode_cache

    def from_string(source, globals=None, template_class=None):
        if not isinstance(source, str):
            return original(source, globals, template_class)
        name = "sopap-teks-" + hashlib.sha256(source.encode("utf-8")).hexdigest()
        bucket = cache.get_bucket(environment, name, None, source)
        code = bucket.code
        if code is None:
            code = bucket.code = environment.compile(source)
            cache.set_bucket(bucket)
        cls = template_class or environment.template_class
        return cls.from_code(environment, code, environment.make_globals(globals), None)

    return from_string


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
