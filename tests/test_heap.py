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


def test_no_collection_runs_while_a_batch_is_processed_and_collection_is_back_after() -> None:
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(count)
    try:
        with heap.paused():
            assert not gc.isenabled()
            kept = [[n] for n in range(3 * gc.get_threshold()[0])]  # a batch's worth of live containers
            assert collections == []
        assert gc.isenabled()
        try:
            with heap.paused():
                raise RuntimeError("a failed batch")
        except RuntimeError:
            pass
        assert gc.isenabled()
        gc.disable()  # paused where collection was off already: left off
        with heap.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.callbacks.remove(count)
    del kept
