"""Parent side of a crawl: run `python -m spiders.crawl` over batches of sources and read back each one's records.

Starting Python and Scrapy costs about a second, so sources are crawled several to a process (one
crawler each, isolated results and errors). A batch that dies as a whole (killed, out of memory) is
re-run one source per process, so one bad source cannot take its batch-mates down with it.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path
from typing import Any

from models.db import vigia_home
from spiders.records import DONE, CrawlOutput, read_records
from spiders.sources import SourceConfig

REPO_ROOT = Path(__file__).resolve().parent.parent
# Crawl processes at a time (110-130 MB each while extracting, ~70 MB when all is replayed); VIGIA_CRAWL_PROCESSES
# sets it on a bigger machine.
PARALLEL_CRAWLS = int(os.environ.get("VIGIA_CRAWL_PROCESSES") or 0) or max(1, min(4, os.cpu_count() or 1))
SOURCE_BUDGET = 600.0  # seconds one source may take, retries and detail pages included
STARTUP_MARGIN = 60.0  # on top of the budget before the whole process is killed (a hung reactor)
POLL_SECONDS = 0.1  # how often the parent looks for sources that ended while their batch runs on
TAIL_BYTES = 65536  # the end record (its crawl stats) fits in this
DONE_PREFIX = ('{"type": "%s"' % DONE).encode()
OnFinished = Callable[[SourceConfig, CrawlOutput], None]


def cache_dir() -> Path:
    """The HTTP cache shared by every crawl process (one folder per source inside)."""
    return vigia_home() / "httpcache"


def crawl_source(source: SourceConfig, budget: float = SOURCE_BUDGET, polite: bool = True,
                 settings: dict[str, Any] | None = None) -> CrawlOutput:
    """Crawl one source in its own process; a crash, a timeout or a missing end record becomes an error."""
    return _crawl_batch([source], budget, polite, settings)[source.id]


def crawl_sources(sources: list[SourceConfig], budget: float = SOURCE_BUDGET, polite: bool = True,
                  settings: dict[str, Any] | None = None, processes: int | None = None,
                  on_finished: OnFinished | None = None) -> dict[str, CrawlOutput]:
    """Crawl several sources in a few parallel processes; one source's failure never touches the others.

    `on_finished(source, output)` is called once per source, from a worker thread: as soon as its crawl
    ends while its batch-mates still run (storing one overlaps crawling the others), or, for a source whose
    process died or timed out, when the batch is over, with its error.
    """
    if not sources:
        return {}
    count = max(1, min(processes or PARALLEL_CRAWLS, len(sources)))
    batches = [sources[i::count] for i in range(count)]
    with ThreadPoolExecutor(max_workers=count) as pool:
        results: dict[str, CrawlOutput] = {}
        for outputs in pool.map(lambda batch: _crawl_batch(batch, budget, polite, settings, on_finished), batches):
            results.update(outputs)
    return {source.id: results[source.id] for source in sources}


def _crawl_batch(sources: list[SourceConfig], budget: float, polite: bool,
                 settings: dict[str, Any] | None, on_finished: OnFinished | None = None) -> dict[str, CrawlOutput]:
    """Run one crawl process for these sources and read each source's file back."""
    with tempfile.TemporaryDirectory(prefix="vigia-crawl-") as tmp:
        job, output = Path(tmp) / "job.json", Path(tmp) / "records"
        payload = {"sources": [asdict(s) for s in sources], "polite": polite, "budget": budget,
                   "cache_dir": str(cache_dir()), "settings": settings or {}, "parent_pid": os.getpid()}
        job.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        python_path = os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))
        env = {**os.environ, "PYTHONPATH": python_path}
        command = [sys.executable, "-m", "spiders.crawl", str(job), str(output)]
        limit = budget + STARTUP_MARGIN
        delivered: dict[str, CrawlOutput] = {}  # handed over while the batch ran, as they were read then
        with (Path(tmp) / "stderr.log").open("w+", encoding="utf-8", errors="replace") as log:
            process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log,
                                       text=True)
            code, timed_out = _wait(process, limit, lambda: _deliver(sources, output, delivered, on_finished))
            log.seek(0)
            stderr = log.read()
        # A source handed over is not read again: its end record was its last line (a tenth of the parent's CPU
        # on an incremental harvest went to parsing every records file twice).
        results = {s.id: delivered.get(s.id) or read_records(output / f"{s.id}.jsonl", s.id) for s in sources}
    unfinished = [s for s in sources if not results[s.id].finished and not results[s.id].errors]
    if unfinished and not timed_out and len(sources) > 1:
        for source in unfinished:  # the process died as a whole: give each source a process of its own
            results.update(_crawl_batch([source], budget, polite, settings, on_finished))
            delivered[source.id] = results[source.id]  # handed over by that run
        unfinished = []
    for source in unfinished:
        if timed_out:
            results[source.id].errors.append(f"el rastreo superó el tiempo máximo de {limit:.0f} s")
        else:
            last = stderr.strip().splitlines()[-1:] or ["sin mensaje"]
            results[source.id].errors.append(
                f"el proceso de rastreo terminó sin completar (código {code}): {last[0][:500]}")
    if on_finished is not None:
        for source in sources:
            if source.id not in delivered:
                on_finished(source, results[source.id])
    return results


def _wait(process: subprocess.Popen, limit: float, tick: Callable[[], None]) -> tuple[int | None, bool]:
    """(exit code, timed out): wait for the crawl process, calling `tick` between polls; kill it past `limit`."""
    deadline = time.monotonic() + limit
    try:
        while True:
            try:
                code = process.wait(timeout=POLL_SECONDS)
                tick()
                return code, False
            except subprocess.TimeoutExpired:
                tick()
                if time.monotonic() > deadline:
                    process.kill()
                    process.wait()
                    return None, True
    except BaseException:  # storing a finished source failed, or the harvest is interrupted: no orphan crawl
        process.kill()
        process.wait()
        raise


def _deliver(sources: list[SourceConfig], output: Path, delivered: dict[str, CrawlOutput],
             on_finished: OnFinished | None) -> None:
    """Hand over each source whose end record is written (its spider closed) and that was not handed over yet."""
    if on_finished is None:
        return
    for source in sources:
        path = output / f"{source.id}.jsonl"
        if source.id in delivered or not _ended(path):
            continue
        delivered[source.id] = read_records(path, source.id)
        on_finished(source, delivered[source.id])


def _ended(path: Path) -> bool:
    """Whether the last line of a records file is its end record (read from the tail, not the whole file)."""
    try:
        with path.open("rb") as stream:
            stream.seek(0, os.SEEK_END)
            stream.seek(max(0, stream.tell() - TAIL_BYTES))
            tail = stream.read()
    except FileNotFoundError:
        return False
    last = tail.rstrip(b"\n").rsplit(b"\n", 1)[-1]
    if not tail.endswith(b"\n") or not last.startswith(DONE_PREFIX):
        return False  # not ended, or its end record is still being written
    try:
        json.loads(last)
    except ValueError:
        return False
    return True
