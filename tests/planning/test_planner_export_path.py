"""The budget plan's Excel export follows the rule of every export: always an .xlsx."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamsos_desktop.domain.planning import Scenario
from jamsos_desktop.errors import UserError
from jamsos_desktop.services import planner, planner_export
from jamsos_desktop.store import Store


def test_plan_export_is_always_xlsx(demo_store: Store, tmp_path: Path) -> None:
    plan = planner.compute_scenario(demo_store, Scenario(year=2026))
    result = planner_export.export_xlsx(demo_store, plan, tmp_path / "rencana")
    assert result["path"] == str(tmp_path / "rencana.xlsx")
    assert (tmp_path / "rencana.xlsx").stat().st_size > 0
    with pytest.raises(UserError, match=r"\.xlsx"):
        planner_export.export_xlsx(demo_store, plan, tmp_path / "rencana.csv")
    assert not (tmp_path / "rencana.csv").exists()
