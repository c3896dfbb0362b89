"""Undo/redo (Ctrl+Z / Ctrl+Y) over edits, archive, restore, status changes and moves.

Each write goes through its service first; the command pushed afterwards remembers the
changed fields' values before and after. Undo and redo put values back through
`services.undo.restore_fields`, which refuses (and writes nothing) when those fields were
changed by someone else meanwhile; the refused step is dropped from the stack with a clear
message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from jamsos_desktop.errors import UserError
from jamsos_desktop.services import undo as undo_service
from jamsos_desktop.store import Store, open_store
from jamsos_desktop.store import workers as wq
from jamsos_desktop.ui import tasks
from jamsos_desktop.ui.errors import show_error

# Above this many workers a bulk action is not kept for undo: its before-picture would take
# hundreds of MB. The confirmation says so before anything is written.
UNDO_LIMIT = 50_000

Values = dict[int, dict[str, Any]]


class UndoContext:
    """What commands need: the store, the stack, a parent for messages and a callback
    telling the window which workers changed (to refresh views)."""

    def __init__(self, store: Store, stack: QUndoStack, parent: QWidget | None,
                 changed: Callable[[Sequence[int]], None]) -> None:
        self.store, self.stack, self.parent, self.changed = store, stack, parent, changed


class FieldsCommand(QUndoCommand):
    def __init__(self, ctx: UndoContext, text: str, before: Values, after: Values) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.before, self.after = before, after
        self._done = True  # pushed after the service already wrote: first redo is a no-op

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self.after, self.before, "redo")

    def undo(self) -> None:
        self._apply(self.before, self.after, "undo")

    def _apply(self, values: Values, expected: Values, action: str) -> None:
        try:
            undo_service.restore_fields(self.ctx.store, values, expected, action=action)
        except UserError as exc:
            self.setObsolete(True)  # QUndoStack drops it: it can no longer be applied
            show_error(self.ctx.parent, exc)
        self.ctx.changed(list(values))


def push_fields(ctx: UndoContext, text: str, before: Values, after: Values) -> None:
    ctx.stack.push(FieldsCommand(ctx, text, before, after))


def run_bulk(ctx: UndoContext, title: str, ids: Sequence[int], fields: Sequence[str],
             action: Callable[[Store], Any], text: str,
             on_done: Callable[[Any], None] | None = None) -> None:
    """Run a bulk service call off the GUI thread (own connection), capturing the fields'
    before/after values for undo, then push the command and refresh the views."""
    ids = list(ids)
    path, user, role = ctx.store.path, ctx.store.user, ctx.store.role
    keep = len(ids) <= UNDO_LIMIT

    def job(progress: tasks.Progress) -> tuple[Any, Values, Values]:
        progress(0, 0, f"Memproses {len(ids):,} pegawai…".replace(",", "."))
        st = open_store(path, user=user)
        st.role = role
        try:
            before = wq.field_values(st.conn, ids, fields) if keep else {}
            result = action(st)
            after = wq.field_values(st.conn, ids, fields) if keep else {}
        finally:
            st.close()
        return result, before, after

    def done(out: tuple[Any, Values, Values]) -> None:
        result, before, after = out
        changed = {i for i in after if after[i] != before.get(i)}
        if keep and changed:
            ctx.stack.push(FieldsCommand(ctx, text, {i: before[i] for i in changed},
                                         {i: after[i] for i in changed}))
        ctx.changed(ids)
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        ctx.changed(ids)
        show_error(ctx.parent, exc)

    tasks.run_task(ctx.parent, title, job, on_done=done, on_error=failed, cancellable=False)


ARCHIVE_FIELDS = ("archived", "archived_at")
MOVE_FIELDS = ("unit_id",)
STATUS_FIELDS = ("status", "proposed_at", "proposal_ref", "registered_at", "ended_at",
                 "end_reason", "kpj")
