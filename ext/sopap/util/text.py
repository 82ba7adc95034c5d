"""Text from sources, shown on a terminal: control characters made visible.

Messages quote what an author wrote (a pelaksana, a word, a changed
uraian). A source with an escape sequence or a carriage return in it
(refused by the reader, :mod:`sopap.sphinxext.source_text`, but still quoted in
the message that refuses it, and shown by ``sopap diff``) must not clear
or recolour the user's terminal: such characters are printed as
``[U+001B]``.
"""

from __future__ import annotations

import os
import re
from typing import IO

#: C0 and C1 controls except tab and line feed, and the bidirectional
#: embedding, override and isolate controls.
KENDALI = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    return KENDALI.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


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
