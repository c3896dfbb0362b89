"""Validation findings: a stable code for programs, an Indonesian sentence for people."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    code: str  # stable, dotted: "nik.length", "nik.province_unknown", "wage.missing" …
    message: str  # formal Indonesian, shown next to the field or in a report column
    severity: Severity = "error"
    field: str | None = None  # the field it concerns, for editors and import previews

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def to_dict(self) -> dict[str, str | None]:
        return {"code": self.code, "message": self.message, "severity": self.severity,
                "field": self.field}


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def warnings(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "warning"]
