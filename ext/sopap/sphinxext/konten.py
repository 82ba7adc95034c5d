"""SOP sources are content, not code.

Raw HTML (MyST HTML blocks, the ``raw`` directive) and file inclusion
(``include``, ``literalinclude``, ``csv-table :file:``) would let an SOP
carry markup or text that bypasses the model and its escaping; in SOP files
they are refused with a clear message and dropped from the page.
"""

from __future__ import annotations

import re
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst.directives.misc import Include, Raw
from docutils.parsers.rst.directives.tables import CSVTable
from sphinx.directives.code import LiteralInclude
from sphinx.directives.other import Include as SphinxInclude
from sphinx.util.nodes import get_node_line

from ..parsing.assemble import Masalah

#: temp_data key of problems found while reading, reported with the others
TEMP_MASALAH = "sopap_masalah"

MESSAGE = (
    "{what} tidak diizinkan di sumber SOP: sumber SOP berisi teks, bukan kode atau "
    "berkas lain; tulis isinya langsung di direktif {{sop}}, {{langkah}}, {{catatan}} atau {{paraf}}"
)


def in_sop_scope(env, docname: str | None = None) -> bool:
    """True for documents under the configured SOP source folder."""
    folder = (env.config.sopap_source_dir or "").strip("/")
    docname = docname or env.docname
    return bool(folder) and (docname == folder or docname.startswith(folder + "/"))


def note(env, message: str, line: int | None) -> None:
    env.temp_data.setdefault(TEMP_MASALAH, []).append(Masalah("konten", message, line))


def _refusing(base: type, what: str) -> type:
    class Refusing(base):  # type: ignore[misc, valid-type]
        def run(self):
            env = self.state.document.settings.env
            if in_sop_scope(env) or "sopap_raw" in env.temp_data:
                note(env, MESSAGE.format(what=what), self.lineno)
                return []
            return super().run()

    Refusing.__name__ = f"Refusing{base.__name__}"
    return Refusing


class RefusingCSVTable(CSVTable):
    def run(self):
        env = self.state.document.settings.env
        if ("file" in self.options or "url" in self.options) and (
            in_sop_scope(env) or "sopap_raw" in env.temp_data
        ):
            note(env, MESSAGE.format(what="Tabel dari berkas (csv-table :file:)"), self.lineno)
            return []
        return super().run()


def register(app) -> None:
    app.add_directive("raw", _refusing(Raw, "Direktif raw"), override=True)
    app.add_directive("include", _refusing(SphinxInclude, "Direktif include"), override=True)
    app.add_directive("literalinclude", _refusing(LiteralInclude, "Direktif literalinclude"), override=True)
    app.add_directive("csv-table", RefusingCSVTable, override=True)
    _ = Include  # docutils' include is what Sphinx's include extends


def on_doctree_read(app, doctree: nodes.document) -> None:
    """Drop raw nodes (MyST HTML blocks and inline HTML) from SOP documents."""
    env = app.env
    has_sop = "sopap_raw" in env.temp_data
    if not (has_sop or in_sop_scope(env)):
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
    for node in list(doctree.findall(nodes.raw)):
        note(env, MESSAGE.format(what="HTML mentah"), get_node_line(node))
        node.parent.remove(node)
