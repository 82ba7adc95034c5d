"""One fast walk of a folder tree: relative names, their stat results, the folders.

At city scale an output folder holds tens of thousands of files and every
build looks at each of them a few times; ``Path.rglob`` with a ``stat`` per
path spent most of a no-change build making ``Path`` objects. ``os.scandir``
hands over each entry's type without another system call.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass
class Tree:
    #: ``relative/posix/name -> stat`` of every file (links to files followed, as ``os.walk`` lists them)
    files: dict[str, os.stat_result] = field(default_factory=dict)
    #: relative names of the folders (links to folders not followed), parents before children
    folders: list[str] = field(default_factory=list)


def scan(root: str | os.PathLike[str], *, hidden: bool = True) -> Tree:
    """The files and folders under ``root``; ``hidden=False`` skips names and
    folders starting with a dot. A missing ``root`` is empty."""
    found = Tree()
    stack = [(os.fspath(root), "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            entries = os.scandir(folder)
        except (FileNotFoundError, NotADirectoryError):
            continue
        with entries:
            for entry in entries:
                if not hidden and entry.name.startswith("."):
                    continue
                name = prefix + entry.name
                try:
                    if entry.is_dir(follow_symlinks=False):
                        found.folders.append(name)
                        stack.append((entry.path, name + "/"))
                    elif entry.is_file():
                        found.files[name] = entry.stat()
                except FileNotFoundError:  # removed while we looked
                    continue
    return found


def files(root: str | os.PathLike[str], *, hidden: bool = True) -> dict[str, os.stat_result]:
    """``relative/posix/name -> stat`` of every file under ``root``."""
    return scan(root, hidden=hidden).files


__all__ = ["Tree", "files", "scan"]
