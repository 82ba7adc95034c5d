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

from ..model.keterkaitan import reference_key
from ..parsing.assemble import Bawaan, Masalah, assemble
from .directives import TEMP_KEY
from .konten import TEMP_MASALAH, in_sop_scope
from .domain import SopDomain

logger = logging.getLogger(__name__)


def domain_of(env: BuildEnvironment) -> SopDomain:
    return env.domains["sop"]  # type: ignore[return-value]


def on_doctree_read(app: Sphinx, doctree: nodes.document) -> None:
    env = app.env
    domain = domain_of(env)
    for ref in doctree.findall(pending_xref):
        if ref.get("refdomain") == "sop":
            target = ref.get("reftarget", "")
            sop_id = target.rpartition("/")[0] if ref.get("reftype") == "langkah" else target
            if sop_id:
                domain.note_reference(env.docname, sop_id.lower())
    problems = env.temp_data.pop(TEMP_MASALAH, [])
    raw = env.temp_data.pop(TEMP_KEY, None)
    sop = None
    if raw is not None:
        sop, assembled = assemble(raw, Bawaan(instansi=app.config.sopap_instansi))
        problems += assembled
    elif in_sop_scope(env):
        problems.append(
            Masalah("struktur", "berkas di folder sumber SOP harus memuat satu direktif {sop}", 1)
        )
    _log(env.docname, [p for p in problems if not p.sudah_dilaporkan])
    domain.note_problems(env.docname, problems)
    if sop is None:
        return
    domain.note_sop(env.docname, sop)
    for entry in sop.identitas.keterkaitan:
        domain.note_reference(env.docname, reference_key(entry))


def _log(docname: str, problems) -> None:
    for problem in problems:
        logger.warning(
            problem.pesan,
            location=(docname, problem.baris),
            type="sopap",
            subtype=problem.jenis,
        )


def _keys(sop) -> set[str]:
    return {sop.id.lower(), reference_key(sop.nama)}


def on_env_purge_doc(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    old = domain_of(env).sops.get(docname)
    if old is not None:
        app.sopap_changed_keys = getattr(app, "sopap_changed_keys", set()) | _keys(old)


def on_env_before_read_docs(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    app.sopap_reading = list(docnames)


def on_env_updated(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Docs to write again because an SOP they list or link to changed."""
    domain = domain_of(env)
    reading = getattr(app, "sopap_reading", [])
    changed = set(getattr(app, "sopap_changed_keys", set()))
    for docname in reading:
        if docname in domain.sops:
            changed |= _keys(domain.sops[docname])
    app.sopap_changed_keys, app.sopap_reading = set(), []
    # Sphinx only warns when it reads a file; an unchanged file with problems
    # must still fail a -W build, so its stored problems are reported again.
    for docname, problems in sorted(domain.data["masalah"].items()):
        if docname not in reading:
            _log(docname, problems)
    if not changed:
        return []
    extra = set(domain.data["semua"])
    for docname, refs in domain.data["rujukan"].items():
        if refs & changed:
            extra.add(docname)
    return sorted(d for d in extra - set(reading) if d in env.all_docs)


def on_missing_reference(app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode):
    if node.get("refdomain") != "sop":
        return None
    what = "SOP" if node.get("reftype") == "sop" else "langkah"
    logger.warning(
        f"rujukan {what} '{node.get('reftarget')}' tidak ditemukan; untuk SOP tulis kodenya "
        "(misalnya 'lomba-posyandu'), untuk langkah tulis 'kode-sop/nomor'",
        location=node,
        type="sopap",
        subtype="rujukan",
    )
    return contnode
