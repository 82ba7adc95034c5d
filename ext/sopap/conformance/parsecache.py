"""Parsed features kept between runs, so a run does not parse the Gherkin again.

The official Gherkin parser takes about as long as running the scenarios of
a kit against the reference engine; its result only depends on the file's
bytes, its path and the parser versions. So pytest-bdd's parse of each kit
feature is pickled in the user's cache folder (``$XDG_CACHE_HOME/sopap`` or
``~/.cache/sopap``), one file per feature path holding the SHA-256 of the
text it came from: a changed feature is parsed again, an unchanged one is
read back. Anything wrong with the cache (unwritable, corrupt, another
version) only means parsing as before.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any

from sopap.compat import pytest_bdd_internals

#: Environment variable that turns the cache off when set to ``0``.
ENV = "SOPAP_CACHE_FITUR"
#: Entries not read for this long are removed when a new one is written.
KEEP_SECONDS = 30 * 24 * 3600
_FORMAT = b"sopap-fitur-1"


@functools.cache  # a metadata lookup scans sys.path: once per process, not per feature
def _versions() -> bytes:
    parts = [_FORMAT, sys.version.encode()]
    for dist in ("pytest-bdd", "gherkin-official"):
        try:
            parts.append(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            parts.append(dist.encode())
    return b"\0".join(parts)


def cache_dir() -> Path | None:
    """Where parsed features are kept, or None when the cache is off."""
    if os.environ.get(ENV, "").strip() == "0":
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None
    return Path(base) / "sopap" / "fitur"


def get_feature(path: Path) -> Any:
    """pytest-bdd's ``Feature`` of ``path``, as ``pytest_bdd.feature.get_feature`` gives it."""
    bdd = pytest_bdd_internals()
    bdd_features = bdd.parsed_features
    full = os.path.abspath(path)
    feature = bdd_features.get(full)
    if feature:
        return feature
    folder = cache_dir()
    text = Path(full).read_bytes()
    digest = hashlib.sha256(text).hexdigest()
    entry = None
    if folder is not None:
        entry = folder / (hashlib.sha256(_versions() + b"\0" + full.encode()).hexdigest() + ".pickle")
        feature = _read(entry, digest)
    if feature is None:
        feature = bdd.FeatureParser(os.path.dirname(full), os.path.basename(full)).parse()
        # keep it only if the file did not change while it was parsed
        if entry is not None and Path(full).read_bytes() == text:
            _write(entry, digest, feature)
    bdd_features[full] = feature
    return feature


def _read(entry: Path, digest: str) -> Any:
    try:
        # a pickle runs code when read: only the user's own entries are read
        if hasattr(os, "getuid") and entry.stat().st_uid != os.getuid():
            return None
        stored, feature = pickle.loads(entry.read_bytes())
    except Exception:  # missing, unreadable, corrupt or from another version: parse instead
        return None
    if stored != digest or not isinstance(feature, pytest_bdd_internals().Feature):
        return None
    try:
        os.utime(entry)  # still in use: not removed as stale
    except OSError:
        pass
    return feature


def _write(entry: Path, digest: str, feature: Any) -> None:
    try:
        entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump((digest, feature), out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, entry)
        except BaseException:
            os.unlink(temporary)
            raise
        _prune(entry.parent)
    except Exception:  # a cache that cannot be written is no cache, not an error
        pass


def _prune(folder: Path) -> None:
    """Remove entries of features not run for :data:`KEEP_SECONDS` (temporary kits, old paths)."""
    limit = time.time() - KEEP_SECONDS
    for old in folder.iterdir():
        try:
            if old.stat().st_mtime < limit:
                old.unlink()
        except OSError:
            pass
