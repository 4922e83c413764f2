"""The server's garbage collection settings: set once it has started, undone when it stops."""

from __future__ import annotations

import gc

from bot import heap


def test_the_server_settles_the_heap_and_leaves_it_as_it_found_it() -> None:
    before = gc.get_threshold()
    heap.settle()
    try:
        assert gc.get_threshold()[0] == heap.YOUNG_THRESHOLD
        assert gc.get_freeze_count() > 0  # startup's objects are out of every later collection
    finally:
        heap.unsettle()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
