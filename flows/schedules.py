"""The deployments `vigia serve` offers: schedules in Bogotá time, and event triggers between them.

Harvest, tracking, delivery and the quarterly report run on schedules; matching runs when a
harvest completes, and delivery also runs as soon as matching, tracking or a report completes,
so an alert does not wait for the next ten-minute tick.
"""
from __future__ import annotations

import os

from prefect.events import DeploymentEventTrigger
from prefect.schedules import Cron

from flows.monitoring import deliver_flow, harvest_flow, match_flow, remind_flow, report_flow, track_flow

TIMEZONE = "America/Bogota"


def _after(*deployment_names: str) -> list[DeploymentEventTrigger]:
    """Run when a flow run of any of these deployments completes."""
    return [
        DeploymentEventTrigger(
            expect={"prefect.flow-run.Completed"},
            match_related={"prefect.resource.role": "deployment", "prefect.resource.name": name},
        )
        for name in deployment_names
    ]


# name: (flow, cron in Bogotá time or None, triggers, description)
DEPLOYMENTS = {
    "harvest-daily": (harvest_flow, "0 6 * * *", [], "Cosecha diaria de convocatorias, 06:00"),
    "match-after-harvest": (match_flow, None, _after("harvest-daily"), "Cruce con los ejes al terminar cada cosecha"),
    "track-weekly": (track_flow, "0 7 * * 1", [], "Seguimiento de hitos los lunes, 07:00"),
    "remind-daily": (remind_flow, "0 8 * * *", [], "Recordatorios de reporte a los responsables, 08:00"),
    "deliver-every-10-minutes": (
        deliver_flow, "*/10 * * * *", _after("match-after-harvest", "track-weekly", "quarterly-report", "remind-daily"),
        "Envío de alertas pendientes cada 10 minutos y tras cada cruce, seguimiento o informe",
    ),
    "quarterly-report": (report_flow, "0 7 10 1,4,7,10 *", [], "Informe trimestral el día 10 de ene, abr, jul y oct, 07:00"),
}


def parameters_of(name: str) -> dict | None:
    """VIGIA_HARVEST_DISTRIBUTED=1 makes the daily harvest hand its sources to `vigia harvest-worker`s."""
    if name == "harvest-daily" and os.environ.get("VIGIA_HARVEST_DISTRIBUTED", "").lower() in ("1", "true", "yes", "sí"):
        return {"distributed": True}
    return None


def build_deployments() -> list:
    """Deployments are built, not started, so tests can inspect what `vigia serve` would run."""
    return [
        flow_.to_deployment(
            name=name,
            schedules=[Cron(cron, timezone=TIMEZONE)] if cron else None,
            triggers=triggers or None,
            description=description,
            tags=["vigia"],
            parameters=parameters_of(name),
        )
        for name, (flow_, cron, triggers, description) in DEPLOYMENTS.items()
    ]
