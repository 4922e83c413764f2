"""Garbage collection settled for a long-running server.

Every event allocates short-lived objects by the thousand (drafts, replies, rows), and the default young
threshold of 700 runs a collection every few events, each of which also walks whatever startup left
(modules, models, catalogs: some 65,000 objects). Freezing what exists once the server has started takes
those out of every later collection, and a larger young threshold makes collections rare; reference counting
still frees nearly everything at once, only cycles wait a little longer. About 6 % of the engine path's
time at once (bench/engine.py).
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 20_000


def settle() -> None:
    """Call once startup is done, before serving."""
    gc.collect()
    gc.freeze()
    _young, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
