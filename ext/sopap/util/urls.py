"""Which link targets a handbook page may carry (``docs/keamanan.md``).

A target is read the way a browser reads it (WHATWG URL parsing): leading
and trailing control characters and spaces are dropped and tabs and line
breaks removed anywhere, so ``" java\\tscript:"`` is ``javascript:``. What
remains is allowed when it has no scheme (a page or anchor of the handbook)
or one of :data:`SCHEMES`. Without a scheme, two leading slashes
(``//host``, also written with backslashes) name another host with the
page's own scheme, which is ``file:`` for a handbook opened from disk: those
are refused as well.
"""

from __future__ import annotations

import re

#: Schemes a link may use: the web, and an e-mail address.
SCHEMES = frozenset({"http", "https", "mailto"})

_EDGES = "".join(chr(c) for c in range(0x21))  # C0 controls and space
_TAB_NEWLINE = re.compile("[\t\n\r]")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")


def browser_form(uri: str) -> str:
    """``uri`` as a browser starts parsing it."""
    return _TAB_NEWLINE.sub("", uri.strip(_EDGES))


def scheme(uri: str) -> str | None:
    """The scheme a browser would find in ``uri`` (lower case), or None."""
    match = _SCHEME.match(browser_form(uri))
    return match.group(1).lower() if match else None


def allowed(uri: str) -> bool:
    """True for a relative target or one with an allowed scheme."""
    found = scheme(uri)
    if found is not None:
        return found in SCHEMES
    return not re.match(r"[/\\]{2}", browser_form(uri))


def not_local(uri: str) -> bool:
    """The target is not a file of the handbook (another host, inline data, a
    script): a page read offline never loads it as an image."""
    found = scheme(uri)
    return (found is not None and found != "mailto") or bool(re.match(r"[/\\]{2}", browser_form(uri)))
