"""The sidebar and breadcrumbs of the handbook, kept cheap for big corpora.

A theme's usual sidebar renders the whole toctree on every page: with 500
SOPs that is 500 links on each of 500 pages, and it was the main cost of a
plain build. Here every page lists the bidang (a handful of links to their
sections of the home page) and, on an SOP page, only the SOPs of its own
bidang; the guides come from the root toctree. The per-bidang lists are
computed once per build.
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from ...sphinxext.domain import SopDomain, sop_anchor
from .daftar import bidang_anchor, grouped
from .markup import esc

_CACHE = "_sopap_nav_cache"


def _plan(app: Sphinx) -> dict[str, Any]:
    cached = getattr(app.builder, _CACHE, None)
    if cached is None:
        env = app.env
        domain: SopDomain = env.domains["sop"]
        groups = grouped(domain)
        sop_docs = {docname for _, items in groups for docname, _ in items}
        root = app.config.root_doc
        guides = [
            doc for doc in env.toctree_includes.get(root, [])
            if doc not in sop_docs and doc in env.titles
        ]
        bidang_of = {docname: kode for kode, items in groups for docname, _ in items}
        cached = {"groups": groups, "guides": guides, "bidang_of": bidang_of, "root": root}
        setattr(app.builder, _CACHE, cached)
    return cached


def _uri(app: Sphinx, pagename: str, target: str, anchor: str = "") -> str:
    uri = app.builder.get_relative_uri(pagename, target)
    return esc(uri + ("#" + anchor if anchor else ""))


def sidebar(app: Sphinx, pagename: str) -> str:
    plan = _plan(app)
    env = app.env
    domain: SopDomain = env.domains["sop"]
    root = plan["root"]
    current_bidang = plan["bidang_of"].get(pagename)
    out = ['<nav class="sopap-nav" aria-label="Navigasi buku pegangan">']
    home_attr = ' aria-current="page"' if pagename == root else ""
    out.append(f'<p class="sopap-nav-atas"><a href="{_uri(app, pagename, root)}"{home_attr}>Beranda</a>')
    if any(index[0] == "sop-daftar" for index in getattr(app.builder, "domain_indices", ())):
        out.append(f' · <a href="{_uri(app, pagename, "sop-daftar")}">Indeks SOP</a>')
    out.append("</p><h3>SOP per bidang</h3><ul class=\"sopap-nav-bidang\">")
    for kode, items in plan["groups"]:
        label = esc(domain.bidang_label(kode))
        href = _uri(app, pagename, root, bidang_anchor(kode))
        if kode == current_bidang:
            out.append(f'<li class="sopap-nav-kini"><a href="{href}">{label}</a> <span class="sopap-jumlah">({len(items)})</span><ul>')
            for docname, sop in items:
                numeral = f'<span class="sopap-nav-lampiran">{esc(sop.lampiran)}</span> ' if sop.lampiran else ""
                attr = ' aria-current="page"' if docname == pagename else ""
                out.append(
                    f'<li><a href="{_uri(app, pagename, docname, sop_anchor(sop.id))}"{attr}>{numeral}{esc(sop.nama)}</a></li>'
                )
            out.append("</ul></li>")
        else:
            out.append(f'<li><a href="{href}">{label}</a> <span class="sopap-jumlah">({len(items)})</span></li>')
    out.append("</ul>")
    if plan["guides"]:
        out.append('<h3>Panduan</h3><ul class="sopap-nav-panduan">')
        for doc in plan["guides"]:
            attr = ' aria-current="page"' if doc == pagename else ""
            title = esc(env.titles[doc].astext())
            out.append(f'<li><a href="{_uri(app, pagename, doc)}"{attr}>{title}</a></li>')
        out.append("</ul>")
    out.append("</nav>")
    return "".join(out)


def breadcrumbs(app: Sphinx, pagename: str, title: str) -> str:
    plan = _plan(app)
    root = plan["root"]
    if pagename == root:
        return ""
    domain: SopDomain = app.env.domains["sop"]
    crumbs = [f'<a href="{_uri(app, pagename, root)}">Beranda</a>']
    kode = plan["bidang_of"].get(pagename)
    if kode is not None:
        crumbs.append(f'<a href="{_uri(app, pagename, root, bidang_anchor(kode))}">{esc(domain.bidang_label(kode))}</a>')
    crumbs.append(f'<span aria-current="page">{title}</span>')
    return '<nav class="sopap-jejak" aria-label="Jejak halaman">' + " <span aria-hidden=\"true\">›</span> ".join(crumbs) + "</nav>"


def on_html_page_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    context["sopap_navigasi"] = sidebar(app, pagename)
    context["sopap_jejak"] = breadcrumbs(app, pagename, context.get("title", ""))
