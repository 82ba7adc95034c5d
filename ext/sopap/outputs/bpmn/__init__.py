"""BPMN 2.0 export of each SOP, for workflow engines and modelers.

Modules, in the order the data flows:

* :mod:`.graph` — SOP model -> process graph (nodes, flows, timers,
  documents, stable ids); no XML, no geometry;
* :mod:`.layout` — process graph -> BPMN-DI geometry (pool, lanes, shapes,
  waypoints, labels);
* :mod:`.profiles` — what differs per engine (``spiff``, ``camunda8``);
* :mod:`.tree` — graph + layout + profile -> lxml element tree;
* :mod:`.xsd` — validation against the vendored OMG BPMN 2.0 XSDs;
* :mod:`.export` — bytes and files (validated, atomic);
* :mod:`.builder` — Sphinx builder ``bpmn`` and the HTML downloads.
"""

from __future__ import annotations

from typing import Any

from sopap.outputs.bpmn.builder import DOWNLOAD_DIR, bpmn_download_href, bpmn_download_uri
from sopap.outputs.bpmn.export import BpmnExportError, to_bytes, write_all
from sopap.outputs.bpmn.graph import process_id, task_id
from sopap.outputs.bpmn.profiles import DEFAULT_PROFILE, PROFILES

__all__ = [
    "DEFAULT_PROFILE",
    "DOWNLOAD_DIR",
    "PROFILES",
    "BpmnExportError",
    "bpmn_download_href",
    "bpmn_download_uri",
    "process_id",
    "task_id",
    "to_bytes",
    "write_all",
]


def setup(app: Any) -> dict[str, Any]:
    from sopap.outputs.bpmn.builder import setup as _setup

    return _setup(app)
