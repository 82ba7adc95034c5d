"""Text from sources, shown on a terminal: control characters made visible.

Messages quote what an author wrote (a pelaksana, a word, a changed
uraian). A source with an escape sequence or a carriage return in it
(refused by the reader, :mod:`sopap.sphinxext.source_text`, but still quoted in
the message that refuses it, and shown by ``sopap diff``) must not clear
or recolour the user's terminal: such characters are printed as
``[U+001B]``.
"""

from __future__ import annotations

import re

#: C0 and C1 controls except tab and line feed, and the bidirectional
#: embedding, override and isolate controls.
KENDALI = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    return KENDALI.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def did_you_mean(word: str, known, *, cutoff: float = 0.6, quote: str = "'{}'") -> str:
    """`` (maksudnya 'konselor'?)`` for the known name closest to a mistyped one, or ``""``.

    Matching ignores case: authors write "Konselor" for the key "konselor".
    ``quote`` shows the name as the author writes it (``"'{}:'"`` for an
    option, ``"{{{}}}"`` for a directive).
    """
    import difflib

    names = {str(name).lower(): str(name) for name in known}
    found = difflib.get_close_matches(word.lower(), list(names), n=1, cutoff=cutoff)
    if not found or found[0] == word.lower() and names[found[0]] == word:
        return ""
    return f" (maksudnya {quote.format(names[found[0]])}?)"
