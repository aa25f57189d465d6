"""Tracking: planned vs reported progress per milestone and quarter, deviations and semáforo.

Contract used by the quarterly report (notifications/report.py) and the flows: fields may be
added to these dataclasses, never renamed or removed.

How a quarter is judged (cut-off = the quarter's last day, or today while the quarter runs), against
the plan version of that quarter (models/plans.plan_for_quarter: the one in force when it ended):
- schedule: planned progress at the cut-off follows the milestone's `planned_progress` points
  (cumulative % at each quarter's end) and is linear between them, from 0 % at its start (or its
  action's start, or the plan's start) to 100 % at its due date; with no points it is linear from start to due. The
  schedule index (SPI-like) is reported / planned (1.0 while nothing is planned yet); semáforo from
  the plan's thresholds (models/settings.py: verde ≥ 0.9, amarillo ≥ 0.7, rojo below, by default);
- reported progress is the quarter's ProgressReport for (city, milestone code); a milestone
  reported at 100 % in an earlier quarter counts as done and needs no new report;
- reporting: reports are due within the city's reporting window after the quarter ends (15 days by
  default, DHIS2's timely submission). A report is on time when it arrived before the window closed.
  While the window is open a missing report is pending (amarillo, no deviation); once it closes it
  is rojo (missing_report);
- a milestone past its due date and not at 100 % is rojo whatever its index (overdue, with the days
  of slippage); otherwise amarillo or rojo means behind_schedule. A milestone has at most one
  schedule deviation, in the order missing_report, overdue, behind_schedule;
- budget: planned to date = budget × planned %; the cost index is executed / planned to date.
  Under the thresholds it is budget_under_executed (amarillo/rojo); above 1 + the city's
  budget_overrun_tolerance (15 % by default) it is budget_over_executed (amarillo). The milestone's
  semáforo stays the schedule's; the budget has its own (`budget_semaforo`);
- indicators: models/indicator_tracking.py (target for the period, direction, accumulation type);
- action, objective, axis and plan: weighted mean of their milestones' indices, each capped at 1
  (missing = 0), so being ahead on one milestone does not hide delay on another; same thresholds.

`track` hands what it found to models/deviations.py, which keeps each deviation's life (opened,
escalated, resolved) and alerts on changes of state only.
"""
from __future__ import annotations


from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, selectinload

from models.errors import InputError
from models.indicator_tracking import IndicatorStatus, judge_indicator
from models.locale_co import BOGOTA
from models.locale_fast import dinero, fecha, porcentaje
from models.plans import quarter_plan_ids
from models.progress_checks import progress_drop
from models.quarters import Quarter
from models.schema import Action, Axis, Indicator, IndicatorValue, Milestone, Objective, Plan, ProgressReport
from models.settings import semaforo as colour_for
from models.settings import thresholds as plan_thresholds
from models.settings import tracking_settings

SEMAFORO = ("verde", "amarillo", "rojo")
SCHEDULE_KINDS = ("behind_schedule", "overdue", "missing_report")
BUDGET_KINDS = ("budget_under_executed", "budget_over_executed")
INDICATOR_KINDS = ("indicator_off_target", "indicator_missing")
DEVIATION_KINDS = SCHEDULE_KINDS + BUDGET_KINDS + INDICATOR_KINDS


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
    ratio: float | None  # schedule index: reported / planned (1.0 when nothing was planned yet)
    semaforo: str  # verde | amarillo | rojo
    overdue_days: int  # > 0 when due before the cut-off and not 100 % done
    missing_report: bool
    reported_quarter: str | None = None  # quarter of the report used (earlier when done before)
    comment: str | None = None
    example: bool = False  # invented demo milestone
    responsible_email: str | None = None
    action_code: str = ""
    objective_code: str = ""
    budget_planned: float | None = None  # budget × planned % at the cut-off
    budget_index: float | None = None  # executed / planned to date (cost index)
    budget_semaforo: str | None = None  # None when there is no budget or no execution reported
    on_time: bool | None = None  # the quarter's report arrived inside the reporting window
    pending_report: bool = False  # missing, but the reporting window is still open
    notes: list[str] = field(default_factory=list)  # e.g. progress lower than last quarter's (models/progress_checks.py)


@dataclass
class ActionStatus:
    code: str
    name: str
    planned: float
    reported: float
    ratio: float
    semaforo: str
    milestones: list[MilestoneStatus] = field(default_factory=list)


@dataclass
class ObjectiveStatus:
    code: str
    name: str
    planned: float
    reported: float
    ratio: float
    semaforo: str
    actions: list[ActionStatus] = field(default_factory=list)


@dataclass
class AxisStatus:
    code: str
    name: str
    planned: float  # weighted mean of milestones' planned progress
    reported: float  # weighted mean of milestones' reported progress (missing counts as 0)
    semaforo: str
    milestones: list[MilestoneStatus] = field(default_factory=list)
    ratio: float = 1.0  # weighted mean of milestone ratios capped at 1 (missing = 0); drives semaforo
    objectives: list[ObjectiveStatus] = field(default_factory=list)


@dataclass
class DeviationInfo:
    milestone_code: str  # the indicator's code when subject == "indicator"
    milestone_name: str
    axis_code: str
    kind: str  # one of DEVIATION_KINDS
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
    subject: str = "milestone"  # milestone | indicator
    budget_planned: float | None = None
    budget_executed: float | None = None
    budget_index: float | None = None
    target: float | None = None  # indicators
    actual: float | None = None  # indicators


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
    reports_on_time: int = 0  # of those received, how many arrived inside the reporting window
    reports_missing: int = 0  # expected − received
    reporting_deadline: date | None = None  # last day of the reporting window
    window_closed: bool = True  # the reporting window had closed at the evaluation day
    spi: float = 1.0  # weighted reported / weighted planned, uncapped (earned-value style)
    budget_planned: float = 0.0  # planned to date over milestones with a budget
    budget_executed: float = 0.0  # executed, as reported, over those milestones
    cost_index: float | None = None  # executed / planned to date; None without budget data
    budget_semaforo: str | None = None
    indicators: list[IndicatorStatus] = field(default_factory=list)
    indicators_expected: int = 0  # indicators with a target for the quarter
    indicators_received: int = 0
    settings: dict = field(default_factory=dict)  # the city's tracking settings in force
    current_version: int = 0  # the city's current plan version; > plan_version when a past quarter keeps an older one

    def milestones(self) -> list[MilestoneStatus]:
        return [m for axis in self.axes for m in axis.milestones]

    def semaforo_counts(self) -> dict[str, int]:
        counts = Counter(m.semaforo for m in self.milestones())
        return {colour: counts.get(colour, 0) for colour in SEMAFORO}

    def notes(self) -> list[tuple[str, str, str, str]]:
        """(hito|indicador, code, name, note) for every note on a milestone or indicator of the quarter."""
        return ([("hito", m.code, m.name, n) for m in self.milestones() for n in m.notes]
                + [("indicador", i.code, i.name, n) for i in self.indicators for n in i.notes])

    def indicator_counts(self) -> dict[str, int]:
        counts = Counter(i.semaforo for i in self.indicators)
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
    deviations_escalated: int = 0  # escalated in this run
    indicators: int = 0
    digests: int = 0  # cities that got one digest message instead of one per deviation


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


def milestone_start(m: Milestone, action: Action | None, plan_start: date | None) -> date | None:
    """Where a milestone's planned-progress line begins: its own start, else its action's, else the plan's."""
    return m.start or (action.start if action is not None else None) or plan_start


def cutoff_for(quarter: Quarter, today: date | None) -> date:
    """The day progress is judged at: the quarter's end, or today while the quarter runs."""
    return min(quarter.end, today) if today else quarter.end


def reporting_deadline(quarter: Quarter, window_days: int) -> date:
    """Last day a quarter's report counts as on time: window_days after the quarter ends."""
    return quarter.end + timedelta(days=window_days)


def bogota_today() -> date:
    return datetime.now(BOGOTA).date()


# --- what a plan's evaluation reads --------------------------------------------------------------

_PLAN_TREE = (
    selectinload(Plan.city),
    selectinload(Plan.axes).selectinload(Axis.objectives).selectinload(Objective.actions)
    .selectinload(Action.milestones),
)


@dataclass
class _Inputs:
    """Everything read for a set of cities: reports, earlier completions, indicators and their values."""

    reports: dict[str, dict[str, object]] = field(default_factory=lambda: defaultdict(dict))
    done_before: dict[str, dict[str, object]] = field(default_factory=lambda: defaultdict(dict))
    # the latest earlier report of each milestone: {city: {code: (quarter, physical progress)}}
    previous: dict[str, dict[str, tuple[str, float]]] = field(default_factory=lambda: defaultdict(dict))
    indicators: dict[int, list[Indicator]] = field(default_factory=lambda: defaultdict(list))
    values: dict[tuple[str, str], dict[str, float]] = field(default_factory=lambda: defaultdict(dict))


def _load_inputs(session: Session, plans: list[Plan], q: Quarter, city_code: str | None = None) -> _Inputs:
    """A fixed handful of queries whatever the number of plans (one city when city_code is given)."""
    inputs = _Inputs()
    columns = (ProgressReport.city_code, ProgressReport.milestone_code, ProgressReport.quarter,
               ProgressReport.physical_progress, ProgressReport.budget_executed, ProgressReport.comment,
               ProgressReport.reported_at)

    def where(query, model):
        return query.where(model.city_code == city_code) if city_code else query

    for row in session.execute(where(select(*columns).where(ProgressReport.quarter == str(q)), ProgressReport)):
        inputs.reports[row.city_code][row.milestone_code] = row
    done = select(*columns).where(ProgressReport.quarter < str(q), ProgressReport.physical_progress >= 100)
    for row in session.execute(where(done, ProgressReport).order_by(ProgressReport.quarter)):
        inputs.done_before[row.city_code].setdefault(row.milestone_code, row)
    latest = where(select(ProgressReport.city_code, ProgressReport.milestone_code,
                          func.max(ProgressReport.quarter).label("quarter")).where(ProgressReport.quarter < str(q)),
                   ProgressReport).group_by(ProgressReport.city_code, ProgressReport.milestone_code).subquery()
    earlier = select(ProgressReport.city_code, ProgressReport.milestone_code, ProgressReport.quarter,
                     ProgressReport.physical_progress).join(latest, and_(
                         ProgressReport.city_code == latest.c.city_code,
                         ProgressReport.milestone_code == latest.c.milestone_code,
                         ProgressReport.quarter == latest.c.quarter))
    for row in session.execute(earlier):
        inputs.previous[row.city_code][row.milestone_code] = (row.quarter, row.physical_progress)
    plan_ids = [p.id for p in plans]
    for chunk in range(0, len(plan_ids), 900):
        for ind in session.scalars(select(Indicator).where(Indicator.plan_id.in_(plan_ids[chunk:chunk + 900]))
                                   .order_by(Indicator.id)):
            inputs.indicators[ind.plan_id].append(ind)
    if any(inputs.indicators.values()):
        values = select(IndicatorValue.city_code, IndicatorValue.indicator_code, IndicatorValue.quarter,
                        IndicatorValue.value).where(IndicatorValue.quarter <= str(q))
        for row in session.execute(where(values, IndicatorValue)):
            inputs.values[(row.city_code, row.indicator_code)][row.quarter] = row.value
    return inputs


# --- evaluation --------------------------------------------------------------------------------


def evaluate_plan(session: Session, city_code: str, quarter: str, today: date | None = None) -> PlanStatus:
    """Judge a city's plan at min(quarter end, today) (the quarter end when today is None); reads only.

    The plan version is the one the quarter is judged against (models/plans.plan_for_quarter): a past
    quarter keeps the version in force when it ended, not a later amendment.
    """
    q = _quarter(quarter)
    plan_id = quarter_plan_ids(session, q, city_code).get(city_code)
    if plan_id is None:
        raise InputError(f"la ciudad {city_code} no tiene un plan vigente; impórtelo con `vigia plan import`")
    plan = session.scalar(select(Plan).where(Plan.id == plan_id).options(*_PLAN_TREE))
    cutoff = cutoff_for(q, today)
    if cutoff < q.start:
        raise InputError(f"el trimestre {q} aún no ha empezado (hoy es {fecha(today)})")
    return _evaluate(plan, q, cutoff, today, _load_inputs(session, [plan], q, city_code),
                     _current_versions(session, [plan]))


def evaluate_all(session: Session, quarter: str, today: date | None = None) -> list[PlanStatus]:
    """Judge every city's plan (the version of the quarter) with a fixed number of queries, nothing per milestone."""
    q = _quarter(quarter)
    cutoff = cutoff_for(q, today)
    if cutoff < q.start:
        raise InputError(f"el trimestre {q} aún no ha empezado (hoy es {fecha(today)})")
    ids = sorted(quarter_plan_ids(session, q).values())
    plans = []
    for chunk in range(0, len(ids), 900):
        plans += session.scalars(select(Plan).where(Plan.id.in_(ids[chunk:chunk + 900])).options(*_PLAN_TREE))
    plans.sort(key=lambda p: p.city_code)
    inputs = _load_inputs(session, plans, q)
    current = _current_versions(session, plans)
    return [_evaluate(plan, q, cutoff, today, inputs, current) for plan in plans]


def _current_versions(session: Session, plans: list[Plan]) -> dict[str, int]:
    """The current version of each city whose quarter is judged against an older one (one query, often none)."""
    older = {p.city_code for p in plans if not p.is_current}
    if not older:
        return {}
    rows = session.execute(select(Plan.city_code, Plan.version).where(Plan.is_current.is_(True)))
    return {city: version for city, version in rows.tuples() if city in older}


def _quarter(text: str) -> Quarter:
    try:
        return Quarter.parse(text)
    except ValueError as exc:
        raise InputError(str(exc)) from None


def _evaluate(plan: Plan, q: Quarter, cutoff: date, today: date | None, inputs: _Inputs,
              current_versions: dict[str, int]) -> PlanStatus:
    limits = plan_thresholds(plan.settings)
    options = tracking_settings(plan.settings)
    deadline = reporting_deadline(q, options["reporting_window_days"])
    window_closed = today is None or today > deadline
    reports = inputs.reports.get(plan.city_code, {})
    done_before = inputs.done_before.get(plan.city_code, {})
    previous = inputs.previous.get(plan.city_code, {})
    axes, deviations = [], []
    for axis in plan.axes:
        objectives = []
        for objective in axis.objectives:
            actions = []
            for action in objective.actions:
                statuses = [
                    _milestone_status(m, action, objective, plan.period_start, q, cutoff, reports.get(m.code),
                                      done_before.get(m.code), limits, options, deadline, window_closed,
                                      previous.get(m.code))
                    for m in action.milestones
                ]
                actions.append(ActionStatus(action.code, action.name, *_coloured(statuses, limits), statuses))
            objectives.append(ObjectiveStatus(objective.code, objective.name,
                                              *_coloured([m for a in actions for m in a.milestones], limits),
                                              actions))
        statuses = [m for o in objectives for a in o.actions for m in a.milestones]
        axis_status = _roll_up_axis(axis, statuses, limits)
        axis_status.objectives = objectives
        axes.append(axis_status)
        for m in statuses:
            deviations += _deviations(m, axis, q, cutoff, options)
    everything = [m for a in axes for m in a.milestones]
    ratio, planned, reported = _roll_up(everything)
    expected = [m for m in everything if m.planned > 0 and m.reported_quarter in (None, str(q))]
    received = [m for m in expected if m.reported_quarter == str(q)]
    axis_codes = {a.id: a.code for a in plan.axes}
    axis_names = {a.code: a.name for a in plan.axes}
    indicators = []
    for ind in inputs.indicators.get(plan.id, []):
        status = judge_indicator(ind, axis_codes.get(ind.axis_id), inputs.values.get((plan.city_code, ind.code), {}),
                                 str(q), options["indicator_tolerance"], limits, window_closed)
        if status is not None:
            indicators.append(status)
            deviations += _indicator_deviation(status, axis_names, window_closed)
    budgeted = [m for m in everything if m.budget_index is not None]
    budget_planned = round(sum(m.budget_planned or 0 for m in budgeted), 2)
    budget_executed = round(sum(m.budget_executed or 0 for m in budgeted), 2)
    cost_index = round(budget_executed / budget_planned, 4) if budget_planned > 0 else None
    total_planned = sum(m.weight * m.planned for m in everything)
    spi = round(sum(m.weight * (m.reported or 0) for m in everything) / total_planned, 4) if total_planned else 1.0
    return PlanStatus(
        city_code=plan.city_code, city_name=plan.city.name, plan_name=plan.name, plan_version=plan.version,
        quarter=str(q), cutoff=cutoff, thresholds=limits, axes=axes, deviations=deviations,
        semaforo=colour_for(ratio, limits), ratio=ratio, planned=planned, reported=reported,
        reports_expected=len(expected), reports_received=len(received),
        reports_on_time=sum(1 for m in received if m.on_time), reports_missing=len(expected) - len(received),
        reporting_deadline=deadline, window_closed=window_closed, spi=spi,
        budget_planned=budget_planned, budget_executed=budget_executed, cost_index=cost_index,
        budget_semaforo=_budget_colour(cost_index, limits, options) if cost_index is not None else None,
        indicators=indicators, indicators_expected=len(indicators),
        indicators_received=sum(1 for i in indicators if not i.missing), settings=options,
        current_version=current_versions.get(plan.city_code, plan.version),
    )


def _budget_colour(index: float, limits: dict[str, float], options: dict) -> str:
    """Under-execution coloured like schedule; execution beyond 1 + overrun tolerance is amarillo."""
    if index > 1 + options["budget_overrun_tolerance"]:
        return "amarillo"
    return colour_for(index, limits)


def _milestone_status(m: Milestone, action: Action, objective: Objective, plan_start: date | None, q: Quarter,
                      cutoff: date, report, done, limits: dict[str, float], options: dict, deadline: date,
                      window_closed: bool, previous: tuple[str, float] | None = None) -> MilestoneStatus:
    planned = round(planned_at(milestone_start(m, action, plan_start), m.due, m.planned_progress, cutoff), 2)
    source = report or done
    reported = source.physical_progress if source else None
    missing = reported is None and planned > 0
    overdue = (cutoff - m.due).days if m.due < cutoff and (reported is None or reported < 100) else 0
    if reported is None:
        ratio = None if missing else 1.0
    else:
        ratio = round(reported / planned, 4) if planned > 0 else 1.0
    if missing and not window_closed and not overdue:
        colour = "amarillo"  # pending: the reporting window is still open
    else:
        colour = "rojo" if missing or overdue else colour_for(ratio, limits)
    executed = source.budget_executed if source else None
    budget_planned = round((m.budget or 0) * planned / 100, 2) if m.budget else None
    budget_index = budget_colour = None
    if budget_planned and executed is not None:
        budget_index = round(executed / budget_planned, 4)
        budget_colour = _budget_colour(budget_index, limits, options)
    on_time, notes = None, []
    if report is not None:
        on_time = report.reported_at.astimezone(BOGOTA).date() <= deadline
        if previous is not None and (drop := progress_drop("El avance físico", dict([previous]), str(q),
                                                           report.physical_progress)):
            notes.append(f"{drop}; confirme si es una corrección.")
    return MilestoneStatus(
        code=m.code, name=m.name, responsible=m.responsible, start=m.start, due=m.due, weight=m.weight,
        budget=m.budget, planned=planned, reported=reported, budget_executed=executed,
        ratio=ratio, semaforo=colour, overdue_days=overdue, missing_report=missing,
        reported_quarter=source.quarter if source else None, comment=source.comment if source else None,
        example=m.example, responsible_email=m.responsible_email or action.responsible_email,
        action_code=action.code, objective_code=objective.code, budget_planned=budget_planned,
        budget_index=budget_index, budget_semaforo=budget_colour, on_time=on_time,
        pending_report=missing and not window_closed, notes=notes,
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


def _coloured(milestones: list[MilestoneStatus], limits: dict[str, float]) -> tuple[float, float, float, str]:
    """(planned, reported, ratio, semáforo) of a group of milestones: an action or an objective."""
    ratio, planned, reported = _roll_up(milestones)
    return planned, reported, ratio, colour_for(ratio, limits)


def _roll_up_axis(axis: Axis, statuses: list[MilestoneStatus], limits: dict[str, float]) -> AxisStatus:
    ratio, planned, reported = _roll_up(statuses)
    return AxisStatus(code=axis.code, name=axis.name, planned=planned, reported=reported,
                      semaforo=colour_for(ratio, limits), milestones=statuses, ratio=ratio)


def _days(n: int) -> str:
    return "1 día" if n == 1 else f"{n} días"


def _deviations(m: MilestoneStatus, axis: Axis, q: Quarter, cutoff: date, options: dict) -> list[DeviationInfo]:
    """The milestone's deviations: at most one of schedule (missing, overdue, behind) and one of budget."""
    found = []
    if m.missing_report and not m.pending_report:
        kind = "missing_report"
        message = (f"No llegó el reporte de avance de {q}; al {fecha(cutoff)} el hito debía ir en "
                   f"{porcentaje(m.planned)}") + (f" y venció hace {_days(m.overdue_days)}." if m.overdue_days else ".")
    elif m.overdue_days:
        kind = "overdue"
        message = (f"Venció el {fecha(m.due)} y lleva {_days(m.overdue_days)} de retraso con "
                   f"{porcentaje(m.reported)} de avance reportado.")
    elif m.semaforo != "verde" and not m.pending_report:
        kind = "behind_schedule"
        message = (f"Avance reportado de {porcentaje(m.reported)} frente a {porcentaje(m.planned)} planeado "
                   f"al {fecha(cutoff)}: {porcentaje((m.ratio or 0) * 100)} de lo previsto.")
    else:
        kind = None
    common = dict(milestone_code=m.code, milestone_name=m.name, axis_code=axis.code, axis_name=axis.name,
                  responsible=m.responsible, due=m.due, planned=m.planned, reported=m.reported, ratio=m.ratio,
                  overdue_days=m.overdue_days, example=m.example, budget_planned=m.budget_planned,
                  budget_executed=m.budget_executed, budget_index=m.budget_index)
    if kind:
        found.append(DeviationInfo(kind=kind, semaforo=m.semaforo, message=message, **common))
    if m.budget_semaforo in ("amarillo", "rojo"):
        over = (m.budget_index or 0) > 1
        kind = "budget_over_executed" if over else "budget_under_executed"
        message = (f"Presupuesto ejecutado {dinero(m.budget_executed)} frente a {dinero(m.budget_planned)} "
                   f"previsto al {fecha(cutoff)} según el avance planeado: "
                   f"{porcentaje((m.budget_index or 0) * 100)} de lo previsto"
                   + (" (sobre-ejecución)." if over else " (sub-ejecución)."))
        found.append(DeviationInfo(kind=kind, semaforo=m.budget_semaforo, message=message, **common))
    return found


def _indicator_deviation(i: IndicatorStatus, axis_names: dict[str, str], window_closed: bool) -> list[DeviationInfo]:
    """An indicator off its target (amarillo/rojo) or without its value once the reporting window closed."""
    if i.missing and not window_closed:
        return []
    if not i.missing and i.semaforo == "verde":
        return []
    return [DeviationInfo(
        milestone_code=i.code, milestone_name=i.name, axis_code=i.axis_code or "",
        axis_name=axis_names.get(i.axis_code or "", ""), kind="indicator_missing" if i.missing else "indicator_off_target",
        semaforo=i.semaforo, message=i.describe(), ratio=i.ratio, example=i.example, subject="indicator",
        target=i.target, actual=i.actual,
    )]


# --- the tracking run --------------------------------------------------------------------------


def track(session: Session, quarter: str | None = None, today: date | None = None) -> TrackSummary:
    """Judge every city's plan (the quarter's version), open/escalate/resolve Deviation rows, queue alerts on changes."""
    from models.deviations import sync_deviations

    today = today or bogota_today()
    q = _quarter(quarter) if quarter else Quarter.last_completed(today)
    summary = TrackSummary(quarter=str(q), cutoff=cutoff_for(q, today))
    summary.statuses = evaluate_all(session, str(q), today)
    for status in summary.statuses:
        summary.plans += 1
        summary.indicators += len(status.indicators)
        for colour, count in status.semaforo_counts().items():
            summary.by_semaforo[colour] += count
            summary.milestones += count
    sync_deviations(session, summary)
    session.flush()
    return summary
