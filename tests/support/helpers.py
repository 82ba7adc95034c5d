"""Small helpers for tests (not fixtures)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def warnings_of(app) -> list[str]:
    """Warning lines of a sphinx.testing app, colour codes removed."""
    text = _ANSI.sub("", app.warning.getvalue())
    return [line for line in text.splitlines() if "WARNING" in line or "PERINGATAN" in line]


def line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    """1-based line number of the n-th line containing ``needle``."""
    seen = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not found in {path}")


def copy_root(rootdir: Path, sphinx_test_tempdir: Path, name: str, target: str) -> Path:
    """A fresh copy of the test root ``name`` (a project to edit and build again)."""
    srcdir = sphinx_test_tempdir / target
    shutil.rmtree(srcdir, ignore_errors=True)
    shutil.copytree(rootdir / name, srcdir)
    return srcdir


def rebuilt(make_app, srcdir: Path, edit) -> tuple[object, set[str]]:
    """Build, call ``edit``, build again: (app, pages written again, by name without .html)."""
    first = make_app("html", srcdir=srcdir)
    first.build()
    first.cleanup()
    before = {p: p.stat().st_mtime_ns for p in srcdir.joinpath("_build", "html").glob("*.html")}
    edit()
    again = make_app("html", srcdir=srcdir)
    again.build()
    written = {p.stem for p, mtime in before.items() if p.stat().st_mtime_ns != mtime}
    return again, written


def seed_handbook(folder: Path) -> Path:
    """The handbook with the frozen seed's SOPs (tests/data/benih) and this
    project's configuration and docs pages: a whole handbook of known SOPs,
    for tests that search for their words, whatever sop_source/ holds."""
    from support import BENIH, PROJECT

    root = folder / "buku-benih"
    ignored = shutil.ignore_patterns(
        ".git", ".venv", "_build", "node_modules", "test-artifacts", "__pycache__", "*.egg-info", "tests", "benchmarks"
    )
    shutil.copytree(PROJECT, root, ignore=ignored)  # the docs pages include files of the package
    shutil.rmtree(root / "sop_source")
    shutil.copytree(BENIH / "sop_source", root / "sop_source")
    return root
