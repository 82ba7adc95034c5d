"""The ``sop`` domain: storage of the model, cross-references and the index.

Storage is keyed by document (one SOP per source file), not by SOP id, so
that a duplicate id never hides an SOP: both stay stored, the duplicate is
reported on every build until it is fixed, and removing one file brings the
other back without a full rebuild. Full models are loaded from the saved
environment only when asked for (:mod:`.lazy`); what every build needs of
every SOP is in its summary (:meth:`SopDomain.ringkasan`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Set
from typing import Any

from docutils import nodes
from docutils.nodes import Element
from sphinx.addnodes import pending_xref
from sphinx.domains import Domain, Index, IndexEntry, ObjType
from sphinx.roles import XRefRole
from sphinx.util import logging
from sphinx.util.nodes import make_refnode

from sopap.model.roman import is_roman, roman_to_int
from sopap.model.sop import Corpus, Keputusan, Sop
from sopap.sphinxext.lazy import LazyModels
from sopap.sphinxext.ringkasan import RingkasanSop, ringkas

logger = logging.getLogger(__name__)


def sop_anchor(sop_id: str) -> str:
    return f"sop-{sop_id}"


def langkah_anchor(sop_id: str, nomor: int) -> str:
    return f"sop-{sop_id}-langkah-{nomor}"


def sidik_sop(sop: Sop) -> str:
    """A fingerprint of the whole model of one SOP (its repr is complete and stable)."""
    return hashlib.sha256(repr(sop).encode()).hexdigest()[:32]


def lampiran_key(sop: Sop | RingkasanSop) -> tuple[int, int, str]:
    """Sort key: SOPs by lampiran numeral; those without one last, by id."""
    if is_roman(sop.lampiran):
        return (0, roman_to_int(sop.lampiran), sop.id)
    return (1, 0, sop.id)


class SopIndex(Index):
    """The generated list of all SOPs, grouped by bidang."""

    name = "daftar"
    localname = "Daftar SOP"
    shortname = "daftar SOP"

    def generate(self, docnames: Iterable[str] | None = None) -> tuple[list[tuple[str, list[IndexEntry]]], bool]:
        domain: SopDomain = self.domain  # type: ignore[assignment]
        groups: dict[str, list[IndexEntry]] = {}
        for docname, sop in sorted(domain.semua_ringkasan().items(), key=lambda item: lampiran_key(item[1])):
            if docnames is not None and docname not in docnames:
                continue
            extra = f"Lampiran {sop.lampiran}" if sop.lampiran else "Lampiran belum terbaca"
            groups.setdefault(domain.bidang_label(sop.bidang), []).append(
                IndexEntry(sop.nama, 0, docname, sop_anchor(sop.id), extra, "", f"{sop.jumlah_langkah} langkah")
            )
        return sorted(groups.items()), False


class SopXRefRole(XRefRole):
    """``{sop:langkah}`3``` inside an SOP file means a step of that SOP."""

    def process_link(self, env, refnode, has_explicit_title, title, target):
        refnode["sop:docname"] = env.docname
        return title, target


class SopDomain(Domain):
    name = "sop"
    label = "SOP"
    object_types = {
        "sop": ObjType("SOP", "sop", "ref"),
        "langkah": ObjType("langkah SOP", "langkah", "ref"),
    }
    roles = {"sop": SopXRefRole(innernodeclass=nodes.inline), "langkah": SopXRefRole(innernodeclass=nodes.inline)}
    indices = [SopIndex]
    initial_data: dict[str, Any] = {
        "sops": LazyModels(),  # docname -> Sop, loaded on access
        "ringkasan": {},  # docname -> RingkasanSop (what other pages show of it)
        "semua": set(),  # docnames whose content lists every SOP
        "rujukan": {},  # docname -> set of SOP ids it refers to
        "masalah": {},  # docname -> problems found when it was last read
        "baris": LazyModels(),  # docname -> source lines of its fields (sopap.review.lint.peta)
        "temuan": {},  # docname -> lint findings of the last build (sopap.review)
        "toctree_tersembunyi": {},  # docname -> documents only its hidden toctrees include (.toctree)
        "sidik": {},  # docname -> fingerprint of its Sop (sidik_sop), made once when it is read
    }
    data_version = 4

    # -- storage -----------------------------------------------------------
    @property
    def sops(self) -> LazyModels[Sop]:
        """docname -> full model; each is loaded when first read (a build
        that writes few pages loads few models)."""
        return self.data["sops"]

    def semua_ringkasan(self) -> dict[str, RingkasanSop]:
        """docname -> summary of every SOP (no model is loaded)."""
        return self.data["ringkasan"]

    def note_sop(self, docname: str, sop: Sop) -> None:
        self.sops[docname] = sop
        self.data["ringkasan"][docname] = ringkas(sop)
        self.data["sidik"][docname] = sidik_sop(sop)

    def sidik(self, docname: str) -> str:
        """Fingerprint of the SOP of ``docname``: outputs made from it alone
        are up to date while it is unchanged (no need to compare 500 models)."""
        found = self.data["sidik"].get(docname)
        if found is None:
            found = self.data["sidik"][docname] = sidik_sop(self.sops[docname])
        return found

    def note_depends_on_all(self, docname: str) -> None:
        """Rewrite ``docname`` whenever any SOP is added, changed or removed."""
        self.data["semua"].add(docname)

    def note_reference(self, docname: str, sop_id: str) -> None:
        self.data["rujukan"].setdefault(docname, set()).add(sop_id)

    def note_problems(self, docname: str, problems: list) -> None:
        if problems:
            self.data["masalah"][docname] = list(problems)

    def clear_doc(self, docname: str) -> None:
        self.sops.discard(docname)
        self.data["ringkasan"].pop(docname, None)
        self.data["masalah"].pop(docname, None)
        self.data["semua"].discard(docname)
        self.data["rujukan"].pop(docname, None)
        self.data["baris"].discard(docname)
        self.data["temuan"].pop(docname, None)
        self.data["toctree_tersembunyi"].pop(docname, None)
        self.data["sidik"].pop(docname, None)

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        for docname, sop in otherdata["sops"].items():
            if docname in docnames:
                self.note_sop(docname, sop)
        self.data["semua"].update(d for d in otherdata["semua"] if d in docnames)
        for docname, problems in otherdata["masalah"].items():
            if docname in docnames:
                self.data["masalah"][docname] = list(problems)
        for docname, ids in otherdata["rujukan"].items():
            if docname in docnames:
                self.data["rujukan"][docname] = set(ids)
        for docname, peta in otherdata["baris"].items():
            if docname in docnames:
                self.data["baris"][docname] = peta
        for docname, children in otherdata["toctree_tersembunyi"].items():
            if docname in docnames:
                self.data["toctree_tersembunyi"][docname] = children

    def check_consistency(self) -> None:
        first: dict[str, str] = {}
        summaries = self.semua_ringkasan()
        for docname in sorted(summaries):
            sop = summaries[docname]
            if sop.id in first:
                line = sop.baris
                logger.warning(
                    f"kode SOP '{sop.id}' sudah dipakai di berkas "
                    f"{self.env.doc2path(first[sop.id], False)}; setiap SOP harus memiliki kode sendiri",
                    location=(docname, line),
                    type="sopap",
                    subtype="kode",
                )
            else:
                first[sop.id] = docname

    # -- lookup ------------------------------------------------------------
    def ids(self) -> dict[str, str]:
        """SOP id -> docname; for duplicates, the first by docname."""
        summaries = self.semua_ringkasan()
        result: dict[str, str] = {}
        for docname in sorted(summaries):
            result.setdefault(summaries[docname].id, docname)
        return result

    def sources_ok(self) -> bool:
        """False when any source has a problem or an SOP id is used twice:
        nothing is exported from such a corpus."""
        return not self.data["masalah"] and len(self.ids()) == len(self.semua_ringkasan())

    def ringkasan_by_id(self) -> dict[str, tuple[str, RingkasanSop]]:
        """SOP id -> (docname, summary) of every SOP (:meth:`ids`), without loading models."""
        summaries = self.semua_ringkasan()
        return {sop_id: (docname, summaries[docname]) for sop_id, docname in self.ids().items()}

    def corpus(self) -> Corpus:
        """The whole model, SOPs ordered by id (duplicates left out)."""
        ids = self.ids()
        return Corpus(sops=tuple(self.sops[ids[sop_id]] for sop_id in sorted(ids)), keputusan=self.keputusan())

    def keputusan(self) -> Keputusan:
        config = self.env.config
        k = dict(config.sopap_keputusan or {})
        return Keputusan(
            pemerintah=config.sopap_pemerintah,
            instansi=config.sopap_instansi,
            pejabat=k.get("pejabat", ""),
            nomor=k.get("nomor", ""),
            tentang=k.get("tentang", ""),
        )

    def bidang_label(self, kode: str) -> str:
        names = self.env.config.sopap_bidang or {}
        return f"{names[kode]} ({kode})" if kode in names else kode or "Tanpa bidang"

    # -- cross-references --------------------------------------------------
    def _resolve(self, typ: str, target: str, node: pending_xref) -> tuple[str, str, str] | None:
        """(docname, anchor, default title) for a role target, or None."""
        ids = self.ids()
        summaries = self.semua_ringkasan()
        if typ == "sop":
            docname = ids.get(target.strip())
            if docname is None:
                return None
            sop = summaries[docname]
            return docname, sop_anchor(sop.id), sop.nama
        sop_id, _, nomor_text = target.strip().rpartition("/")
        if not sop_id:
            own = summaries.get(node.get("sop:docname", ""))
            if own is None:
                return None
            sop_id = own.id
        docname = ids.get(sop_id)
        if docname is None or not nomor_text.isdigit():
            return None
        sop = summaries[docname]
        nomor = int(nomor_text)
        if nomor not in sop.nomor_langkah():
            return None
        return docname, langkah_anchor(sop.id, nomor), f"langkah {nomor} {sop.nama}"

    def resolve_xref(self, env, fromdocname, builder, typ, target, node, contnode) -> Element | None:
        found = self._resolve(typ, target, node)
        if found is None:
            return None
        docname, anchor, title = found
        if not node.get("refexplicit"):
            contnode = nodes.inline(title, title, classes=["xref", "sop", f"sop-{typ}"])
        return make_refnode(builder, fromdocname, docname, anchor, contnode, title)

    def get_type_name(self, type: ObjType, primary: bool = False) -> str:
        # Sphinx's "<domain label> <type>" reads "SOP SOP" in search results
        return type.lname

    def resolve_any_xref(self, env, fromdocname, builder, target, node, contnode) -> list[tuple[str, Element]]:
        results = []
        for typ in ("sop", "langkah"):
            ref = self.resolve_xref(env, fromdocname, builder, typ, target, node, contnode)
            if ref is not None:
                results.append((f"sop:{typ}", ref))
        return results

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        for sop_id, (docname, sop) in sorted(self.ringkasan_by_id().items()):
            yield sop_id, sop.nama, "sop", docname, sop_anchor(sop_id), 1
            for nomor, ringkasan, _ in sop.langkah:
                yield f"{sop_id}/{nomor}", f"Langkah {nomor}: {ringkasan}", "langkah", docname, langkah_anchor(sop_id, nomor), 2
