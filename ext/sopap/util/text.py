"""Text from sources, shown on a terminal: control characters made visible.

Messages quote what an author wrote (a pelaksana, a word, a changed
uraian). A source with an escape sequence or a carriage return in it
(refused by the reader, :mod:`sopap.sphinxext.source_text`, but still quoted in
the message that refuses it, and shown by ``sopap diff``) must not clear
or recolour the user's terminal: such characters are printed as
``[U+001B]``.
"""

from __future__ import annotations

import io
import os
import re
from typing import IO

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

def colour_terminal(stream: IO[str] | None) -> bool:
    """Whether to colour what goes to ``stream``: only a terminal (never a
    pipe or a log file), never with ``NO_COLOR`` set (https://no-color.org)
    or on a terminal that cannot show colours (``TERM=dumb``)."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM", "") == "dumb":
        return False
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


#: Colour and style sequences (SGR), as libraries write them.
_SGR = re.compile(r"\x1b\[[0-9;]*m")


class PlainText(io.TextIOBase):
    """A stream that drops colour sequences before they reach ``target``: for
    a library that colours whatever it writes to (sphinx-autobuild's own
    lines), when the output is a pipe, a log file or NO_COLOR is set."""

    def __init__(self, target: IO[str]) -> None:
        self.target = target

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.target.write(_SGR.sub("", text))
        return len(text)

    def flush(self) -> None:
        self.target.flush()

    def isatty(self) -> bool:
        return False
