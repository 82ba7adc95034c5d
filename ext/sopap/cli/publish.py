"""A failed strict HTML build never leaves a handbook that looks valid.

Sphinx writes pages in place (incremental builds need the previous ones),
so a build that fails on a warning has already written every page, from
sources with problems. ``sopap build`` then moves the folder to
``_build/html-gagal/`` with ``GAGAL.txt`` listing the warnings: authors can
still look at what was drawn, but ``_build/html`` only ever holds a
handbook built without a warning, and nothing half-valid gets published.
The next build takes the folder back as its starting point, so it stays
incremental.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from sopap.util import atomic

CATATAN = "GAGAL.txt"


def failed_folder(out: Path) -> Path:
    return out.with_name(out.name + "-gagal")


def before_build(out: Path) -> None:
    """Before a build: start from the pages of the last (failed) build."""
    failed = failed_folder(out)
    if not failed.exists():
        return
    if out.exists():
        shutil.rmtree(failed)
        return
    os.replace(failed, out)
    (out / CATATAN).unlink(missing_ok=True)


def after_failure(out: Path, warnings: list[str]) -> Path:
    """After a failed build: move the pages aside with the reason; returns their folder."""
    failed = failed_folder(out)
    shutil.rmtree(failed, ignore_errors=True)
    if out.exists():
        os.replace(out, failed)
    text = (
        "Buku pegangan di folder ini dibangun dari sumber yang bermasalah dan TIDAK SAH: jangan\n"
        "diterbitkan. Perbaiki setiap peringatan di bawah lalu jalankan `sopap build` lagi; buku\n"
        f"pegangan yang sah ditulis ke {out.name}/.\n\n" + "\n".join(warnings) + "\n"
    )
    atomic.write_text(failed / CATATAN, text)
    return failed
