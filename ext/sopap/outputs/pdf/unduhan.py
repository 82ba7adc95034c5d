"""Copies of the lampiran in the HTML handbook, for its download links.

The HTML build only links them (``sopap_lampiran_unduh``); the lampiran are
drawn by the ``lampiran`` builder, which is not part of an HTML build (at
500 SOPs it would more than double it). So ``sopap build`` and ``sopap pdf``
put the files they have just written into ``<html>/_downloads/lampiran/``,
replacing the folder whole: a lampiran whose SOP was removed or renumbered
does not linger there.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from sopap.util import atomic
from sopap.outputs.pdf.urutan import UNDUH


def salin_ke_html(pdf: Path, names: Iterable[str], html: Path) -> Path:
    """Copy ``names`` from the folder ``pdf`` into the handbook at ``html``."""
    target = html / UNDUH
    with atomic.replace_dir(target) as staging:
        for name in names:
            shutil.copyfile(pdf / name, staging / name)
    return target
