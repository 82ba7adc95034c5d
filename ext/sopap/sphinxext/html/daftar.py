"""The ``{daftar-sop}`` directive: every SOP of the handbook by bidang
(a handbook of several instansi: by instansi, then bidang).

The list is drawn at write time from the domain (so it is never stale) and
the page is marked as depending on all SOPs, so incremental builds write
it again whenever an SOP is added, changed or removed. Any builder gets
plain docutils tables; the HTML theme styles them.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import make_refnode

from sopap.compat import builder_of
from sopap.model.summary import SopSummary
from sopap.sphinxext.domain import SopDomain, lampiran_key, sop_anchor
from sopap.sphinxext.nodes import sop_daftar_node


def bidang_anchor(kode: str) -> str:
    return "bidang-" + "".join(ch if ch.isalnum() else "-" for ch in kode.lower()).strip("-")


def grouped(domain: SopDomain) -> list[tuple[str, list[tuple[str, SopSummary]]]]:
    """(group, [(docname, summary)]), SOPs by lampiran. A group is a bidang
    code, ordered as in sopap_bidang; in a handbook of several instansi an
    ``INSTANSI:BIDANG`` key (:meth:`SopDomain.group_key`), ordered by the
    instansi in conf.py, then by its bidang."""
    groups: dict[str, list[tuple[str, SopSummary]]] = {}
    for sop_id, (docname, sop) in domain.state.ringkasan_by_id().items():
        groups.setdefault(domain.group_key(sop), []).append((docname, sop))
    for items in groups.values():
        items.sort(key=lambda item: lampiran_key(item[1]))
    rank = {kode: i for i, kode in enumerate(domain.env.config.sopap_bidang or {})}
    for n, item in enumerate(domain.instansi()):
        for m, (kode, _) in enumerate(item.bidang):
            rank[f"{item.kode}:{kode}"] = n * 10_000 + m
    instansi_rank = {item.kode: n for n, item in enumerate(domain.instansi())}

    def order(key: str) -> tuple:
        code = key.split(":", 1)[0] if ":" in key else ""
        return (instansi_rank.get(code, -1), rank.get(key, len(rank) * 10_000), key)

    return sorted(groups.items(), key=lambda kv: order(kv[0]))


class DaftarSopDirective(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        domain: SopDomain = self.env.domains["sop"]
        domain.state.note_depends_on_all(self.env.docname)
        node = sop_daftar_node(docname=self.env.docname)
        self.set_source_info(node)
        return [node]


def _cell(*children: nodes.Node, text: str = "") -> nodes.entry:
    entry = nodes.entry()
    para = nodes.paragraph()
    if text:
        para += nodes.Text(text)
    for child in children:
        para += child
    entry += para
    return entry


def _table(rows: list[list[nodes.entry]]) -> nodes.table:
    table = nodes.table(classes=["sopap-daftar-tabel"])
    group = nodes.tgroup(cols=4)
    table += group
    for width in (12, 60, 14, 14):
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    row = nodes.row()
    for title in ("Lampiran", "Nama SOP", "Langkah", "Pelaksana"):
        row += _cell(text=title)
    head += row
    group += head
    body = nodes.tbody()
    for cells in rows:
        row = nodes.row()
        for cell in cells:
            row += cell
        body += row
    group += body
    return table


class DaftarSop(SphinxPostTransform):
    default_priority = 200

    def run(self, **kwargs) -> None:
        domain: SopDomain = self.env.domains["sop"]
        for node in list(self.document.findall(sop_daftar_node)):
            fromdoc = node["docname"]
            result = nodes.container(classes=["sopap-daftar"])
            groups = grouped(domain)
            if not groups:
                result += nodes.paragraph("", "Belum ada SOP.")
            elif not domain.instansi():  # several: one Keputusan each, under its heading
                result += self._keputusan_lengkap(fromdoc)
            current = None
            for kode, items in groups:
                instansi = domain.group_instansi(kode)
                if instansi is not None and instansi != current:  # a handbook of several: its heading
                    current = instansi
                    result += self._instansi(fromdoc, instansi.kode, instansi.nama)
                section = nodes.container(ids=[bidang_anchor(kode)], classes=["sopap-daftar-bidang"])
                label = domain.group_label(kode, instansi=False)
                section += nodes.paragraph("", "", nodes.strong(label, label), classes=["sopap-daftar-judul"])
                rows = []
                for docname, sop in items:
                    title = nodes.inline(sop.nama, sop.nama)
                    ref = make_refnode(builder_of(self.env), fromdoc, docname, sop_anchor(sop.id), title, sop.nama)
                    rows.append([
                        _cell(text=sop.lampiran or "—"),
                        _cell(ref),
                        _cell(text=str(sop.jumlah_langkah)),
                        _cell(text=str(sop.jumlah_pelaksana)),
                    ])
                section += _table(rows)
                result += section
            node.replace_self(result)

    def _instansi(self, fromdoc: str, kode: str, nama: str) -> nodes.Node:
        """The heading of an instansi's SOPs, with its own Keputusan to download."""
        box = nodes.container(ids=["instansi-" + bidang_anchor(kode).removeprefix("bidang-")], classes=["sopap-daftar-instansi"])
        box += nodes.paragraph("", "", nodes.strong(nama, nama), nodes.Text(f" ({kode})"), classes=["sopap-daftar-instansi-judul"])
        box += self._keputusan_lengkap(fromdoc, f"{kode}/", f"Unduh lampiran Keputusan {kode} (PDF)")
        return box

    def _keputusan_lengkap(
        self, fromdoc: str, folder: str = "", text: str = "Unduh seluruh lampiran Keputusan (PDF)"
    ) -> list[nodes.Node]:
        """The whole Keputusan (of an instansi: in its ``folder``) as one PDF,
        where the handbook carries the lampiran."""
        builder = builder_of(self.env)
        if builder.format != "html" or not self.config.sopap_lampiran_download:
            return []
        from sopap.render.pdf.order import KEPUTUSAN_FILE
        from sopap.sphinxext.builders.downloads import lampiran_href

        href = lampiran_href(builder, fromdoc, folder + KEPUTUSAN_FILE)
        link = nodes.reference("", text, refuri=href, classes=["sopap-unduh"])
        return [nodes.paragraph("", "", link, classes=["sopap-daftar-unduh"])]
