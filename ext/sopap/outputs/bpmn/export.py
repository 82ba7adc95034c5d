"""From an SOP to BPMN 2.0 bytes, and to files.

Every document is validated against the BPMN 2.0 XSD before it is returned:
an export that the standard rejects is a bug in this package, so it raises
instead of writing a file that engines and modelers would refuse.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from sopap.model.sop import Sop
from sopap.util import atomic
from sopap.outputs.bpmn import xsd
from sopap.outputs.bpmn.graph import BpmnExportError, build_graph
from sopap.outputs.bpmn.layout import compute_layout
from sopap.outputs.bpmn.profiles import DEFAULT_PROFILE, PROFILES
from sopap.outputs.bpmn.tree import definitions

__all__ = ["BpmnExportError", "file_name", "to_bytes", "to_bytes_profiles", "to_element", "write_all"]


def to_element(sop: Sop, profile: str = DEFAULT_PROFILE) -> etree._Element:
    graph = build_graph(sop)
    return definitions(graph, compute_layout(graph), PROFILES[profile])


def to_bytes(sop: Sop, profile: str = DEFAULT_PROFILE) -> bytes:
    """The ``.bpmn`` file of ``sop``: UTF-8, indented, identical on every run."""
    return _serialize(sop, profile, to_element(sop, profile))


def to_bytes_profiles(sop: Sop, profiles: Iterable[str] = tuple(PROFILES)) -> dict[str, bytes]:
    """:func:`to_bytes` for several profiles; the process graph and its
    layout, the same for every profile, are computed once."""
    graph = build_graph(sop)
    layout = compute_layout(graph)
    return {profile: _serialize(sop, profile, definitions(graph, layout, PROFILES[profile])) for profile in profiles}


def _serialize(sop: Sop, profile: str, root: etree._Element) -> bytes:
    problems = xsd.errors(root)
    if problems:
        raise BpmnExportError(
            f"BPMN SOP '{sop.id}' (profil {profile}) tidak sah menurut XSD BPMN 2.0: " + "; ".join(problems[:5])
        )
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def file_name(sop_id: str) -> str:
    return f"{sop_id}.bpmn"


def write_all(sops: Iterable[Sop], folder: Path, profile: str = DEFAULT_PROFILE) -> list[Path]:
    """Write ``<folder>/<sop-id>.bpmn`` for each SOP, each file atomically.

    All documents are generated before the first is written, so a failure
    leaves the folder as it was.
    """
    data = [(file_name(sop.id), to_bytes(sop, profile)) for sop in sops]
    paths = []
    for name, content in data:
        path = Path(folder) / name
        atomic.write_bytes(path, content)
        paths.append(path)
    return paths
