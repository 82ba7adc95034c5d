"""The review pages of the HTML handbook, generated from the whole model.

``tinjauan/index`` (every SOP with its paraf status, what is left to
confirm and its lint counts), ``tinjauan/lint`` (all findings and the rules
table), ``riwayat/<id>`` (an SOP's revision history) and
``riwayat/<id>/<version>`` (the redline of that version). They are pages
without sources (``html-collect-pages``), written on every HTML build from
the model, so they are never stale.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.util import logging

from ...model.paraf import status_paraf
from ...sphinxext.domain import SopDomain, lampiran_key, langkah_anchor, sop_anchor
from ..konfirmasi import perlu_konfirmasi
from ..lint import hitung
from ..lint.sumber import dari_masalah
from ..riwayat import Riwayat, kumpulkan
from ..riwayat.simpanan import Simpanan
from .lint import halaman_lint
from .riwayat import halaman_redline, halaman_riwayat
from .ringkasan import BarisTinjauan, halaman_tinjauan
from .tautan import HAL_LINT, HAL_TINJAUAN, hal_redline, hal_riwayat, jangkar_lint

logger = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
CSS = "sopap-tinjauan.css"
JS = "sopap-tinjauan.js"

Page = tuple[str, dict[str, Any], str]


def is_html(app: Sphinx) -> bool:
    return getattr(app.builder, "format", "") == "html"


def on_builder_inited(app: Sphinx) -> None:
    if not is_html(app):
        return
    app.config.html_static_path.append(str(STATIC))
    app.add_css_file(CSS)
    app.add_js_file(JS)


class _Href:
    def __init__(self, app: Sphinx, fromdoc: str) -> None:
        self.builder = app.builder
        self.fromdoc = fromdoc

    def __call__(self, pagename: str, anchor: str = "") -> str:
        uri = self.builder.get_relative_uri(self.fromdoc, pagename)
        return uri + (f"#{anchor}" if anchor else "")


def _rows(app: Sphinx, domain: SopDomain, href: _Href) -> list[BarisTinjauan]:
    temuan = domain.data["temuan"]
    rows = []
    for docname, sop in sorted(domain.sops.items(), key=lambda item: lampiran_key(item[1])):
        page = href(docname)
        rows.append(
            BarisTinjauan(
                lampiran=sop.lampiran,
                nama=sop.nama,
                revisi=sop.revisi,
                paraf=status_paraf(sop),
                konfirmasi=perlu_konfirmasi(sop),
                temuan=hitung(temuan.get(docname, ())),
                href_sop=f"{page}#{sop_anchor(sop.id)}",
                href_tinjau=f"{page}?tinjau=1#sop-{sop.id}-catatan",
                href_lint=href(HAL_LINT, jangkar_lint(sop.id)),
                href_riwayat=href(hal_riwayat(sop.id)),
            )
        )
    return rows


def _lint_page(app: Sphinx, domain: SopDomain) -> str:
    href = _Href(app, HAL_LINT)
    per_sop = []
    for docname, sop in sorted(domain.sops.items(), key=lambda item: lampiran_key(item[1])):
        page = href(docname)
        berkas = sop.sumber.berkas if sop.sumber else str(app.env.doc2path(docname, False))
        reader = list(dari_masalah(berkas, domain.data["masalah"].get(docname, ()), sop.id))
        found = sorted(reader + list(domain.data["temuan"].get(docname, ())), key=lambda t: t.kunci())
        title = f"Lampiran {sop.lampiran} · {sop.nama}" if sop.lampiran else sop.nama

        def step_href(nomor: int, page=page, sop_id=sop.id) -> str:
            return f"{page}#{langkah_anchor(sop_id, nomor)}"

        per_sop.append((sop.id, title, found, f"{page}#{sop_anchor(sop.id)}", step_href))
    tanpa_sop = [
        (str(app.env.doc2path(docname, False)), list(dari_masalah(str(app.env.doc2path(docname, False)), problems)))
        for docname, problems in sorted(domain.data["masalah"].items())
        if docname not in domain.sops
    ]
    return halaman_lint(per_sop, tanpa_sop)


def _history(app: Sphinx, domain: SopDomain) -> dict[str, Riwayat]:
    docs = {docname: (Path(app.env.doc2path(docname)), sop) for docname, sop in domain.sops.items()}
    if not app.config.sopap_riwayat:
        return {d: Riwayat((), False) for d in docs}
    simpanan = Simpanan(Path(app.doctreedir) / "sopap-riwayat", Path(app.confdir))
    try:
        return kumpulkan(Path(app.srcdir), docs, simpanan, app.config.sopap_riwayat_maks)
    except Exception as exc:  # history is a convenience: never fail the handbook for it
        logger.info(f"riwayat revisi tidak dapat dibaca dari git: {exc}")
        return {d: Riwayat((), False) for d in docs}


def _history_pages(app: Sphinx, domain: SopDomain) -> Iterator[Page]:
    histories = _history(app, domain)
    by_id = domain.by_id()
    for sop_id, (docname, sop) in sorted(by_id.items()):
        riwayat = histories.get(docname, Riwayat((), False))
        pagename = hal_riwayat(sop_id)
        href = _Href(app, pagename)
        body = halaman_riwayat(
            sop,
            riwayat,
            f"{href(docname)}#{sop_anchor(sop_id)}",
            lambda entri, href=href, sop_id=sop_id: href(hal_redline(sop_id, entri.versi.kunci)),
        )
        yield pagename, {"title": f"Riwayat revisi: {sop.nama}", "body": body}, "page.html"
        for index, entri in enumerate(riwayat.entri):
            if entri.perbandingan is None or entri.sebelumnya is None:
                continue
            before = entri.sebelumnya
            redline = hal_redline(sop_id, entri.versi.kunci)
            rhref = _Href(app, redline)
            newest = index == 0
            step_link = (
                (lambda n, rhref=rhref, docname=docname, sop_id=sop_id: f"{rhref(docname)}#{langkah_anchor(sop_id, n)}")
                if newest
                else None
            )
            body = halaman_redline(entri, before, rhref(pagename), step_link)
            yield redline, {"title": f"Perbandingan revisi: {sop.nama}", "body": body}, "page.html"


def on_html_collect_pages(app: Sphinx) -> Iterator[Page]:
    if app.builder.name not in ("html", "dirhtml"):
        return
    yield from _changed_only(app, _pages(app))


#: In the output folder: pagename -> what each review page was written from.
DITULIS = ".sopap-tinjauan.json"


def _changed_only(app: Sphinx, pages: Iterator[Page]) -> Iterator[Page]:
    """The pages whose text changed since the last build (or whose file is gone).

    A city has hundreds of SOPs and so hundreds of history pages; rendering
    them all on every build was most of an incremental build. A page is
    skipped when its title, body, template and everything around it (the
    sidebar, the stylesheets and scripts, the configuration) are those it was
    written from last time and its file is still there.
    """
    import hashlib
    import json

    builder = app.builder
    record = Path(builder.outdir) / DITULIS
    try:
        before = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        before = {}
    around = repr((
        getattr(getattr(builder, "build_info", None), "config_hash", ""),
        [str(getattr(f, "filename", f)) for f in getattr(builder, "css_files", ())],
        [str(getattr(f, "filename", f)) for f in getattr(builder, "script_files", ())],
        builder.templates.newest_template_mtime() if getattr(builder, "templates", None) else 0,
    ))
    from ...outputs.html.navigation import sidebar

    now = {}
    for pagename, context, template in pages:
        digest = hashlib.sha256(
            repr((around, sidebar(app, pagename), template, sorted(context.items()))).encode()
        ).hexdigest()
        now[pagename] = digest
        target = Path(builder.get_outfilename(pagename))
        if before.get(pagename) == digest and target.is_file():
            continue
        yield pagename, context, template
    record.write_text(json.dumps(now, sort_keys=True), encoding="utf-8")


def _pages(app: Sphinx) -> Iterator[Page]:
    domain: SopDomain = app.env.domains["sop"]
    yield HAL_TINJAUAN, {
        "title": "Tinjauan SOP",
        "body": "<h1>Tinjauan SOP</h1>" + halaman_tinjauan(_rows(app, domain, _Href(app, HAL_TINJAUAN))),
    }, "page.html"
    yield HAL_LINT, {"title": "Temuan lint", "body": "<h1>Temuan lint</h1>" + _lint_page(app, domain)}, "page.html"
    for pagename, context, template in _history_pages(app, domain):
        context["body"] = f"<h1>{escape(context['title'])}</h1>" + context["body"]
        yield pagename, context, template


def setup(app: Sphinx) -> dict[str, Any]:
    # Revision history pages from git (False: only the current version).
    app.add_config_value("sopap_riwayat", True, "html", types=[bool])
    # Versions per SOP shown in its history (the newest ones).
    app.add_config_value("sopap_riwayat_maks", 20, "html", types=[int])
    app.connect("builder-inited", on_builder_inited)
    app.connect("html-collect-pages", on_html_collect_pages)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
