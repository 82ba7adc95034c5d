"""Checks of a source file's bytes and characters, before MyST reads it.

Authors copy text from PDFs, scans and word processors; what comes along
must not stop the build with a Python traceback nor reach the outputs
unseen. Every document of the project is checked:

* bytes that are not UTF-8: Sphinx reads sources strictly and would stop
  the whole build; they are read as U+FFFD and reported with their line;
* control characters (NUL, ESC, BEL, form feed, ...), which no document
  needs and which hide text or drive a terminal, a byte order mark in the
  middle of the text, and the bidirectional embedding, override and isolate
  controls that make text display in another order than it is stored
  ("Trojan Source", CVE-2021-42574); right-to-left letters, joiners,
  combining marks and emoji are text and stay;
* a source that is a symbolic link to a file outside the project: its
  content is not read.

Each problem is stored like the other source problems (the build fails, no
output is made from the file, the next build reports it again), and the
characters reach the parser as ``[U+202E]``, visible where they were.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from sopap.sphinxext.content import note, outside_project

#: The codec sources are read with: UTF-8 (with or without a BOM) where an
#: undecodable byte becomes U+FFFD instead of an exception.
CODEC = "sopap_utf_8"

_UTF8 = {"utf-8", "utf8", "utf-8-sig", "utf_8", "utf_8_sig"}


def _search(name: str) -> codecs.CodecInfo | None:
    if name.replace("-", "_") != CODEC:
        return None
    base = codecs.lookup("utf-8-sig")

    class Decoder(base.incrementaldecoder):  # type: ignore[name-defined, misc]
        def __init__(self, errors: str = "strict") -> None:
            super().__init__("replace")

    return codecs.CodecInfo(
        name=CODEC,
        encode=base.encode,
        decode=lambda data, errors="strict": base.decode(data, "replace"),
        incrementalencoder=base.incrementalencoder,
        incrementaldecoder=Decoder,
        streamreader=base.streamreader,
        streamwriter=base.streamwriter,
    )


codecs.register(_search)

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_NAMES = {0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0B: "VT", 0x0C: "FF", 0x1B: "ESC", 0x7F: "DEL"}
_BAD_BYTES = re.compile("[\udc80-\udcff]+")


def on_env_before_read_docs(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """Read sources with :data:`CODEC` (set on every build: Sphinx resets it)."""
    if str(env.settings.get("input_encoding", "")).lower() in _UTF8:
        env.settings["input_encoding"] = CODEC


def on_source_read(app: Sphinx, docname: str, source: list[str]) -> None:
    env = app.env
    path = Path(env.doc2path(docname))
    if _outside(env, docname):
        real = path.resolve()
        note(
            env,
            f"berkas ini tautan (symlink) ke {real}, di luar folder proyek; isinya tidak dibaca. "
            "Salin isinya ke dalam proyek bila memang bagian buku pegangan",
            1,
            jenis="berkas",
        )
        source[0] = f"# {path.name}\n"  # a title only: no second message about a missing one
        return
    try:
        data = path.read_bytes()
    except OSError:
        return
    _check_bytes(env, data)
    _check_characters(env, source[0])
    # Reported: the parser reads them as [U+001B], so that not even the page
    # set aside for the author (_build/html-gagal) reorders or hides text,
    # and a form feed does not count as a line break and shift every line.
    source[0] = _CONTROL.sub(lambda m: f"[U+{ord(m.group()):04X}]", source[0])


def _check_bytes(env: BuildEnvironment, data: bytes) -> None:
    """One message per file: the fix (save again as UTF-8) is one action."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    text = data.decode("utf-8", "surrogateescape")
    found = [(text.count("\n", 0, m.start()) + 1, m.group()) for m in _BAD_BYTES.finditer(text)]
    if not found:
        return
    line, first = found[0]
    shown = " ".join(f"0x{ord(c) - 0xDC00:02X}" for c in first[:4])
    others = sorted({n for n, _ in found[1:]} - {line})
    more = ""
    if others:
        listed = ", ".join(map(str, others[:5])) + (", ..." if len(others) > 5 else "")
        more = f" (juga pada baris {listed})"
    note(
        env,
        f"berkas ini bukan UTF-8: byte {shown} pada baris ini{more} tidak dapat dibaca dan tampil "
        "sebagai '\ufffd'; simpan ulang berkas dengan pengodean UTF-8",
        line,
        jenis="pengodean",
    )


def _describe(char: str) -> str:
    code = ord(char)
    if char in _BIDI:
        return f"U+{code:04X} ({unicodedata.name(char)})"
    if char == "\ufeff":
        return "U+FEFF (BYTE ORDER MARK)"
    return f"U+{code:04X}" + (f" ({_NAMES[code]})" if code in _NAMES else "")


def _check_characters(env: BuildEnvironment, text: str) -> None:
    """One message per line with such characters, naming each kind once."""
    per_line: dict[int, list[tuple[int, str]]] = {}
    for match in _CONTROL.finditer(text):
        start = match.start()
        line = text.count("\n", 0, start) + 1
        column = start - (text.rfind("\n", 0, start) + 1) + 1
        per_line.setdefault(line, []).append((column, match.group()))
    for line, chars in per_line.items():
        kinds = list(dict.fromkeys(c for _, c in chars))
        column = chars[0][0]
        what = ", ".join(_describe(c) for c in kinds)
        if all(c in _BIDI for c in kinds):
            why = "membuat teks tampil dalam urutan lain daripada yang tertulis"
            label = "karakter pengatur arah teks"
        else:
            why = "tidak terlihat, dapat menyembunyikan teks dan mengacaukan tampilan"
            label = "karakter kendali"
        note(
            env,
            f"{label} {what} pada kolom {column} tidak diizinkan: {why}; hapus karakter itu "
            "(biasanya terbawa saat menyalin dari PDF atau pengolah kata)",
            line,
            jenis="karakter",
        )


def _outside(env: BuildEnvironment, docname: str) -> bool:
    return outside_project(env, env.doc2path(docname))


def on_html_page_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """No copy in ``_sources/`` of a source linked from outside the project."""
    if context.get("sourcename") and pagename in app.env.all_docs and _outside(app.env, pagename):
        context["sourcename"] = ""
