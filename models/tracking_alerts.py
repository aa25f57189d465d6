"""The Spanish deviation alert an ORI receives: a plain-text title and an escaped HTML body."""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from models.locale_co import fecha, porcentaje

if TYPE_CHECKING:
    from models.tracking import DeviationInfo, PlanStatus

KIND_LABELS = {
    "missing_report": "sin reporte de avance",
    "overdue": "hito vencido",
    "behind_schedule": "avance atrasado",
}


def deviation_alert(status: PlanStatus, info: DeviationInfo, previous_semaforo: str | None = None) -> tuple[str, str]:
    """Title and HTML body for one new (or recoloured) deviation; every text from the plan is escaped."""
    label = KIND_LABELS.get(info.kind, info.kind)
    change = f" (antes {previous_semaforo})" if previous_semaforo else ""
    title = (f"{status.city_name} · {status.quarter}: hito {info.milestone_code} — {label}, "
             f"semáforo {info.semaforo}{change}")
    limits = status.thresholds
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
    items = "".join(f"<li><strong>{escape(k)}:</strong> {escape(v)}</li>" for k, v in rows)
    body = (
        f"<p><strong>Semáforo {escape(info.semaforo)}{escape(change)}</strong> · {escape(status.city_name)} · "
        f"{escape(status.plan_name)} (versión {status.plan_version}) · trimestre {escape(status.quarter)}</p>"
        f"<p>{escape(info.message)}</p>"
        f"<ul>{items}</ul>"
        f"<p>Semáforo de esta ciudad: verde desde {porcentaje(limits['verde'] * 100)} de lo planeado, "
        f"amarillo desde {porcentaje(limits['amarillo'] * 100)}, rojo por debajo.</p>"
    )
    if info.example:
        body += "<p><em>Hito de ejemplo: sus datos son inventados para la demostración.</em></p>"
    return title, body
