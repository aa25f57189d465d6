"""Deviations a follow-up officer finds: budget, indicators, reporting on time, escalation, digest, settings."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select, update

from models.indicator_tracking import achievement, period_figures
from models.plans import import_plan_file
from models.progress import ProgressRow, save_progress
from models.schema import Deviation, Indicator, IndicatorValue, Notification, Plan, ProgressReport, Subscription
from models.settings import tracking_settings, validate_settings
from models.tracking import evaluate_plan, track
from tests.conftest import FIXTURES

MINIMAL = FIXTURES / "plans" / "minimal.yaml"
CITY = "99999"
AFTER_T3 = date(2026, 11, 23)


def report(session, code: str, progress: float, quarter: str = "2026-T3", budget: float | None = None,
           at: date | None = None) -> None:
    save_progress(session, [ProgressRow(0, CITY, quarter, code, progress, budget, "ORI", None)])
    if at is not None:
        session.execute(update(ProgressReport).where(ProgressReport.milestone_code == code,
                                                     ProgressReport.quarter == quarter)
                        .values(reported_at=datetime(at.year, at.month, at.day, 15, tzinfo=timezone.utc)))


def set_settings(session, **settings) -> None:
    plan = session.scalar(select(Plan).where(Plan.city_code == CITY, Plan.is_current.is_(True)))
    plan.settings = {**(plan.settings or {}), **settings}
    session.flush()


def add_indicator(session, code: str, accumulation: str, targets: dict, values: dict, direction: str = "up",
                  baseline: float | None = None, measure: str = "number") -> None:
    plan = session.scalar(select(Plan).where(Plan.city_code == CITY, Plan.is_current.is_(True)))
    session.add(Indicator(plan_id=plan.id, axis_id=plan.axes[0].id, code=code, name=f"Indicador {code}",
                          unit="convenios", direction=direction, baseline=baseline, targets=targets,
                          measure=measure, accumulation=accumulation))
    session.add_all(IndicatorValue(city_code=CITY, indicator_code=code, quarter=q, value=v) for q, v in values.items())
    session.flush()


# --- indicators: how quarterly values add up ---------------------------------------------------


@pytest.mark.parametrize("accumulation, expected", [
    ("flow", (4, 3)),          # the quarter alone
    ("stock", (4, 3)),         # the level at the quarter's end
    ("cumulative", (4, 6)),    # 1 + 2 + 3 to date against the running target
    ("capacity", (4, 5)),      # the highest level reached is kept
    ("reduction", (4, 3)),
])
def test_period_figures_follow_the_accumulation_type(accumulation, expected):
    values = {"2026-T1": 1, "2026-T2": 5, "2026-T3": 3} if accumulation == "capacity" else {
        "2026-T1": 1, "2026-T2": 2, "2026-T3": 3}
    assert period_figures(accumulation, {"2026-T3": 4, "2026-T4": 8}, values, "2026-T3") == expected
    assert period_figures(accumulation, {"2026-T3": 4}, {"2026-T2": 2}, "2026-T3") == (4, None)  # missing


def test_achievement_respects_direction_and_reduction_from_the_baseline():
    assert achievement("up", "flow", None, 10, 8) == pytest.approx(0.8)
    assert achievement("down", "stock", None, 10, 12.5) == pytest.approx(0.8)  # lower is better
    assert achievement("down", "stock", None, 10, 7) == 1.0  # under the ceiling: on target
    # cut from 100 to 70 when the target was 60: 30 of the 40 points to cut
    assert achievement("down", "reduction", 100, 60, 70) == pytest.approx(0.75)
    assert achievement("up", "flow", None, 0, 0) == 1.0


def test_indicators_against_the_target_of_the_quarter_with_tolerance(session):
    import_plan_file(session, MINIMAL)
    add_indicator(session, "I-FLOW", "flow", {"2026-T3": 10}, {"2026-T3": 9})           # 0.9 ≥ 0.85: verde
    add_indicator(session, "I-CUM", "cumulative", {"2026-T3": 12}, {"2026-T1": 3, "2026-T2": 3, "2026-T3": 3})  # 0.75
    add_indicator(session, "I-RED", "reduction", {"2026-T3": 60}, {"2026-T3": 90}, direction="down", baseline=100)
    add_indicator(session, "I-LATE", "stock", {"2026-T3": 5}, {})                         # never arrived
    add_indicator(session, "I-NEXT", "flow", {"2026-T4": 5}, {})                          # not due this quarter
    add_indicator(session, "I-QUAL", "flow", {"2026-T3": 1}, {}, measure="qualitative")   # not judged

    status = evaluate_plan(session, CITY, "2026-T3", today=AFTER_T3)
    found = {i.code: (i.target, i.actual, i.ratio, i.semaforo, i.missing) for i in status.indicators}
    assert found == {
        "I-FLOW": (10, 9, 0.9, "verde", False),
        "I-CUM": (12, 9, 0.75, "amarillo", False),
        "I-RED": (60, 90, 0.25, "rojo", False),
        "I-LATE": (5, None, None, "rojo", True),
    }
    assert (status.indicators_expected, status.indicators_received) == (4, 3)
    kinds = {d.milestone_code: (d.kind, d.subject) for d in status.deviations if d.subject == "indicator"}
    assert kinds == {"I-CUM": ("indicator_off_target", "indicator"), "I-RED": ("indicator_off_target", "indicator"),
                     "I-LATE": ("indicator_missing", "indicator")}
    cum = next(d for d in status.deviations if d.milestone_code == "I-CUM")
    assert cum.message == ("Valor 9 convenios frente a la meta 12 convenios (acumulado a la fecha; mejor mayor): "
                           "75 % de cumplimiento.")

    set_settings(session, indicator_tolerance=0.3)  # a city that accepts 30 % off target
    relaxed = evaluate_plan(session, CITY, "2026-T3", today=AFTER_T3)
    assert next(i for i in relaxed.indicators if i.code == "I-CUM").semaforo == "verde"


# --- budget ------------------------------------------------------------------------------------


def test_budget_executed_against_planned_to_date_is_a_cost_index(session):
    import_plan_file(session, MINIMAL)
    report(session, "H1", 75, budget=300)   # budget 400 × 74,73 % planned = 298,92: index 1.0036, verde
    report(session, "H2", 100, budget=250)  # budget 600 × 100 %: 0.4167, rojo under-execution
    report(session, "H3", 50, budget=250)   # budget 300 × 50 % = 150: 1.667, over-executed (amarillo)
    status = evaluate_plan(session, CITY, "2026-T3", today=AFTER_T3)
    m = {s.code: s for s in status.milestones()}

    assert (m["H1"].budget_planned, m["H1"].budget_index, m["H1"].budget_semaforo) == (298.92, 1.0036, "verde")
    assert (m["H2"].budget_index, m["H2"].budget_semaforo) == (0.4167, "rojo")
    assert (m["H3"].budget_index, m["H3"].budget_semaforo) == (1.6667, "amarillo")
    assert m["H4"].budget_index is None  # nothing planned, nothing reported
    assert (status.budget_planned, status.budget_executed) == (298.92 + 600 + 150, 800)
    assert status.cost_index == pytest.approx(800 / 1048.92, abs=1e-4) and status.budget_semaforo == "amarillo"
    budget = {d.milestone_code: d.kind for d in status.deviations if d.kind.startswith("budget")}
    assert budget == {"H2": "budget_under_executed", "H3": "budget_over_executed"}
    # the milestone's semáforo stays the schedule's: H2 is done, so it is verde despite its budget
    assert m["H2"].semaforo == "verde"


# --- reporting: expected, received, on time, missing --------------------------------------------


def test_reports_on_time_and_missing_reports_pending_while_the_window_is_open(session):
    import_plan_file(session, MINIMAL)
    report(session, "H1", 75, at=date(2026, 10, 10))  # inside the 15-day window
    report(session, "H2", 100, at=date(2026, 10, 20))  # late
    # H3 not reported

    during = evaluate_plan(session, CITY, "2026-T3", today=date(2026, 10, 12))
    assert during.reporting_deadline == date(2026, 10, 15) and not during.window_closed
    h3 = next(m for m in during.milestones() if m.code == "H3")
    assert (h3.missing_report, h3.pending_report, h3.semaforo) == (True, True, "amarillo")
    assert not [d for d in during.deviations if d.kind == "missing_report"]

    after = evaluate_plan(session, CITY, "2026-T3", today=AFTER_T3)
    assert (after.reports_expected, after.reports_received, after.reports_on_time, after.reports_missing) == (3, 2, 1, 1)
    assert [d.milestone_code for d in after.deviations if d.kind == "missing_report"] == ["H3"]

    set_settings(session, reporting_window_days=30)  # a city with a longer window: H2 was on time
    assert evaluate_plan(session, CITY, "2026-T3", today=AFTER_T3).reports_on_time == 2


def test_semaforo_for_every_action_and_objective_rolls_up_by_weight(session):
    import_plan_file(session, MINIMAL)
    report(session, "H1", 70)
    report(session, "H2", 80)
    status = evaluate_plan(session, CITY, "2026-T3", today=AFTER_T3)
    e1 = status.axes[0]
    [o1] = e1.objectives
    [a1] = o1.actions
    assert [m.code for m in a1.milestones] == ["H1", "H2"]
    assert a1.ratio == o1.ratio == e1.ratio and a1.semaforo == o1.semaforo == e1.semaforo == "amarillo"
    assert status.spi == pytest.approx((70 + 3 * 80 + 0) / (74.73 + 300 + 50), abs=1e-3)


# --- the life of a deviation ---------------------------------------------------------------------


def subscribe(session, **kw) -> Subscription:
    sub = Subscription(city_code=CITY, url="mailto://ori@example.org", kinds=["deviations"], **kw)
    session.add(sub)
    session.flush()
    return sub


def messages(session) -> list[Notification]:
    return list(session.scalars(select(Notification).order_by(Notification.id)))


def test_red_two_quarters_running_escalates_once(session):
    import_plan_file(session, MINIMAL)
    subscribe(session)
    report(session, "H1", 75, quarter="2026-T2")
    report(session, "H2", 100, quarter="2026-T2")  # finished on time
    report(session, "H1", 75)
    report(session, "H3", 5, quarter="2026-T2")  # planned 20 % at 2026-T2: 0.25, rojo
    second = track(session, quarter="2026-T2", today=AFTER_T3)
    assert second.deviations_escalated == 0
    report(session, "H3", 20)  # planned 50 % at 2026-T3: 0.4, rojo again
    third = track(session, quarter="2026-T3", today=AFTER_T3)
    assert third.deviations_escalated == 1
    h3 = session.scalar(select(Deviation).where(Deviation.quarter == "2026-T3", Deviation.milestone_code == "H3",
                                                Deviation.kind == "behind_schedule"))
    assert h3.escalated_at is not None and h3.notified == ["escalated"]
    assert messages(session)[-1].title.startswith("ESCALADO · Municipio de Prueba · 2026-T3: hito H3")
    assert "dos trimestres seguidos en rojo" in messages(session)[-1].body
    assert track(session, quarter="2026-T3", today=AFTER_T3).deviations_escalated == 0  # once


def test_slipping_more_than_the_city_allows_escalates(session):
    import_plan_file(session, MINIMAL)
    set_settings(session, escalate_after_days=100)  # H2 is 92 days late: not yet
    report(session, "H2", 80)
    assert track(session, quarter="2026-T3", today=AFTER_T3).deviations_escalated == 0
    set_settings(session, escalate_after_days=90)
    assert track(session, quarter="2026-T3", today=AFTER_T3).deviations_escalated == 1


def test_digest_sends_one_message_per_city_and_run_and_nothing_twice(session):
    import_plan_file(session, MINIMAL)
    set_settings(session, digest=True)
    subscribe(session)
    report(session, "H1", 40)   # behind schedule
    report(session, "H2", 80)   # overdue, escalated
    first = track(session, quarter="2026-T3", today=AFTER_T3)  # + H3 missing
    assert (first.deviations_opened, first.notifications_queued, first.digests) == (3, 1, 1)
    [digest] = messages(session)
    assert digest.title == "Municipio de Prueba · 2026-T3: resumen de desvíos — 2 nuevos, 1 escalado"
    for code in ("H1", "H2", "H3"):
        assert f"hito {code}" in digest.body
    assert track(session, quarter="2026-T3", today=AFTER_T3).notifications_queued == 0

    report(session, "H3", 50)
    third = track(session, quarter="2026-T3", today=AFTER_T3)
    assert (third.deviations_resolved, third.notifications_queued) == (1, 1)
    assert messages(session)[-1].title.endswith("resumen de desvíos — 1 resuelto")


# --- settings ----------------------------------------------------------------------------------


def test_tracking_settings_have_documented_defaults_and_are_validated():
    assert tracking_settings({}) == {"indicator_tolerance": 0.15, "budget_overrun_tolerance": 0.15,
                                     "reporting_window_days": 15, "escalate_after_days": 30, "digest": False,
                                     "reminder_sender": None}
    clean, errors = validate_settings({"reporting_window_days": 10, "digest": True, "indicator_tolerance": 0.2},
                                      "plan.yaml: settings")
    assert clean == {"reporting_window_days": 10, "digest": True, "indicator_tolerance": 0.2} and errors == []
    _, errors = validate_settings({"reporting_window_days": 0, "digest": "sí", "escalate_after_days": 2.5,
                                   "reminder_sender": "mailto://127.0.0.1?to=x@y.co", "ventana": 3},
                                  "plan.yaml: settings")
    messages = sorted(str(e) for e in errors)
    assert messages == sorted([
        "plan.yaml: settings.ventana: clave desconocida; claves válidas: semaforo, match_threshold, "
        "indicator_tolerance, budget_overrun_tolerance, reporting_window_days, escalate_after_days, digest, "
        "reminder_sender, max_per_alert, min_days_left, population, redes",
        "plan.yaml: settings.reporting_window_days: se esperaba un número entero de días entre 1 y 90; se encontró 0",
        "plan.yaml: settings.escalate_after_days: se esperaba un número entero de días entre 1 y 366; "
        "se encontró 2.5",
        "plan.yaml: settings.digest: se esperaba true o false; se encontró 'sí'",
        "plan.yaml: settings.reminder_sender: quite el parámetro to=: Vigía agrega el correo de cada responsable",
    ])


def test_quarterly_report_shows_reporting_budget_and_indicator_figures(session):
    from notifications.report_html import render_report

    import_plan_file(session, MINIMAL)
    report(session, "H1", 75, budget=300, at=date(2026, 10, 10))
    add_indicator(session, "I-<b>", "flow", {"2026-T3": 10}, {"2026-T3": 6})
    html = render_report(evaluate_plan(session, CITY, "2026-T3", today=AFTER_T3), [])
    assert "reportes a tiempo (hasta el 15 de octubre de 2026); 2 faltantes" in html
    assert "índice de costo: $\xa0300 ejecutado de $\xa0299 previsto a la fecha" in html
    assert "Indicadores frente a la meta del trimestre" in html and "I-&lt;b&gt;" in html and "<b>" not in html
    assert "indicador por debajo de la meta" in html


def test_matching_settings_are_accepted_and_checked():
    from models.settings import validate_settings

    clean, errors = validate_settings({"max_per_alert": 5, "min_days_left": 14, "population": 1_200_000}, "settings")
    assert clean == {"max_per_alert": 5, "min_days_left": 14, "population": 1_200_000} and errors == []
    _, errors = validate_settings({"max_per_alert": 0}, "settings")
    assert [str(e) for e in errors] == ["settings.max_per_alert: se esperaba un número entero entre 1 y 1000; se encontró 0"]


def test_yes_no_and_money_indicators_are_described_in_their_measure():
    # «Valor 0 frente a la meta 1» for «¿Convenio firmado?», and money without «$», in `vigia track` and alerts.
    from models.indicator_tracking import IndicatorStatus

    signed = IndicatorStatus("I3", "Convenio firmado", "E1", None, "yes_no", "up", "stock", None, 1.0, 0.0, 0.0,
                             "rojo", False)
    assert signed.describe().startswith("Valor no frente a la meta sí (del periodo; mejor mayor)")
    spent = IndicatorStatus("I5", "Recursos gestionados", "E1", "pesos", "money", "up", "cumulative", None,
                            500_000_000.0, 400_000_000.0, 0.8, "amarillo", False)
    assert spent.describe().startswith("Valor $\xa0400.000.000 frente a la meta $\xa0500.000.000 (acumulado")


def test_redes_is_a_list_of_networks_each_once_and_unknown_when_absent():
    from models.settings import networks_of, validate_settings

    clean, errors = validate_settings({"redes": ["C40", "Metrópolis", "Red de Ciudades Cómo Vamos"]}, "settings")
    assert errors == [] and clean["redes"] == ["C40", "Metrópolis", "Red de Ciudades Cómo Vamos"]
    assert networks_of(clean) == {"c40", "metropolis", "red de ciudades como vamos"}
    assert networks_of({}) is None and networks_of({"redes": []}) == frozenset()
    _, errors = validate_settings({"redes": ["C40", "C40 Cities"]}, "plan.yaml: settings")
    assert [str(e) for e in errors] == ["plan.yaml: settings.redes: la red 'C40 Cities' está repetida (ya aparece como "
                                        "'C40'); déjela una vez"]
    _, errors = validate_settings({"redes": "C40"}, "plan.yaml: settings")
    assert "se esperaba una lista de nombres de redes" in str(errors[0])
