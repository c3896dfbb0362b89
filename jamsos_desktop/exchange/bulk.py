"""Keeping Python's cyclic garbage collector out of bulk work.

An import holds ~1.5 million cell values and builds a few hundred thousand small objects
(values, problems, planned rows). Each of the collector's full passes walks every live
container, and allocation keeps triggering them: on a 100,000-row roster that was more than
half the validation time (~3 s of ~5.5 s). The import creates no reference cycles worth
collecting on the way (the objects it builds all stay alive until the plan is dropped), so
the collector is paused for the length of a phase and resumed afterwards; collection then
resumes on its normal schedule.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic collector inside the block (nestable, and safe when two threads
    import at once: the collector resumes when the last block ends, if it was on)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def without_gc(fn: Callable[P, R]) -> Callable[P, R]:
    """`fn` with the collector paused while it runs (see `gc_paused`)."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with gc_paused():
            return fn(*args, **kwargs)

    return wrapper
