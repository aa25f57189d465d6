"""Harvest sources end to end: crawl each in a subprocess (which validates and normalises), then dedupe → store.

Each source is committed on its own, so a source that breaks leaves the others stored and its own
opportunities exactly as they were.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from models.db import session_scope
from models.schema import utcnow
from spiders.health import check_run, fully_crawled
from spiders.pipeline.prepare import Prepared, from_records
from spiders.pipeline.store import StoreCounts, record_run, store_items, upsert_source
from spiders.records import CrawlOutput
from spiders.runner import crawl_sources
from spiders.sources import SourceConfig, load_sources, select_sources
from spiders.vocabulary import STATUS_EMPTY, STATUS_ERROR, STATUS_OK

logger = logging.getLogger(__name__)
MAX_REJECTS_KEPT = 50  # reasons kept per run; the count is always exact
# Flows harvest sources in parallel threads of one process: their writes go one at a time (SQLite has
# one writer anyway); the crawls stay parallel.
_STORE_LOCK = threading.Lock()


@dataclass
class SourceResult:
    """What one source's harvest did; also written to its harvest_run row."""

    source_id: str
    status: str
    items: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    error: str | None = None
    rejects: list[str] = field(default_factory=list)
    flags: list[dict[str, str]] = field(default_factory=list)  # spiders/health.py: what a coordinator must see


def harvest(
    sources_file: Path | None = None, only: list[str] | None = None, base_url: str | None = None,
    *, polite: bool = True, crawl_settings: dict[str, Any] | None = None,
) -> list[SourceResult]:
    """Crawl the sources of a file (default: spiders/catalogue.yaml), or only the ids named, and store their items.

    `polite=False` drops the delays between requests (the bench); `crawl_settings` overrides Scrapy settings.
    """
    sources = select_sources(load_sources(sources_file, base_url=base_url), only)
    started_at = utcnow()
    stored: dict[str, SourceResult] = {}

    def store(source: SourceConfig, output: CrawlOutput) -> None:  # while the other sources still crawl
        stored[source.id] = import_crawl(source, output, started_at)

    crawl_sources(sources, polite=polite, settings=crawl_settings, on_finished=store)
    return [stored[source.id] for source in sources]


def import_crawl(source: SourceConfig, output: CrawlOutput, started_at: datetime) -> SourceResult:
    """Store one source's crawl in its own transaction and record the run, whatever happened."""
    prepared = from_records(output.items) if not output.errors else Prepared()
    rejects = output.rejects + output.invalid + prepared.rejects
    result = SourceResult(source_id=source.id, status=STATUS_OK,
                          items=len(output.items) + len(output.rejects) + len(output.invalid),
                          rejected=len(rejects), rejects=rejects[:MAX_REJECTS_KEPT])
    if output.errors:
        result.status, result.error = STATUS_ERROR, "; ".join(output.errors)
    elif result.items == 0:
        result.status = STATUS_EMPTY
    elif not prepared.items:
        result.status = STATUS_ERROR
        result.error = (f"los {result.items} ítems fueron rechazados (revise los selectores o el formato de la "
                        f"fuente); el primero: {rejects[0]}")
    details = {"rejects": result.rejects, "crawl": output.stats}
    with _STORE_LOCK:
        return _store(source, prepared, result, details, started_at, fully_crawled(source, output))


def _store(
    source: SourceConfig, prepared: Prepared, result: SourceResult, details: dict[str, Any], started_at: datetime,
    complete: bool = False,
) -> SourceResult:
    """Write the items and the run, or only an error run when the crawl or the write failed."""
    if result.status != STATUS_ERROR:
        try:
            with session_scope() as session:
                upsert_source(session, source)
                counts = store_items(session, source.id, prepared.items, complete=complete)
                run = record_run(session, source.id, started_at, result.status, result.items, counts,
                                 result.rejected, details=details)
                result.flags = check_run(session, source, run, details["crawl"], prepared.items)
            result.inserted, result.updated, result.unchanged = counts.inserted, counts.updated, counts.unchanged
            return result
        except Exception as exc:  # the database refused this source: record it and go on with the others
            logger.exception("harvest: storing %s failed", source.id)
            result.status, result.error = STATUS_ERROR, f"no se pudo guardar en la base de datos: {exc}"
    with session_scope() as session:
        upsert_source(session, source)
        run = record_run(session, source.id, started_at, STATUS_ERROR, result.items, StoreCounts(), result.rejected,
                         error=result.error, details=details)
        result.flags = check_run(session, source, run, details["crawl"], [])
    return result
