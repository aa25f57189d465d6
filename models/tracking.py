"""Tracking: planned vs reported progress per milestone and quarter, deviations and semáforo.

Contract used by the quarterly report (notifications/report.py) and the flows.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

SEMAFORO = ("verde", "amarillo", "rojo")


@dataclass
class MilestoneStatus:
    code: str
    name: str
    responsible: str | None
    start: date | None
    due: date
    weight: float
    budget: float | None
    planned: float  # planned cumulative progress at the cut-off date, 0..100
    reported: float | None  # reported cumulative progress, None when no report arrived
    budget_executed: float | None
    ratio: float | None  # reported / planned (1.0 when nothing was planned yet and nothing is due)
    semaforo: str  # verde | amarillo | rojo
    overdue_days: int  # > 0 when due before the cut-off and not 100 % done
    missing_report: bool


@dataclass
class AxisStatus:
    code: str
    name: str
    planned: float  # weighted mean of milestones' planned progress
    reported: float  # weighted mean of milestones' reported progress (missing counts as 0)
    semaforo: str
    milestones: list[MilestoneStatus] = field(default_factory=list)


@dataclass
class DeviationInfo:
    milestone_code: str
    milestone_name: str
    axis_code: str
    kind: str  # behind_schedule | overdue | missing_report
    semaforo: str
    message: str  # one Spanish sentence for ORI staff


@dataclass
class PlanStatus:
    city_code: str
    city_name: str
    plan_name: str
    plan_version: int
    quarter: str
    cutoff: date
    thresholds: dict[str, float]  # {"verde": 0.9, "amarillo": 0.7}
    axes: list[AxisStatus]
    deviations: list[DeviationInfo]
    semaforo: str  # whole plan
