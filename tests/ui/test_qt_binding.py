"""The Qt binding itself: PySide6 6.12.0's `Signal.emit()` dropped a reference to `True` on
every call, so a session aborted with "Fatal Python error: bool_dealloc" after ~2,000 emits
(found through a crash at the end of the roster tests). pyproject.toml excludes that release;
this test refuses any other release with the same fault."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    with_args = Signal(int, object)


def test_emitting_signals_keeps_reference_counts() -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.with_args.connect(lambda n, _obj: received.append(n))
    true_before, false_before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(3_000):
        emitter.plain.emit()
        emitter.with_args.emit(i, None)
    assert len(received) == 3_000
    # A few references may come and go with the interpreter; a leak would be ≥ 3,000.
    assert abs(sys.getrefcount(True) - true_before) < 100, (
        f"PySide6 {PySide6.__version__} loses a reference to True per emit(): exclude it "
        "in pyproject.toml")
    assert abs(sys.getrefcount(False) - false_before) < 100
