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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path
from typing import Any

from models.db import vigia_home
from spiders.records import CrawlOutput, read_records
from spiders.sources import SourceConfig

REPO_ROOT = Path(__file__).resolve().parent.parent
PARALLEL_CRAWLS = max(1, min(4, os.cpu_count() or 1))  # crawl processes at a time
SOURCE_BUDGET = 600.0  # seconds one source may take, retries and detail pages included
STARTUP_MARGIN = 60.0  # on top of the budget before the whole process is killed (a hung reactor)


def cache_dir() -> Path:
    """The HTTP cache shared by every crawl process (one folder per source inside)."""
    return vigia_home() / "httpcache"


def crawl_source(source: SourceConfig, budget: float = SOURCE_BUDGET, polite: bool = True,
                 settings: dict[str, Any] | None = None) -> CrawlOutput:
    """Crawl one source in its own process; a crash, a timeout or a missing end record becomes an error."""
    return _crawl_batch([source], budget, polite, settings)[source.id]


def crawl_sources(sources: list[SourceConfig], budget: float = SOURCE_BUDGET, polite: bool = True,
                  settings: dict[str, Any] | None = None, processes: int | None = None) -> dict[str, CrawlOutput]:
    """Crawl several sources in a few parallel processes; one source's failure never touches the others."""
    if not sources:
        return {}
    count = max(1, min(processes or PARALLEL_CRAWLS, len(sources)))
    batches = [sources[i::count] for i in range(count)]
    with ThreadPoolExecutor(max_workers=count) as pool:
        results: dict[str, CrawlOutput] = {}
        for outputs in pool.map(lambda batch: _crawl_batch(batch, budget, polite, settings), batches):
            results.update(outputs)
    return {source.id: results[source.id] for source in sources}


def _crawl_batch(sources: list[SourceConfig], budget: float, polite: bool,
                 settings: dict[str, Any] | None) -> dict[str, CrawlOutput]:
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
        timed_out = False
        try:
            done = subprocess.run(command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=limit)
            code, stderr = done.returncode, done.stderr or ""
        except subprocess.TimeoutExpired as exc:
            timed_out, code = True, None
            stderr = exc.stderr.decode("utf-8", "replace") if isinstance(exc.stderr, bytes) else (exc.stderr or "")
        results = {s.id: read_records(output / f"{s.id}.jsonl", s.id) for s in sources}
    unfinished = [s for s in sources if not results[s.id].finished and not results[s.id].errors]
    if unfinished and not timed_out and len(sources) > 1:
        for source in unfinished:  # the process died as a whole: give each source a process of its own
            results.update(_crawl_batch([source], budget, polite, settings))
        return results
    for source in unfinished:
        if timed_out:
            results[source.id].errors.append(f"el rastreo superó el tiempo máximo de {limit:.0f} s")
        else:
            last = stderr.strip().splitlines()[-1:] or ["sin mensaje"]
            results[source.id].errors.append(
                f"el proceso de rastreo terminó sin completar (código {code}): {last[0][:500]}")
    return results

