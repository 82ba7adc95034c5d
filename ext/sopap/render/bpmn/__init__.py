"""BPMN 2.0 export of each SOP, for workflow engines and modelers.

Modules, in the order the data flows:

* :mod:`.graph` — SOP model -> process graph (nodes, flows, timers,
  documents, stable ids); no XML, no geometry;
* :mod:`.layout` — process graph -> BPMN-DI geometry (pool, lanes, shapes,
  waypoints, labels);
* :mod:`.profiles` — what differs per engine (``spiff``, ``camunda8``);
* :mod:`.tree` — graph + layout + profile -> lxml element tree;
* :mod:`.xsd` — validation against the vendored OMG BPMN 2.0 XSDs;
* :mod:`.export` — bytes and files (validated, atomic), and where the
  handbook offers them for download.

The Sphinx builder ``bpmn`` is :mod:`sopap.sphinxext.builders.bpmn`.
"""

from __future__ import annotations

from sopap.render.bpmn.export import (
    DOWNLOAD_DIR,
    BpmnExportError,
    bpmn_download_uri,
    to_bytes,
    write_all,
    write_profiles,
)
from sopap.render.bpmn.graph import process_id, task_id
from sopap.render.bpmn.profiles import DEFAULT_PROFILE, PROFILES

__all__ = [
    "DEFAULT_PROFILE",
    "DOWNLOAD_DIR",
    "PROFILES",
    "BpmnExportError",
    "bpmn_download_uri",
    "process_id",
    "task_id",
    "to_bytes",
    "write_all",
    "write_profiles",
]
