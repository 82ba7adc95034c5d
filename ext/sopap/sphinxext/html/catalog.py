"""Sphinx's own interface strings in Indonesian where its "id" catalogue has none.

The catalogue (``locale/id/LC_MESSAGES/sphinx.po``) is added behind Sphinx's
own, so it only fills gaps ("Link to this heading" on every heading,
"Link to this term" in the glossary). ``sphinx.mo`` is compiled from it with
Babel (a dependency of Sphinx) and committed; run this module after editing
the ``.po``: ``python -m sopap.sphinxext.html.catalog``.
"""

from __future__ import annotations

import io
from pathlib import Path

from sphinx.application import Sphinx

LOCALE = Path(__file__).parent / "locale"
PO = LOCALE / "id" / "LC_MESSAGES" / "sphinx.po"
MO = PO.with_suffix(".mo")


def compiled() -> bytes:
    """The ``.mo`` bytes of the ``.po`` as it is now."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with PO.open("rb") as source:
        catalog = read_po(source, locale="id")
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def register(app: Sphinx) -> None:
    app.add_message_catalog("sphinx", str(LOCALE))


if __name__ == "__main__":
    MO.write_bytes(compiled())
    print(f"{MO} ditulis")
