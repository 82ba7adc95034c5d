"""Per-document models kept pickled in the environment, loaded when asked for.

Sphinx loads its whole environment at the start of every build and writes
it back after every build that read something. With 500 SOPs the models
were most of it (some 30,000 small objects): loading, saving and freeing
them took about half a second of each incremental build, although such a
build shows the full model of one or two SOPs. Here each model is stored
as its own pickle and unpickled on first access; what other pages show of
every SOP is kept apart, small (:mod:`.ringkasan`).
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator, MutableMapping
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class LazyModels(MutableMapping[str, T], Generic[T]):
    """``docname -> object``, each pickled apart and unpickled when first read.

    An object set in this process is pickled when the environment is saved;
    one loaded from the saved environment keeps its bytes, so saving again
    costs nothing for the documents that were not read again.
    """

    __slots__ = ("_bytes", "_live")

    def __init__(self, items: dict[str, T] | None = None) -> None:
        self._bytes: dict[str, bytes | None] = {}  # None: set here, not pickled yet
        self._live: dict[str, T] = {}
        for key, value in (items or {}).items():
            self[key] = value

    def __getitem__(self, key: str) -> T:
        try:
            return self._live[key]
        except KeyError:
            data = self._bytes[key]  # KeyError for an unknown document
        value = self._live[key] = pickle.loads(data)  # type: ignore[arg-type]
        return value

    def __setitem__(self, key: str, value: T) -> None:
        self._bytes[key] = None
        self._live[key] = value

    def __delitem__(self, key: str) -> None:
        del self._bytes[key]
        self._live.pop(key, None)

    def discard(self, key: str) -> None:
        """Forget ``key`` without loading what it held."""
        self._bytes.pop(key, None)
        self._live.pop(key, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._bytes)

    def __len__(self) -> int:
        return len(self._bytes)

    def __contains__(self, key: object) -> bool:
        return key in self._bytes

    def __repr__(self) -> str:
        return f"LazyModels({len(self)} dokumen, {len(self._live)} dimuat)"

    def __getstate__(self) -> dict[str, bytes]:
        return {
            key: data if data is not None else pickle.dumps(self._live[key], pickle.HIGHEST_PROTOCOL)
            for key, data in self._bytes.items()
        }

    def __setstate__(self, state: dict[str, bytes]) -> None:
        self._bytes = dict(state)
        self._live = {}

    def __deepcopy__(self, memo: dict[int, Any]) -> LazyModels[T]:
        copy: LazyModels[T] = LazyModels()
        copy.__setstate__(self.__getstate__())
        return copy
