"""Benchmark for tracking: synthetic municipal plans in a temporary SQLite database, one quarter tracked.

The data look like a national deployment: every municipality has one plan with `axes` axes, one
objective and one action per axis, `milestones` milestones spread over the actions, one indicator per
axis with quarterly targets, one subscriber to deviation alerts, and progress reports for most of
the milestones expected in the quarter (some late, some missing, some behind plan).
"""
from __future__ import annotations

import random
import resource
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, insert, select

from models.db import get_engine, session_scope
from models.quarters import Quarter
from models.schema import (
    Action,
    Axis,
    City,
    Deviation,
    Indicator,
    IndicatorValue,
    Milestone,
    Notification,
    Objective,
    Plan,
    ProgressReport,
    Subscription,
)
from models.tracking import planned_at, track

ACCUMULATIONS = ("flow", "cumulative", "stock", "capacity", "reduction")
YEAR_START, YEAR_END = date(2026, 1, 1), date(2026, 12, 31)


@dataclass
class BenchResult:
    plans: int
    milestones: int
    indicators: int
    reports: int
    build_seconds: float
    seconds: float  # first tracking run of the quarter: every deviation opened and alerted
    rerun_seconds: float  # the same quarter again: nothing changes, nothing is sent
    rerun_notifications: int  # must be 0: a change of state is announced once
    deviations: int
    escalated: int
    notifications: int
    by_semaforo: dict[str, int]
    peak_rss_mb: float

    def figures(self) -> dict:
        return asdict(self)


def peak_rss_mb() -> float:
    """This process's peak resident memory (Linux reports kilobytes)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _rows(plans: int, axes: int, milestones: int, quarter: Quarter, seed: int) -> dict[type, list[dict]]:
    """Every row of the synthetic deployment, ids assigned here so inserts are plain executemany."""
    rng = random.Random(seed)
    window_end = quarter.end + timedelta(days=15)
    rows: dict[type, list[dict]] = {t: [] for t in (City, Plan, Axis, Objective, Action, Milestone, Indicator,
                                                   ProgressReport, IndicatorValue, Subscription)}
    per_axis = max(1, milestones // axes)
    milestone_id = 0
    now = datetime(2026, 10, 1, 15, tzinfo=timezone.utc)
    for p in range(1, plans + 1):
        city = f"{90000 + p:05d}"
        rows[City].append({"dane_code": city, "name": f"Municipio sintético {p}", "department": "Sintético"})
        rows[Plan].append({"id": p, "city_code": city, "name": f"PAI sintético {p}", "version": 1, "is_current": True,
                           "period_start": YEAR_START, "period_end": YEAR_END, "settings": {}, "imported_at": now})
        rows[Subscription].append({"id": p, "city_code": city, "url": f"mailto://ori@m{p}.example.org",
                                   "kinds": ["deviations"], "active": True, "created_at": now})
        for a in range(axes):
            axis_id = (p - 1) * axes + a + 1
            rows[Axis].append({"id": axis_id, "plan_id": p, "code": f"E{a + 1}", "position": a,
                               "name": f"Eje {a + 1}", "description": "", "keywords": [], "ods": []})
            rows[Objective].append({"id": axis_id, "axis_id": axis_id, "code": "O1", "position": 0,
                                    "name": f"Objetivo del eje {a + 1}"})
            rows[Action].append({"id": axis_id, "objective_id": axis_id, "code": "A1", "position": 0,
                                 "name": f"Acción del eje {a + 1}", "responsible_email": f"accion{a}@m{p}.example.org"})
            count = per_axis if a < axes - 1 else milestones - per_axis * (axes - 1)
            for k in range(count):
                milestone_id += 1
                start = YEAR_START + timedelta(days=rng.randrange(0, 150))
                due = start + timedelta(days=rng.randrange(90, 420))
                budget = float(rng.randrange(10, 500) * 1_000_000)
                code = f"H{a + 1}.{k + 1}"
                rows[Milestone].append({
                    "id": milestone_id, "action_id": axis_id, "code": code, "position": k, "name": f"Hito {code}",
                    "responsible": f"Responsable {code}", "responsible_email": f"r{a}{k}@m{p}.example.org",
                    "start": start, "due": due, "budget": budget, "weight": float(rng.choice((1, 1, 2, 3))),
                    "planned_progress": {}, "example": True,
                })
                planned = planned_at(start, due, {}, quarter.end)
                if planned <= 0 or rng.random() < 0.08:  # not due yet, or the report never came
                    continue
                if due <= quarter.end and rng.random() < 0.7:
                    progress = 100.0  # most milestones due by now are finished
                else:
                    progress = min(100.0, round(planned * rng.uniform(0.6, 1.15), 1))
                late = rng.random() < 0.1
                rows[ProgressReport].append({
                    "city_code": city, "milestone_code": code, "quarter": str(quarter), "physical_progress": progress,
                    "budget_executed": round(budget * progress / 100 * rng.uniform(0.7, 1.2), 0),
                    "comment": None, "reported_by": "ORI",
                    "reported_at": datetime.combine(window_end + timedelta(days=3) if late
                                                    else quarter.end + timedelta(days=5), datetime.min.time(),
                                                    tzinfo=timezone.utc),
                })
            accumulation = ACCUMULATIONS[(p + a) % len(ACCUMULATIONS)]
            quarters = [Quarter(2026, n) for n in range(1, 5)]
            if accumulation == "reduction":
                targets = {str(q): 100 - 10 * (i + 1) for i, q in enumerate(quarters)}
            elif accumulation in ("cumulative", "capacity"):
                targets = {str(q): 5 * (i + 1) for i, q in enumerate(quarters)}
            else:
                targets = {str(q): 5 for q in quarters}
            code = f"IND-{a + 1}"
            rows[Indicator].append({
                "id": axis_id, "plan_id": p, "axis_id": axis_id, "code": code, "name": f"Indicador {a + 1}",
                "unit": "unidades", "direction": "down" if accumulation == "reduction" else "up",
                "baseline": 100.0 if accumulation == "reduction" else 0.0, "targets": targets, "example": True,
                "measure": "number", "accumulation": accumulation,
            })
            for q in quarters:
                if q > quarter or rng.random() < 0.05:
                    continue
                target = targets[str(q)]
                value = target * rng.uniform(0.6, 1.2) if accumulation != "cumulative" else 5 * rng.uniform(0.6, 1.2)
                rows[IndicatorValue].append({"city_code": city, "indicator_code": code, "quarter": str(q),
                                             "value": round(value, 1), "reported_at": now})
    return rows


def build(url: str, plans: int, axes: int, milestones: int, quarter: Quarter, seed: int = 2026) -> dict[str, int]:
    """Create the schema and insert the synthetic deployment in bulk; returns the row counts."""
    rows = _rows(plans, axes, milestones, quarter, seed)
    with session_scope(url) as session:
        for model, batch in rows.items():
            if batch:
                session.execute(insert(model), batch)
    return {model.__tablename__: len(batch) for model, batch in rows.items()}


def run_bench(plans: int = 1103, axes: int = 5, milestones: int = 20, quarter: str = "2026-T3",
              workdir: Path | None = None) -> BenchResult:
    """Build the deployment in a temporary SQLite file, track the quarter twice and measure."""
    q = Quarter.parse(quarter)
    today = q.end + timedelta(days=30)  # the reporting window has closed
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench-track.db'}"
        began = time.perf_counter()
        counts = build(url, plans, axes, milestones, q)
        build_seconds = time.perf_counter() - began

        began = time.perf_counter()
        with session_scope(url) as session:
            first = track(session, quarter=str(q), today=today)
        seconds = time.perf_counter() - began

        began = time.perf_counter()
        with session_scope(url) as session:
            second = track(session, quarter=str(q), today=today)
        rerun_seconds = time.perf_counter() - began

        with session_scope(url) as session:
            deviations = session.scalar(select(func.count()).select_from(Deviation))
            notifications = session.scalar(select(func.count()).select_from(Notification))
        get_engine(url).dispose()
    return BenchResult(
        plans=counts["plan"], milestones=counts["milestone"], indicators=counts["indicator"],
        reports=counts["progress_report"], build_seconds=round(build_seconds, 2), seconds=round(seconds, 2),
        rerun_seconds=round(rerun_seconds, 2), rerun_notifications=second.notifications_queued, deviations=deviations, escalated=first.deviations_escalated,
        notifications=notifications, by_semaforo=first.by_semaforo, peak_rss_mb=peak_rss_mb(),
    )
