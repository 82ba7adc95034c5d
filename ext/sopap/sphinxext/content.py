"""SOP sources are content, not code.

Raw HTML (MyST HTML blocks and inline HTML, the ``raw`` directive) and file
inclusion (``include``, ``literalinclude``, ``csv-table :file:`` or ``:url:``,
images) would let an SOP carry markup or text that bypasses the model and
its escaping, or copy any file the build can read into the published site;
in SOP files they are refused with a clear message and dropped from the
page, also when wrapped in ``{eval-rst}``. On every page of the handbook an
image from the network or from outside the project is refused: the
handbook is read offline and publishes only the project's own files.
"""

from __future__ import annotations

import re
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst.directives.misc import Include, Raw
from docutils.parsers.rst.directives.tables import CSVTable
from myst_parser.mdit_to_docutils.base import DocutilsRenderer
from sphinx.directives.code import LiteralInclude
from sphinx.directives.other import Include as SphinxInclude
from sphinx.util.nodes import get_node_line

from sopap import compat
from sopap.model.problems import SourceProblem
from sopap.util import urls
from sphinx import addnodes

#: temp_data key of problems found while reading, reported with the others
TEMP_MASALAH = "sopap_masalah"
#: temp_data key set when the text being read has a ``{sop}`` directive, so
#: that what comes before the directive is refused too (outside sop_source/)
TEMP_ADA_SOP = "sopap_ada_sop"

_SOP_FENCE = re.compile(r"^\s*(?:`{3,}|~{3,}|:{3,})\s*\{sop\}", re.MULTILINE)

MESSAGE = (
    "{what} tidak diizinkan di sumber SOP: sumber SOP berisi teks, bukan kode atau "
    "berkas lain; tulis isinya langsung di direktif {{sop}}, {{langkah}}, {{catatan}} atau {{paraf}}"
)


def in_sop_scope(env, docname: str | None = None) -> bool:
    """True for documents under the configured SOP source folder."""
    folder = (env.config.sopap_source_dir or "").strip("/")
    docname = docname or env.docname
    return bool(folder) and (docname == folder or docname.startswith(folder + "/"))


def is_sop_source(env) -> bool:
    """The document being read is an SOP: under sop_source/ or holding a {sop} directive."""
    return in_sop_scope(env) or "sopap_raw" in env.temp_data or TEMP_ADA_SOP in env.temp_data


def on_source_read(app, docname: str, source: list[str]) -> None:
    if _SOP_FENCE.search(source[0]):
        app.env.temp_data[TEMP_ADA_SOP] = True


def on_include_read(app, relative_path, parent_docname: str, content: list[str]) -> None:
    """MyST runs ``{include}`` itself (our directive override never sees it):
    the file's text is dropped here, before it is parsed into the SOP's page;
    the refusal is reported when the document has been read."""
    if is_sop_source(app.env):
        content[0] = ""


def note(env, message: str, line: int | None, jenis: str = "konten") -> None:
    env.temp_data.setdefault(TEMP_MASALAH, []).append(SourceProblem(jenis, message, line))


def _refusing(base: type, what: str) -> type:
    class Refusing(base):  # type: ignore[misc, valid-type]
        def run(self):
            env = self.state.document.settings.env
            if is_sop_source(env):
                note(env, MESSAGE.format(what=what), self.lineno)
                return []
            return super().run()

    Refusing.__name__ = f"Refusing{base.__name__}"
    return Refusing


class RefusingCSVTable(CSVTable):
    def run(self):
        env = self.state.document.settings.env
        option = "file" if "file" in self.options else "url" if "url" in self.options else None
        if option and is_sop_source(env):
            note(env, MESSAGE.format(what=f"Tabel dari berkas (csv-table :{option}:)"), self.lineno)
            return []
        return super().run()


def allow_eval_rst(renderer, token) -> bool:
    """An ```{eval-rst}`` block is refused in SOP sources: reStructuredText
    adds a second syntax with its own links, roles, substitutions and meta,
    and nothing an SOP needs. Elsewhere the handbook's rules still apply to
    what it makes (:mod:`sopap.sphinxext.links`)."""
    env = getattr(renderer.document.settings, "env", None)
    if env is None or "sop" not in env.domains or not is_sop_source(env):
        return True
    line = token.map[0] if getattr(token, "map", None) else None  # MyST counts from the fence line
    note(env, MESSAGE.format(what="Blok reStructuredText ({eval-rst})"), line)
    return False


def register(app) -> None:
    compat.guard_eval_rst(DocutilsRenderer, allow_eval_rst)
    app.add_directive("raw", _refusing(Raw, "Direktif raw"), override=True)
    app.add_directive("include", _refusing(SphinxInclude, "Direktif include"), override=True)
    app.add_directive("literalinclude", _refusing(LiteralInclude, "Direktif literalinclude"), override=True)
    app.add_directive("csv-table", RefusingCSVTable, override=True)
    _ = Include  # docutils' include is what Sphinx's include extends


def on_doctree_read(app, doctree: nodes.document) -> None:
    """Drop raw nodes and images from SOP documents, and foreign images from any page."""
    env = app.env
    has_sop = "sopap_raw" in env.temp_data
    if not (has_sop or in_sop_scope(env)):
        _foreign_files(env, doctree)
        return
    # MyST runs {include} through its own MockIncludeDirective (our override
    # never sees it); the included files are recorded as dependencies.
    recorded = getattr(doctree.settings, "record_dependencies", None)
    included = sorted(getattr(recorded, "list", []) or [])
    if included:
        source = Path(env.doc2path(env.docname)).read_text(encoding="utf-8", errors="replace")
        lines = [n for n, text in enumerate(source.splitlines(), 1) if re.search(r"\{include\}", text)]
        for index, path in enumerate(included):
            line = lines[index] if index < len(lines) else None
            note(env, MESSAGE.format(what=f"Menyertakan berkas lain ({Path(path).name})"), line)
    seen: set[int | None] = set()
    for node in list(doctree.findall(nodes.raw)):
        line = get_node_line(node)
        if line not in seen:  # an inline tag and its closing tag: one message
            seen.add(line)
            note(env, MESSAGE.format(what="HTML mentah"), line)
        node.parent.remove(node)
    for node in list(doctree.findall(nodes.image)):
        uri = node.get("uri", "")
        name = uri if urls.not_local(uri) else Path(uri).name
        note(env, MESSAGE.format(what=f"Gambar ({name})"), get_node_line(node))
        _drop_image(node)
    for node in list(doctree.findall(addnodes.download_reference)):
        name = Path(node.get("reftarget", "")).name
        note(env, MESSAGE.format(what=f"Tautan unduhan berkas ({name})"), get_node_line(node))
        node.replace_self(node.children)


def _drop_image(node: nodes.image) -> None:
    """Remove an image, and the link around it when nothing else is in it
    (an image with ``:target:``): a link of a block of its own without its
    image is a node no writer expects."""
    parent = node.parent
    parent.remove(node)
    if isinstance(parent, nodes.reference) and not parent.children and parent.parent is not None:
        parent.parent.remove(parent)


def outside_project(env, path) -> bool:
    """``path``, symbolic links followed, is not in the project's folder."""
    srcdir = Path(env.srcdir).resolve()
    real = Path(path).resolve()
    return real != srcdir and srcdir not in real.parents


def _outside(env, target: str) -> bool:
    """A file an image or download of the document being read points at is outside the project."""
    return outside_project(env, env.relfn2path(target, env.docname)[1])


def _foreign_files(env, doctree: nodes.document) -> None:
    """Images from the network, and images or downloads from outside the project, on any page."""
    for node in list(doctree.findall(addnodes.download_reference)):
        target = node.get("reftarget", "")
        if not urls.not_local(target) and _outside(env, target):
            note(
                env,
                f"tautan unduhan ke berkas di luar folder proyek ({target}) tidak diizinkan: hanya berkas "
                "proyek yang diterbitkan; salin berkasnya ke dalam proyek",
                get_node_line(node),
            )
            node.replace_self(node.children)
    for node in list(doctree.findall(nodes.image)):
        uri = node.get("uri", "")
        if urls.not_local(uri):
            what = f"gambar dari luar buku pegangan ({uri}) tidak diizinkan: buku pegangan dibaca tanpa jaringan"
        else:
            if not _outside(env, uri):
                continue
            what = f"gambar di luar folder proyek ({uri}) tidak diizinkan: hanya berkas proyek yang diterbitkan"
        note(env, f"{what}; simpan gambarnya di dalam proyek, misalnya di docs/gambar", get_node_line(node))
        _drop_image(node)
