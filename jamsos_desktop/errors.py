"""Errors shared by every layer.

`UserError` is anything the person at the keyboard can fix (bad input, a missing file, a
record changed by someone else): its message is one Indonesian sentence meant to be shown as
is. The CLI turns it into exit code 2, the GUI into a message box; neither shows a traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix; `message` is formal Indonesian, ready to show."""

    def __init__(self, message: str, *, code: str = "input") -> None:
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self) -> str:
        return self.message


class DomainError(UserError, ValueError):
    """Input that breaks a domain rule (impossible wage, unknown program, malformed table)."""


class ConflictError(UserError):
    """A record changed (or vanished) since it was read: the edit is refused, nothing is lost."""

    def __init__(self, message: str = "Data ini telah diubah oleh pengguna lain sejak dibuka. "
                 "Muat ulang data lalu ulangi perubahan Anda.") -> None:
        super().__init__(message, code="conflict")


class PermissionDenied(UserError):
    """The signed-in user's role may not do this."""

    def __init__(self, message: str = "Tindakan ini hanya boleh dilakukan oleh administrator."
                 ) -> None:
        super().__init__(message, code="permission")


class Cancelled(Exception):
    """Raised from a progress callback when the user pressed Cancel; the service's
    transaction rolls back, so a cancelled job leaves nothing half-done."""
