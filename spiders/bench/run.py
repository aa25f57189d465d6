"""Run the harvest bench: serve a generated site, download it bare, harvest it twice, and measure.

Figures: pages/s and items/s of the full harvest, its time over a bare concurrent download of the same
URLs, the second (incremental) harvest's time as a share of the first and the share of its requests
answered by 304 or the cache, and peak memory of the harvest (this process and its crawl processes).
"""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import psutil

from spiders.bench.site import BenchSite, build_site

REPO_ROOT = Path(__file__).resolve().parents[2]
BARE_CONCURRENCY = 32


@dataclass
class BenchResult:
    pages: int
    sources: int
    items: int
    bare_s: float
    scrapy_s: float
    harvest_s: float
    incremental_s: float
    requests_second: int
    cached_second: int
    replayed_second: int
    peak_rss_mb: float
    errors: list[str]
    latency_ms: int = 0
    peak_parts_mb: list[float] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        """The JSON line's keys."""
        return {
            "pages": self.pages, "sources": self.sources, "items": self.items,
            "pages_per_s": round(self.pages / self.harvest_s, 1), "items_per_s": round(self.items / self.harvest_s, 1),
            "bare_s": round(self.bare_s, 2), "harvest_s": round(self.harvest_s, 2),
            "incremental_s": round(self.incremental_s, 2),
            "scrapy_s": round(self.scrapy_s, 2),
            "harvest_over_bare": round(self.harvest_s / self.bare_s, 2),
            "harvest_over_scrapy": round(self.harvest_s / self.scrapy_s, 2),
            "incremental_share": round(self.incremental_s / self.harvest_s, 3),
            "cached_share": round(self.cached_second / self.requests_second, 3) if self.requests_second else 0.0,
            "replayed_pages": self.replayed_second,
            "peak_rss_mb": round(self.peak_rss_mb, 1), "peak_parts_mb": [round(mb, 1) for mb in self.peak_parts_mb],
            "errors": len(self.errors), "latency_ms": self.latency_ms,
        }


@contextmanager
def serve(root: Path, latency_ms: int = 0) -> Iterator[tuple[str, int]]:
    """The bench server in its own process (answering after latency_ms); yields its base URL and pid."""
    process = subprocess.Popen([sys.executable, "-m", "spiders.bench.server", str(root), str(latency_ms / 1000)],
                               cwd=REPO_ROOT,
                               stdout=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(REPO_ROOT)})
    try:
        line = process.stdout.readline() if process.stdout else ""
        if not line.startswith("PORT "):
            raise RuntimeError(f"el servidor de prueba no arrancó: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}", process.pid
    finally:
        process.terminate()
        process.wait(timeout=10)


class MemoryPeak:
    """Samples the RSS of this process plus its children (minus the server) and keeps the peak."""

    def __init__(self, exclude: int | None = None, every: float = 0.05):
        self.exclude, self.every, self.peak = exclude, every, 0
        self.breakdown: list[int] = []  # RSS of each process at the peak, this one first
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="vigia-bench-memory", daemon=True)

    def __enter__(self) -> MemoryPeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            sizes = []
            for proc in [me, *me.children(recursive=True)]:
                if proc.pid == self.exclude:
                    continue
                try:
                    sizes.append(proc.memory_info().rss)
                except psutil.Error:  # a crawl process that just ended
                    pass
            if sum(sizes) > self.peak:
                self.peak, self.breakdown = sum(sizes), sizes
            self._stop.wait(self.every)


async def _download_all(urls: list[str], concurrency: int) -> int:
    """Fetch every URL once with a plain async client: the floor a harvest is compared with."""
    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in urls:
        queue.put_nowait(url)
    fetched = 0
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        async def worker() -> None:
            nonlocal fetched
            while not queue.empty():
                url = queue.get_nowait()
                async with session.get(url) as response:
                    await response.read()
                    fetched += response.status == 200

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return fetched


def bare_download(base_url: str, site: BenchSite) -> float:
    """Seconds to download the site's pages (and robots.txt) with no parsing at all."""
    urls = [base_url + "/robots.txt", *(base_url + path for path in site.paths)]
    started = time.perf_counter()
    fetched = asyncio.run(_download_all(urls, BARE_CONCURRENCY))
    elapsed = time.perf_counter() - started
    if fetched != len(urls):
        raise RuntimeError(f"la descarga directa obtuvo {fetched} de {len(urls)} páginas")
    return elapsed


def scrapy_download(base_url: str, site: BenchSite, workdir: Path) -> float:
    """Seconds for Scrapy alone (one process, no parsing, no cache) to fetch the same pages."""
    urls = workdir / "bench-urls.txt"
    urls.write_text("\n".join(base_url + path for path in site.paths), encoding="utf-8")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "spiders.bench.bare", str(urls)], cwd=REPO_ROOT,
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO_ROOT)})
    elapsed = time.perf_counter() - started
    if f"FETCHED {len(site.paths)}" not in done.stdout:
        raise RuntimeError(f"la descarga con Scrapy no obtuvo todas las páginas: {done.stdout[-300:]}")
    return elapsed


def _harvest(site: BenchSite, base_url: str) -> tuple[float, list[Any]]:
    from spiders.harvest import harvest

    started = time.perf_counter()
    results = harvest(site.sources_file, base_url=base_url, polite=False)
    return time.perf_counter() - started, results


def _second_run_requests(results: list[Any]) -> tuple[int, int, int]:
    """(requests, answered by 304 or the cache, detail pages replayed unparsed) of a harvest, from crawl stats."""
    from models.db import session_scope
    from models.schema import HarvestRun
    from sqlalchemy import select

    ids = [r.source_id for r in results]
    total = cached = replayed = 0
    with session_scope() as session:
        runs = session.scalars(select(HarvestRun).where(HarvestRun.source_id.in_(ids))
                               .order_by(HarvestRun.id.desc()).limit(len(ids)))
        for run in runs:
            stats = (run.details or {}).get("crawl") or {}
            hits, revalidated = stats.get("httpcache/hit", 0), stats.get("httpcache/revalidate", 0)
            total += stats.get("downloader/request_count", 0) + hits
            cached += hits + revalidated
            replayed += stats.get("vigia/replayed", 0)
    return total, cached, replayed


def run_bench(pages: int = 2000, sources: int = 40, workdir: Path | None = None, latency_ms: int = 0) -> BenchResult:
    """The whole bench in a fresh VIGIA_HOME (its own database and HTTP cache), removed afterwards.

    `latency_ms` makes the server answer as a distant site would; the default 0 (loopback speed) is the
    hardest case for the harvest/bare-download ratio, since nothing hides the harvest's own work."""
    with tempfile.TemporaryDirectory(prefix="vigia-bench-") as tmp:
        root = Path(workdir or tmp)
        previous = os.environ.get("VIGIA_HOME"), os.environ.get("VIGIA_DATABASE_URL")
        os.environ["VIGIA_HOME"] = str(root / "home")
        os.environ.pop("VIGIA_DATABASE_URL", None)
        try:
            from models.db import ensure_schema

            ensure_schema()
            site = build_site(root / "site", pages=pages, sources=sources)
            with serve(site.root, latency_ms) as (base_url, server_pid):
                bare = bare_download(base_url, site)
                scrapy_only = scrapy_download(base_url, site, root)
                with MemoryPeak(exclude=server_pid) as memory:
                    first_s, first = _harvest(site, base_url)
                    second_s, second = _harvest(site, base_url)
            requests, cached, replayed = _second_run_requests(second)
        finally:
            _restore("VIGIA_HOME", previous[0])
            _restore("VIGIA_DATABASE_URL", previous[1])
    errors = [f"{r.source_id}: {r.error}" for r in [*first, *second] if r.error]
    return BenchResult(pages=len(site.paths), sources=sources, items=sum(r.inserted for r in first),
                       bare_s=bare, scrapy_s=scrapy_only, harvest_s=first_s, incremental_s=second_s,
                       requests_second=requests, cached_second=cached, replayed_second=replayed,
                       peak_rss_mb=memory.peak / 2**20, errors=errors, latency_ms=latency_ms, peak_parts_mb=[size / 2**20 for size in memory.breakdown])


def _restore(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value
