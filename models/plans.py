"""Import a city's International Action Plan (PAI) from YAML or Excel: all of it or, on any error, none of it.

The Excel workbook (`vigia plan template`, read by models/plan_xlsx.py) holds the same content one
level per sheet and goes through the same checks. Plan file format (UTF-8 YAML; samples in
models/data/plans/). Keys are English, content is the
city's own words. Dates are AAAA-MM-DD, quarters AAAA-T1 … AAAA-T4, money in Colombian pesos.
Keys marked * are required; any other key is an error.

    city:*                       the municipality, district or department
      name:* Bogotá D.C.
      dane_code:* "11001"        DANE/DIVIPOLA code in quotes: 5 digits, or 2 for a department
      department: Bogotá D.C.
    name:* Estrategia de internacionalización 2024-2027
    period:* {start:* 2024-01-01, end:* 2027-12-31}
    settings:                    optional per-city settings (models/settings.py)
      semaforo: {verde: 0.9, amarillo: 0.7}   ratio reported/planned; defaults shown
      match_threshold: 0.45      opportunity alert threshold, 0–1
    axes:*                       ejes estratégicos / líneas de acción, at least one
      - code:* E1                unique in the plan (letters, digits, '.', '-', '_'; up to 40)
        name:* …
        description: …           what the axis is about; matching reads it
        keywords: [cooperación internacional, international cooperation]
        ods: [11, 17]            Sustainable Development Goals, integers 1–17
        budget:* 1500000000      every axis, objective and milestone has a budget (may be 0)
        objectives:*             at least one; code unique within the axis
          - code:* E1.O1
            name:* …
            budget:* …
            actions:*            at least one; code unique within the objective
              - code:* E1.O1.A1
                name:* …
                responsible: Dirección de Relaciones Internacionales
                responsible_email: ori@alcaldia.gov.co
                responsible_area: Secretaría de Desarrollo Económico
                partners: [GIZ, Fons Català]   socios: other bodies taking part
                start: 2025-01-15      optional planned span of the action, within the plan period;
                end: 2025-12-15        end not before start. A milestone without its own start
                                       starts with its action (planned progress, progress sheet);
                                       its milestones lie inside this span (start, due)
                budget:* …
                milestones:*     hitos, at least one
                  - code:* B-H01 unique in the whole plan and stable across versions:
                                 reported progress is attached to (city, milestone code)
                    name:* …
                    responsible:* …
                    responsible_email: …  responsible_area: …   as for actions
                    start: 2025-02-01      default: its action's start, else the plan's period start
                    due:* 2025-11-30       within the plan period (and its action's span), not before start
                    budget:* …
                    weight: 1              share in the axis and plan roll-up, > 0
                    planned_progress: {"2025-T2": 30, "2025-T3": 70, "2025-T4": 100}
                                 optional cumulative % at each quarter's end: never goes down,
                                 only quarters between start and due, 100 in the quarter of due;
                                 without it progress is planned linearly from start to due
                    example: true          the milestone is invented (demo data)
    indicators:                  optional follow-up indicators
      - code:* IND-1             unique in the plan
        name:* …
        axis: E1                 code of one of the plan's axes
        unit: instrumentos
        measure: number          number | percentage (targets 0–100) | money | yes_no | qualitative
        direction: up            up (more is better) or down
        accumulation: flow       how quarterly values add up (DNP): stock | flow | cumulative | capacity | reduction
        catalogue: GII-01        optional entry of the guide's Anexo I (models/catalogue.py; `vigia plan catalogue`)
        baseline: 0
        targets: {"2025-T4": 20, "2027-T4": 50}   per quarter, within the plan period
        example: true            the targets are invented (demo data)

Errors name their place, e.g. `axes[2].objectives[0].actions[1].milestones[0].due: fecha inválida
'2025-13-01'; use AAAA-MM-DD`. Importing a changed file for a city adds a new plan version and
keeps the older ones for history (is_current=False); an unchanged file keeps the current version.

Which version a quarter is judged against (`plan_for_quarter`): a plan amended after a quarter
closed does not rewrite that quarter. Tracking, the quarterly report, the reporting workbook and
the progress import all use, for a quarter,
1. the version in force when the quarter ended (the last one imported by the end of its last day,
   Bogotá time), so a due date moved after the fact does not hide a slippage;
2. when no version had been imported by then (the plan, or its history, was loaded into Vigía
   later): the version the quarter's progress was first reported against (progress_report and
   indicator_value keep it in plan_version);
3. otherwise the current version.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from models.locale_co import BOGOTA
from models.plan_file import AxisSpec, CitySpec, PlanSpec, read_plan_file
from models.quarters import Quarter
from models.schema import Action, Axis, City, Indicator, IndicatorValue, Milestone, Objective, Plan, ProgressReport


@dataclass
class PlanImport:
    plan: Plan
    created: bool  # False when the file matched the current version and nothing was written
    previous_version: int | None


def import_plan_file(session: Session, path: Path | str) -> Plan:
    """Validate a plan file completely, then import it; raises InputErrors having written nothing."""
    return import_plan(session, read_plan_file(Path(path)), source_file=str(path)).plan


def import_plan(session: Session, spec: PlanSpec, source_file: str | None = None) -> PlanImport:
    """Write a validated plan as the city's new current version, unless it equals the current one."""
    upsert_city(session, spec.city)
    fingerprint = spec.fingerprint()
    current = current_plan(session, spec.city.dane_code)
    if current is not None and current.content_hash == fingerprint:
        return PlanImport(plan=current, created=False, previous_version=current.version)
    last = session.scalar(select(func.max(Plan.version)).where(Plan.city_code == spec.city.dane_code))
    session.execute(
        update(Plan).where(Plan.city_code == spec.city.dane_code, Plan.is_current.is_(True)).values(is_current=False)
    )
    plan = Plan(city_code=spec.city.dane_code, name=spec.name, version=(last or 0) + 1, is_current=True,
                period_start=spec.period_start, period_end=spec.period_end, settings=dict(spec.settings),
                source_file=source_file, content_hash=fingerprint)
    plan.axes = [_axis(a, i) for i, a in enumerate(spec.axes)]
    session.add(plan)
    session.flush()
    axes_by_code = {a.code: a for a in plan.axes}
    for x in spec.indicators:
        session.add(Indicator(plan_id=plan.id, axis=axes_by_code.get(x.axis) if x.axis else None, code=x.code,
                              name=x.name, unit=x.unit, direction=x.direction, baseline=x.baseline,
                              targets=dict(x.targets), example=x.example, measure=x.measure,
                              accumulation=x.accumulation, catalogue_code=x.catalogue))
    session.flush()
    return PlanImport(plan=plan, created=True, previous_version=current.version if current else None)


def upsert_city(session: Session, spec: CitySpec) -> City:
    """The plan file is the truth for a city's name and department."""
    city = session.get(City, spec.dane_code)
    if city is None:
        city = City(dane_code=spec.dane_code, name=spec.name, department=spec.department)
        session.add(city)
    else:
        city.name, city.department = spec.name, spec.department
    session.flush()
    return city


def current_plan(session: Session, city_code: str) -> Plan | None:
    """The city's plan in force, if it has one."""
    return session.scalar(select(Plan).where(Plan.city_code == city_code, Plan.is_current.is_(True)))


def quarter_plan_ids(session: Session, quarter: Quarter, city_code: str | None = None) -> dict[str, int]:
    """For every city with a plan in force (or just `city_code`): the id of the version `quarter` is judged against.

    A fixed three queries whatever the number of cities; the rule is in this module's docstring.
    """
    closed = datetime.combine(quarter.end + timedelta(days=1), time(), BOGOTA)  # end of the quarter's last day
    versions = select(Plan.id, Plan.city_code, Plan.version, Plan.imported_at, Plan.is_current)
    reported: dict[str, int] = {}
    for model in (ProgressReport, IndicatorValue):
        query = select(model.city_code, func.min(model.plan_version)).where(
            model.quarter == str(quarter), model.plan_version.is_not(None)).group_by(model.city_code)
        if city_code is not None:
            query = query.where(model.city_code == city_code)
        for city, version in session.execute(query).tuples():
            reported[city] = min(version, reported.get(city, version))
    by_city = defaultdict(list)
    for row in session.execute(versions.where(Plan.city_code == city_code) if city_code else versions):
        by_city[row.city_code].append(row)
    chosen: dict[str, int] = {}
    for city, rows in by_city.items():
        current = next((r for r in rows if r.is_current), None)
        if current is None:
            continue
        in_force = [r for r in rows if r.imported_at < closed]
        first_reported = next((r for r in rows if r.version == reported.get(city)), None)
        chosen[city] = (max(in_force, key=lambda r: r.version) if in_force else first_reported or current).id
    return chosen


def plan_for_quarter(session: Session, city_code: str, quarter: Quarter) -> Plan | None:
    """The version of the city's plan a quarter is judged and reported against; None without a plan in force."""
    plan_id = quarter_plan_ids(session, quarter, city_code).get(city_code)
    return session.get(Plan, plan_id) if plan_id is not None else None


def plan_milestones(plan: Plan) -> list[tuple[Axis, Milestone]]:
    """Every milestone of a plan with its axis, in file order."""
    return [(axis, m) for axis in plan.axes for o in axis.objectives for a in o.actions for m in a.milestones]


def _axis(spec: AxisSpec, position: int) -> Axis:
    axis = Axis(code=spec.code, position=position, name=spec.name, description=spec.description,
                keywords=list(spec.keywords), ods=list(spec.ods), budget=spec.budget)
    axis.objectives = [
        Objective(code=o.code, position=i, name=o.name, budget=o.budget, actions=[
            Action(code=a.code, position=j, name=a.name, responsible=a.responsible, budget=a.budget,
                   responsible_email=a.responsible_email, responsible_area=a.responsible_area,
                   partners=list(a.partners), start=a.start, end=a.end, milestones=[
                Milestone(code=m.code, position=k, name=m.name, responsible=m.responsible,
                          responsible_email=m.responsible_email, responsible_area=m.responsible_area,
                          start=m.start, due=m.due,
                          budget=m.budget, weight=m.weight, planned_progress=dict(m.planned_progress),
                          example=m.example)
                for k, m in enumerate(a.milestones)
            ])
            for j, a in enumerate(o.actions)
        ])
        for i, o in enumerate(spec.objectives)
    ]
    return axis
