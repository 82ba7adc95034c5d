"""Assembling the model when a document has been read, and keeping it fresh.

``doctree-read`` turns the directives' capture into a :class:`Sop`, reports
every problem as an Indonesian warning with file and line, and stores the SOP
in the domain. The ``env-*`` handlers make incremental builds honest: pages
that list all SOPs, or refer to an SOP that changed (by role or by a
Keterkaitan entry), are written again without being read again.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

from sopap import compat
from sopap.model.documents import dokumen_usage, normalize_dokumen
from sopap.model.keterkaitan import reference_key
from sopap.model.problems import SourceProblem
from sopap.parsing.assemble import assemble
from sopap.parsing.fields import is_sop_code
from sopap.sphinxext.content import TEMP_MASALAH, in_sop_scope
from sopap.sphinxext.directives import TEMP_KEY
from sopap.sphinxext.instansi import defaults
from sopap.sphinxext.state import sop_data
from sopap.util import digits
from sopap.util.text import did_you_mean

logger = logging.getLogger(__name__)


def on_doctree_read(app: Sphinx, doctree: nodes.document) -> None:
    env = app.env
    data = sop_data(env)
    for ref in doctree.findall(pending_xref):
        if ref.get("refdomain") == "sop":
            target = ref.get("reftarget", "")
            sop_id = target.rpartition("/")[0] if ref.get("reftype") == "langkah" else target
            if sop_id:
                data.note_reference(env.docname, sop_id.lower())
    problems = env.temp_data.pop(TEMP_MASALAH, [])
    raw = env.temp_data.pop(TEMP_KEY, None)
    sop = None
    if raw is not None:
        sop, assembled = assemble(raw, defaults(app))
        problems += assembled
    elif in_sop_scope(env) and not any(p.jenis == "berkas" for p in problems):
        problems.append(
            SourceProblem("struktur", "berkas di folder sumber SOP harus memuat satu direktif {sop}", 1)
        )
    _log(env.docname, [p for p in problems if not p.sudah_dilaporkan])
    data.note_problems(env.docname, problems)
    if sop is None or not is_sop_code(sop.id):
        return  # its code names no page, file or anchor (the problem says why)
    data.note_sop(env.docname, sop)
    for entry in sop.identitas.keterkaitan:
        data.note_reference(env.docname, reference_key(entry))
    # "Alur dokumen" names the SOPs whose steps produce what comes from outside
    for doc in dokumen_usage(sop):
        if not doc.dibuat_oleh:
            data.note_reference(env.docname, _dokumen_key(doc.nama))


def _log(docname: str, problems) -> None:
    for problem in problems:
        logger.warning(
            problem.pesan,
            location=(docname, problem.baris),
            type="sopap",
            subtype=problem.jenis,
        )


def _dokumen_key(nama: str) -> str:
    return "dokumen:" + normalize_dokumen(nama)


def _keys(sop) -> set[str]:
    """How other pages refer to an SOP: id, name, and the documents it outputs."""
    keys = {sop.id.lower(), reference_key(sop.nama)}
    keys.update(_dokumen_key(doc) for step in sop.langkah for doc in step.output)
    return keys


def _public(sop) -> tuple:
    """Everything other pages show of an SOP: lists (lampiran, name, number of
    steps and pelaksana), links (id, name, step numbers) and "Alur dokumen"
    (which step outputs which document). An edit that leaves it unchanged
    (a step's text, a time, a note) rewrites the SOP's own page only."""
    return (
        sop.id,
        sop.nama,
        sop.lampiran,
        sop.bidang,
        len(sop.pelaksana),
        tuple((step.nomor, tuple(normalize_dokumen(d) for d in step.output)) for step in sop.langkah),
    )


def on_env_purge_doc(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    data = sop_data(env)
    old = data.sops.get(docname)
    if old is not None:
        data.scratch.purged.setdefault(docname, old)


def on_env_before_read_docs(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    sop_data(env).scratch.reading = list(docnames)


def changed_keys(lama: dict, reading: list[str], sops: dict) -> set[str]:
    """Keys of the SOPs added, removed, or changed in what other pages show."""
    changed: set[str] = set()
    for docname, old in lama.items():
        new = sops.get(docname)
        if new is None or _public(new) != _public(old):
            changed |= _keys(old) | (_keys(new) if new is not None else set())
    for docname in reading:
        if docname not in lama and docname in sops:
            changed |= _keys(sops[docname])
    return changed


def on_env_updated(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Docs to write again because an SOP they list or link to changed."""
    data = sop_data(env)
    reading = data.scratch.reading
    changed = changed_keys(data.scratch.purged, reading, data.sops)
    data.scratch.purged, data.scratch.reading = {}, []
    # Sphinx only warns when it reads a file; an unchanged file with problems
    # must still fail a -W build, so its stored problems are reported again.
    for docname, problems in sorted(data.masalah.items()):
        if docname not in reading:
            _log(docname, problems)
    extra = _neighbours_changed(env)
    if changed:
        extra |= set(data.semua)
        for docname, refs in data.rujukan.items():
            if refs & changed:
                extra.add(docname)
    return sorted(d for d in extra - set(reading) if d in env.all_docs)


def _neighbours_changed(env: BuildEnvironment) -> set[str]:
    """Pages whose previous, next or parent page (links with their titles in
    each page's head) was renamed, added or removed: Sphinx does not write
    them again by itself. What each page shows is kept in the environment
    from one build to the next."""
    relations = env.collect_relations()

    def shown(doc: str | None) -> tuple[str, str] | None:
        return (doc, env.titles[doc].astext() if doc in env.titles else "") if doc else None

    views = {doc: tuple(shown(d) for d in related) for doc, related in relations.items()}
    data = sop_data(env)
    before, data.tetangga = data.tetangga, views
    if before is None:
        return set()
    return {doc for doc, view in views.items() if before.get(doc) != view}


def on_build_finished(app: Sphinx, exception: BaseException | None) -> None:
    """Every document that had a warning in this build is read and written
    again by the next one, so that it reports the same warnings again.

    Sphinx only warns while it reads a document (front matter, MyST's option
    parser, docutils, sopap's reader) or writes its page (unresolved
    references, post-transforms); an unchanged document is neither read nor
    written by the next build, and a strict build would pass on sources that
    still have problems. Forgetting its doctree is cheap: only documents with
    problems are read again.
    """
    env = app.env
    capture = sop_data(env).scratch.warnings
    if capture is None:
        return
    for path, _line, _message in capture.items:
        docname = env.path2doc(path) if path else None
        if docname is not None and docname in env.all_docs:
            compat.forget_doctree(env, docname)


def on_missing_reference(app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode):
    if node.get("refdomain") != "sop":
        return None
    what = "SOP" if node.get("reftype") == "sop" else "langkah"
    target = node.get("reftarget", "")
    logger.warning(
        f"rujukan {what} '{digits.shown(target, 60)}' tidak ditemukan{_reference_hint(env, node, target)}",
        location=node,
        type="sopap",
        subtype="rujukan",
    )
    return contnode


def _reference_hint(env: BuildEnvironment, node: pending_xref, target: str) -> str:
    """The SOP meant by a mistyped reference, or how a reference is written."""
    summaries = sop_data(env).ringkasan_by_id()
    if node.get("reftype") == "langkah":
        sop_id, _, nomor = target.rpartition("/")
        found = summaries.get(sop_id.lower()) if sop_id else None
        if found is not None:
            numbers = found[1].nomor_langkah()
            return f"; langkah {found[1].nama} bernomor {numbers[0]} sampai {numbers[-1]}" if numbers else ""
        if sop_id:
            hint = did_you_mean(sop_id, summaries)
            if hint:
                return f"; SOP '{sop_id}' tidak ada{hint}"
        return "; untuk langkah tulis 'kode-sop/nomor', misalnya 'lomba-posyandu/3'"
    hint = did_you_mean(target, summaries)
    return hint or "; tulis kode SOP-nya, misalnya 'lomba-posyandu'"
