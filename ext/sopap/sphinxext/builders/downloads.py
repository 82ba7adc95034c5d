"""Downloads offered by the handbook: the links from a page to an SOP's
lampiran PDF and BPMN files, and the copies of the lampiran.

The HTML build only links the lampiran (``sopap_lampiran_download``); the lampiran are
drawn by the ``lampiran`` builder, which is not part of an HTML build (at
500 SOPs it would more than double it). So ``sopap build`` and ``sopap pdf``
put the files they have just written into ``<html>/_downloads/lampiran/``:
a file is copied again only when its key (the lampiran builder's manifest,
:mod:`.incremental`) changed, and whatever else is in the folder goes, so a
lampiran whose SOP was removed or renumbered does not linger there.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sphinx.util.osutil import relative_uri

from sopap.render.bpmn.export import bpmn_download_uri

#: Where the handbook keeps copies of the lampiran (``sopap_lampiran_download``).
LAMPIRAN_DOWNLOADS = "_downloads/lampiran"


def copy_to_html(pdf: Path, names: Iterable[str], html: Path) -> Path:
    """Copy ``names`` from the folder ``pdf`` into the handbook at ``html``."""
    from sopap.sphinxext.builders.incremental import FolderUpdate, digest, file_digest, read_manifest

    target = html / LAMPIRAN_DOWNLOADS
    keys = read_manifest(pdf)
    wanted = {name: keys[name][0] if name in keys else digest("salinan", file_digest(pdf / name)) for name in names}
    with FolderUpdate(target, wanted, owned=True) as update:
        for name in update.needed:
            update.copy_from(name, pdf / name)
    return target


def lampiran_href(builder, docname: str, berkas: str) -> str:
    """Link from the handbook page ``docname`` to the copy of the lampiran file ``berkas``."""
    return relative_uri(builder.get_target_uri(docname), f"{LAMPIRAN_DOWNLOADS}/{berkas}")


def bpmn_download_href(builder: Any, docname: str, sop_id: str, profile: str = "camunda8") -> str:
    """Link from the page ``docname`` to an SOP's BPMN file (for ``href``)."""
    return relative_uri(builder.get_target_uri(docname), bpmn_download_uri(sop_id, profile))
