"""Small HTML helpers shared by the SOP page renderers."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape


def esc(text: str) -> str:
    return escape(text, quote=True)


def items(values: Iterable[str], *, ordered: bool = False, cls: str = "") -> str:
    """One value as text, several as a list (numbered like the official form)."""
    values = [v for v in values if v]
    if not values:
        return ""
    if len(values) == 1:
        return f"<p>{esc(values[0])}</p>"
    tag = "ol" if ordered else "ul"
    klass = f' class="{cls}"' if cls else ""
    return f"<{tag}{klass}>" + "".join(f"<li>{esc(v)}</li>" for v in values) + f"</{tag}>"


def link(href: str | None, text: str, cls: str = "") -> str:
    klass = f' class="{cls}"' if cls else ""
    if not href:
        return f"<span{klass}>{esc(text)}</span>"
    return f'<a{klass} href="{esc(href)}">{esc(text)}</a>'
