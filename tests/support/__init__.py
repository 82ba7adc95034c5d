"""What several tests share: paths, helpers, test implementations."""

from __future__ import annotations

from pathlib import Path

#: The tests folder, the project's root and the small test projects.
TESTS = Path(__file__).resolve().parent.parent
PROJECT = TESTS.parent
ROOTS = TESTS / "roots"
