"""The versions of one source file in git, newest first, across renames."""

from __future__ import annotations

from dataclasses import dataclass

from sopap.review.git import Commit


@dataclass(frozen=True, slots=True)
class Version:
    """One version of a source: a commit, or the uncommitted working copy."""

    commit: str | None  # None: the working copy, not committed yet
    tanggal: str  # author date (ISO 8601); empty for the working copy
    penulis: str
    pesan: str
    blob: str
    berkas: str  # path in the repository at that version

    @property
    def kunci(self) -> str:
        """Name of its redline page."""
        return self.commit[:12] if self.commit else "belum-commit"

    @property
    def tanggal_pendek(self) -> str:
        return self.tanggal[:10]


def file_versions(commits: list[Commit], path: str) -> list[Version]:
    """Versions of ``path`` (newest first), following renames backwards."""
    current = path
    result: list[Version] = []
    for commit in commits:  # newest first, as git log gives them
        change = next((u for u in commit.ubahan if u.path_baru == current), None)
        if change is None:
            continue
        if change.status == "D":
            break  # deleted here: what came before is another file of the same name
        result.append(Version(commit.sha, commit.tanggal, commit.penulis, commit.pesan, change.blob_baru, current))
        if change.status == "A":
            break
        if change.status in ("R", "C"):
            current = change.path_lama
    return result
