"""Garbage collection settled for a long-running server.

Every event allocates short-lived objects by the thousand (drafts, replies, rows), and the default young
threshold of 700 runs a collection every few events, each of which also walks whatever startup left
(modules, models, catalogs: some 65,000 objects). Freezing what exists once the server has started takes
those out of every later collection, and a larger young threshold makes collections rare; reference counting
still frees nearly everything at once, only cycles wait a little longer. About 6 % of the engine path's
time at once (bench/engine.py).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

YOUNG_THRESHOLD = 20_000
_INTERPRETERS = gc.get_threshold()


def settle() -> None:
    """Call once startup is done, before serving."""
    gc.collect()
    gc.freeze()
    _young, middle, old = _INTERPRETERS
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def unsettle() -> None:
    """When the server stops: the interpreter's own settings again (the tests serve several times in one
    process, and what was frozen would otherwise never be collected)."""
    gc.unfreeze()
    gc.set_threshold(*_INTERPRETERS)


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No collection while a batch is processed: a thousand events' objects are all alive until the batch ends
    (a collection then walks them all and moves them to an older generation, for nothing), and reference
    counting frees them when it does. Cycles wait for the next collection after it."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
