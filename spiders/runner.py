"""Parent side of a crawl: run `python -m spiders.crawl` per source (a few at a time) and read back its records."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from spiders.records import CrawlOutput, read_records
from spiders.sources import SourceConfig

REPO_ROOT = Path(__file__).resolve().parent.parent
PARALLEL_CRAWLS = 4
CRAWL_TIMEOUT = 900.0  # seconds for a whole source, retries and detail pages included


def crawl_source(source: SourceConfig, timeout: float = CRAWL_TIMEOUT) -> CrawlOutput:
    """Crawl one source in its own process; a crash, a timeout or a missing end record becomes an error."""
    with tempfile.TemporaryDirectory(prefix=f"vigia-crawl-{source.id}-") as tmp:
        config, output = Path(tmp) / "source.json", Path(tmp) / "records.jsonl"
        config.write_text(source.to_json(), encoding="utf-8")
        python_path = os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))
        env = {**os.environ, "PYTHONPATH": python_path}
        command = [sys.executable, "-m", "spiders.crawl", str(config), str(output)]
        try:
            done = subprocess.run(command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            result = read_records(output, source.id)
            result.errors.append(f"el rastreo superó el tiempo máximo de {timeout:.0f} s")
            return result
        result = read_records(output, source.id)
    if not result.finished and not result.errors:
        last = (done.stderr or "").strip().splitlines()[-1:] or ["sin mensaje"]
        result.errors.append(f"el proceso de rastreo terminó sin completar (código {done.returncode}): {last[0][:500]}")
    return result


def crawl_sources(sources: list[SourceConfig], timeout: float = CRAWL_TIMEOUT) -> dict[str, CrawlOutput]:
    """Crawl several sources in parallel processes; one source's failure never touches the others."""
    if not sources:
        return {}
    with ThreadPoolExecutor(max_workers=min(PARALLEL_CRAWLS, len(sources))) as pool:
        outputs = pool.map(lambda s: crawl_source(s, timeout), sources)
        return {source.id: output for source, output in zip(sources, outputs, strict=True)}
