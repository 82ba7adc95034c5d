"""Models of old versions, read once and kept by blob.

Reading an old version means running the whole pipeline on it. That is done
in a separate process (a Sphinx run inside the handbook's own build would
take over its logging), for all the versions not read before at once, and
the model is kept as ``sopap/1`` JSON under the build's doctree folder. The
key is the blob, the ``conf.py`` and the reading code: any change to those
reads again.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

from sopap.model import jsonformat
from sopap.model.sop import Sop
from sopap.util import atomic
from sopap.version import __version__

#: Packages whose code decides what a source means.
_KODE = ("model", "parsing", "sphinxext")


@cache
def code_key() -> str:
    root = Path(__file__).resolve().parents[2]
    digest = hashlib.sha1(__version__.encode())
    for package in _KODE:
        for path in sorted((root / package).rglob("*.py")):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class ModelCache:
    """Blob sha -> model (or None: the version could not be read)."""

    def __init__(self, folder: Path, confdir: Path) -> None:
        self.folder = folder
        self.confdir = confdir
        conf = confdir / "conf.py"
        conf_bytes = conf.read_bytes() if conf.is_file() else b""
        self._kunci = hashlib.sha1(conf_bytes + code_key().encode()).hexdigest()[:16]

    def _path(self, blob: str) -> Path:
        return self.folder / f"{blob}-{self._kunci}.json"

    def ambil(self, blob: str) -> tuple[bool, Sop | None]:
        """(found, model)."""
        path = self._path(blob)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False, None
        return True, None if data is None else jsonformat.sop_from_dict(data)

    def muat(self, naskah: dict[str, bytes]) -> dict[str, Sop | None]:
        """Models of the given blobs, reading the ones not kept yet."""
        result: dict[str, Sop | None] = {}
        missing: dict[str, bytes] = {}
        for blob, content in naskah.items():
            found, sop = self.ambil(blob)
            if found:
                result[blob] = sop
            else:
                missing[blob] = content
        if missing:
            for blob, data in read_apart(missing, self.confdir).items():
                atomic.write_text(self._path(blob), json.dumps(data, ensure_ascii=False))
                result[blob] = None if data is None else jsonformat.sop_from_dict(data)
        return result


def read_apart(naskah: dict[str, bytes], confdir: Path) -> dict[str, dict | None]:
    """Read sources in a child process; ``{name: sopap/1 SOP or None}``."""
    with tempfile.TemporaryDirectory(prefix="sopap-riwayat-") as tmp:
        masuk, keluar = Path(tmp) / "masuk.json", Path(tmp) / "keluar.json"
        masuk.write_text(
            json.dumps({name: content.decode("utf-8", "replace") for name, content in naskah.items()}),
            encoding="utf-8",
        )
        subprocess.run(
            [sys.executable, "-m", "sopap.sphinxext.read_child", str(confdir), str(masuk), str(keluar)],
            check=True,
            capture_output=True,
        )
        return json.loads(keluar.read_text(encoding="utf-8"))
