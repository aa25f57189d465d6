"""Tracking: planned vs reported progress per milestone and quarter, deviations and semáforo.

Contract used by the quarterly report (notifications/report.py) and the flows.

How a quarter is judged (cut-off = the quarter's last day, or today while the quarter runs):
- planned progress at the cut-off follows the milestone's `planned_progress` points (cumulative %
  at each quarter's end) and is linear between them, from 0 % at its start (or the plan's start)
  to 100 % at its due date; with no points it is linear from start to due;
- reported progress is the quarter's ProgressReport for (city, milestone code); a milestone
  reported at 100 % in an earlier quarter counts as done and needs no new report;
- ratio = reported / planned (1.0 while nothing is planned yet); semáforo from the plan's
  thresholds (models/settings.py: verde ≥ 0.9, amarillo ≥ 0.7, rojo below, by default);
- a milestone with planned progress but no report is rojo (missing_report); one past its due date
  and not at 100 % is rojo whatever its ratio (overdue, with the days of slippage); otherwise
  amarillo or rojo means behind_schedule. Each milestone has at most one deviation, in that order;
- axis and plan: weighted mean of the milestones' ratios, each capped at 1 (missing = 0), so
  being ahead on one milestone does not hide delay on another; coloured with the same thresholds.

`track` keeps one Deviation row per (city, milestone, quarter, kind) and alerts subscribers when a
deviation appears or changes colour; the outbox key includes the colour, so a subscriber hears
about each (milestone, quarter, kind, colour) once, even if a deviation is resolved and comes back.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.errors import InputError
from models.locale_co import BOGOTA, fecha, porcentaje
from models.quarters import Quarter
from models.schema import Action, Axis, Deviation, Milestone, Objective, Plan, ProgressReport, utcnow
from models.settings import semaforo as colour_for
from models.settings import thresholds as plan_thresholds
from models.tracking_alerts import deviation_alert
from notifications.outbox import enqueue

SEMAFORO = ("verde", "amarillo", "rojo")
DEVIATION_KINDS = ("behind_schedule", "overdue", "missing_report")


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
    reported_quarter: str | None = None  # quarter of the report used (earlier when done before)
    comment: str | None = None
    example: bool = False  # invented demo milestone


@dataclass
class AxisStatus:
    code: str
    name: str
    planned: float  # weighted mean of milestones' planned progress
    reported: float  # weighted mean of milestones' reported progress (missing counts as 0)
    semaforo: str
    milestones: list[MilestoneStatus] = field(default_factory=list)
    ratio: float = 1.0  # weighted mean of milestone ratios capped at 1 (missing = 0); drives semaforo


@dataclass
class DeviationInfo:
    milestone_code: str
    milestone_name: str
    axis_code: str
    kind: str  # behind_schedule | overdue | missing_report
    semaforo: str
    message: str  # one Spanish sentence for ORI staff
    axis_name: str = ""
    responsible: str | None = None
    due: date | None = None
    planned: float = 0.0
    reported: float | None = None
    ratio: float | None = None
    overdue_days: int = 0
    example: bool = False


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
    ratio: float = 1.0  # weighted roll-up over every milestone, as for axes
    planned: float = 0.0  # weighted mean planned progress over every milestone
    reported: float = 0.0  # weighted mean reported progress (missing counts as 0)
    reports_expected: int = 0  # milestones with planned progress that are not already done
    reports_received: int = 0  # of those, how many have a report for the quarter

    def milestones(self) -> list[MilestoneStatus]:
        return [m for axis in self.axes for m in axis.milestones]

    def semaforo_counts(self) -> dict[str, int]:
        counts = Counter(m.semaforo for m in self.milestones())
        return {colour: counts.get(colour, 0) for colour in SEMAFORO}


@dataclass
class TrackSummary:
    quarter: str
    cutoff: date | None = None
    plans: int = 0
    milestones: int = 0
    by_semaforo: dict[str, int] = field(default_factory=lambda: {colour: 0 for colour in SEMAFORO})
    deviations_open: int = 0  # open for the quarter after this run
    deviations_opened: int = 0
    deviations_changed: int = 0  # semáforo changed
    deviations_resolved: int = 0
    notifications_queued: int = 0
    statuses: list[PlanStatus] = field(default_factory=list)


# --- planned progress ------------------------------------------------------------------------


def planned_at(start: date | None, due: date, planned_progress: dict[str, float], cutoff: date) -> float:
    """Planned cumulative % at `cutoff`: through the quarter-end points given, linear between, 100 at due."""
    if cutoff >= due:
        return 100.0
    begin = start if start is not None and start <= due else due
    if cutoff <= begin:
        return 0.0
    points = sorted((Quarter.parse(q).end, float(v)) for q, v in (planned_progress or {}).items())
    points = [(begin, 0.0)] + [(d, v) for d, v in points if begin < d < due] + [(due, 100.0)]
    for (d0, v0), (d1, v1) in zip(points, points[1:]):
        if cutoff <= d1:
            share = (cutoff - d0).days / (d1 - d0).days
            return max(0.0, min(100.0, v0 + (v1 - v0) * share))
    return 100.0


def cutoff_for(quarter: Quarter, today: date | None) -> date:
    """The day progress is judged at: the quarter's end, or today while the quarter runs."""
    return min(quarter.end, today) if today else quarter.end


def bogota_today() -> date:
    return datetime.now(BOGOTA).date()


# --- evaluation --------------------------------------------------------------------------------


def evaluate_plan(session: Session, city_code: str, quarter: str, today: date | None = None) -> PlanStatus:
    """Judge a city's current plan at min(quarter end, today) (the quarter end when today is None); reads only."""
    plan = session.scalar(
        select(Plan).where(Plan.city_code == city_code, Plan.is_current.is_(True)).options(
            selectinload(Plan.city),
            selectinload(Plan.axes).selectinload(Axis.objectives).selectinload(Objective.actions)
            .selectinload(Action.milestones),
        )
    )
    if plan is None:
        raise InputError(f"la ciudad {city_code} no tiene un plan vigente; impórtelo con `vigia plan import`")
    try:
        q = Quarter.parse(quarter)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    cutoff = cutoff_for(q, today)
    if cutoff < q.start:
        raise InputError(f"el trimestre {q} aún no ha empezado (hoy es {fecha(today)})")
    return _evaluate(session, plan, q, cutoff)


def _evaluate(session: Session, plan: Plan, q: Quarter, cutoff: date) -> PlanStatus:
    limits = plan_thresholds(plan.settings)
    reports = {r.milestone_code: r for r in session.scalars(
        select(ProgressReport).where(ProgressReport.city_code == plan.city_code, ProgressReport.quarter == str(q)))}
    done_before = {r.milestone_code: r for r in session.scalars(
        select(ProgressReport).where(ProgressReport.city_code == plan.city_code, ProgressReport.quarter < str(q),
                                     ProgressReport.physical_progress >= 100))}
    axes, deviations = [], []
    for axis in plan.axes:
        statuses = [
            _milestone_status(m, plan.period_start, q, cutoff, reports.get(m.code), done_before.get(m.code), limits)
            for o in axis.objectives for a in o.actions for m in a.milestones
        ]
        axes.append(_roll_up_axis(axis, statuses, limits))
        deviations += [d for m in statuses if (d := _deviation(m, axis, q, cutoff)) is not None]
    everything = [m for a in axes for m in a.milestones]
    ratio, planned, reported = _roll_up(everything)
    expected = [m for m in everything if m.planned > 0 and m.reported_quarter in (None, str(q))]
    return PlanStatus(
        city_code=plan.city_code, city_name=plan.city.name, plan_name=plan.name, plan_version=plan.version,
        quarter=str(q), cutoff=cutoff, thresholds=limits, axes=axes, deviations=deviations,
        semaforo=colour_for(ratio, limits), ratio=ratio, planned=planned, reported=reported,
        reports_expected=len(expected), reports_received=sum(1 for m in expected if not m.missing_report),
    )


def _milestone_status(m: Milestone, plan_start: date | None, q: Quarter, cutoff: date, report: ProgressReport | None,
                      done: ProgressReport | None, limits: dict[str, float]) -> MilestoneStatus:
    planned = round(planned_at(m.start or plan_start, m.due, m.planned_progress, cutoff), 2)
    source = report or done
    reported = source.physical_progress if source else None
    missing = reported is None and planned > 0
    overdue = (cutoff - m.due).days if m.due < cutoff and (reported is None or reported < 100) else 0
    if reported is None:
        ratio = None if missing else 1.0
    else:
        ratio = round(reported / planned, 4) if planned > 0 else 1.0
    colour = "rojo" if missing or overdue else colour_for(ratio, limits)
    return MilestoneStatus(
        code=m.code, name=m.name, responsible=m.responsible, start=m.start, due=m.due, weight=m.weight,
        budget=m.budget, planned=planned, reported=reported, budget_executed=source.budget_executed if source else None,
        ratio=ratio, semaforo=colour, overdue_days=overdue, missing_report=missing,
        reported_quarter=source.quarter if source else None, comment=source.comment if source else None,
        example=m.example,
    )


def _roll_up(milestones: list[MilestoneStatus]) -> tuple[float, float, float]:
    """Weighted (ratio capped at 1, planned, reported) over milestones; an empty set is on track."""
    total = sum(m.weight for m in milestones)
    if not total:
        return 1.0, 0.0, 0.0
    ratio = sum(m.weight * min(m.ratio or 0.0, 1.0) for m in milestones) / total
    planned = sum(m.weight * m.planned for m in milestones) / total
    reported = sum(m.weight * (m.reported or 0.0) for m in milestones) / total
    return round(ratio, 4), round(planned, 2), round(reported, 2)


def _roll_up_axis(axis: Axis, statuses: list[MilestoneStatus], limits: dict[str, float]) -> AxisStatus:
    ratio, planned, reported = _roll_up(statuses)
    return AxisStatus(code=axis.code, name=axis.name, planned=planned, reported=reported,
                      semaforo=colour_for(ratio, limits), milestones=statuses, ratio=ratio)


def _days(n: int) -> str:
    return "1 día" if n == 1 else f"{n} días"


def _deviation(m: MilestoneStatus, axis: Axis, q: Quarter, cutoff: date) -> DeviationInfo | None:
    """The milestone's one deviation, if it has any: missing report, then overdue, then behind schedule."""
    if m.missing_report:
        kind = "missing_report"
        message = (f"No llegó el reporte de avance de {q}; al {fecha(cutoff)} el hito debía ir en "
                   f"{porcentaje(m.planned)}") + (f" y venció hace {_days(m.overdue_days)}." if m.overdue_days else ".")
    elif m.overdue_days:
        kind = "overdue"
        message = (f"Venció el {fecha(m.due)} y lleva {_days(m.overdue_days)} de retraso con "
                   f"{porcentaje(m.reported)} de avance reportado.")
    elif m.semaforo != "verde":
        kind = "behind_schedule"
        message = (f"Avance reportado de {porcentaje(m.reported)} frente a {porcentaje(m.planned)} planeado "
                   f"al {fecha(cutoff)}: {porcentaje((m.ratio or 0) * 100)} de lo previsto.")
    else:
        return None
    return DeviationInfo(
        milestone_code=m.code, milestone_name=m.name, axis_code=axis.code, kind=kind, semaforo=m.semaforo,
        message=message, axis_name=axis.name, responsible=m.responsible, due=m.due, planned=m.planned,
        reported=m.reported, ratio=m.ratio, overdue_days=m.overdue_days, example=m.example,
    )


# --- the tracking run --------------------------------------------------------------------------


def track(session: Session, quarter: str | None = None, today: date | None = None) -> TrackSummary:
    """Judge every current plan, open/update/resolve Deviation rows and queue alerts for new or recoloured ones."""
    today = today or bogota_today()
    try:
        q = Quarter.parse(quarter) if quarter else Quarter.last_completed(today)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    summary = TrackSummary(quarter=str(q), cutoff=cutoff_for(q, today))
    city_codes = session.scalars(select(Plan.city_code).where(Plan.is_current.is_(True)).order_by(Plan.city_code))
    for city_code in list(city_codes):
        status = evaluate_plan(session, city_code, str(q), today)
        summary.statuses.append(status)
        summary.plans += 1
        for colour, count in status.semaforo_counts().items():
            summary.by_semaforo[colour] += count
            summary.milestones += count
        _sync_deviations(session, status, summary)
    session.flush()
    return summary


def _detail(info: DeviationInfo, status: PlanStatus) -> dict:
    return {
        "milestone_name": info.milestone_name, "axis_code": info.axis_code, "axis_name": info.axis_name,
        "responsible": info.responsible, "due": info.due.isoformat() if info.due else None,
        "cutoff": status.cutoff.isoformat(), "planned": info.planned, "reported": info.reported,
        "ratio": info.ratio, "overdue_days": info.overdue_days, "message": info.message, "example": info.example,
    }


def _sync_deviations(session: Session, status: PlanStatus, summary: TrackSummary) -> None:
    """Make the quarter's Deviation rows match what was found, alerting on new and recoloured ones."""
    rows = {(d.milestone_code, d.kind): d for d in session.scalars(
        select(Deviation).where(Deviation.city_code == status.city_code, Deviation.quarter == status.quarter))}
    found = {(d.milestone_code, d.kind): d for d in status.deviations}
    now = utcnow()
    for key, info in found.items():
        row, previous = rows.get(key), None
        if row is None:
            row = Deviation(city_code=status.city_code, milestone_code=info.milestone_code, quarter=status.quarter,
                            kind=info.kind, semaforo=info.semaforo, detected_at=now)
            session.add(row)
            summary.deviations_opened += 1
        elif row.resolved_at is not None:  # back again after being resolved
            row.resolved_at, row.detected_at = None, now
            summary.deviations_opened += 1
        elif row.semaforo != info.semaforo:
            previous = row.semaforo
            summary.deviations_changed += 1
        else:
            row.detail = _detail(info, status)
            continue
        row.semaforo, row.detail = info.semaforo, _detail(info, status)
        title, body = deviation_alert(status, info, previous)
        dedupe_key = f"deviation:{status.city_code}:{status.quarter}:{info.milestone_code}:{info.kind}:{info.semaforo}"
        summary.notifications_queued += enqueue(session, status.city_code, "deviations", dedupe_key, title, body)
    for key, row in rows.items():
        if key not in found and row.resolved_at is None:
            row.resolved_at = now
            summary.deviations_resolved += 1
    summary.deviations_open += len(found)
