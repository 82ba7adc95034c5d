"""The architecture the README promises: layers imported one way only, no
Sphinx below the Sphinx layer, modules and functions of a readable size."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from support import PROJECT

PACKAGE = PROJECT / "ext" / "sopap"
#: Limits of docs/pengembangan.md.
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 120


def _lint_imports(config, pythonpath=None) -> subprocess.CompletedProcess:
    """import-linter in a child process: in this one it reconfigures logging
    (existing loggers, Sphinx's among them, would stay disabled)."""
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = str(pythonpath)
    code = (
        "import sys; from importlinter import cli; "
        f"sys.exit(cli.lint_imports(config_filename={str(config)!r}, no_cache=True, no_logo=True))"
    )
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=config.parent)


def test_import_contract_holds():
    """pyproject.toml's contracts (layers, no Sphinx below the Sphinx layer,
    the conformance contract and lint on the model only)."""
    done = _lint_imports(PROJECT / "pyproject.toml")
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_wrong_way_import_breaks_the_contract(tmp_path):
    """The contract does catch a wrong-way import (a copy of the package with one added)."""
    copy = tmp_path / "salinan"
    shutil.copytree(PACKAGE, copy / "sopap", ignore=shutil.ignore_patterns("__pycache__"))
    model = copy / "sopap" / "model" / "waktu.py"
    model.write_text(model.read_text(encoding="utf-8") + "\nfrom sopap.render.html import markup  # noqa\n")
    config = tmp_path / "pyproject.toml"
    config.write_text((PROJECT / "pyproject.toml").read_text(encoding="utf-8"), encoding="utf-8")
    done = _lint_imports(config, pythonpath=copy)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "sopap.model.waktu -> sopap.render.html" in done.stdout


