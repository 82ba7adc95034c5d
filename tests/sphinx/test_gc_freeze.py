"""After a build its heap is frozen out of the collector; the next build thaws it first."""

from __future__ import annotations

import gc

import pytest


@pytest.mark.sphinx("html", testroot="valid", freshenv=True)
def test_build_freezes_its_heap_and_the_next_build_thaws_it(app, make_app):
    gc.unfreeze()  # whatever an earlier test left
    try:
        app.build()
        frozen = gc.get_freeze_count()
        assert frozen > 1000  # the environment and doctrees, not a handful of objects
        again = make_app("html", srcdir=app.srcdir)
        assert gc.get_freeze_count() == 0  # builder-inited: collectable again
        again.build()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
