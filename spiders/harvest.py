"""Harvest sources end to end: crawl each in a subprocess (which validates and normalises), then dedupe → store.

Each source is committed on its own, so a source that breaks leaves the others stored and its own
opportunities exactly as they were.
"""
from __future__ import annotations

import logging
import queue
import threading
import uuid
from collections.abc import Iterator
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
from spiders.runner import POLL_SECONDS, crawl_sources
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


class SharedCrawl:
    """Crawl the sources of one harvest in a few processes in the background, each source's output kept for the
    task that stores it.

    The harvest flow gives every source its own Prefect task (its own state, artifact row and retries). Were
    each task to crawl its source alone, every source would pay a crawl process of its own (Python and Scrapy:
    half a second of CPU and 65-130 MB), most of what an unchanged source costs, and only as many sources as
    tasks at a time would wait out their politeness delays. Here sources are crawled several to a process, all
    at once (each with its own delay), as `harvest` does.
    """

    def __init__(self, sources: list[SourceConfig], *, polite: bool = True,
                 crawl_settings: dict[str, Any] | None = None) -> None:
        self.key = uuid.uuid4().hex
        self.sources = {source.id: source for source in sources}
        self.started_at = utcnow()
        self._polite, self._settings = polite, crawl_settings
        self._outputs: dict[str, CrawlOutput] = {}
        self._ended: queue.Queue[str] = queue.Queue()
        self._thread = threading.Thread(target=self._crawl, name=f"vigia-shared-crawl-{self.key[:8]}", daemon=True)

    def __enter__(self) -> SharedCrawl:
        with _SHARED_LOCK:
            _SHARED[self.key] = self
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with _SHARED_LOCK:
            _SHARED.pop(self.key, None)

    def _crawl(self) -> None:
        try:
            crawl_sources(list(self.sources.values()), polite=self._polite, settings=self._settings,
                          on_finished=self._finished)
        except Exception:  # a process that could not start: those sources' tasks crawl them alone (and retry)
            logger.exception("harvest: the shared crawl failed; its sources are crawled one by one")

    def _finished(self, source: SourceConfig, output: CrawlOutput) -> None:
        self._outputs[source.id] = output
        self._ended.put(source.id)

    def ended(self) -> Iterator[str]:
        """Each source id as soon as its crawl has ended, then those whose crawl never ended (crawl alone)."""
        given: set[str] = set()
        while len(given) < len(self.sources):
            try:
                source_id = self._ended.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if self._thread.is_alive() or not self._ended.empty():
                    continue
                source_id = next(s for s in self.sources if s not in given)  # the crawl failed before it
            if source_id not in given:
                given.add(source_id)
                yield source_id

    def output(self, source_id: str) -> CrawlOutput | None:
        return self._outputs.get(source_id)


_SHARED: dict[str, SharedCrawl] = {}
_SHARED_LOCK = threading.Lock()


def harvest_one(source_id: str, sources_file: Path | None = None, base_url: str | None = None,
                shared: str | None = None) -> SourceResult:
    """Store one source: from the shared crawl named `shared` when it crawled that source, else crawl it alone
    (a retry re-stores the shared crawl's output rather than asking the site again)."""
    crawl = _SHARED.get(shared) if shared else None
    output = crawl.output(source_id) if crawl is not None else None
    if crawl is None or output is None:
        return harvest(sources_file, only=[source_id], base_url=base_url)[0]
    return import_crawl(crawl.sources[source_id], output, crawl.started_at)


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
