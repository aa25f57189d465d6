"""Vigía's Prefect flows: thin wrappers over the domain steps, each leaving one markdown artifact.

Coordinators read these artifacts in the Prefect UI: what was harvested, which source broke,
which alerts went out. The steps themselves live in spiders/, models/ and notifications/.
"""
from __future__ import annotations

import os
import time
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.states import Completed
from prefect.task_runners import ThreadPoolTaskRunner

from models.db import session_scope
from spiders.runner import PARALLEL_CRAWLS


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    """A markdown table; cells are flattened so scraped text cannot break the layout."""
    def cell(value: Any) -> str:
        return str(value if value is not None else "").replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


# --- harvest ---------------------------------------------------------------------------------


class SourceFailed(Exception):
    """Raised by a source's task so the Prefect UI shows exactly which source broke."""


def _io_failure(task: Any, task_run: Any, state: Any) -> bool:
    """Retry a source's task only when I/O failed (a process that could not start, a database that was busy);
    a source that answered badly is reported, not hammered again."""
    from sqlalchemy.exc import OperationalError

    error = state.result(raise_on_failure=False)
    return isinstance(error, (OSError, OperationalError))


@task(name="harvest-source", task_run_name="harvest-{source_id}", retries=2, retry_delay_seconds=[10, 60],
      retry_condition_fn=_io_failure)
def harvest_source(source_id: str, sources_file: str | None, base_url: str | None,
                   shared: str | None = None) -> dict[str, Any]:
    """Import one source's items, crawled by the flow's shared crawl (`shared`) or, without it, alone;
    a broken source fails only its own task."""
    from spiders.harvest import harvest_one

    result = harvest_one(source_id, Path(sources_file) if sources_file else None, base_url, shared)
    if result.status == "error":
        raise SourceFailed(f"{source_id}: {result.error}")
    return asdict(result)


# A source task crawls alone only when retried or when the shared crawl could not take its source; each such
# crawl is a process of its own (65-130 MB): as many at a time as the runner's parallel crawls, not one per
# source at once (Prefect's thread pool is unbounded by default).
# How long a distributed harvest waits for its workers before counting the sources left as failed.
WORKERS_WAIT_SECONDS = float(os.environ.get("VIGIA_HARVEST_WAIT_SECONDS") or 6 * 3600)


@flow(name="harvest", log_prints=True, task_runner=ThreadPoolTaskRunner(max_workers=PARALLEL_CRAWLS))
def harvest_flow(sources_file: str | None = None, only: list[str] | None = None, base_url: str | None = None,
                 distributed: bool = False):
    """Harvest every source (or the ones named) as independent tasks; partial success is success.

    `distributed` hands each source task to the harvest workers (`vigia harvest-worker`, on this or other
    machines sharing the database and the Prefect server) instead of running them in this flow's process.
    """
    from spiders.harvest import SharedCrawl
    from spiders.sources import load_sources
    from spiders.vocabulary import STATUS_ERROR, STATUS_LABELS

    sources = [s for s in load_sources(Path(sources_file) if sources_file else None, base_url=base_url)
               if not only or s.id in only]
    ids = [s.id for s in sources]
    if distributed:
        futures = [harvest_source.delay(sid, sources_file, base_url) for sid in ids]
    else:  # crawled several to a process, all at once; each source's task stores it as soon as its crawl ends
        with SharedCrawl(sources) as crawl:
            submitted = {sid: harvest_source.submit(sid, sources_file, base_url, crawl.key) for sid in crawl.ended()}
            futures = [submitted[sid] for sid in ids]
            for future in futures:
                future.wait()
    rows, ok, failed = [], [], []
    deadline = time.monotonic() + WORKERS_WAIT_SECONDS
    for sid, future in zip(ids, futures):
        state = _final_state(future, deadline if distributed else None)
        if state is None or not state.is_final():
            failed.append({"source_id": sid, "error": "ningún trabajador de cosecha terminó esta fuente a tiempo"})
            rows.append([sid, STATUS_LABELS[STATUS_ERROR], 0, 0, 0, 0, 0, failed[-1]["error"]])
            continue
        if state.is_completed():
            r = state.result()
            ok.append(r)
            rows.append([sid, STATUS_LABELS.get(r["status"], r["status"]), r["items"], r["inserted"], r["updated"],
                         r["unchanged"], r["rejected"], ""])
        else:
            error = str(state.message or state.name)
            failed.append({"source_id": sid, "error": error})
            rows.append([sid, STATUS_LABELS[STATUS_ERROR], 0, 0, 0, 0, 0, error[:300]])
    markdown = "# Cosecha de convocatorias\n\n" + _table(
        ["fuente", "estado", "ítems", "nuevas", "actualizadas", "sin cambios", "rechazadas", "error"], rows
    ) + _problem_sources(ids)
    create_markdown_artifact(markdown=markdown, key="harvest-summary", description="Resultado por fuente")
    result = {"sources": len(ids), "ok": ok, "failed": failed,
              "inserted": sum(r["inserted"] for r in ok), "updated": sum(r["updated"] for r in ok)}
    if failed:
        return Completed(message=f"Parcial: {len(failed)} de {len(ids)} fuentes fallaron", data=result)
    return result


def _final_state(future: Any, deadline: float | None) -> Any:
    """The task's final state; for a delayed task, waiting until `deadline` (a task worker that dies leaves its task
    running forever, and one that has not picked the task up yet leaves it without any state: None)."""
    while True:
        future.wait(timeout=None if deadline is None else max(1.0, deadline - time.monotonic()))
        try:
            state = future.state
        except RuntimeError:  # "has no state which means it hasn't started yet": no worker has taken it so far
            state = None
        if deadline is None or (state is not None and state.is_final()) or time.monotonic() >= deadline:
            return state
        time.sleep(1.0)


def _problem_sources(source_ids: list[str]) -> str:
    """The "Fuentes con problemas" section: each flagged source of this run with what is wrong."""
    from spiders.health import FLAG_LABELS, latest_runs

    with session_scope() as session:
        runs = latest_runs(session, source_ids)
        rows = [[sid, FLAG_LABELS.get(flag["code"], flag["code"]), flag["message"][:300]]
                for sid in source_ids if sid in runs for flag in runs[sid].flags or []]
    if not rows:
        return "\n\n## Fuentes con problemas\n\nNinguna: todas las fuentes respondieron como de costumbre.\n"
    return ("\n\n## Fuentes con problemas\n\n" + _table(["fuente", "problema", "detalle"], rows)
            + "\n\nDetalle por fuente: `vigia sources status --source ID`.\n")


# --- match, track, deliver, report ---------------------------------------------------------


@flow(name="match", log_prints=True)
def match_flow(rescore_all: bool = False) -> dict[str, Any]:
    """Score new opportunities against every city's axes, queue opportunity alerts and change alerts."""
    from models.change_alerts import queue_change_alerts
    from models.matching import match

    with session_scope() as session:
        summary = match(session, rescore_all=rescore_all)
        changes = queue_change_alerts(session)
    rows = [[city, n] for city, n in sorted(summary.by_city.items())]
    markdown = (
        "# Cruce de convocatorias con ejes\n\n"
        f"- Convocatorias evaluadas: **{summary.opportunities}** contra **{summary.axes}** ejes\n"
        f"- Coincidencias: **{summary.matches}**\n- Alertas en cola: **{summary.alerts_queued}**\n"
        f"- Sin alerta: {summary.pass_on} para remitir a actores locales, {summary.not_eligible} no elegibles, "
        f"{summary.too_late} con plazo muy corto, {summary.dismissed} descartadas, {summary.over_limit} sobre el máximo\n"
        f"- Avisos de cambios (cierre, monto, retiro) en cola: **{changes.queued}** "
        f"({changes.changes} cambios recientes, {changes.closed} omitidos por descartadas o cerradas)\n\n"
        + _table(["ciudad (DANE)", "coincidencias"], rows)
    )
    create_markdown_artifact(markdown=markdown, key="match-summary", description="Coincidencias por ciudad")
    return {**asdict(summary), "change_alerts_queued": changes.queued}


@flow(name="track", log_prints=True)
def track_flow(quarter: str | None = None, today: date | None = None) -> dict[str, Any]:
    """Compare reported with planned progress, open or close deviations, queue deviation alerts."""
    from models.tracking import track

    with session_scope() as session:
        summary = track(session, quarter=quarter, today=today)
    data = asdict(summary)
    markdown = "# Seguimiento trimestral\n\n" + "\n".join(
        f"- {key}: **{value}**" for key, value in data.items() if not isinstance(value, (list, dict))
    )
    if isinstance(data.get("by_semaforo"), dict):
        markdown += "\n\n" + _table(["semáforo", "hitos"], [[k, v] for k, v in data["by_semaforo"].items()])
    create_markdown_artifact(markdown=markdown, key="track-summary", description="Semáforo y desvíos")
    return data


@flow(name="deliver", log_prints=True)
def deliver_flow() -> dict[str, Any]:
    """Send pending alerts through apprise; failures stay pending for the next run."""
    from notifications.deliver import deliver_pending

    summary = deliver_pending()
    data = asdict(summary)
    markdown = "# Envío de alertas\n\n" + "\n".join(
        f"- {key}: **{value}**" for key, value in data.items() if not isinstance(value, (list, dict))
    )
    create_markdown_artifact(markdown=markdown, key="deliver-summary", description="Alertas enviadas y fallidas")
    return data


@flow(name="quarterly-report", log_prints=True)
def report_flow(quarter: str | None = None, city: str | None = None, today: date | None = None) -> dict[str, Any]:
    """Publish each city's quarterly report to the static site and queue report alerts."""
    from notifications.report import publish_reports

    with session_scope() as session:
        reports = publish_reports(session, quarter=quarter, city_code=city, today=today)
        rows = [[r.city_code, r.quarter, r.path] for r in reports]
    markdown = "# Informes trimestrales publicados\n\n" + _table(["ciudad (DANE)", "trimestre", "archivo"], rows)
    create_markdown_artifact(markdown=markdown, key="report-summary", description="Informes publicados")
    return {"reports": [{"city_code": r[0], "quarter": r[1], "path": r[2]} for r in rows]}


@flow(name="remind", log_prints=True)
def remind_flow(today: date | None = None) -> dict[str, Any]:
    """Remind responsible people who still owe this quarter's report (window opening, halfway, last day)."""
    from models.locale_co import BOGOTA
    from models.reminders import queue_reminders

    with session_scope() as session:
        summary = queue_reminders(session, today or datetime.now(BOGOTA).date())
    data = asdict(summary)
    markdown = "# Recordatorios de reporte\n\n" + "\n".join(
        f"- {key}: **{value}**" for key, value in data.items() if not isinstance(value, (list, dict))
    )
    create_markdown_artifact(markdown=markdown, key="remind-summary", description="Recordatorios en cola")
    return data
