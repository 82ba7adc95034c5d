"""The sidebar and breadcrumbs of the handbook, kept cheap for big corpora.

A theme's usual sidebar renders the whole toctree on every page: with 500
SOPs that is 500 links on each of 500 pages, and it was the main cost of a
plain build. Here every page lists the bidang (a handful of links to their
sections of the home page) and, on an SOP page, the SOPs of its own bidang.

That list is not written into the pages: it comes from one small script per
bidang (``_static/sopap-navigasi/<bidang>.js``, written after every HTML
build) and is drawn by ``sopap-navigasi.js``. Renaming or adding an SOP then
rewrites one data file instead of the sixty pages of its bidang (an
incremental build stays fast and nothing is stale), and a page does not
grow with its bidang. Without JavaScript the bidang link still leads to the
bidang's list on the home page.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.util.osutil import relative_uri

from sopap.render.html.markup import esc
from sopap.render.html.review.links import LINT_PAGE, OVERVIEW_PAGE
from sopap.sphinxext.domain import SopDomain, lampiran_key, sop_anchor
from sopap.sphinxext.html.daftar import bidang_anchor, grouped
from sopap.sphinxext.state import sop_data
from sopap.util import atomic
from sphinx import addnodes

#: Folder of the data scripts inside ``_static``.
DATA_DIR = "sopap-navigasi"
#: The theme's script that draws the lists from the data.
SCRIPT = "sopap-navigasi.js"
#: Every SOP page and its place in the Keputusan: loaded on the search page.
SOP_LIST = "sop.js"

_CACHE = "navigation_plan"


def _plan(app: Sphinx) -> dict[str, Any]:
    caches = sop_data(app.env).scratch.caches
    cached = caches.get(_CACHE)
    if cached is None:
        env = app.env
        domain: SopDomain = env.domains["sop"]
        groups = grouped(domain)
        sop_docs = {docname for _, items in groups for docname, _ in items}
        root = app.config.root_doc
        bidang_of = {docname: kode for kode, items in groups for docname, _ in items}
        cached = {"groups": groups, "guides": _guides(env, root, sop_docs), "bidang_of": bidang_of, "root": root}
        caches[_CACHE] = cached
    return cached


def _guides(env, root: str, sop_docs: set[str]) -> list[tuple[str, list[str]]]:
    """(caption, pages) of each visible toctree of the home page: the staff
    guides apart from the developers' pages, as the home page groups them."""
    if root not in env.all_docs:
        return []
    result = []
    for toc in env.get_doctree(root).findall(addnodes.toctree):
        if toc.get("hidden"):
            continue
        docs = [doc for doc in toc.get("includefiles", ()) if doc not in sop_docs and doc in env.titles]
        if docs:
            result.append((toc.get("caption") or "Panduan", docs))
    return result


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
    several = bool(domain.instansi())
    out.append("</p><h3>SOP per instansi dan bidang</h3>" if several else "</p><h3>SOP per bidang</h3>")
    if not several:
        out.append('<ul class="sopap-nav-bidang">')
    current_instansi = None
    for kode, _items in plan["groups"]:
        instansi = domain.group_instansi(kode)
        if instansi is not None and instansi != current_instansi:  # several: the instansi's bidang under its name
            if current_instansi is not None:
                out.append("</ul>")
            current_instansi = instansi
            out.append(f'<p class="sopap-nav-instansi" title="{esc(instansi.nama)}">{esc(instansi.kode)}</p>')
            out.append('<ul class="sopap-nav-bidang">')
        label = esc(domain.group_label(kode, instansi=False))
        href = _uri(app, pagename, root, bidang_anchor(kode))
        count = f'<span class="sopap-jumlah" data-sopap-jumlah="{esc(kode)}"></span>'
        if kode == current_bidang:
            # filled by sopap-navigasi.js from the bidang's data script
            out.append(
                f'<li class="sopap-nav-kini"><a href="{href}">{label}</a> {count}'
                f'<ul class="sopap-nav-sop" data-sopap-bidang="{esc(kode)}" data-sopap-halaman="{esc(pagename)}"></ul></li>'
            )
        else:
            out.append(f'<li><a href="{href}">{label}</a> {count}</li>')
    if not several or current_instansi is not None:
        out.append("</ul>")
    for caption, docs in plan["guides"]:
        out.append(f'<h3>{esc(caption)}</h3><ul class="sopap-nav-panduan">')
        for doc in docs:
            attr = ' aria-current="page"' if doc == pagename else ""
            title = esc(env.titles[doc].astext())
            out.append(f'<li><a href="{_uri(app, pagename, doc)}"{attr}>{title}</a></li>')
        out.append("</ul>")
    if app.builder.name in ("html", "dirhtml"):  # the review pages (sopap.sphinxext.review.pages)
        out.append('<h3>Tinjauan</h3><ul class="sopap-nav-panduan">')
        for target, title in ((OVERVIEW_PAGE, "Tinjauan SOP"), (LINT_PAGE, "Temuan lint")):
            attr = ' aria-current="page"' if target == pagename else ""
            out.append(f'<li><a href="{_uri(app, pagename, target)}"{attr}>{title}</a></li>')
        out.append("</ul>")
    scripts = [f"{DATA_DIR}/jumlah.js"]
    if current_bidang is not None:
        scripts.append(f"{DATA_DIR}/{bidang_anchor(current_bidang)}.js")
    scripts.append(SCRIPT)
    for name in scripts:
        src = relative_uri(app.builder.get_target_uri(pagename), "_static/" + name)
        out.append(f'<script defer src="{esc(src)}"></script>')
    out.append("</nav>")
    return "".join(out)


def signature(app: Sphinx) -> str:
    """Everything :func:`sidebar` draws besides the page's own place in it
    (links relative to the page, the current item): when this is unchanged,
    so is the sidebar of a page that is not an SOP (the review pages)."""
    plan = _plan(app)
    domain: SopDomain = app.env.domains["sop"]
    return repr((
        plan["root"],
        [(kode, domain.group_label(kode)) for kode, _ in plan["groups"]],
        [(caption, [(doc, app.env.titles[doc].astext()) for doc in docs]) for caption, docs in plan["guides"]],
        [index[0] for index in getattr(app.builder, "domain_indices", ())],
        app.builder.name,
    ))


def pages_to_rewrite(app: Sphinx) -> list[str]:
    """Every page, when what the sidebar draws changed since the last build
    (a bidang added or renamed, a guide added, retitled or moved to another
    caption of the home page): every page shows the sidebar, and Sphinx would
    write again only the pages whose own sources changed."""
    if getattr(app.builder, "format", "") != "html":
        return []
    data = sop_data(app.env)
    now = signature(app)
    before, data.sidebar = data.sidebar, now
    if before is None or before == now:
        return []
    return sorted(app.env.all_docs)


def navigation_data(app: Sphinx) -> dict[str, str]:
    """File name (in ``_static/sopap-navigasi``) -> script text.

    ``jumlah.js`` holds the number of SOPs of every bidang, ``<bidang>.js``
    the bidang's SOPs as [docname, lampiran, nama, link from the root],
    ``sop.js`` every SOP page with its place in the Keputusan and the
    SOP's anchor (for search).
    """
    domain: SopDomain = app.env.domains["sop"]
    files: dict[str, str] = {}
    counts = {}
    for kode, items in grouped(domain):
        counts[kode] = len(items)
        entries = [
            [docname, sop.lampiran, sop.nama, app.builder.get_target_uri(docname) + "#" + sop_anchor(sop.id)]
            for docname, sop in items
        ]
        files[f"{bidang_anchor(kode)}.js"] = _script("bidang", {kode: entries})
    files["jumlah.js"] = _script("jumlah", counts)
    # the search page ranks SOPs and their steps first (sopap-cari.js)
    order = sorted(domain.state.ringkasan.items(), key=lambda item: lampiran_key(item[1]))
    files[SOP_LIST] = _script("sop", {docname: [index, sop_anchor(sop.id)] for index, (docname, sop) in enumerate(order)})
    return files


def _script(key: str, value: Any) -> str:
    data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return (
        "window.sopapNavigasi = window.sopapNavigasi || {};\n"
        f"window.sopapNavigasi.{key} = Object.assign(window.sopapNavigasi.{key} || {{}}, {data});\n"
    )


def on_build_finished(app: Sphinx, exception: BaseException | None) -> None:
    """Write the navigation data; a file whose text is unchanged is left alone."""
    if exception is not None or getattr(app.builder, "format", "") != "html":
        return
    folder = Path(app.outdir) / "_static" / DATA_DIR
    files = navigation_data(app)
    for name, text in files.items():
        path = folder / name
        try:
            if path.read_text(encoding="utf-8") == text:
                continue
        except OSError:
            pass
        atomic.write_text(path, text)
    for path in folder.glob("*.js"):
        if path.name not in files:
            path.unlink()


def breadcrumbs(app: Sphinx, pagename: str, title: str) -> str:
    plan = _plan(app)
    root = plan["root"]
    if pagename == root:
        return ""
    domain: SopDomain = app.env.domains["sop"]
    crumbs = [f'<a href="{_uri(app, pagename, root)}">Beranda</a>']
    kode = plan["bidang_of"].get(pagename)
    if kode is not None:
        crumbs.append(f'<a href="{_uri(app, pagename, root, bidang_anchor(kode))}">{esc(domain.group_label(kode))}</a>')
    crumbs.append(f'<span aria-current="page">{title}</span>')
    return '<nav class="sopap-jejak" aria-label="Jejak halaman">' + " <span aria-hidden=\"true\">›</span> ".join(crumbs) + "</nav>"


def on_html_page_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    context["sopap_navigasi"] = sidebar(app, pagename)
    context["sopap_jejak"] = breadcrumbs(app, pagename, context.get("title", ""))
