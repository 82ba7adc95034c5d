"""Revision history of each SOP from git, with a redline per version.

One ``git log`` for all source folders, one ``git cat-file`` for the blobs
not read before, one child process to read them (:mod:`.simpanan`): cheap
for big corpora and on rebuilds. Without git, outside a repository or for a
file git does not know, an SOP simply has no history beyond its current
version; nothing fails.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sopap.model.paraf import sidik_isi
from sopap.model.sop import Sop
from sopap.review import git
from sopap.review.diff.compare import compare_sop
from sopap.review.diff.result import SopDiff
from sopap.review.history.cache import ModelCache
from sopap.review.history.versions import Version, file_versions


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One version in an SOP's history and how it differs from the one before."""

    versi: Version
    sop: Sop | None  # None: this version could not be read
    perbandingan: SopDiff | None  # None for the oldest version known
    sebelumnya: Version | None = None  # the version it is compared with


@dataclass(frozen=True, slots=True)
class History:
    """An SOP's history, newest first; ``tersedia`` is False without git."""

    entri: tuple[HistoryEntry, ...]
    tersedia: bool
    terpotong: bool = False  # older versions exist beyond the limit


def collect_histories(
    srcdir: Path,
    docs: dict[str, tuple[Path, Sop]],
    simpanan: ModelCache,
    maks: int = 20,
) -> dict[str, History]:
    """History of every SOP document: ``{docname: Riwayat}``.

    ``docs`` maps a docname to its source file and its current model (the
    working copy, as the build read it).
    """
    repo = git.toplevel(srcdir)
    if repo is None or not docs:
        return {d: History((), False) for d in docs}
    repo = repo.resolve()
    rel: dict[str, str] = {}
    for docname, (path, _) in docs.items():
        try:
            rel[docname] = path.resolve().relative_to(repo).as_posix()
        except ValueError:
            continue
    folders = sorted({os.path.dirname(p) or "." for p in rel.values()})
    commits = git.log(repo, folders)
    versions: dict[str, list[Version]] = {}
    cut: dict[str, bool] = {}
    for docname, path in rel.items():
        found = file_versions(commits, path)
        cut[docname] = len(found) > maks
        versions[docname] = found[: maks + 1]  # one more: the oldest shown has its redline too
    heads = _working_blobs(repo, {d: docs[d][0] for d in rel})
    # a version identical to the working copy is the model the build just read
    blobs_needed = [v.blob for d, vs in versions.items() for v in vs if v.blob != heads.get(d)]
    cached_or_read = _models(repo, simpanan, blobs_needed)
    result: dict[str, History] = {}
    for docname in docs:
        if docname not in rel:
            result[docname] = History((), False)
            continue
        current = docs[docname][1]
        working = heads.get(docname)
        chain: list[tuple[Version, Sop | None]] = [
            (v, current if v.blob == working else cached_or_read.get(v.blob)) for v in versions[docname]
        ]
        if working is not None and (not chain or chain[0][0].blob != working):
            chain.insert(0, (Version(None, "", "", "perubahan yang belum di-commit", working, rel[docname]), current))
        entries = []
        for index, (versi, sop) in enumerate(chain):
            previous = chain[index + 1] if index + 1 < len(chain) else None
            compared = None
            if previous is not None and sop is not None and previous[1] is not None:
                compared = compare_sop(previous[1], sop)
            entries.append(HistoryEntry(versi, sop, compared, previous[0] if previous else None))
        shown = maks + (1 if chain and chain[0][0].commit is None else 0)
        result[docname] = History(tuple(entries[:shown]), True, cut[docname])
    return result


def approved_version(history: History, digests: set[str]) -> HistoryEntry | None:
    """The version whose content a paraf approved (for several paraf of
    different contents, the oldest of them: everything changed since)."""
    newest: dict[str, int] = {}
    for index, entri in enumerate(history.entri):  # newest first
        if entri.sop is not None and entri.versi.commit is not None:
            digest = sidik_isi(entri.sop)
            if digest in digests:
                newest.setdefault(digest, index)
    return history.entri[max(newest.values())] if newest else None


def _working_blobs(repo: Path, paths: dict[str, Path]) -> dict[str, str]:
    names = list(paths)
    shas = git.hash_files(repo, [paths[d] for d in names]) or []
    return dict(zip(names, shas))


def _models(repo: Path, simpanan: ModelCache, blobs: list[str]) -> dict[str, Sop | None]:
    result: dict[str, Sop | None] = {}
    missing = []
    for blob in dict.fromkeys(blobs):
        found, sop = simpanan.ambil(blob)
        if found:
            result[blob] = sop
        else:
            missing.append(blob)
    if missing:
        result.update(simpanan.muat(git.blobs(repo, missing)))
    return result
