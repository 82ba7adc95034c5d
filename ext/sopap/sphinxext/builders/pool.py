"""Making corpus outputs in worker processes: the standard library's process pool.

Every lampiran, BPMN file and feature is a pure function of one SOP (and the
settings), so they can be made by several processes and the bytes are the
same whichever process made them. Workers are forked (not spawned): they
start with the model, the fonts and the libraries already loaded, and the
task is a function of this process, set before the fork, so nothing but the
SOP ids and the results crosses the pipe. An exception in a worker is raised
again here by the pool, with its message.

The heap is frozen (``gc.freeze``) before the fork, as CPython advises for
forked workers: otherwise every collection in a worker walks the millions of
objects of the inherited environment (and copies their pages by touching
them), which made a feature four times slower to make in a worker at 2,000
SOPs than in this process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Below this many items, this process makes them all (starting workers costs more).
MINIMUM = 8

_TASK: Callable | None = None


def processors() -> int:
    """The processors this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worker_count(setting: int, items: int) -> int:
    """Processes for ``items`` items: the setting, or with 0 one per processor;
    1 when there are few items or no fork on this system."""
    wanted = setting or processors()
    if items < MINIMUM or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(wanted, items))


_SETTLE = False


def _call(item):
    assert _TASK is not None
    made = _TASK(item)
    if _SETTLE:
        gc.collect(1)  # the item's own young cycles
        gc.freeze()  # what it left alive is never walked again
    return made


def in_workers(task: Callable[[T], R], items: Sequence[T], workers: int, *, settle: bool = False) -> Iterator[R]:
    """``task(item)`` for every item, in order, made by ``workers`` forked processes
    (here, when ``workers`` is 1).

    ``settle``: for a task whose worker keeps a growing cache (the Gherkin
    parser's transitions, the models it read), each worker freezes what an
    item left alive, so that the collector's full passes, which come more
    often as the heap grows, do not walk the cache again and again (a
    tenth of the features stage at 2,000 SOPs)."""
    if workers <= 1:
        for item in items:
            yield task(item)
        return
    global _TASK, _SETTLE
    _TASK, _SETTLE = task, settle
    chunk = max(1, min(8, len(items) // (workers * 8)))
    frozen = gc.get_freeze_count()
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(_call, items, chunk)
    finally:
        _TASK, _SETTLE = None, False
        if not frozen:  # what was frozen before stays frozen (sopap.sphinxext.gc_freeze)
            gc.unfreeze()
