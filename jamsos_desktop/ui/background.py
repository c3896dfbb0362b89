"""Read-only queries off the GUI thread, newest-wins.

The roster's id query takes ~0.1–2 s on a million workers; running it on the GUI thread
would freeze typing. `Query.run(fn, on_done)` runs `fn(conn)` on a worker thread with its
own read-only connection (never one another thread is using) and delivers the result on the
GUI thread. Finished queries leave their connection for the next one: a fresh connection
starts with an empty page cache and would read every index page of a 1M-row search again
(~50 ms a keystroke). Starting a new query interrupts the running one
(`sqlite3.Connection.interrupt`) and results of superseded queries are dropped, so the last
keystroke always wins. `QUERIES_SYNCHRONOUS` runs inline, for tests.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from jamsos_desktop.store.db import connect

QUERIES_SYNCHRONOUS = False
QUERY_CACHE_KIB = 32 * 1024  # page cache of a query connection: the name and search indexes
IDLE_CONNECTIONS = 2


class Query(QObject):
    _finished = Signal(int, object, object)  # generation, result, error

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = db_path
        self._generation = 0
        self._callbacks: dict[int, tuple[Callable[[Any], None],
                                         Callable[[BaseException], None] | None]] = {}
        self._running: sqlite3.Connection | None = None
        self._idle: list[sqlite3.Connection] = []
        self._threads: set[threading.Thread] = set()
        self._closed = False
        self._lock = threading.Lock()
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def run(self, fn: Callable[[sqlite3.Connection], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None] | None = None,
            *, conn: sqlite3.Connection | None = None) -> None:
        """`conn` is used instead of a thread when queries are synchronous (tests). After
        `close()` nothing runs."""
        if self._closed:
            return
        self._generation += 1
        generation = self._generation
        self._callbacks = {generation: (on_done, on_error)}
        with self._lock:
            if self._running is not None:
                self._running.interrupt()
        if QUERIES_SYNCHRONOUS and conn is not None:
            try:
                result = fn(conn)
            except Exception as exc:  # noqa: BLE001 - handed to on_error like the thread path
                self._deliver(generation, None, exc)
            else:
                self._deliver(generation, result, None)
            return
        thread = threading.Thread(target=self._work, args=(generation, fn), daemon=True,
                                  name="jamsos-query")
        with self._lock:
            self._threads.add(thread)
        thread.start()

    def cancel(self) -> None:
        """Drop the running query's result (and interrupt it)."""
        self._generation += 1
        self._callbacks = {}
        with self._lock:
            if self._running is not None:
                self._running.interrupt()

    def _work(self, generation: int, fn: Callable[[sqlite3.Connection], Any]) -> None:
        conn: sqlite3.Connection | None = None
        try:
            with self._lock:
                conn = self._idle.pop() if self._idle else None
            if conn is None:
                conn = connect(self._path, readonly=True)
                conn.execute(f"PRAGMA cache_size = -{QUERY_CACHE_KIB}")
            with self._lock:
                self._running = conn
            if generation != self._generation:
                return
            result = fn(conn)
        except Exception as exc:  # noqa: BLE001 - delivered to the GUI thread
            if generation == self._generation and not self._closed:
                self._finished.emit(generation, None, exc)
        else:
            if not self._closed:
                self._finished.emit(generation, result, None)
        finally:
            with self._lock:
                if self._running is conn:
                    self._running = None
                if conn is not None and not self._closed and not conn.in_transaction \
                        and len(self._idle) < IDLE_CONNECTIONS:
                    self._idle.append(conn)
                    conn = None
                self._threads.discard(threading.current_thread())
            if conn is not None:
                conn.close()

    def close(self) -> None:
        """Stop: interrupt a running query, wait for its thread (no thread may emit into a
        window being torn down), close the idle connections."""
        self._closed = True
        self.cancel()
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout=5)
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    def _deliver(self, generation: int, result: object, error: object) -> None:
        callbacks = self._callbacks.pop(generation, None)
        if callbacks is None or generation != self._generation:
            return  # superseded by a newer query
        on_done, on_error = callbacks
        if error is not None:
            if isinstance(error, sqlite3.OperationalError) and "interrupt" in str(error):
                return
            if on_error is not None:
                on_error(error)  # type: ignore[arg-type]
                return
            raise error  # type: ignore[misc]
        on_done(result)
