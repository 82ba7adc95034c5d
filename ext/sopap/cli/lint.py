"""``sopap lint [PATH...]``: Permenpan RB 35/2012 and house rules, per finding.

PATH is a source file or folder of the project (default: every SOP source)
or a ``sopap/1`` JSON export. Each finding is ``berkas:baris: ATURAN
tingkat: pesan``. Exit codes: 0 no galat (with ``--strict``: no galat and no
peringatan), 1 otherwise, 2 a path that cannot be read.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
from pathlib import Path

from sopap.cli.common import (
    add_color_option,
    add_old_flag,
    add_project_option,
    choice,
    project_from,
    use_color,
)
from sopap.errors import SopapError
from sopap.lint import Finding, Severity, SourceLines, lint_sop, sort_findings
from sopap.lint import report as laporan
from sopap.lint.source_problems import findings_from_problems
from sopap.model import jsonformat
from sopap.render.html.redline import css
from sopap.render.html.review.lint import lint_page
from sopap.sphinxext.project import Project
from sopap.sphinxext.state import sop_data
from sopap.util import atomic


def register(sub) -> None:
    parser = sub.add_parser(
        "lint",
        help="periksa SOP terhadap Permenpan RB 35/2012 dan aturan rumah (berkas:baris, aturan, tingkat)",
        description="Memeriksa sumber SOP (atau ekspor sopap/1 .json) dan melaporkan setiap temuan "
        "dengan berkas:baris, kode aturan, tingkat (galat, peringatan, saran) dan pesan. Keluar 1 bila "
        "ada galat (dengan --strict: juga bila ada peringatan).",
    )
    parser.add_argument("paths", metavar="PATH", nargs="*", help="berkas atau folder sumber, atau berkas .json sopap/1")
    parser.add_argument("--strict", action="store_true", help="peringatan juga membuat perintah keluar dengan kode 1")
    add_old_flag(parser, "--ketat", "--strict", dest="strict", flag=True)
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        type=choice({"text": "text", "json": "json"}, {"teks": "text"}),
        help="bentuk keluaran (bawaan: text)",
    )
    parser.add_argument("--html", metavar="BERKAS", default=None, help="tulis juga halaman HTML temuan ke BERKAS")
    add_color_option(parser, "warna tingkat di terminal")
    add_project_option(parser)
    parser.set_defaults(func=run)


def _json_temuan(path: Path) -> list[Finding]:
    try:
        corpus = jsonformat.corpus_from_dict(json.loads(path.read_text(encoding="utf-8")))
    except OSError as exc:
        raise SopapError(f"{path}: tidak dapat dibaca ({exc.strerror})") from exc
    except (ValueError, KeyError, TypeError) as exc:
        rule = "SM01"
        return [Finding(rule, Severity.GALAT, f"bukan berkas sopap/1 yang sah: {exc}", str(path))]
    found: list[Finding] = []
    for index, sop in enumerate(corpus.sops):
        peta = SourceLines(f"{path} (sops[{index}] {sop.id})")
        found += lint_sop(sop, peta, dari_sumber=False)
    return found


def _project_temuan(project: Project) -> tuple[dict[str, list[Finding]], set[str]]:
    """Findings per source file of the whole project, and the SOP source files.

    The sources are read afresh (not from the build cache): Sphinx reports
    a file's MyST and docutils warnings only when it reads the file.
    """
    with tempfile.TemporaryDirectory(prefix="sopap-lint-") as tmp:
        fresh = Project(project.root, build_dir=Path(tmp))
        result = fresh.run("sopap-model", Path(tmp) / "model", strict=False, warning_stream=io.StringIO())
    app = result.app
    data = sop_data(app.env)
    files = {docname: str(app.env.doc2path(docname, False)) for docname in app.env.found_docs}
    folder = (app.config.sopap_source_dir or "").strip("/")
    sop_files = {
        berkas
        for docname, berkas in files.items()
        if docname in data.sops or (folder and docname.startswith(folder + "/"))
    }
    per_file: dict[str, list[Finding]] = {}
    for docname, berkas in files.items():
        sop = data.sops.get(docname)
        found = list(findings_from_problems(berkas, data.masalah.get(docname, ()), sop.id if sop else ""))
        found += data.temuan.get(docname, [])
        per_file[berkas] = found
    known = {(t.berkas, t.baris, t.pesan) for found in per_file.values() for t in found}
    known |= {(t.berkas, t.baris, f"{t.aturan}: {t.pesan}") for found in per_file.values() for t in found}
    handler = data.scratch.warnings
    for path, line, message in handler.items if handler is not None else ():
        if (path, line, message) in known or not path:
            continue
        known.add((path, line, message))
        per_file.setdefault(path, []).append(Finding("SM01", Severity.GALAT, message, path, line))
    return per_file, sop_files


def _select(per_file: dict[str, list[Finding]], project: Project, paths: list[Path]) -> dict[str, list[Finding]]:
    chosen: dict[str, list[Finding]] = {}
    for path in paths:
        try:
            rel = path.resolve().relative_to(project.root)
        except ValueError as exc:
            raise SopapError(f"{path}: di luar proyek {project.root}; beri --project FOLDER proyeknya") from exc
        matched = [f for f in per_file if Path(f) == rel or rel == Path(".") or rel in Path(f).parents]
        if not matched:
            raise SopapError(f"{path}: bukan sumber buku pegangan (tidak dibaca oleh conf.py proyek ini)")
        for name in matched:
            chosen[name] = per_file[name]
    return chosen


def run(args: argparse.Namespace) -> int:
    project = project_from(args)
    paths = [Path(p) for p in args.paths]
    for path in paths:
        if not path.exists():
            raise SopapError(f"{path}: tidak ada")
    json_paths = [p for p in paths if p.is_file() and p.suffix.lower() == ".json"]
    source_paths = [p for p in paths if p not in json_paths]
    found: list[Finding] = []
    checked = 0
    for path in json_paths:
        found += _json_temuan(path)
        checked += 1
    if source_paths or not json_paths:
        per_file, sop_files = _project_temuan(project)
        if source_paths:
            per_file = _select(per_file, project, source_paths)
        else:  # every SOP source, and any other page with a finding
            per_file = {f: v for f, v in per_file.items() if f in sop_files or v}
        for items in per_file.values():
            found += items
        checked += len(per_file)
    found = sort_findings(found)
    if args.format == "json":
        sys.stdout.write(laporan.json_text(found))
    else:
        sys.stdout.write(laporan.teks(found, checked, warna=use_color(args.color)))
    if args.html:
        _write_html(Path(args.html), found)
    worst = {t.tingkat for t in found}
    if Severity.GALAT in worst or (args.strict and Severity.PERINGATAN in worst):
        return 1
    return 0


def _write_html(path: Path, found: list[Finding]) -> None:
    by_sop: dict[str, list[Finding]] = {}
    for item in found:
        by_sop.setdefault(item.sop or item.berkas, []).append(item)
    per_sop = [(key, key, items, None, lambda n: None) for key, items in by_sop.items()]
    body = lint_page(per_sop, [])
    page = (
        '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>Temuan lint SOP</title>'
        f"<style>{css()}\nbody{{font-family:'Liberation Sans',Arial,sans-serif;max-width:70rem;margin:2rem auto;"
        "padding:0 1rem}</style></head>"
        f"<body><h1>Temuan lint SOP</h1>{body}</body></html>\n"
    )
    atomic.write_text(path, page)
    print(f"sopap: halaman HTML temuan ditulis ke {path}")
