"""Corpus outputs made by forked workers: the same results in order, and the
heap frozen only while the workers run (sopap.sphinxext.builders.pool)."""

from __future__ import annotations

import gc
import os

import pytest

from sopap.sphinxext.builders import pool


def _worker_sees(item: int) -> tuple[int, int, int]:
    return item * item, os.getpid(), gc.get_freeze_count()


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="tanpa fork")
def test_workers_give_every_result_in_order_from_a_frozen_heap():
    heap = [[i] for i in range(50_000)]  # long-lived objects of this process, as an environment
    gc.unfreeze()
    results = list(pool.in_workers(_worker_sees, list(range(40)), 2))
    assert [r[0] for r in results] == [i * i for i in range(40)]
    assert {r[1] for r in results} - {os.getpid()}  # made in other processes
    # the workers' collections do not walk what they inherited ...
    assert all(r[2] >= len(heap) for r in results)
    # ... and this process collects as before once they are done
    assert gc.get_freeze_count() == 0


def test_what_was_frozen_before_stays_frozen():
    gc.freeze()
    try:
        assert [r[0] for r in pool.in_workers(_worker_sees, list(range(20)), 2)] == [i * i for i in range(20)]
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
