"""The review pages of the HTML handbook, generated from the whole model.

``tinjauan/index`` (every SOP with its paraf status, what is left to
confirm and its lint counts), ``tinjauan/lint`` (all findings and the rules
table), ``riwayat/<id>`` (an SOP's revision history) and
``riwayat/<id>/<version>`` (the redline of that version). They are pages
without sources (``html-collect-pages``), made from the model on every
HTML build whose SOPs, git commit or surroundings changed, so they are
never stale (:func:`_changed_only`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.util import logging

from sopap.lint import count_by_severity
from sopap.lint.source_problems import findings_from_problems
from sopap.model.paraf import status_paraf
from sopap.render.html.review.history import history_page, redline_page, since_paraf_page
from sopap.render.html.review.links import (
    LINT_PAGE,
    OVERVIEW_PAGE,
    history_page_name,
    lint_anchor,
    redline_page_name,
    since_paraf_page_name,
)
from sopap.render.html.review.lint import lint_page
from sopap.render.html.review.overview import OverviewRow, overview_page
from sopap.review import git
from sopap.review.confirm import ToConfirm
from sopap.review.diff.compare import compare_sop
from sopap.review.history import History, approved_version, collect_histories
from sopap.review.history.cache import ModelCache
from sopap.sphinxext import code_version as versi
from sopap.sphinxext.domain import SopDomain, lampiran_key, langkah_anchor, sop_anchor
from sopap.util import atomic

logger = logging.getLogger(__name__)

#: The review pages' stylesheet and script, shared with the standalone redline HTML.
STATIC = resources.files("sopap.render.html.review") / "static"
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


def _rows(app: Sphinx, domain: SopDomain, href: _Href) -> list[OverviewRow]:
    temuan = domain.state.temuan
    rows = []
    rank = {item.nama: n for n, item in enumerate(domain.instansi())}  # several: by instansi, then lampiran
    names = {item.nama: f"{item.nama} ({item.kode})" for item in domain.instansi()}
    ordered = sorted(domain.state.ringkasan.items(), key=lambda item: (rank.get(item[1].instansi, -1), lampiran_key(item[1])))
    for docname, sop in ordered:
        page = href(docname)
        rows.append(
            OverviewRow(
                lampiran=sop.lampiran,
                nama=sop.nama,
                revisi=sop.revisi,
                paraf=sop.paraf,
                konfirmasi=ToConfirm(sop.inferensi, sop.tidak_terbaca),
                temuan=count_by_severity(temuan.get(docname, ())),
                href_sop=f"{page}#{sop_anchor(sop.id)}",
                href_tinjau=f"{page}?tinjau=1#sop-{sop.id}-catatan",
                href_lint=href(LINT_PAGE, lint_anchor(sop.id)),
                href_riwayat=href(history_page_name(sop.id)),
                instansi=names.get(sop.instansi, ""),
                href_sejak_paraf=href(since_paraf_page_name(sop.id)) if sop.paraf.berubah else "",
            )
        )
    return rows


def _lint_page(app: Sphinx, domain: SopDomain) -> str:
    href = _Href(app, LINT_PAGE)
    per_sop = []
    for docname, sop in sorted(domain.state.ringkasan.items(), key=lambda item: lampiran_key(item[1])):
        page = href(docname)
        berkas = sop.berkas or str(app.env.doc2path(docname, False))
        reader = list(findings_from_problems(berkas, domain.state.masalah.get(docname, ()), sop.id))
        found = sorted(reader + list(domain.state.temuan.get(docname, ())), key=lambda t: t.kunci())
        title = f"Lampiran {sop.lampiran} · {sop.nama}" if sop.lampiran else sop.nama

        def step_href(nomor: int, page=page, sop_id=sop.id) -> str:
            return f"{page}#{langkah_anchor(sop_id, nomor)}"

        per_sop.append((sop.id, title, found, f"{page}#{sop_anchor(sop.id)}", step_href))
    tanpa_sop = [
        (str(app.env.doc2path(docname, False)), list(findings_from_problems(str(app.env.doc2path(docname, False)), problems)))
        for docname, problems in sorted(domain.state.masalah.items())
        if docname not in domain.state.sops
    ]
    return lint_page(per_sop, tanpa_sop)


def _history(app: Sphinx, domain: SopDomain, docnames: set[str]) -> dict[str, History]:
    docs = {d: (Path(app.env.doc2path(d)), domain.state.sops[d]) for d in sorted(docnames)}
    if not app.config.sopap_history:
        return {d: History((), False) for d in docs}
    simpanan = ModelCache(Path(app.doctreedir) / "sopap-riwayat", Path(app.confdir))
    try:
        return collect_histories(Path(app.srcdir), docs, simpanan, app.config.sopap_history_max)
    except Exception as exc:  # history is a convenience: never fail the handbook for it
        logger.info(f"riwayat revisi tidak dapat dibaca dari git: {exc}")
        return {d: History((), False) for d in docs}


def _history_pages(app: Sphinx, domain: SopDomain, sop_ids: set[str]) -> Iterator[tuple[str, Page]]:
    """(group, page) of the history and redline pages of these SOPs."""
    ids = domain.state.ids()
    histories = _history(app, domain, {ids[sop_id] for sop_id in sop_ids})
    for sop_id in sorted(sop_ids):
        docname = ids[sop_id]
        sop = domain.state.sops[docname]
        group = _riwayat_group(sop_id)
        riwayat = histories.get(docname, History((), False))
        pagename = history_page_name(sop_id)
        href = _Href(app, pagename)
        status = status_paraf(sop)
        body = history_page(
            sop,
            riwayat,
            f"{href(docname)}#{sop_anchor(sop_id)}",
            lambda entri, href=href, sop_id=sop_id: href(redline_page_name(sop_id, entri.versi.kunci)),
            href(since_paraf_page_name(sop_id)) if status.berubah else None,
        )
        yield group, (pagename, {"title": f"Riwayat revisi: {sop.nama}", "body": body}, "page.html")
        if status.berubah:
            yield group, _since_paraf(app, sop, status, riwayat, docname, pagename)
        for index, entri in enumerate(riwayat.entri):
            if entri.perbandingan is None or entri.sebelumnya is None:
                continue
            before = entri.sebelumnya
            redline = redline_page_name(sop_id, entri.versi.kunci)
            rhref = _Href(app, redline)
            newest = index == 0
            step_link = (
                (lambda n, rhref=rhref, docname=docname, sop_id=sop_id: f"{rhref(docname)}#{langkah_anchor(sop_id, n)}")
                if newest
                else None
            )
            body = redline_page(entri, before, rhref(pagename), step_link)
            yield group, (redline, {"title": f"Perbandingan revisi: {sop.nama}", "body": body}, "page.html")


def _after(riwayat: History, approved) -> tuple:
    """The versions newer than the approved one: the commits that changed it since."""
    for index, entri in enumerate(riwayat.entri):  # newest first
        if entri is approved:
            return tuple(e.versi for e in riwayat.entri[:index])
    return ()


def _since_paraf(app: Sphinx, sop, status, riwayat: History, docname: str, history_name: str) -> Page:
    """The redline of what changed since the content a stale paraf approved."""
    approved = approved_version(riwayat, {p.sidik_isi for _, p in status.berubah})
    compared = compare_sop(approved.sop, sop) if approved is not None and approved.sop is not None else None
    name = since_paraf_page_name(sop.id)
    href = _Href(app, name)
    body = since_paraf_page(
        sop,
        status,
        approved,
        compared,
        href(history_name),
        lambda n: f"{href(docname)}#{langkah_anchor(sop.id, n)}",
        _after(riwayat, approved),
    )
    return name, {"title": f"Berubah sesudah paraf: {sop.nama}", "body": body}, "page.html"


def on_html_collect_pages(app: Sphinx) -> Iterator[Page]:
    if app.builder.name not in ("html", "dirhtml"):
        return
    yield from _changed_only(app)


#: In the output folder: what each group of review pages was made from, the
#: pages of each group, and the text each page was written with.
DITULIS = ".sopap-tinjauan.json"
#: The group of the summary and lint pages (each SOP's history is a group of its own).
RINGKASAN = "ringkasan"


def _riwayat_group(sop_id: str) -> str:
    return f"riwayat:{sop_id}"


def _around(app: Sphinx) -> str:
    """What every review page depends on besides the SOPs: configuration,
    stylesheets, scripts, templates, sopap's code, the sidebar and the
    commit checked out (the history of every SOP)."""
    from sopap.sphinxext.html.navigation import signature

    builder = app.builder
    head = git.head_commit(Path(app.srcdir)) if app.config.sopap_history else None
    return repr((
        getattr(getattr(builder, "build_info", None), "config_hash", ""),
        [str(getattr(f, "filename", f)) for f in getattr(builder, "css_files", ())],
        [str(getattr(f, "filename", f)) for f in getattr(builder, "script_files", ())],
        builder.templates.newest_template_mtime() if getattr(builder, "templates", None) else 0,
        builder.name,
        versi.env_version(),  # sopap's code, as the environment knows it
        signature(app),
        head,
    ))


def _shown(domain: SopDomain, docname: str) -> str:
    """What the summary and lint pages show of one document: its summary
    without its steps, its problems and its lint findings."""
    found = domain.state.ringkasan.get(docname)
    sop = None if found is None else replace(found, langkah=())
    parts = (sop, domain.state.masalah.get(docname), domain.state.temuan.get(docname))
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def _inputs(
    app: Sphinx, domain: SopDomain, around: str, isi_before: dict[str, list[str]]
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Group -> what its pages are made from, cheaply; and, per document,
    (time read, digest of what the summary pages show of it).

    An SOP's model, problems and lint findings change only when Sphinx reads
    its source again, and then the time it was read (``env.all_docs``)
    changes: that time stands for them in its history group. The summary
    pages show a few facts of every SOP, which an edit of a step's text
    leaves as they were: their digest (:func:`_shown`) is made again only
    for the documents read again, and the pages are rendered only when one
    of them changed.
    """
    read = app.env.all_docs

    def digest(*parts) -> str:
        return hashlib.sha256(repr((around, *parts)).encode()).hexdigest()

    docs = sorted(set(domain.state.sops) | set(domain.state.masalah))
    isi: dict[str, list[str]] = {}
    for docname in docs:
        when = repr(read.get(docname))
        known = isi_before.get(docname)
        isi[docname] = known if known and known[0] == when else [when, _shown(domain, docname)]
    ids = domain.state.ids()
    inputs = {RINGKASAN: digest(RINGKASAN, ids, [(d, isi[d][1]) for d in docs])}
    for sop_id, docname in ids.items():
        inputs[_riwayat_group(sop_id)] = digest(sop_id, docname, read.get(docname))
    return inputs, isi


def _changed_only(app: Sphinx) -> Iterator[Page]:
    """The review pages whose text changed since the last build (or whose file is gone).

    A city has hundreds of SOPs and so hundreds of history pages; rendering
    them all on every build was most of an incremental build. Pages come in
    groups (the summary and lint pages; each SOP's history): a group whose
    inputs (:func:`_inputs`) are those of the last build, with all its files
    still there, is not rendered at all. Of a group rendered again, a page
    is written only when its title, body, template or sidebar changed.
    """
    import json

    from sopap.sphinxext.html.navigation import sidebar

    builder = app.builder
    domain: SopDomain = app.env.domains["sop"]
    record = Path(builder.outdir) / DITULIS
    try:
        before = json.loads(record.read_text(encoding="utf-8"))
        masukan, kelompok, halaman = before["masukan"], before["kelompok"], before["halaman"]
        isi_before = before["isi"]
    except (OSError, ValueError, KeyError, TypeError):
        masukan, kelompok, halaman, isi_before = {}, {}, {}, {}
    around = _around(app)
    inputs, isi = _inputs(app, domain, around, isi_before)

    def fresh(group: str) -> bool:
        pages = kelompok.get(group)
        return (
            masukan.get(group) == inputs[group]
            and pages is not None
            and all(Path(builder.get_outfilename(p)).is_file() for p in pages)
        )

    todo = {group for group in inputs if not fresh(group)}
    now_pages: dict[str, list[str]] = {g: kelompok[g] for g in inputs if g not in todo}

    def pages() -> Iterator[tuple[str, Page]]:
        if RINGKASAN in todo:
            for page in _summary_pages(app, domain):
                yield RINGKASAN, page
        sop_ids = {g.split(":", 1)[1] for g in todo if g != RINGKASAN}
        if sop_ids:
            for group, (pagename, context, template) in _history_pages(app, domain, sop_ids):
                yield group, (pagename, _titled(context), template)

    for group, (pagename, context, template) in pages():
        now_pages.setdefault(group, []).append(pagename)
        digest = hashlib.sha256(
            repr((around, sidebar(app, pagename), template, sorted(context.items()))).encode()
        ).hexdigest()
        target = Path(builder.get_outfilename(pagename))
        if halaman.get(pagename) == digest and target.is_file():
            continue
        halaman[pagename] = digest
        yield pagename, context, template
    kept = {p for group_pages in now_pages.values() for p in group_pages}
    atomic.write_text(
        record,
        json.dumps(
            {
                "masukan": inputs,
                "isi": isi,
                "kelompok": now_pages,
                "halaman": {p: d for p, d in halaman.items() if p in kept},
            },
            sort_keys=True,
        ),
    )


def _summary_pages(app: Sphinx, domain: SopDomain) -> Iterator[Page]:
    yield OVERVIEW_PAGE, {
        "title": "Tinjauan SOP",
        "body": "<h1>Tinjauan SOP</h1>" + overview_page(_rows(app, domain, _Href(app, OVERVIEW_PAGE))),
    }, "page.html"
    yield LINT_PAGE, {"title": "Temuan lint", "body": "<h1>Temuan lint</h1>" + _lint_page(app, domain)}, "page.html"


def _titled(context: dict[str, Any]) -> dict[str, Any]:
    return {**context, "body": f"<h1>{escape(context['title'])}</h1>" + context["body"]}
