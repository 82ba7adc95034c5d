"""The Sphinx layer: everything of sopap that imports Sphinx (directives,
domain, builders, the HTML handbook and its theme, the review pages, and
running Sphinx from Python). The registration is :mod:`.extension`; this
package itself stays light, so that the command line can find a project
(:mod:`.project`) without loading Sphinx."""

from __future__ import annotations

from typing import Any


def setup(app: Any) -> dict[str, Any]:
    from sopap.sphinxext.extension import setup as _setup

    return _setup(app)
