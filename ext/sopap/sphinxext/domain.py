"""The ``sop`` domain: storage of the model, cross-references and the index.

The data itself is one typed :class:`~sopap.sphinxext.state.SopData`
(:func:`~sopap.sphinxext.state.sop_data`); the domain adds what Sphinx asks
of a domain: roles, the SOP index, cross-references, the objects of the
search index, and the duplicate-id check.
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

from sopap.model.roman import is_roman, roman_to_int
from sopap.model.sop import Corpus, Keputusan, Sop
from sopap.model.summary import SopSummary
from sopap.sphinxext.state import KEY, SopData
from sopap.util import digits

logger = logging.getLogger(__name__)


def sop_anchor(sop_id: str) -> str:
    return f"sop-{sop_id}"


def langkah_anchor(sop_id: str, nomor: int) -> str:
    return f"sop-{sop_id}-langkah-{nomor}"


def lampiran_key(sop: Sop | SopSummary) -> tuple[int, int, str]:
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
        for docname, sop in sorted(domain.state.ringkasan.items(), key=lambda item: lampiran_key(item[1])):
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
    initial_data: dict[str, Any] = {KEY: SopData()}  # the one key: sopap.sphinxext.state
    data_version = 5

    @property
    def state(self) -> SopData:
        return self.data[KEY]  # type: ignore[no-any-return]

    def clear_doc(self, docname: str) -> None:
        self.state.clear_doc(docname)

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        self.state.merge(docnames, otherdata[KEY])

    def check_consistency(self) -> None:
        first: dict[str, str] = {}
        summaries = self.state.ringkasan
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

    def corpus(self) -> Corpus:
        """The whole model, SOPs ordered by id (duplicates left out)."""
        ids = self.state.ids()
        sops = self.state.sops
        return Corpus(sops=tuple(sops[ids[sop_id]] for sop_id in sorted(ids)), keputusan=self.keputusan())

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
        ids = self.state.ids()
        summaries = self.state.ringkasan
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
        nomor = digits.read_int(nomor_text)
        if docname is None or nomor is None:
            return None
        sop = summaries[docname]
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
        for sop_id, (docname, sop) in sorted(self.state.ringkasan_by_id().items()):
            yield sop_id, sop.nama, "sop", docname, sop_anchor(sop_id), 1
            for nomor, ringkasan, _ in sop.langkah:
                yield f"{sop_id}/{nomor}", f"Langkah {nomor}: {ringkasan}", "langkah", docname, langkah_anchor(sop_id, nomor), 2
