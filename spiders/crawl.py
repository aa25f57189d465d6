"""Subprocess entry point: crawl a batch of sources in one reactor, each writing its own JSON-lines file.

    python -m spiders.crawl JOB.json OUTPUT_DIR

JOB.json holds {"sources": [SourceConfig…], "polite": bool, "budget": seconds, "cache_dir": path,
"settings": {…}}; each source writes OUTPUT_DIR/<id>.jsonl. Twisted's reactor cannot be restarted within
a process, so every batch gets a fresh one here and the caller (spiders.runner) stays free to crawl again.
Sources share the process but not their crawler: each has its own settings, downloader, stats and file.
"""
from __future__ import annotations

import gc
import sys

if __name__ == "__main__":
    # A crawl process keeps everything it loads and builds before the reactor starts (Python, Scrapy, Twisted,
    # the crawlers): the collector's passes over it while it loads were an eighth of the start-up CPU, before
    # the first request. It is switched on again, tuned, once the crawlers are built (quiet_garbage_collector).
    gc.disable()

import argparse
import asyncio
import ctypes
import json
import logging
import os
import signal
from pathlib import Path
from typing import Any

from scrapy.crawler import AsyncCrawlerProcess, Crawler
from scrapy.downloadermiddlewares.httpcache import HttpCacheMiddleware
from scrapy.downloadermiddlewares.stats import DownloaderStats
from scrapy.dupefilters import RFPDupeFilter
from scrapy.extensions.httpcache import RFC2616Policy
from scrapy.http import Request, Response
from scrapy.settings import Settings

from spiders.adapters import ADAPTERS
from spiders.records import RecordWriter
from spiders.sources import SourceConfig

# Allocations between young-generation collections, and collections between older ones (Python's: 700, 10, 10).
GC_THRESHOLDS = (5000, 20, 20)
# What "polite: false" turns off (the bench, or a source on one's own server); robots.txt stays obeyed.
IMPOLITE_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "DOWNLOAD_DELAY_JITTER": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "VIGIA_POLITE": False,
}


class RevalidatingPolicy(RFC2616Policy):
    """RFC 2616 caching without guessing: a page is reused unasked only when the site promised it
    (max-age/Expires); otherwise it is always revalidated (304), and a 5xx never passes for the old copy."""

    def _compute_freshness_lifetime(self, response: Response, request: Request, now: float) -> float:
        cc = self._parse_cachecontrol(response)
        if b"max-age" in cc or b"Expires" in response.headers:
            return super()._compute_freshness_lifetime(response, request, now)
        return 0  # no heuristic from Last-Modified: a deadline changed yesterday must be seen today

    def is_cached_response_valid(self, cachedresponse: Response, response: Response, request: Request) -> bool:
        return response.status == 304


class StrictHttpCacheMiddleware(HttpCacheMiddleware):
    """Scrapy's cache middleware, except that a failed download fails: a stale copy would hide a broken site."""

    def process_exception(self, request: Request, exception: Exception, spider: Any = None) -> None:
        request.meta.pop("cached_response", None)
        return None

    def _cache_response(self, response: Response, request: Request) -> None:
        """A copy confirmed by a 304 is already stored: writing its files again would cost more than the
        304 saved (without a max-age, its refreshed Date changes nothing)."""
        if "cached" in response.flags and b"max-age" not in (response.headers.get(b"Cache-Control") or b""):
            return
        super()._cache_response(response, request)


class WireStats(DownloaderStats):
    """Scrapy's downloader stats (downloader/request_count, downloader/response_status_count/…, bytes,
    exceptions), counted between the HTTP cache and the network instead of outside the cache: a page
    revalidated by 304 Not Modified counts as a 304 (Scrapy's place, outside the cache, saw the cached 200
    the cache turns it into), and a copy the cache serves unasked (still fresh by the site's max-age or
    Expires) counts as no request and no response; Scrapy's httpcache/hit counts those."""

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        if "cached" in response.flags:  # served by the cache without a download: nothing went over the wire
            return response
        return super().process_response(request, response)


class LoopAwareDupeFilter(RFPDupeFilter):
    """Scrapy's duplicate filter, except that a redirect back to a page already requested (a loop) loses its
    item with a reason instead of silently."""

    def log(self, request: Request, spider: Any) -> None:
        super().log(request, spider)
        if request.meta.get("redirect_urls") and hasattr(spider, "writer"):
            first = request.meta["redirect_urls"][0]
            spider.writer.reject(f"el sitio redirige en bucle desde {first}; se descartó", first)


class BackoffMiddleware:
    """Waits before each retry (VIGIA_RETRY_BACKOFF seconds, doubled per attempt), so a struggling site
    gets room to recover instead of an immediate second hit."""

    def __init__(self, base: float, ceiling: float):
        self.base, self.ceiling = base, ceiling

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffMiddleware:
        settings = crawler.settings
        return cls(settings.getfloat("VIGIA_RETRY_BACKOFF"), settings.getfloat("VIGIA_RETRY_BACKOFF_MAX"))

    async def process_request(self, request: Request, spider: Any = None) -> None:
        attempt = int(request.meta.get("retry_times") or 0)
        if attempt and self.base > 0:
            await asyncio.sleep(min(self.ceiling, self.base * 2 ** (attempt - 1)))
        return None


COMPONENT_SETTINGS = ("DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES", "EXTENSIONS")


def crawler_settings(polite: bool = True, budget: float | None = None, cache_dir: str | None = None,
                     overrides: dict[str, Any] | None = None) -> Settings:
    """Vigía's Scrapy settings (spiders/settings.py), adjusted for one source's crawl."""
    settings = Settings()
    settings.setmodule("spiders.settings", priority="project")
    drop_disabled_components(settings)
    if not polite:
        settings.setdict(IMPOLITE_SETTINGS, priority="cmdline")
    if budget:
        settings.set("CLOSESPIDER_TIMEOUT", budget, priority="cmdline")
    if cache_dir:
        settings.set("HTTPCACHE_DIR", cache_dir, priority="cmdline")
    settings.setdict(overrides or {}, priority="cmdline")
    return settings


def drop_disabled_components(settings: Settings) -> None:
    """Scrapy still imports a component switched off with None (to read its priority): taking it out of the
    *_BASE setting instead spares every crawl process those imports (twisted.conch, aiohttp.web,
    tldextract: about a tenth of a second each process)."""
    for name in COMPONENT_SETTINGS:
        chosen = settings.getdict(name)
        disabled = {key for key, value in chosen.items() if value is None}
        base = settings.getdict(f"{name}_BASE")
        settings.set(f"{name}_BASE", {k: v for k, v in base.items() if k not in disabled}, priority="project")
        settings.set(name, {k: v for k, v in chosen.items() if v is not None}, priority="project")


def source_settings(settings: Settings, source: SourceConfig) -> None:
    """One source's own timeout and pace: its download_delay is the floor and AutoThrottle's start; a source
    that asks for no delay (its own or a local server) is not throttled at all."""
    settings.set("DOWNLOAD_TIMEOUT", source.timeout, priority="cmdline")
    if settings.getbool("VIGIA_POLITE", True):  # the bench's "no delays" stays as it was set
        settings.set("DOWNLOAD_DELAY", source.download_delay, priority="cmdline")
    if source.download_delay <= 0:
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
    elif settings.getbool("AUTOTHROTTLE_ENABLED"):
        settings.set("AUTOTHROTTLE_START_DELAY", source.download_delay, priority="cmdline")


def die_with_parent(parent_pid: int | None) -> None:
    """Ask Linux to end this crawl if the harvest that started it is killed (no orphan keeps crawling)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: an orphan finishes its crawl and exits on its own
        return
    if parent_pid and os.getppid() != parent_pid:  # the parent died before the request took effect
        sys.exit(1)


def quiet_garbage_collector() -> None:
    """Keep what is loaded by now (Scrapy, Twisted, the crawlers: all of it lives as long as the process) out of the
    garbage collector's scans, and scan less often: its collections were a seventh of an incremental crawl's CPU
    (every request leaves Deferreds and frames behind; few form cycles).

    In a crawl process the collector was off until now (see the top of this module): what it would have freed
    while loading (some 1,600 objects of import-time cycles, a few hundred KB) is frozen with the rest rather
    than looked for in a full collection of everything loaded (20-30 ms)."""
    if gc.isenabled():
        gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
    gc.enable()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spiders.crawl",
                                     description="Rastrea un lote de fuentes de Vigía.")
    parser.add_argument("job", type=Path, help="el lote en JSON: fuentes (SourceConfig), cortesía, tiempo máximo")
    parser.add_argument("output", type=Path, help="carpeta donde escribir un archivo JSON lines por fuente")
    args = parser.parse_args(argv)
    job = json.loads(args.job.read_text(encoding="utf-8"))
    die_with_parent(job.get("parent_pid"))
    sources = [SourceConfig(**entry) for entry in job["sources"]]
    args.output.mkdir(parents=True, exist_ok=True)
    streams = []
    process = AsyncCrawlerProcess(crawler_settings(job.get("polite", True), job.get("budget"), job.get("cache_dir"),
                                                   job.get("settings")))
    try:
        for source in sources:
            stream = (args.output / f"{source.id}.jsonl").open("w", encoding="utf-8")
            streams.append(stream)
            settings = crawler_settings(job.get("polite", True), job.get("budget"), job.get("cache_dir"),
                                        job.get("settings"))
            source_settings(settings, source)
            process.crawl(Crawler(ADAPTERS[source.kind], settings), source=source, writer=RecordWriter(stream))
        quiet_garbage_collector()
        process.start()
    finally:
        for stream in streams:
            stream.close()
    return 0


def leave(code: int) -> None:
    """End the crawl process at once: its records files and caches are closed by now, and tearing the interpreter
    down object by object only delayed the harvest, which waits for the process (0.13-0.28 s between the last
    record and the exit on a busy machine; now 0.01-0.03 s)."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    leave(main())
