"""``sopap serve``: live preview for authors (sphinx-autobuild).

Builds the handbook into ``_build/serve/html``, serves it on a local port,
rebuilds when a source is saved and reloads the open browser tab, so a
staff member editing an SOP sees the official table as they type. Unlike
``sopap build`` it does not stop at warnings: the page is still shown, with
a banner listing every problem with its file and line (``sopap_preview``,
:mod:`sopap.sphinxext.html.preview`), and the warnings are printed in the
terminal in the words of ``sopap build``.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from sopap.cli.common import add_old_flag, add_project_option, project_from
from sopap.sphinxext.project import Project
from sopap.util.text import PlainText, colour_terminal

#: Folders of a project that are not handbook sources (relative to the root).
TIDAK_DIPANTAU = (
    "_build",
    ".venv",
    ".git",
    ".hypothesis",
    ".pytest_cache",
    "tests",
    "features",
    "benchmarks",
    "test-artifacts",
    "scripts",
)


def register(sub) -> None:
    parser = sub.add_parser(
        "serve",
        help="pratinjau langsung: bangun ulang saat berkas disimpan dan muat ulang peramban",
    )
    parser.add_argument("--port", type=int, default=8000, help="porta server (bawaan 8000; 0 = porta bebas)")
    parser.add_argument("--host", default="127.0.0.1", help="alamat server (bawaan 127.0.0.1, hanya komputer ini)")
    parser.add_argument("--open", action="store_true", help="buka peramban setelah pembangunan pertama")
    add_old_flag(parser, "--buka", "--open", dest="open", flag=True)
    add_project_option(parser)
    parser.set_defaults(func=run)


def autobuild_argv(project: Project, args: argparse.Namespace) -> list[str]:
    """Arguments for sphinx-autobuild (sources, output, Sphinx and server options)."""
    assert project.build_dir is not None
    out = project.build_dir / "serve"
    argv = [
        str(project.root),
        str(out / "html"),
        "-b", "html",
        "-d", str(out / "doctrees"),
        "-q",
        # the lampiran PDFs are not drawn for a preview: no links to files it lacks
        "-D", "sopap_lampiran_download=0",
        # every page shows the sources' problems, with file and line
        "-D", "sopap_preview=1",
        "--host", args.host,
        "--port", str(args.port),
    ]
    for name in TIDAK_DIPANTAU:
        argv += ["--ignore", str(Path(project.root, name))]
    argv += ["--re-ignore", r"(__pycache__|\.egg-info|~$|\.sw[px]$|\.tmp$)"]
    if args.open:
        argv.append("--open-browser")
    return argv


def run(args: argparse.Namespace) -> int:
    from sphinx_autobuild.__main__ import main as autobuild

    project = project_from(args)
    print(
        f"sopap: pratinjau langsung {project.root} di http://{args.host}:{args.port}/ "
        "(simpan berkas SOP untuk memperbarui halaman; Ctrl+C untuk berhenti)",
        flush=True,
    )
    if colour_terminal(sys.stdout):
        autobuild(autobuild_argv(project, args))
        return 0
    # sphinx-autobuild colours its own lines whatever the output is
    with contextlib.redirect_stdout(PlainText(sys.stdout)), contextlib.redirect_stderr(PlainText(sys.stderr)):
        autobuild(autobuild_argv(project, args))
    return 0
