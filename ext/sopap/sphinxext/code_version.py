"""The extension's own code as part of the build environment's version.

Sphinx keeps the pages of an incremental build until their sources change,
so after an upgrade of sopap (or a checkout of other code) the handbook
would keep pages drawn by the old code next to pages drawn by the new one.
Sphinx compares every extension's ``env_version`` with the one stored in the
pickled environment and reads and writes everything again when it differs.
Deriving that number from the bytes of the package's files (not their
times, which every checkout and reinstall touches) makes it change exactly
when the code does.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

#: Raise when the environment's data changes shape without any file of the
#: package changing (never so far: kept so the meaning of the old constant stays).
FORMAT = 2

PACKAGE = Path(__file__).resolve().parent.parent


def code_digest(root: Path) -> int:
    """A number that changes when any file under ``root`` is added, removed or edited."""
    digest = hashlib.sha256(str(FORMAT).encode())
    for path in sorted(root.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        data = path.read_bytes()
        name = path.relative_to(root).as_posix().encode()
        digest.update(b"%d:%s%d:" % (len(name), name, len(data)))
        digest.update(data)
    # Sphinx stores it as a plain int; 63 bits keep it a positive machine word
    return int.from_bytes(digest.digest()[:8], "big") >> 1 or 1


@functools.cache
def env_version() -> int:
    """This installation's number (once per process: a build reads it at set-up)."""
    return code_digest(PACKAGE)
