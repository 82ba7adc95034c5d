"""A conformance kit: a folder of ``.feature`` files and the SOPs they test.

``sopap features`` writes the kit (``features/`` in the project): one
``<sop-id>.feature`` per SOP and ``sopap.json``, the SOPs in the ``sopap/1``
format. The suite deploys the SOPs from that JSON, so a kit runs without the
project's sources or a build.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sopap.model import jsonformat
from sopap.model.sop import Sop

#: The kit's folder in a project, where ``sopap features`` writes and ``sopap conform`` reads.
FOLDER = "features"
#: Name of the SOP file next to the features.
KIT_JSON = "sopap.json"
#: Second line of every generated feature; marks a file as part of a kit.
KIT_MARK = "# sopap: fitur uji kesesuaian"


class KitError(ValueError):
    """The kit is incomplete or unreadable; the message is Indonesian."""


@dataclass(frozen=True)
class Kit:
    folder: Path
    data: dict[str, Any]
    sops: dict[str, Sop]

    def sop(self, sop_id: str) -> Sop:
        try:
            return self.sops[sop_id]
        except KeyError:
            raise KitError(f"SOP '{sop_id}' tidak ada di {self.folder / KIT_JSON}") from None

    def document_for(self, sop_id: str) -> dict[str, Any]:
        """A ``sopap/1`` document holding only this SOP, as the JSON gives it."""
        for raw in self.data["sops"]:
            if raw.get("id") == sop_id:
                return {"format": self.data["format"], "keputusan": self.data.get("keputusan", {}), "sops": [raw]}
        raise KitError(f"SOP '{sop_id}' tidak ada di {self.folder / KIT_JSON}")


def is_kit_feature(path: Path) -> bool:
    """True for a ``.feature`` that ``sopap features`` wrote (cheap check)."""
    if path.suffix != ".feature":
        return False
    try:
        with path.open(encoding="utf-8") as handle:
            head = [handle.readline() for _ in range(3)]
    except (OSError, UnicodeDecodeError):
        return False
    return any(line.rstrip("\n") == KIT_MARK for line in head)


def load_kit(folder: Path) -> Kit:
    path = _kit_json(str(folder))
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise KitError(
            f"{path} tidak ditemukan: fitur uji kesesuaian membutuhkan {KIT_JSON} di folder yang sama "
            "(dibuat oleh `sopap features`)"
        ) from None
    return _load(path, mtime)


@lru_cache(maxsize=64)
def _kit_json(folder: str) -> Path:
    """The absolute path of a folder's kit JSON (resolved once: every scenario asks)."""
    return Path(folder).resolve() / KIT_JSON


@lru_cache(maxsize=8)
def _load(path: Path, mtime: int) -> Kit:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        corpus = jsonformat.corpus_from_dict(data)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KitError(f"{path} tidak dapat dibaca sebagai format {jsonformat.FORMAT}: {exc}") from exc
    return Kit(path.parent, data, {sop.id: sop for sop in corpus.sops})
