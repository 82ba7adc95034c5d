"""``sopap build``: everything that exists, into ``_build/``.

Only orchestration: each step runs one Sphinx builder (``html``,
``sopap-json``, ``lampiran``, ``bpmn``, ``sopap-features``), the same files
``sphinx-build -b NAME`` writes. Steps run in order and each is strict: a
warning anywhere fails the build (exit 1) and the later steps are skipped,
so no output is made from a source with problems.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from sopap.cli import publish as gagal
from sopap.cli.bpmn import step_bpmn
from sopap.cli.common import add_project_option, project_from
from sopap.cli.features import step_features
from sopap.cli.pdf import step_pdf
from sopap.sphinxext.project import Project

Step = Callable[[Project, argparse.Namespace], int]


def step_html(project: Project, args: argparse.Namespace) -> int:
    out = project.build_dir / "html"
    gagal.before_build(out)
    result = project.run("html", out, parallel=args.jobs)
    if result.ok:
        return 0
    failed = gagal.after_failure(out, result.warnings)
    print(
        f"sopap: halaman dari sumber bermasalah dipindahkan ke {failed} (lihat {gagal.CATATAN}); "
        f"{out} tidak berisi buku pegangan yang sah",
        file=sys.stderr,
    )
    return 1


def step_json(project: Project, args: argparse.Namespace) -> int:
    return 0 if project.run("sopap-json", project.build_dir / "json").ok else 1


#: (name shown to the user, function). Order matters: HTML reads the sources.
STEPS: list[tuple[str, Step]] = [
    ("buku pegangan HTML (_build/html)", step_html),
    ("ekspor JSON (_build/json/sopap.json)", step_json),
    ("lampiran PDF (_build/pdf)", step_pdf),
    ("ekspor BPMN (_build/bpmn)", step_bpmn),
    ("fitur uji kesesuaian (features/)", step_features),
]


def register(sub) -> None:
    parser = sub.add_parser("build", help="bangun semua keluaran ke _build/ (HTML, PDF, fitur, JSON)")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="jumlah proses Sphinx (bawaan 1)")
    add_project_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    project = project_from(args)
    for name, step in STEPS:
        started = time.perf_counter()
        print(f"sopap: membangun {name} ...", flush=True)
        code = step(project, args)
        if code:
            print(f"sopap: GAGAL pada {name}; langkah berikutnya dilewati", file=sys.stderr)
            return code
        print(f"sopap: selesai {name} ({time.perf_counter() - started:.1f} d)", flush=True)
    print("sopap: semua keluaran selesai dibangun")
    return 0
