"""Keeping a folder of corpus outputs up to date, one file at a time.

Every file a corpus builder writes is made from a few inputs: one SOP's
model (its fingerprint, :func:`~sopap.sphinxext.state.sidik_sop`), the
settings that file uses, and sopap's own code. A digest of them is the
file's *key*. The folder's manifest (``.sopap-keys``) records the key and
size of every file the builder wrote there; the next build makes again only
the files whose key changed, or that are missing or not of the recorded
size, keeps the others, and removes the files it wrote before and no longer
makes. A kept file holds the bytes a fresh build would write (its key covers
everything they are made from), so an incremental build ends with the folder
a fresh build makes, byte for byte (the manifest included).

New files are written into a staging folder beside the output and moved
into place only when every one of them was made: a failure leaves the
previous outputs as they were. Before the moves, the manifest loses the
entries of the files about to be replaced or removed, so an interrupted
update is completed (never trusted) by the next build.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from sopap.util import atomic, tree

#: The manifest in each output folder: ``<key> <size> <name>`` per file, by name.
MANIFEST = ".sopap-keys"
#: Lists of earlier versions (names only), still read once to remove what they wrote.
OLD_LISTS = (".sopap-lampiran", ".sopap-bpmn")
#: Prefix of the staging folder inside the output folder.
STAGING = ".sopap-baru-"


def digest(*parts: object) -> str:
    """A key: the digest of ``parts`` (texts, numbers; their order matters)."""
    h = hashlib.sha256()
    for part in parts:
        data = str(part).encode("utf-8")
        h.update(b"%d:" % len(data))
        h.update(data)
    return h.hexdigest()[:32]


def file_digest(path: Path | None) -> str:
    """The digest of a file's bytes (a logo), or '' for no file."""
    if path is None:
        return ""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:32]


def read_manifest(folder: Path) -> dict[str, tuple[str, int]]:
    """name -> (key, size) of the files recorded in ``folder``."""
    try:
        lines = (folder / MANIFEST).read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    entries: dict[str, tuple[str, int]] = {}
    for line in lines:
        parts = line.split(" ", 2)
        if len(parts) == 3 and parts[1].isdigit() and _safe(parts[2]):
            entries[parts[2]] = (parts[0], int(parts[1]))
    return entries


def write_manifest(folder: Path, entries: Mapping[str, tuple[str, int]]) -> None:
    atomic.write_text(
        folder / MANIFEST, "".join(f"{key} {size} {name}\n" for name, (key, size) in sorted(entries.items()))
    )


def _safe(name: str) -> bool:
    """A relative name inside the folder, without a hidden part."""
    parts = name.split("/")
    return bool(name) and all(p and not p.startswith(".") and p != ".." for p in parts)


def _old_names(folder: Path) -> set[str]:
    """Names the lists of earlier sopap versions recorded (removed when no longer made)."""
    names: set[str] = set()
    for list_name in OLD_LISTS:
        try:
            lines = (folder / list_name).read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        if list_name == ".sopap-bpmn":  # "<sop id> <key>": one file per profile folder
            ids = [line.split(" ", 1)[0] for line in lines if " " in line]
            names.update(p.relative_to(folder).as_posix() for i in ids for p in folder.glob(f"*/{i}.bpmn"))
        else:
            names.update(line for line in lines if _safe(line))
    return names


def _present(folder: Path) -> set[str]:
    """Names of the files in ``folder`` and its subfolders, hidden ones left out."""
    return {name for name in tree.files(folder, hidden=False) if _safe(name)}


class FolderUpdate:
    """One build's update of an output folder to the files of ``wanted`` (name -> key).

    ``needed`` lists what to make; each is written with :meth:`write` (or
    :meth:`copy_from`) into the staging folder; :meth:`commit` moves them
    into place, removes the files no longer made and writes the manifest.
    """

    def __init__(self, folder: Path, wanted: Mapping[str, str], owned: bool = False) -> None:
        self.folder = Path(folder)
        self.wanted = dict(wanted)
        self.previous = read_manifest(self.folder)
        self.old_names = _old_names(self.folder)
        if owned:  # the builder's own folder: whatever else is in it goes too
            self.old_names |= _present(self.folder)
        self.needed: list[str] = [name for name, key in self.wanted.items() if not self._current(name, key)]
        self.made: dict[str, int] = {}
        self._staging: Path | None = None
        # staging folders of an update that was interrupted
        for left in self.folder.glob(f"{STAGING}*") if self.folder.is_dir() else ():
            shutil.rmtree(left, ignore_errors=True)

    def _current(self, name: str, key: str) -> bool:
        recorded = self.previous.get(name)
        if recorded is None or recorded[0] != key:
            return False
        try:
            return os.stat(os.path.join(self.folder, name)).st_size == recorded[1]
        except OSError:
            return False

    @property
    def staging(self) -> Path:
        """The folder new files are written into (made on first use)."""
        if self._staging is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._staging = Path(tempfile.mkdtemp(prefix=STAGING, dir=self.folder))
        return self._staging

    def path_of(self, name: str) -> Path:
        """Where the current bytes of ``name`` are: staged this build, or in the folder."""
        return self.staging / name if name in self.made else self.folder / name

    def write(self, name: str, data: bytes) -> None:
        path = self.staging / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.made[name] = len(data)

    def note_written(self, name: str) -> None:
        """``name`` was written into :attr:`staging` by another process."""
        self.made[name] = (self.staging / name).stat().st_size

    def copy_from(self, name: str, source: Path) -> None:
        path = self.staging / name
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, path)
        self.made[name] = path.stat().st_size

    def discard(self) -> None:
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging = None

    def commit(self) -> None:
        """Move the new files into place, remove the ones no longer made, write the manifest."""
        missing = [name for name in self.needed if name not in self.made]
        if missing:
            raise RuntimeError(f"not made: {missing[:5]}")
        gone = (set(self.previous) | self.old_names) - set(self.wanted)
        kept = {n: e for n, e in self.previous.items() if n in self.wanted and n not in self.made}
        entries = {**kept, **{name: (self.wanted[name], size) for name, size in self.made.items()}}
        if self.made or gone or kept != self.previous:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_manifest(self.folder, kept)  # an interrupted update redoes what follows
        for name in sorted(self.made):
            target = self.folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(self.staging / name, 0o644)
            os.replace(self.staging / name, target)
        for name in sorted(gone):
            (self.folder / name).unlink(missing_ok=True)
        for folder in sorted({(self.folder / name).parent for name in gone}, reverse=True):
            if folder != self.folder and folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        if entries != self.previous or not (self.folder / MANIFEST).is_file():
            self.folder.mkdir(parents=True, exist_ok=True)
            write_manifest(self.folder, entries)
        for list_name in OLD_LISTS:
            (self.folder / list_name).unlink(missing_ok=True)
        self.discard()

    def __enter__(self) -> FolderUpdate:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()


def reuse(update: FolderUpdate, others: Iterable[Path]) -> list[str]:
    """Copy into ``update`` the needed files that another output folder of the
    same project already holds with the same key and size (the BPMN files of
    the handbook's downloads and of ``_build/bpmn`` are the same bytes);
    returns the names still to make."""
    sources = []
    for other in others:
        other = Path(other)
        if other.resolve() != update.folder.resolve():
            sources.append((other, read_manifest(other)))
    left = []
    for name in update.needed:
        key = update.wanted[name]
        for other, entries in sources:
            recorded = entries.get(name)
            path = other / name
            try:
                if recorded is not None and recorded[0] == key and path.stat().st_size == recorded[1]:
                    update.copy_from(name, path)
                    break
            except OSError:
                continue
        else:
            left.append(name)
    return left
