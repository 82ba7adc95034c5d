"""The ``sop`` domain: storage of the model, cross-references and the index.

Storage is keyed by document (one SOP per source file), not by SOP id, so
that a duplicate id never hides an SOP: both stay stored, the duplicate is
reported on every build until it is fixed, and removing one file brings the
other back without a full rebuild.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Set
from typing import Any

from docutils import nodes
from docutils.nodes import Element
from sphinx.addnodes import pending_xref
from sphinx.domains import Domain, Index, IndexEntry, ObjType
from sphinx.roles import XRefRole
from sphinx.util import logging
from sphinx.util.nodes import make_refnode

from ..model.roman import is_roman, roman_to_int
from ..model.sop import Corpus, Keputusan, Sop

logger = logging.getLogger(__name__)


def sop_anchor(sop_id: str) -> str:
    return f"sop-{sop_id}"


def langkah_anchor(sop_id: str, nomor: int) -> str:
    return f"sop-{sop_id}-langkah-{nomor}"


def lampiran_key(sop: Sop) -> tuple[int, int, str]:
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
        for docname, sop in sorted(domain.sops.items(), key=lambda item: lampiran_key(item[1])):
            if docnames is not None and docname not in docnames:
                continue
            extra = f"Lampiran {sop.lampiran}" if sop.lampiran else "Lampiran belum terbaca"
            groups.setdefault(domain.bidang_label(sop.bidang), []).append(
                IndexEntry(sop.nama, 0, docname, sop_anchor(sop.id), extra, "", f"{len(sop.langkah)} langkah")
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
        "langkah": ObjType("langkah", "langkah", "ref"),
    }
    roles = {"sop": SopXRefRole(innernodeclass=nodes.inline), "langkah": SopXRefRole(innernodeclass=nodes.inline)}
    indices = [SopIndex]
    initial_data: dict[str, Any] = {
        "sops": {},  # docname -> Sop
        "semua": set(),  # docnames whose content lists every SOP
        "rujukan": {},  # docname -> set of SOP ids it refers to
        "masalah": {},  # docname -> problems found when it was last read
        "baris": {},  # docname -> source lines of its fields (sopap.review.lint.peta)
        "temuan": {},  # docname -> lint findings of the last build (sopap.review)
    }
    data_version = 2

    # -- storage -----------------------------------------------------------
    @property
    def sops(self) -> dict[str, Sop]:
        return self.data["sops"]

    def note_sop(self, docname: str, sop: Sop) -> None:
        self.sops[docname] = sop

    def note_depends_on_all(self, docname: str) -> None:
        """Rewrite ``docname`` whenever any SOP is added, changed or removed."""
        self.data["semua"].add(docname)

    def note_reference(self, docname: str, sop_id: str) -> None:
        self.data["rujukan"].setdefault(docname, set()).add(sop_id)

    def note_problems(self, docname: str, problems: list) -> None:
        if problems:
            self.data["masalah"][docname] = list(problems)

    def clear_doc(self, docname: str) -> None:
        self.sops.pop(docname, None)
        self.data["masalah"].pop(docname, None)
        self.data["semua"].discard(docname)
        self.data["rujukan"].pop(docname, None)
        self.data["baris"].pop(docname, None)
        self.data["temuan"].pop(docname, None)

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        for docname, sop in otherdata["sops"].items():
            if docname in docnames:
                self.sops[docname] = sop
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

    def check_consistency(self) -> None:
        first: dict[str, str] = {}
        for docname in sorted(self.sops):
            sop = self.sops[docname]
            if sop.id in first:
                line = sop.sumber.baris if sop.sumber else None
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
    def by_id(self) -> dict[str, tuple[str, Sop]]:
        """SOP id -> (docname, Sop); for duplicates, the first by docname."""
        result: dict[str, tuple[str, Sop]] = {}
        for docname in sorted(self.sops):
            sop = self.sops[docname]
            result.setdefault(sop.id, (docname, sop))
        return result

    def docname_of(self, sop_id: str) -> str | None:
        found = self.by_id().get(sop_id)
        return found[0] if found else None

    def corpus(self) -> Corpus:
        """The whole model, SOPs ordered by id (duplicates left out)."""
        items = sorted(self.by_id().values(), key=lambda item: item[1].id)
        config = self.env.config
        k = dict(config.sopap_keputusan or {})
        keputusan = Keputusan(
            pemerintah=config.sopap_pemerintah,
            instansi=config.sopap_instansi,
            pejabat=k.get("pejabat", ""),
            nomor=k.get("nomor", ""),
            tentang=k.get("tentang", ""),
        )
        return Corpus(sops=tuple(sop for _, sop in items), keputusan=keputusan)

    def bidang_label(self, kode: str) -> str:
        names = self.env.config.sopap_bidang or {}
        return f"{names[kode]} ({kode})" if kode in names else kode or "Tanpa bidang"

    # -- cross-references --------------------------------------------------
    def _resolve(self, typ: str, target: str, node: pending_xref) -> tuple[str, str, str] | None:
        """(docname, anchor, default title) for a role target, or None."""
        index = self.by_id()
        if typ == "sop":
            found = index.get(target.strip())
            if not found:
                return None
            docname, sop = found
            return docname, sop_anchor(sop.id), sop.nama
        sop_id, _, nomor_text = target.strip().rpartition("/")
        if not sop_id:
            own = self.sops.get(node.get("sop:docname", ""))
            if own is None:
                return None
            sop_id = own.id
        found = index.get(sop_id)
        if not found or not nomor_text.isdigit():
            return None
        docname, sop = found
        try:
            step = sop.langkah_by_nomor(int(nomor_text))
        except KeyError:
            return None
        return docname, langkah_anchor(sop.id, step.nomor), f"langkah {step.nomor} {sop.nama}"

    def resolve_xref(self, env, fromdocname, builder, typ, target, node, contnode) -> Element | None:
        found = self._resolve(typ, target, node)
        if found is None:
            return None
        docname, anchor, title = found
        if not node.get("refexplicit"):
            contnode = nodes.inline(title, title, classes=["xref", "sop", f"sop-{typ}"])
        return make_refnode(builder, fromdocname, docname, anchor, contnode, title)

    def resolve_any_xref(self, env, fromdocname, builder, target, node, contnode) -> list[tuple[str, Element]]:
        results = []
        for typ in ("sop", "langkah"):
            ref = self.resolve_xref(env, fromdocname, builder, typ, target, node, contnode)
            if ref is not None:
                results.append((f"sop:{typ}", ref))
        return results

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        for sop_id, (docname, sop) in sorted(self.by_id().items()):
            yield sop_id, sop.nama, "sop", docname, sop_anchor(sop_id), 1
            for step in sop.langkah:
                name = f"{sop_id}/{step.nomor}"
                disp = f"Langkah {step.nomor}: {step.ringkasan}"
                yield name, disp, "langkah", docname, langkah_anchor(sop_id, step.nomor), 2
