"""HTML translator visitors for ``sop_node``, and the context they share.

The node is drawn from the model in the domain at write time
(:func:`.page.render_sop`); its children, added by
:class:`SearchText`, exist only so that Sphinx's search index sees the
SOP's words, and are never written.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from sopap.model.keterkaitan import reference_index
from sopap.model.sop import Corpus, Sop
from sopap.model.summary import producers_of_summaries as indeks_produsen
from sopap.render.html.context import PageContext
from sopap.render.html.page import render_sop
from sopap.sphinxext.domain import SopDomain, langkah_anchor, sop_anchor
from sopap.sphinxext.fallback import has_native_renderer
from sopap.sphinxext.nodes import sop_node
from sopap.sphinxext.state import sop_data

_CACHE = "html_shared"


def _shared(builder) -> tuple[Corpus, dict[str, str], dict, dict]:
    """Corpus, SOP id -> docname and the corpus indexes, computed once per
    build (not per page: with 500 SOPs a per-page scan was 90% of a build).

    The indexes are made from the SOPs' summaries: a page finds the other
    SOPs (their id, name, steps' output) through them, and writing one page
    does not load the full model of every SOP. The corpus handed to the
    pages carries the Keputusan only.
    """
    caches = sop_data(builder.env).scratch.caches
    cached = caches.get(_CACHE)
    if cached is None:
        domain: SopDomain = builder.env.domains["sop"]
        by_id = domain.state.ringkasan_by_id()
        summaries = [by_id[sop_id][1] for sop_id in sorted(by_id)]  # corpus order
        corpus = Corpus(sops=(), keputusan=domain.keputusan(), instansi=domain.instansi())
        docnames = {sop_id: docname for sop_id, (docname, _) in by_id.items()}
        cached = (corpus, docnames, reference_index(summaries), indeks_produsen(summaries))
        caches[_CACHE] = cached
    return cached


def context_for(builder, fromdoc: str) -> PageContext:
    corpus, docnames, terkait, produsen = _shared(builder)
    domain: SopDomain = builder.env.domains["sop"]

    def uri_sop(sop_id: str) -> str | None:
        docname = docnames.get(sop_id)
        if docname is None:
            return None
        return builder.get_relative_uri(fromdoc, docname) + "#" + sop_anchor(sop_id)

    logo = None
    if builder.config.sopap_logo:
        from sopap.sphinxext.html.assets import logo_uri

        logo = logo_uri(builder, fromdoc)
    def unduhan(sop: Sop) -> list[tuple[str, str]]:
        from sopap.sphinxext.builders.downloads import bpmn_download_href, lampiran_href

        links = []
        if builder.config.sopap_lampiran_download:  # copied there by `sopap build` (outputs/pdf/unduhan.py)
            from sopap.render.pdf.order import file_name_of

            folder = builder.env.domains["sop"].lampiran_folder(sop.instansi)
            links.append(("Lampiran PDF", lampiran_href(builder, fromdoc, folder + file_name_of(sop))))
        return links + [
            (label, bpmn_download_href(builder, fromdoc, sop.id, profile))
            for label, profile in (("BPMN Camunda 8", "camunda8"), ("BPMN SpiffWorkflow", "spiff"))
        ]

    def uri_halaman(pagename: str) -> str | None:
        # the review pages exist in the html and dirhtml builds only
        if builder.name not in ("html", "dirhtml"):
            return None
        return builder.get_relative_uri(fromdoc, pagename)

    def temuan(sop_id: str) -> dict[str, int]:
        docname = docnames.get(sop_id)
        counts: dict[str, int] = {}
        data = domain.state
        if data.masalah.get(docname):
            counts["galat"] = len(data.masalah[docname])
        for item in data.temuan.get(docname, ()):
            counts[item.tingkat.value] = counts.get(item.tingkat.value, 0) + 1
        return counts

    return PageContext(  # type: ignore[arg-type]
        corpus=corpus,
        uri_sop=uri_sop,
        bidang=domain.bidang_label,
        logo=logo,
        unduhan=unduhan,
        uri_halaman=uri_halaman,
        temuan=temuan,
        terkait=terkait,
        produsen=produsen,
    )


def visit_sop_html(self, node: sop_node) -> None:
    domain: SopDomain = self.builder.env.domains["sop"]
    sop = domain.state.sops.get(node["docname"])
    # docutils moves the ids of the target before the node (the SOP's anchor)
    # onto the node itself
    self.body.extend(f'<span id="{ident}"></span>' for ident in node.get("ids", []))
    if sop is not None:
        ctx = context_for(self.builder, self.builder.current_docname)
        self.body.append(render_sop(sop, ctx, lambda n, s=sop: langkah_anchor(s.id, n)))
    raise nodes.SkipNode


def depart_sop_html(self, node: sop_node) -> None:  # pragma: no cover - skipped
    pass


def searchable_text(sop: Sop) -> str:
    """Every word a reader may search the SOP by."""
    ident = sop.identitas
    parts = [sop.nama, *ident.dasar_hukum, *ident.kualifikasi_pelaksana, *ident.keterkaitan]
    parts += [*ident.peralatan_perlengkapan, *ident.peringatan, *ident.pencatatan_pendataan]
    parts += [p.nama for p in sop.pelaksana]
    for step in sop.langkah:
        parts += [step.uraian, *step.rincian, *step.kelengkapan, *step.output, step.keterangan]
    if sop.penandatangan:
        parts += [sop.penandatangan.jabatan, sop.penandatangan.nama]
    return "\n".join(p for p in parts if p)


class SearchText(SphinxPostTransform):
    """Give the placeholder the SOP's words, for builders that index pages."""

    default_priority = 210

    def run(self, **kwargs) -> None:
        if not has_native_renderer(self.env, sop_node):
            return
        domain: SopDomain = self.env.domains["sop"]
        for node in self.document.findall(sop_node):
            sop = domain.state.sops.get(node["docname"])
            if sop is not None and not node.children:
                node += nodes.paragraph("", searchable_text(sop))
