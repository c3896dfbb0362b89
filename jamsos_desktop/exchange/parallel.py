"""A second process for the CPU-bound part of a big import (the rows' validation and
matching), so that a 2-core office PC works on both ends of a roster at once.

    helper = BlockHelper(make_worker, (recipe, db_path))  # spawn: same on Windows, frozen
    helper.give(start, rows[start:stop])   # pickled here, written by a sender thread
    for start, result in helper.poll():    # what is ready, without waiting
        ...
    helper.close()                         # always (also on Cancel or error): ends the child

`make_worker(*args)` runs in the child and returns the function applied to each block:
`work(start, block) -> result`. It must be a module-level function (spawn pickles it by
name). The child starts from a fresh interpreter ("spawn" everywhere: `fork` is unsafe in a
process with GUI threads and does not exist on Windows; a frozen program handles the child
through `multiprocessing.freeze_support()` in `jamsos_desktop.__main__`).

Blocks go out as the parent decides (it keeps the front of the roster for itself and hands
the back out a block or two ahead), so the split follows the real speed of each side. The
parent pays for pickling what it sends (~5 µs a raw row) and for unpickling what comes back
(~1–2 µs a row): far less than validating a row (~20 µs). A child that fails or dies only
costs time: `failed` is set and every block not returned is reported by `unfinished`, for the
parent to do itself.
"""

from __future__ import annotations

import gc
import multiprocessing
import pickle
import queue
import threading
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from typing import Any

_STOP = b""


def _child(conn: Connection, make_worker: Callable[..., Callable[[int, Any], Any]],
           args: tuple[Any, ...]) -> None:
    gc.disable()  # a block's objects live until sent; see exchange.bulk for why
    try:
        work = make_worker(*args)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which carries on
        conn.send_bytes(pickle.dumps((None, None, repr(exc))))
        return
    while True:
        try:
            message = conn.recv_bytes()
        except (EOFError, OSError):
            return  # the parent is gone
        if message == _STOP:
            return
        start, block = pickle.loads(message)
        del message
        try:
            reply = pickle.dumps((start, work(start, block), None), pickle.HIGHEST_PROTOCOL)
        except BaseException as exc:  # noqa: BLE001 - the parent redoes the block itself
            reply = pickle.dumps((start, None, repr(exc)))
        del block
        conn.send_bytes(reply)
        del reply


class BlockHelper:
    """One child process working on the blocks it is given (see the module note)."""

    def __init__(self, make_worker: Callable[..., Callable[[int, Any], Any]],
                 args: tuple[Any, ...]) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child_end = ctx.Pipe(duplex=True)
        self._process = ctx.Process(target=_child, args=(child_end, make_worker, args),
                                    name="jamsos-impor", daemon=True)
        self._outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._pending: set[int] = set()
        self.failed = False
        self.error: str | None = None
        self._process.start()
        child_end.close()
        # Writing blocks while the child is busy would stall the parent on a full pipe: a
        # thread does the writing (it waits outside the GIL).
        self._sender = threading.Thread(target=self._send_loop, name="jamsos-impor-kirim",
                                        daemon=True)
        self._sender.start()

    def _send_loop(self) -> None:
        while (message := self._outbox.get()) is not None:
            try:
                self._conn.send_bytes(message)
            except (OSError, ValueError):
                return  # the child is gone: `poll` notices and reports it

    @property
    def pending(self) -> int:
        return len(self._pending)

    def give(self, start: int, block: Any) -> None:
        if self.failed:
            raise RuntimeError("helper process failed")
        self._pending.add(start)
        self._outbox.put(pickle.dumps((start, block), pickle.HIGHEST_PROTOCOL))

    def poll(self, timeout: float = 0.0) -> Iterator[tuple[int, Any]]:
        """(start, result) of each block finished so far; waits up to `timeout` seconds
        for the first. On failure sets `failed` and yields nothing more."""
        if self.failed or not self._pending:
            return
        wait = timeout
        while self._pending:
            try:
                if not self._conn.poll(wait):
                    if not self._process.is_alive() and not self._conn.poll(0):
                        self._fail("proses pembantu berhenti")
                    return
                start, result, error = pickle.loads(self._conn.recv_bytes())
            except (EOFError, OSError) as exc:
                self._fail(repr(exc))
                return
            if error is not None:
                self._fail(error)
                return
            self._pending.discard(start)
            wait = 0.0
            yield start, result

    def unfinished(self) -> set[int]:
        """Starts of the blocks given and not returned yet."""
        return set(self._pending)

    def _fail(self, error: str) -> None:
        self.failed = True
        self.error = error

    def close(self) -> None:
        """Stop the child (at once when blocks are outstanding: Cancel, or an error) and
        release the pipe and the sender thread."""
        busy = bool(self._pending) and not self.failed
        self._outbox.put(_STOP)
        self._outbox.put(None)
        if busy or self.failed:
            self._process.terminate()
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(timeout=5)
        self._sender.join(timeout=5)
        self._conn.close()
        self._process.close()
