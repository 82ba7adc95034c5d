"""What several tests share: paths, helpers, test implementations."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

#: The tests folder, the project's root and the small test projects.
TESTS = Path(__file__).resolve().parent.parent
PROJECT = TESTS.parent
ROOTS = TESTS / "roots"

#: The project whose corpus (sop_source/, features/, the matrix page) the
#: corpus-wide tests (marker ``korpus``) check: this one, or the copy named
#: by ``SOPAP_KORPUS`` (tests/e2e/test_any_corpus.py runs them on a copy with
#: one more SOP). They must hold for any valid corpus.
KORPUS = Path(os.environ.get("SOPAP_KORPUS") or PROJECT).resolve()

#: The frozen transcription of the 11 signed seed SOPs (tests/data/README.md):
#: what the seed-fidelity tests read, never the living sop_source/.
BENIH = TESTS / "data" / "benih"
#: The OCR text of the signed originals the seed was transcribed from.
SEED_OCR = TESTS / "data" / "seed-ocr.txt"


def session_dir(prefix: str) -> Path:
    """A temporary folder kept for this test process and removed when it ends."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder
