"""From an SOP to BPMN 2.0 bytes, and to files.

Every document is validated against the BPMN 2.0 XSD before it is returned:
an export that the standard rejects is a bug in this package, so it raises
instead of writing a file that engines and modelers would refuse.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable
from pathlib import Path

from lxml import etree

from sopap.model.sop import Corpus, Sop
from sopap.render.bpmn import xsd
from sopap.render.bpmn.graph import BpmnExportError, build_graph
from sopap.render.bpmn.layout import compute_layout
from sopap.render.bpmn.profiles import DEFAULT_PROFILE, PROFILES
from sopap.render.bpmn.tree import definitions
from sopap.util import atomic

__all__ = [
    "DOWNLOAD_DIR",
    "BpmnExportError",
    "bpmn_download_uri",
    "file_name",
    "to_bytes",
    "to_bytes_profiles",
    "to_element",
    "write_all",
    "write_profiles",
]


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


def write_profiles(corpus: Corpus, folder: Path, progress: Callable[[Iterable[Sop]], Iterable[Sop]] = iter) -> None:
    """``<folder>/<profile>/<id>.bpmn`` for every profile; the folder is replaced whole.

    ``progress`` wraps the SOPs while they are exported (a status iterator).
    """
    files = {}
    for sop in progress(corpus.sops):  # everything first: an error leaves the old folder in place
        for profile, data in to_bytes_profiles(sop).items():
            files[(profile, sop.id)] = data
    with atomic.replace_dir(folder) as staging:
        for (profile, sop_id), data in files.items():
            atomic.write_bytes(staging / profile / file_name(sop_id), data)


#: Folder of the BPMN files inside the HTML output.
DOWNLOAD_DIR = "_downloads/bpmn"


def bpmn_download_uri(sop_id: str, profile: str = "camunda8") -> str:
    """URI of an SOP's BPMN file relative to the root of the HTML output.

    A page links to it with ``pathto(bpmn_download_uri(id, profile), 1)`` in a
    template, or :func:`bpmn_download_href` in Python. The file exists for
    every SOP of an HTML build without warnings, for each profile in
    :data:`PROFILES`.
    """
    if profile not in PROFILES:
        raise KeyError(profile)
    return posixpath.join(DOWNLOAD_DIR, profile, file_name(sop_id))
