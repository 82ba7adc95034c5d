"""What a page may point at or load, on every page of the handbook.

One rule (``docs/keamanan.md``), checked on the document as parsed, so it
holds whatever syntax made the node (a MyST link, a reST hyperlink or bare
URL inside ``{eval-rst}``, a role, a substitution, a front matter field):

* a link, a link target or a download points at a page or file of the
  handbook (a relative address) or uses http, https or mailto
  (:mod:`sopap.util.urls`); anything else (``javascript:``, ``data:``,
  ``file:``, ``//host``) is refused and the link becomes plain text;
* a ``meta`` element only names a value (``name`` and ``content``): an
  ``http-equiv`` (a redirect, a cookie, a content policy) or any other
  attribute is refused and the element dropped;
* no mathematics: Sphinx would load MathJax from the network, and the
  handbook is read offline; the formula stays as literal text;
* raw HTML (allowed on team pages only) is held to the same rule: only
  tags of text, tables and links, attributes that carry no script or style,
  and link and image addresses the rule allows; anything else drops the
  whole raw block;
* no control or bidirectional characters in the text, also when written as
  an entity (``&#x202E;``) or a reST ``unicode`` substitution, which the
  check of the source's characters cannot see.

Every refusal is a problem with the file and line, like the others: the
build fails, and the page drawn for the author has nothing active left.
"""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.util.nodes import get_node_line

from sopap.sphinxext.content import note
from sopap.util import urls

#: MyST's own reference syntaxes (``[x](project:#label)``, ``path:``, ``inv:``):
#: resolved inside the handbook, never an address of their own.
_MYST_REFERENCES = ("project:", "path:", "inv:")

#: Attributes a meta element may have besides docutils' own.
_META_ALLOWED = {"name", "content", "lang", "dir", "scheme"}
_DOCUTILS_ATTRIBUTES = set(nodes.Element.basic_attributes) | {"source", "line"}

#: Control and bidirectional characters (as :mod:`sopap.sphinxext.source_text`).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")

_LINK = (
    "tautan ke '{uri}' tidak diizinkan: alamat tautan harus relatif (halaman atau berkas buku pegangan) "
    "atau diawali http://, https:// atau mailto:"
)
_HOST = "tautan ke '{uri}' tidak diizinkan: tulis alamat lengkapnya, diawali https://"
_META = (
    "tag meta dengan atribut {attrs} tidak diizinkan: halaman buku pegangan tidak boleh mengalihkan "
    "pembaca atau mengatur peramban; meta hanya boleh berisi 'name' dan 'content'"
)
_MATH = (
    "rumus matematika tidak didukung: buku pegangan dibaca tanpa jaringan, sedangkan rumus memerlukan "
    "MathJax dari internet; tulis rumusnya sebagai teks biasa"
)


def _shown(uri: str, limit: int = 60) -> str:
    return uri if len(uri) <= limit else uri[: limit - 1] + "…"


def _link_message(uri: str) -> str:
    template = _HOST if urls.scheme(uri) is None else _LINK
    return template.format(uri=_shown(uri))


def on_doctree_read(app, doctree: nodes.document) -> None:
    env = app.env
    _footnotes(env, doctree)
    _links(env, doctree)
    _meta(env, doctree)
    _math(env, doctree)
    _raw(env, doctree)
    _characters(env, doctree)


def _line(env, node: nodes.Node, needle: str) -> int | None:
    """The source line of ``node``. Nodes made by a reST directive inside
    ``{eval-rst}`` (a meta element, the link around an image) carry the
    line of the paragraph before the block, or none: the line of what is
    inside them (the image), else the first line of the source holding
    ``needle``, is the right one."""
    inner = next((child.line for child in node.findall(include_self=False) if getattr(child, "line", None)), None)
    if inner:
        return inner
    try:
        text = Path(env.doc2path(env.docname)).read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    for number, line in enumerate(text.splitlines(), 1):
        if needle and needle in line:
            return number
    try:
        return get_node_line(node)
    except ValueError:
        return None


def _links(env, doctree: nodes.document) -> None:
    reported: set[tuple[int | None, str]] = set()

    def refuse(node: nodes.Node, uri: str) -> None:
        line = _line(env, node, uri)
        if (line, uri) not in reported:
            reported.add((line, uri))
            note(env, _link_message(uri), line, jenis="tautan")

    for node in list(doctree.findall(nodes.target)):
        uri = node.get("refuri")
        if uri is not None and not urls.allowed(uri):
            refuse(node, uri)
            del node["refuri"]
    for node in list(doctree.findall(nodes.reference)):
        uri = node.get("refuri")
        if uri is not None and not urls.allowed(uri):
            refuse(node, uri)
            node.replace_self(nodes.inline("", "", *node.children) if node.children else [])
    for node in list(doctree.findall(addnodes.download_reference)):
        uri = node.get("reftarget", "")
        if not urls.allowed(uri):
            refuse(node, uri)
            node.replace_self(node.children)
    # a link MyST does not make itself (a scheme it does not know) becomes a
    # cross-reference that would only be reported as "not found"
    for node in list(doctree.findall(addnodes.pending_xref)):
        uri = node.get("reftarget", "")
        if node.get("reftype") == "myst" and not uri.startswith(_MYST_REFERENCES) and not urls.allowed(uri):
            refuse(node, uri)
            node.replace_self(nodes.inline("", "", *node.children) if node.children else [])
    # a toctree entry "Title <address>" becomes a link when the page is written
    for node in doctree.findall(addnodes.toctree):
        kept = []
        for title, ref in node["entries"]:
            if ref and urls.scheme(ref) is not None and not urls.allowed(ref):
                refuse(node, ref)
            else:
                kept.append((title, ref))
        node["entries"] = kept


def _footnotes(env, doctree: nodes.document) -> None:
    """An auto-numbered footnote ([#]) inside ``{eval-rst}`` is never numbered
    (MyST parses the block as a document of its own): its reference points
    nowhere, and Sphinx's writer stops on it."""
    for node in list(doctree.findall(nodes.footnote_reference)):
        if "refid" not in node:
            note(
                env,
                "catatan kaki bernomor otomatis ([#]_) di dalam {eval-rst} tidak didukung; tulis "
                "catatan kaki Markdown ([^1] dan [^1]: isi)",
                _line(env, node, "[#"),
                jenis="tautan",
            )
            node.replace_self(nodes.inline("", node.astext()))


def _meta(env, doctree: nodes.document) -> None:
    for node in list(doctree.findall(nodes.meta)):
        extra = sorted(set(node.attributes) - _DOCUTILS_ATTRIBUTES - _META_ALLOWED)
        if extra:
            line = _line(env, node, f":{extra[0]}")
            note(env, _META.format(attrs=", ".join(f"'{a}'" for a in extra)), line, jenis="meta")
            node.parent.remove(node)


#: Tags raw HTML on a team page may use: text, lists, tables, links, images.
_RAW_TAGS = frozenset(
    "a abbr b blockquote br caption cite code col colgroup dd del details div dl dt em figcaption figure "
    "h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub summary sup "
    "table tbody td tfoot th thead time tr u ul var".split()
)
#: Attributes it may carry (besides aria-*): none runs a script or loads a style.
_RAW_ATTRIBUTES = frozenset(
    "href src alt title class id lang dir colspan rowspan width height open datetime cite scope "
    "headers span start reversed role".split()
)
_RAW = (
    "HTML mentah dengan {what} tidak diizinkan: di halaman buku pegangan HTML mentah hanya boleh berisi "
    "teks, daftar, tabel, tautan yang diizinkan dan gambar dari folder proyek; blok itu dibuang"
)


class _RawReader(HTMLParser):
    """The first thing in a raw HTML block that the rule does not allow."""

    def __init__(self) -> None:
        # references are left to handle_*ref, so a '<' in the text is a literal one
        super().__init__(convert_charrefs=False)
        self.found: str | None = None

    def handle_data(self, data: str) -> None:
        # a tag the parser could not finish (an attribute value cut by the end of
        # the block) is text to the parser but a tag to a browser, which reads it
        # on into the page after the block
        if "<" in data and self.found is None:
            self.found = "tag yang tidak lengkap"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.found is not None:
            return
        if tag not in _RAW_TAGS:
            self.found = f"tag <{tag}>"
            return
        for name, value in attrs:
            value = value or ""
            if name not in _RAW_ATTRIBUTES and not name.startswith("aria-"):
                self.found = f"atribut '{name}' pada <{tag}>"
            elif name in ("href", "cite") and not urls.allowed(value):
                self.found = f"alamat '{_shown(value)}'"
            elif name == "src" and (not urls.allowed(value) or urls.not_local(value)):
                self.found = f"alamat '{_shown(value)}'"
            if self.found is not None:
                return

    handle_startendtag = handle_starttag

    def unknown_decl(self, data: str) -> None:
        self.found = self.found or "deklarasi <![...]>"


def _raw(env, doctree: nodes.document) -> None:
    for node in list(doctree.findall(nodes.raw)):
        if "html" not in node.get("format", "").split():
            continue
        reader = _RawReader()
        reader.feed(node.astext())
        reader.close()
        if reader.found is not None:
            note(env, _RAW.format(what=reader.found), get_node_line(node), jenis="html")
            node.parent.remove(node)


def _math(env, doctree: nodes.document) -> None:
    lines: set[int | None] = set()
    for node in list(doctree.findall(lambda n: isinstance(n, (nodes.math, nodes.math_block)))):
        line = get_node_line(node)
        if line not in lines:
            lines.add(line)
            note(env, _MATH, line, jenis="matematika")
        text = node.astext()
        if isinstance(node, nodes.math_block):
            node.replace_self(nodes.literal_block(text, text))
        else:
            node.replace_self(nodes.literal(text, text))


def _characters(env, doctree: nodes.document) -> None:
    """Control characters that reached the text without being in the source
    (those are reported, and made visible, before it is parsed)."""
    reported: set[int | None] = set()
    for node in list(doctree.findall(nodes.Text)):
        text = str(node)
        found = list(dict.fromkeys(_CONTROL.findall(text)))
        if not found:
            continue
        line = get_node_line(node.parent) if node.parent is not None else None
        if line not in reported:
            reported.add(line)
            named = ", ".join(f"U+{ord(c):04X}" + (f" ({unicodedata.name(c)})" if unicodedata.name(c, "") else "") for c in found)
            note(
                env,
                f"karakter kendali {named} yang ditulis sebagai entitas atau kode (misalnya &#x202E;) tidak "
                "diizinkan: tidak terlihat dan dapat mengubah urutan atau tampilan teks; hapus entitas itu",
                line,
                jenis="karakter",
            )
        node.parent.replace(node, nodes.Text(_CONTROL.sub("", text)))
