"""A git project with two revisions of one SOP (not fixtures).

``tests/roots/test-revisi/versi/lama.md`` is committed as revision 0, then
``versi/baru.md`` as revision 1: the known changes the redline tests expect.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from support import TESTS

ROOT = TESTS / "roots" / "test-revisi"
LAMA, BARU = ROOT / "versi" / "lama.md", ROOT / "versi" / "baru.md"
SUMBER = Path("sop_source") / "sop-revisi.md"


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-c", "user.name=Uji", "-c", "user.email=uji@contoh.invalid", "-C", str(repo), *args],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def buat_repo(folder: Path) -> Path:
    root = folder / "proyek"
    shutil.copytree(ROOT, root)
    source = root / SUMBER
    source.write_bytes(LAMA.read_bytes())
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-qm", "SOP revisi 0")
    source.write_bytes(BARU.read_bytes())
    git(root, "commit", "-qam", "Revisi 1: waktu pemeriksaan 9 hari")
    return root
