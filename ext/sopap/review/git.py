"""The few git operations review needs, through the ``git`` command.

Every function fails soft where history is optional (no git installed, a
tarball without ``.git``, a shallow clone): it returns nothing rather than
raising, and the caller says so. Only the explicit ``sopap diff REV`` turns
a missing revision into an error message.
"""

from __future__ import annotations

import io
import os
import subprocess
import tarfile
from dataclasses import dataclass, field
from pathlib import Path

#: git must never wait for a pager, an editor or credentials.
_ENV = {"GIT_PAGER": "cat", "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}


class GitError(Exception):
    """A git command failed; the message is Indonesian."""


def _git(repo: Path, *args: str, input: bytes | None = None) -> bytes:
    try:
        result = subprocess.run(
            ["git", "-C", str(repo), *args],
            input=input,
            capture_output=True,
            env={**os.environ, **_ENV},
            check=False,
        )
    except OSError as exc:
        raise GitError(f"git tidak dapat dijalankan ({exc.strerror or exc})") from exc
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(message[-1] if message else f"git {args[0]} gagal")
    return result.stdout


def toplevel(path: Path) -> Path | None:
    """The work tree holding ``path``, or None (no git, not a repository)."""
    try:
        out = _git(path, "rev-parse", "--show-toplevel")
    except GitError:
        return None
    return Path(out.decode("utf-8").strip())


def head_commit(path: Path) -> str | None:
    """The commit checked out (HEAD) where ``path`` is, or None (no git, no
    repository, no commit yet): one call, to tell whether history changed."""
    try:
        out = _git(path, "rev-parse", "--show-toplevel", "HEAD")
    except GitError:
        return None
    return out.decode("utf-8", "replace").strip() or None


def commit_of(repo: Path, spec: str) -> str | None:
    try:
        return _git(repo, "rev-parse", "--verify", "--quiet", f"{spec}^{{commit}}").decode().strip() or None
    except GitError:
        return None


def blob_of(repo: Path, spec: str) -> str | None:
    """The blob of ``REV:path``, or None (a ``^{blob}`` suffix would be read as part of the path)."""
    try:
        if _git(repo, "cat-file", "-t", spec).decode().strip() != "blob":
            return None
        out = _git(repo, "rev-parse", "--verify", "--quiet", spec).decode().strip()
    except GitError:
        return None
    return out or None


@dataclass(frozen=True, slots=True)
class FileChange:
    """One file touched by a commit (``git log --raw``)."""

    status: str  # A, M, D, R (rename), C (copy), T
    blob_lama: str
    blob_baru: str
    path_lama: str
    path_baru: str


@dataclass
class Commit:
    sha: str
    tanggal: str  # author date, ISO 8601
    penulis: str
    pesan: str
    ubahan: list[FileChange] = field(default_factory=list)


_NOL = "0" * 40


def log(repo: Path, paths: list[str]) -> list[Commit]:
    """Commits touching ``paths`` (newest first), with their blobs; [] on failure."""
    fmt = "%x1e%H%x1f%aI%x1f%an%x1f%s"
    try:
        out = _git(repo, "log", "--raw", "-M", "--no-abbrev", "--no-color", f"--format={fmt}", "--", *paths)
    except GitError:
        return []
    commits: list[Commit] = []
    for record in out.decode("utf-8", "replace").split("\x1e")[1:]:
        head, _, rest = record.partition("\n")
        sha, tanggal, penulis, pesan = (head.split("\x1f") + ["", "", "", ""])[:4]
        commit = Commit(sha, tanggal, penulis, pesan)
        for line in rest.splitlines():
            if not line.startswith(":"):
                continue
            meta, _, names = line.partition("\t")
            parts = meta.split()
            status = parts[4][0]
            files = names.split("\t")
            old_path = files[0]
            new_path = files[1] if len(files) > 1 else files[0]
            commit.ubahan.append(FileChange(status, parts[2], parts[3], old_path, new_path))
        commits.append(commit)
    return commits


def log_between(repo: Path, old: str, new: str, paths: list[str]) -> list[Commit]:
    """Commits after ``old`` up to ``new`` touching ``paths`` (newest first); [] on failure."""
    fmt = "%x1e%H%x1f%aI%x1f%an%x1f%s"
    try:
        out = _git(repo, "log", "--no-color", f"--format={fmt}", f"{old}..{new}", "--", *paths)
    except GitError:
        return []
    commits = []
    for record in out.decode("utf-8", "replace").split("\x1e")[1:]:
        sha, tanggal, penulis, pesan = (record.strip("\n").split("\x1f") + ["", "", "", ""])[:4]
        commits.append(Commit(sha, tanggal, penulis, pesan))
    return commits


def blobs(repo: Path, shas: list[str]) -> dict[str, bytes]:
    """Contents of blobs by sha, in one ``git cat-file --batch``."""
    wanted = [s for s in dict.fromkeys(shas) if s and s != _NOL]
    if not wanted:
        return {}
    try:
        out = _git(repo, "cat-file", "--batch", input=("\n".join(wanted) + "\n").encode())
    except GitError:
        return {}
    result: dict[str, bytes] = {}
    stream = io.BytesIO(out)
    for sha in wanted:
        header = stream.readline().decode().split()
        if len(header) < 3 or header[1] == "missing":
            continue
        size = int(header[2])
        result[sha] = stream.read(size)
        stream.read(1)  # the newline after each object
    return result


def hash_files(repo: Path, paths: list[Path]) -> list[str] | None:
    """The blob shas the files in the work tree would have, in one call."""
    if not paths:
        return []
    try:
        out = _git(repo, "hash-object", "--stdin-paths", input="".join(f"{p}\n" for p in paths).encode())
    except GitError:
        return None
    shas = out.decode().split()
    return shas if len(shas) == len(paths) else None


def extract(repo: Path, rev: str, tujuan: Path, paths: list[str] | None = None) -> None:
    """Write the tree of ``rev`` (or some of its paths) into ``tujuan``."""
    data = _git(repo, "archive", "--format=tar", rev, *(["--", *paths] if paths else []))
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(tujuan, filter="data")
