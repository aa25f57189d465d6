"""`vigia demo`: the whole monitoring loop on this machine, every step a Prefect flow in local mode.

It serves recorded source responses over real HTTP on loopback, starts a real SMTP server on
loopback that saves each e-mail under VIGIA_HOME/outbox/, and then runs harvest → plan and
progress import → subscriptions → match → track → report → remind → deliver. Running it again is
safe: every step is idempotent, so a second run harvests nothing new and sends nothing twice.

Reminders are sent as on the first day of the demo quarter's reporting window (DEMO_REMINDER_DAY),
to the sample plans' responsible people whose milestones have no report in the sample progress;
each sample plan's `reminder_sender` points at the loopback SMTP server through the same
`${VIGIA_DEMO_SMTP_PORT}` placeholder as the demo's subscriptions.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from prefect import flow

from flows.monitoring import deliver_flow, harvest_flow, match_flow, remind_flow, report_flow, track_flow
from models.db import session_scope, vigia_home
from models.locale_co import fecha, numero
from models.quarters import Quarter

DEMO_QUARTER = "2026-T3"
# The day the demo's reminders are sent as of: the reporting window of DEMO_QUARTER opens.
DEMO_REMINDER_DAY = Quarter.parse(DEMO_QUARTER).end + timedelta(days=1)
DEMO_DIR = Path(__file__).resolve().parent.parent / "spiders" / "demo"
PLANS_DIR = Path(__file__).resolve().parent.parent / "models" / "data" / "plans"
PROGRESS_DIR = Path(__file__).resolve().parent.parent / "models" / "data" / "progress"
SMTP_PORT_VARIABLE = "VIGIA_DEMO_SMTP_PORT"

# Who the demo alerts: one mailbox per sample city; the port is filled in at send time.
DEMO_SUBSCRIBERS = [
    ("11001", "ori@bogota.demo.gov.co"),
    ("13001", "ori@cartagena.demo.gov.co"),
]


@flow(name="import-plans", log_prints=True)
def import_plans_flow(paths: list[str]) -> list[dict[str, Any]]:
    """Import city plans (all or nothing per file); an unchanged plan keeps its version."""
    from models.plans import import_plan_file

    imported = []
    for path in paths:
        with session_scope() as session:
            plan = import_plan_file(session, Path(path))
            imported.append({"city_code": plan.city_code, "version": plan.version, "file": path})
    return imported


@flow(name="import-progress", log_prints=True)
def import_progress_flow(path: str) -> int:
    """Import one quarter's progress reports."""
    from models.progress import import_progress_file

    with session_scope() as session:
        return import_progress_file(session, Path(path))


def subscribe_demo_mailboxes() -> int:
    """Subscribe each sample city's mailbox once to every kind of alert."""
    from notifications.subscriptions import add_subscription, list_subscriptions

    added = 0
    with session_scope() as session:
        existing = {s.url for s in list_subscriptions(session)}
        for city_code, mailbox in DEMO_SUBSCRIBERS:
            url = f"mailto://127.0.0.1:${{{SMTP_PORT_VARIABLE}}}?from=vigia@localhost&to={mailbox}&mode=insecure"
            if url not in existing:
                add_subscription(session, city_code, url, ["opportunities", "deviations", "reports"])
                added += 1
    return added


@dataclass
class DemoResult:
    home: Path
    seconds: float = 0.0
    harvest: dict[str, Any] = field(default_factory=dict)
    plans: list[dict[str, Any]] = field(default_factory=list)
    progress_rows: int = 0
    match: dict[str, Any] = field(default_factory=dict)
    track: dict[str, Any] = field(default_factory=dict)
    reports: list[dict[str, Any]] = field(default_factory=list)
    remind: dict[str, Any] = field(default_factory=dict)
    deliver: dict[str, Any] = field(default_factory=dict)
    emails: list[Path] = field(default_factory=list)


def run_demo() -> DemoResult:
    """Run the whole loop once against local recorded sources and a loopback SMTP server."""
    from notifications.smtp_sink import SmtpSink
    from spiders.fixture_server import serve_directory

    started = time.monotonic()
    home = vigia_home()
    result = DemoResult(home=home)
    outbox = home / "outbox"
    with serve_directory(DEMO_DIR / "site") as base_url, SmtpSink(outbox) as sink:
        os.environ[SMTP_PORT_VARIABLE] = str(sink.port)
        harvest_state = harvest_flow(sources_file=str(DEMO_DIR / "sources.yaml"), base_url=base_url, return_state=True)
        result.harvest = harvest_state.result(raise_on_failure=False) or {}
        result.plans = import_plans_flow([str(p) for p in sorted(PLANS_DIR.glob("*.yaml"))])
        result.progress_rows = import_progress_flow(str(PROGRESS_DIR / f"{DEMO_QUARTER}.csv"))
        subscribe_demo_mailboxes()
        result.match = match_flow()
        result.track = track_flow(quarter=DEMO_QUARTER)
        result.reports = report_flow(quarter=DEMO_QUARTER)["reports"]
        result.remind = remind_flow(today=DEMO_REMINDER_DAY)
        result.deliver = deliver_flow()
    result.emails = sorted(outbox.glob("*.eml"))
    result.seconds = time.monotonic() - started
    return result


def summary_lines(result: DemoResult) -> list[str]:
    """What the demo did, in Spanish, with the paths to open."""
    harvest = result.harvest
    plans = ", ".join(f"{p['city_code']} v{p['version']}" for p in result.plans)
    lines = [
        "",
        "Vigía — demostración completa",
        f"  Convocatorias: {numero(harvest.get('inserted', 0))} nuevas y {numero(harvest.get('updated', 0))} "
        f"actualizadas de {numero(harvest.get('sources', 0))} fuentes"
        + (f" ({len(harvest['failed'])} con error)" if harvest.get("failed") else ""),
        f"  Planes importados: {plans}; "
        f"reportes de avance: {numero(result.progress_rows)}",
        f"  Coincidencias con ejes: {numero(result.match.get('matches', 0))}; "
        f"alertas de convocatorias en cola: {numero(result.match.get('alerts_queued', 0))}",
        f"  Seguimiento {DEMO_QUARTER}: {_track_line(result.track)}",
        f"  Recordatorios (como el {fecha(DEMO_REMINDER_DAY)}, cuando se abre el plazo para reportar {DEMO_QUARTER}): "
        f"{_remind_line(result.remind)}",
        f"  Mensajes enviados (alertas y recordatorios): {numero(result.deliver.get('sent', 0))}; fallidos: {numero(result.deliver.get('failed', 0))}",
        f"  Correos guardados: {numero(len(result.emails))} en {result.home / 'outbox'}",
        f"  Sitio público: {result.home / 'site' / 'index.html'}",
    ]
    lines += [f"    Informe {r['quarter']} de {r['city_code']}: {r['path']}" for r in result.reports]
    lines.append(f"  Tiempo total: {numero(result.seconds, 1)} s")
    return lines


def _remind_line(remind: dict[str, Any]) -> str:
    people, queued, before = (remind.get(k, 0) for k in ("people", "queued", "already_sent"))
    return (f"{numero(people)} responsables con {numero(remind.get('milestones', 0))} hitos sin reporte; "
            f"en cola: {numero(queued)}; ya enviados en una corrida anterior: {numero(before)}")


def _track_line(track: dict[str, Any]) -> str:
    by = track.get("by_semaforo") or {}
    parts = [f"{numero(by.get(color, 0))} {color}" for color in ("verde", "amarillo", "rojo")]
    opened = track.get("deviations_opened", 0)
    return f"hitos en {', '.join(parts)}; desvíos nuevos: {numero(opened)}"
