"""Sources that watch themselves: each run's traffic and fill rates, the problems worth a coordinator's
attention (error, empty where items were expected, key fields suddenly empty), and one alert per new state.

A layout change rarely fails loudly: the list still loads but the deadline or summary selectors find
nothing. Comparing each key field's fill rate with the source's recent runs catches it.
"""
from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.locale_co import fecha_hora, porcentaje
from models.schema import HarvestRun
from notifications.outbox import enqueue
from spiders.pipeline.normalise import NormalisedItem
from spiders.records import CrawlOutput
from spiders.sources import SourceConfig
from spiders.vocabulary import STATUS_EMPTY, STATUS_ERROR, STATUS_OK

# Fields whose sudden emptiness betrays a changed layout, with the words coordinators read.
KEY_FIELDS: dict[str, str] = {
    "deadline": "fecha de cierre", "summary": "resumen", "amount": "monto", "eligibility": "quién puede aplicar",
    "opens_at": "fecha de apertura", "published_at": "fecha de publicación",
}
HISTORY_RUNS = 5          # recent runs a fill rate is compared with
FILL_MIN_ITEMS = 3        # fewer items say nothing about a rate
FILL_BASELINE_MIN = 0.5   # only fields the source usually fills (half its items or more) are watched
FILL_DROP_RATIO = 0.5     # flagged when the rate falls to half its recent average or below

FLAG_ERROR, FLAG_EMPTY, FLAG_FILL_DROP = "error", "empty", "fill_drop"
FLAG_LABELS = {FLAG_ERROR: "falla", FLAG_EMPTY: "sin ítems", FLAG_FILL_DROP: "campos vacíos"}
ALERT_KIND = "sources"


CACHED = "cache"  # the responses key of pages served from a still-fresh cached copy, without a request


@dataclass(frozen=True)
class Traffic:
    requests: int | None
    responses: dict[str, int]
    duration_s: float | None


def traffic(stats: dict[str, Any], started_at: datetime | None = None, finished_at: datetime | None = None) -> Traffic:
    """Requests and responses by HTTP status from the crawl's Scrapy stats; duration from Scrapy, else the clock.

    The downloader stats are counted on the wire (spiders.crawl.WireStats): a page revalidated by the HTTP cache
    is a 304, and requests are those sent to the site. Pages the cache served without asking (fresh by the
    site's max-age or Expires) are no request; they are listed apart, as CACHED responses."""
    prefix = "downloader/response_status_count/"
    responses = {key[len(prefix):]: int(value) for key, value in stats.items()
                 if key.startswith(prefix) and isinstance(value, (int, float))}
    hits = stats.get("httpcache/hit")
    if isinstance(hits, (int, float)) and hits:
        responses[CACHED] = int(hits)
    requests = stats.get("downloader/request_count")
    elapsed = stats.get("elapsed_time_seconds")
    if not isinstance(elapsed, (int, float)) and started_at and finished_at:
        elapsed = (finished_at - started_at).total_seconds()
    return Traffic(int(requests) if isinstance(requests, (int, float)) else None,
                   dict(sorted(responses.items())), round(float(elapsed), 3) if elapsed is not None else None)


def fill_rates(items: Iterable[NormalisedItem]) -> dict[str, float]:
    """Share of items with each key field filled (0..1); empty when there are no items."""
    items = list(items)
    if not items:
        return {}
    return {name: round(sum(1 for i in items if getattr(i, name) not in (None, "")) / len(items), 4)
            for name in KEY_FIELDS}


def fully_crawled(source: SourceConfig, output: CrawlOutput) -> bool:
    """True when the run saw the whole listing: finished cleanly, no page lost, not cut at max_items.

    Only such a run may say a link is gone (and an opportunity withdrawn)."""
    reason = output.stats.get("reason", output.stats.get("finish_reason", "finished"))
    capped = source.max_items is not None and len(output.items) + len(output.invalid) >= source.max_items
    return output.finished and not output.errors and not output.rejects and reason == "finished" and not capped


def assess(
    run: HarvestRun, allow_empty: bool, history: list[HarvestRun], fill: dict[str, float]
) -> list[dict[str, str]]:
    """The problems of one run, each {code, message} in Spanish; `history` holds earlier runs, newest first."""
    flags: list[dict[str, str]] = []
    if run.status == STATUS_ERROR:
        flags.append({"code": FLAG_ERROR, "message": (run.error or "la fuente falló")[:500]})
        return flags
    if run.status == STATUS_EMPTY and not allow_empty:
        usual = [r.items for r in history if r.status == STATUS_OK]
        since = f" (en sus últimas cosechas traía {max(usual)})" if usual else ""
        flags.append({"code": FLAG_EMPTY, "message": f"no trajo ninguna convocatoria{since}; si es normal en esta "
                      "fuente, márquela con allow_empty: true en el catálogo"})
    if run.status == STATUS_OK and run.items >= FILL_MIN_ITEMS:
        drops = []
        for name, label in KEY_FIELDS.items():
            past = [r.details.get("fill", {}).get(name) for r in history
                    if r.status == STATUS_OK and r.items >= FILL_MIN_ITEMS]
            past = [p for p in past if isinstance(p, (int, float))]
            if not past or name not in fill:
                continue
            baseline = sum(past) / len(past)
            if baseline >= FILL_BASELINE_MIN and fill[name] <= baseline * FILL_DROP_RATIO:
                drops.append(f"{label} {porcentaje(fill[name] * 100)} (antes {porcentaje(baseline * 100)})")
        if drops:
            flags.append({"code": FLAG_FILL_DROP, "message": "campos que la fuente solía traer llegan vacíos, "
                          "quizá cambió el diseño del sitio: " + "; ".join(drops)})
    return flags


def recent_runs(session: Session, source_id: str, before_id: int, limit: int = HISTORY_RUNS) -> list[HarvestRun]:
    return list(session.scalars(
        select(HarvestRun).where(HarvestRun.source_id == source_id, HarvestRun.id < before_id)
        .order_by(HarvestRun.id.desc()).limit(limit)))


def check_run(
    session: Session, source: SourceConfig, run: HarvestRun, stats: dict[str, Any],
    items: list[NormalisedItem],
) -> list[dict[str, str]]:
    """Complete a recorded run with its traffic, fill rates and flags; queue an alert when its state is new."""
    measured = traffic(stats, run.started_at, run.finished_at)
    run.requests, run.responses, run.duration_s = measured.requests, measured.responses, measured.duration_s
    fill = fill_rates(items) if run.status == STATUS_OK else {}
    run.details = {**(run.details or {}), "fill": fill}
    history = recent_runs(session, source.id, run.id)
    run.flags = assess(run, source.allow_empty, history, fill)
    session.flush()
    queue_alert(session, source, run, history[0] if history else None)
    return run.flags


def flag_codes(run: HarvestRun | None) -> tuple[str, ...]:
    return tuple(sorted(f["code"] for f in (run.flags or []))) if run is not None else ()


def queue_alert(session: Session, source: SourceConfig, run: HarvestRun, previous: HarvestRun | None) -> int:
    """One alert when a source becomes flagged (or its problems change) and one when it recovers, never per run."""
    now, before = flag_codes(run), flag_codes(previous)
    if now == before:
        return 0
    name = html.escape(source.name)
    if now:
        title = f"Vigía: la fuente «{source.name}» tiene problemas"
        items = "".join(f"<li><b>{html.escape(FLAG_LABELS.get(f['code'], f['code']))}</b>: "
                        f"{html.escape(f['message'])}</li>" for f in run.flags)
        body = (f"<p>En la cosecha del {html.escape(fecha_hora(run.started_at))} la fuente <b>{name}</b> "
                f"(<code>{html.escape(source.id)}</code>) presentó:</p><ul>{items}</ul>"
                f"<p>Revise con <code>vigia sources status --source {html.escape(source.id)}</code>.</p>")
        key = f"source:{source.id}:{'+'.join(now)}:{run.id}"
    else:
        title = f"Vigía: la fuente «{source.name}» volvió a funcionar"
        body = (f"<p>La fuente <b>{name}</b> (<code>{html.escape(source.id)}</code>) volvió a cosecharse sin "
                f"problemas el {html.escape(fecha_hora(run.started_at))}: {run.items} ítems.</p>")
        key = f"source:{source.id}:ok:{run.id}"
    return enqueue(session, None, ALERT_KIND, key, " ".join(title.split())[:160], body)


def latest_runs(session: Session, source_ids: Iterable[str] | None = None) -> dict[str, HarvestRun]:
    """The newest run of each source (of the ids given, or of all)."""
    newest = select(func.max(HarvestRun.id)).group_by(HarvestRun.source_id)
    query = select(HarvestRun).where(HarvestRun.id.in_(newest))
    if source_ids is not None:
        query = query.where(HarvestRun.source_id.in_(list(source_ids)))
    return {run.source_id: run for run in session.scalars(query)}
