"""The two sides of ``sopap diff``: files, git revisions, REV:file, sopap/1 JSON.

A side is resolved in this order: an existing file (``.md`` source or
``.json`` export), ``REV:path`` naming a file at a git revision, a git
revision (the whole project at that commit, extracted with ``git archive``
into a temporary folder), or nothing given: the project's current sources.
Every source is read with the normal pipeline (:mod:`..muat`).
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sopap.errors import SopapError
from sopap.model import jsonformat
from sopap.model.sop import Sop
from sopap.review import git
from sopap.sphinxext.project import Project
from sopap.sphinxext.read import Reading, read_project, read_texts


@dataclass
class Side:
    """One side of a comparison: its SOPs and what went wrong reading them."""

    label: str
    sops: list[Sop] = field(default_factory=list)
    masalah: list[str] = field(default_factory=list)
    #: True when the side is one file (compared with the other side's SOP of
    #: the same id, or with the other single file whatever its id).
    satu_berkas: bool = False
    #: The git commit of a side read from git; "" for the working tree (its
    #: commits end at HEAD); None for a file outside git.
    commit: str | None = None


def _ringkas_masalah(bacaan: Reading) -> list[str]:
    out = []
    for docname, problems in sorted(bacaan.masalah.items()):
        if problems:
            first = problems[0]
            where = f"{docname}:{first.baris}" if first.baris else docname
            more = f" (dan {len(problems) - 1} masalah lain)" if len(problems) > 1 else ""
            out.append(f"{where}: {first.pesan}{more}")
    return out


def _shown(path: Path, root: Path) -> str:
    """A file as the author knows it: relative to the project, else to the
    current folder, else absolute."""
    for base in (root.resolve(), Path.cwd().resolve()):
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            continue
    return str(path)


def _berkas(path: Path, confdir: Path) -> Side:
    label = _shown(path, confdir)
    if path.suffix.lower() == ".json":
        try:
            corpus = jsonformat.corpus_from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise SopapError(f"{label}: bukan berkas sopap/1 yang dapat dibaca ({exc})") from exc
        return Side(label, list(corpus.sops))
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise SopapError(f"{label}: tidak dapat dibaca ({exc.strerror})") from exc
    bacaan = read_texts({path.stem: content}, confdir)
    side_of = Side(label, list(bacaan.sops.values()), _ringkas_masalah(bacaan), satu_berkas=True)
    if not side_of.sops:
        side_of.masalah.append(f"{label}: tidak memuat SOP yang dapat dibaca")
    return side_of


def _blob(repo: Path, spec: str, confdir: Path) -> Side:
    sha = git.blob_of(repo, spec)
    content = git.blobs(repo, [sha]).get(sha) if sha else None
    if content is None:
        raise SopapError(f"'{spec}' tidak ditemukan di git")
    name = Path(spec.partition(":")[2]).stem or "naskah"
    bacaan = read_texts({name: content}, confdir)
    rev = spec.partition(":")[0] or "HEAD"
    side_of = Side(
        f"git {spec}", list(bacaan.sops.values()), _ringkas_masalah(bacaan), satu_berkas=True,
        commit=git.commit_of(repo, rev),
    )
    if not side_of.sops:
        side_of.masalah.append(f"{spec}: tidak memuat SOP yang dapat dibaca")
    return side_of


def _revisi(repo: Path, rev: str, sha: str, project: Project) -> Side:
    prefix = project.root.relative_to(repo.resolve()) if project.root != repo.resolve() else Path()
    with tempfile.TemporaryDirectory(prefix="sopap-revisi-") as tmp:
        tree = Path(tmp) / "pohon"
        tree.mkdir()
        try:
            git.extract(repo, sha, tree)
        except git.GitError as exc:
            raise SopapError(f"revisi '{rev}' tidak dapat diambil dari git: {exc}") from exc
        root = tree / prefix
        if not (root / "conf.py").is_file():
            raise SopapError(f"revisi '{rev}' tidak memuat conf.py di {prefix.as_posix() or '.'}; bukan proyek sopap")
        bacaan = read_project(Project(root, build_dir=Path(tmp) / "_build"))
    # a git revision, not the SOPs' own 'revisi' (each SOP's is shown with its changes)
    label = f"git {rev} (commit {sha[:10]})" if not sha.startswith(rev) else f"git commit {sha[:10]}"
    return Side(label, list(bacaan.sops.values()), _ringkas_masalah(bacaan), commit=sha)


def working_tree(project: Project) -> Side:
    """The project's current sources (the working tree)."""
    bacaan = read_project(project)
    return Side("sumber saat ini", list(bacaan.sops.values()), _ringkas_masalah(bacaan), commit="")


def side_of(spec: str, project: Project) -> Side:
    """Resolve one argument of ``sopap diff`` and read it."""
    path = Path(spec)
    if path.is_file():
        return _berkas(path.resolve(), project.root)
    if path.is_dir():
        raise SopapError(f"'{spec}' adalah folder; beri berkas SOP (.md), berkas sopap/1 (.json) atau revisi git")
    repo = git.toplevel(project.root)
    if repo is not None:
        if ":" in spec and git.blob_of(repo, spec):
            return _blob(repo, spec, project.root)
        sha = git.commit_of(repo, spec)
        if sha:
            return _revisi(repo, spec, sha, project)
    where = "" if repo is not None else " (proyek ini bukan repositori git)"
    raise SopapError(
        f"'{spec}' bukan berkas yang ada, bukan revisi git, dan bukan REVISI:berkas{where}; "
        "contoh: sop_source/x.md, HEAD~1, main:sop_source/x.md"
    )
