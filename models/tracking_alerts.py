"""The Spanish deviation alert an ORI receives: a plain-text title and an escaped HTML body."""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from models.locale_co import numero
from models.locale_fast import dinero, fecha, porcentaje

if TYPE_CHECKING:
    from models.tracking import DeviationInfo, PlanStatus

KIND_LABELS = {
    "missing_report": "sin reporte de avance",
    "overdue": "hito vencido",
    "behind_schedule": "avance atrasado",
    "budget_under_executed": "presupuesto sub-ejecutado",
    "budget_over_executed": "presupuesto sobre-ejecutado",
    "indicator_off_target": "indicador por debajo de la meta",
    "indicator_missing": "indicador sin valor reportado",
}
# What happened to a deviation in this run; alerts go out only on these changes of state.
EVENT_LABELS = {"opened": "nuevo desvío", "recoloured": "cambio de semáforo", "escalated": "desvío escalado",
                "resolved": "desvío resuelto"}

DIGEST_WORDS = {"opened": ("nuevo", "nuevos"), "recoloured": ("con cambio de semáforo", "con cambio de semáforo"),
                "escalated": ("escalado", "escalados"), "resolved": ("resuelto", "resueltos")}


def _subject(info: DeviationInfo) -> str:
    return "indicador" if info.subject == "indicator" else "hito"


def deviation_title(status: PlanStatus, info: DeviationInfo, previous_semaforo: str | None = None,
                    event: str = "opened") -> str:
    """The one-line, plain-text title of a deviation alert."""
    label = KIND_LABELS.get(info.kind, info.kind)
    head = f"{status.city_name} · {status.quarter}: {_subject(info)} {info.milestone_code} — {label}"
    if event == "resolved":
        return f"{head}: resuelto"
    change = f" (antes {previous_semaforo})" if previous_semaforo else ""
    title = f"{head}, semáforo {info.semaforo}{change}"
    return f"ESCALADO · {title}" if event == "escalated" else title


def _facts(status: PlanStatus, info: DeviationInfo) -> list[tuple[str, str]]:
    if info.subject == "indicator":
        rows = [("Indicador", f"{info.milestone_code} — {info.milestone_name}")]
        if info.axis_code:
            rows.append(("Eje", f"{info.axis_code} — {info.axis_name}"))
        indicator = next((i for i in status.indicators if i.code == info.milestone_code), None)
        show = indicator.shown if indicator else (lambda value: numero(value, 2))
        rows += [("Meta del periodo", show(info.target) if info.target is not None else "—"),
                 ("Valor reportado", show(info.actual) if info.actual is not None else "sin valor")]
        return rows
    rows = [
        ("Hito", f"{info.milestone_code} — {info.milestone_name}"),
        ("Eje", f"{info.axis_code} — {info.axis_name}"),
        ("Responsable", info.responsible or "sin responsable asignado"),
        ("Fecha de entrega", fecha(info.due)),
        (f"Avance planeado al {fecha(status.cutoff)}", porcentaje(info.planned)),
        ("Avance reportado", porcentaje(info.reported) if info.reported is not None else "sin reporte"),
    ]
    if info.overdue_days:
        rows.append(("Días de retraso", str(info.overdue_days)))
    if info.kind.startswith("budget_"):
        rows += [("Presupuesto previsto a la fecha", dinero(info.budget_planned)),
                 ("Presupuesto ejecutado", dinero(info.budget_executed))]
    return rows


def _event_note(event: str, status: PlanStatus) -> str:
    if event == "escalated":
        return (f"<p><strong>Escalado:</strong> lleva dos trimestres seguidos en rojo o más de "
                f"{status.settings.get('escalate_after_days', 30)} días de retraso; requiere atención de la "
                f"coordinación.</p>")
    if event == "resolved":
        return "<p><strong>Resuelto:</strong> el seguimiento de este trimestre ya no encuentra este desvío.</p>"
    return ""


def deviation_alert(status: PlanStatus, info: DeviationInfo, previous_semaforo: str | None = None,
                    event: str = "opened") -> tuple[str, str]:
    """Title and HTML body for one change of state of a deviation; every text from the plan is escaped."""
    title = deviation_title(status, info, previous_semaforo, event)
    change = f" (antes {previous_semaforo})" if previous_semaforo else ""
    limits = status.thresholds
    items = "".join(f"<li><strong>{escape(k)}:</strong> {escape(v)}</li>" for k, v in _facts(status, info))
    head = (f"Semáforo {escape(info.semaforo)}{escape(change)}" if event != "resolved"
            else escape(EVENT_LABELS["resolved"].capitalize()))
    body = (
        f"<p><strong>{head}</strong> · {escape(status.city_name)} · "
        f"{escape(status.plan_name)} (versión {status.plan_version}) · trimestre {escape(status.quarter)}</p>"
        f"{_event_note(event, status)}"
        f"<p>{escape(info.message)}</p>"
        f"<ul>{items}</ul>"
        f"<p>Semáforo de esta ciudad: verde desde {porcentaje(limits['verde'] * 100)} de lo planeado, "
        f"amarillo desde {porcentaje(limits['amarillo'] * 100)}, rojo por debajo.</p>"
    )
    if info.example:
        body += "<p><em>Dato de ejemplo: inventado para la demostración.</em></p>"
    return title, body


def digest_alert(status: PlanStatus, events: list[tuple[str, DeviationInfo, str | None]]) -> tuple[str, str]:
    """One message with every change of state of a city's deviations in this run (digest setting)."""
    counts = {e: sum(1 for ev, _, _ in events if ev == e) for e in EVENT_LABELS}
    summary = ", ".join(f"{n} {DIGEST_WORDS[e][n != 1]}" for e, n in counts.items() if n)
    title = f"{status.city_name} · {status.quarter}: resumen de desvíos — {summary}"
    items = "".join(
        f"<li><strong>{escape(EVENT_LABELS[event].capitalize())}</strong> · "
        f"{escape(deviation_title(status, info, previous, event))}<br>{escape(info.message)}</li>"
        for event, info, previous in events
    )
    body = (f"<p><strong>Resumen de desvíos</strong> · {escape(status.city_name)} · {escape(status.plan_name)} "
            f"(versión {status.plan_version}) · trimestre {escape(status.quarter)} · semáforo del plan "
            f"{escape(status.semaforo)}</p><ul>{items}</ul>")
    return title, body
