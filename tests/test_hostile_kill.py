"""A harvest killed midway — its crawl process or the harvest itself, with a real signal — and run again
leaves no duplicates and no half-written opportunity."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest
from sqlalchemy import func, select

from models.db import session_scope
from models.schema import HarvestRun, Opportunity
from spiders.fixture_server import serve_directory
from spiders.harvest import harvest
from spiders.runner import crawl_sources
from spiders.sources import load_sources
from tests.conftest import REPO

PAGES = 10
SOURCES = """sources:
  - id: lenta
    name: Agencia lenta
    funder: Agencia lenta
    funder_type: cooperation_agencies
    kind: html
    url: lista.html
    links: "css:ul a::attr(href)"
    fields: {title: "css:h1", deadline: "css:time::attr(datetime)"}
    download_delay: 0
    timeout: 10
  - id: feed-rapido
    name: Red rápida
    funder: Red rápida
    funder_type: city_networks
    kind: feed
    url: feed.xml
    download_delay: 0
    timeout: 10
"""


@pytest.fixture
def slow_site(tmp_path: Path):
    """A list of PAGES detail pages that each take 0,4 s, and a quick feed; yields (sources file, base URL)."""
    site = tmp_path / "site"
    site.mkdir()
    links = "".join(f'<li><a href="conv-{i}.html?delay=0.4">{i}</a></li>' for i in range(PAGES))
    (site / "lista.html").write_text(f"<html><body><ul>{links}</ul></body></html>", encoding="utf-8")
    for i in range(PAGES):
        (site / f"conv-{i}.html").write_text(
            f'<html><body><h1>Convocatoria número {i} para gobiernos locales</h1>'
            f'<time datetime="2027-03-{i + 1:02d}T23:59:00-05:00"></time></body></html>', encoding="utf-8")
    (site / "feed.xml").write_text(
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Red</title>"
        "<link>https://r.example.org/</link>"
        "<item><title>Convocatoria rápida de la red</title><link>https://r.example.org/c/1</link></item>"
        "</channel></rss>", encoding="utf-8")
    sources = tmp_path / "sources.yaml"
    sources.write_text(SOURCES, encoding="utf-8")
    with serve_directory(site) as base_url:
        yield sources, base_url


def crawl_processes(parent: psutil.Process) -> list[psutil.Process]:
    return [p for p in parent.children(recursive=True) if "spiders.crawl" in " ".join(p.cmdline())]


def kill_first_crawl(parent: psutil.Process, after: float, sig: int = signal.SIGKILL) -> psutil.Process:
    """Wait for a crawl process under `parent`, let it work `after` seconds, then send it `sig`."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        found = crawl_processes(parent)
        if found:
            time.sleep(after)
            found[0].send_signal(sig)
            return found[0]
        time.sleep(0.05)
    raise AssertionError("no crawl process started")


def stored(source_id: str) -> tuple[int, int, int]:
    """(rows, distinct URLs, rows missing a title or hash) of one source."""
    with session_scope() as session:
        where = Opportunity.source_id == source_id
        rows = session.scalar(select(func.count()).where(where))
        urls = session.scalar(select(func.count(func.distinct(Opportunity.url))).where(where))
        broken = session.scalar(select(func.count()).where(where, (Opportunity.title.is_(None)) |
                                                           (Opportunity.content_hash.is_(None))))
    return rows, urls, broken


def test_a_killed_crawl_is_an_error_for_its_source_and_a_rerun_stores_each_call_once(vigia_home, slow_site):
    sources, base_url = slow_site
    outcome: dict = {}
    worker = threading.Thread(target=lambda: outcome.update(
        results=harvest(sources, only=["lenta"], base_url=base_url)))
    worker.start()
    kill_first_crawl(psutil.Process(), after=1.0)
    worker.join(60)
    [killed] = outcome["results"]
    assert killed.status == "error" and "terminó sin completar (código -9)" in killed.error
    assert stored("lenta") == (0, 0, 0)  # nothing of a half crawl was written

    [again] = harvest(sources, only=["lenta"], base_url=base_url)
    [once_more] = harvest(sources, only=["lenta"], base_url=base_url)
    assert (again.inserted, once_more.inserted, once_more.unchanged) == (PAGES, 0, PAGES)
    assert stored("lenta") == (PAGES, PAGES, 0)


def test_a_killed_batch_is_crawled_again_one_source_per_process(vigia_home, slow_site):
    sources_file, base_url = slow_site
    sources = load_sources(sources_file, base_url=base_url)
    outcome: dict = {}
    worker = threading.Thread(target=lambda: outcome.update(outputs=crawl_sources(sources, processes=1)))
    worker.start()
    kill_first_crawl(psutil.Process(), after=0.5)
    worker.join(60)
    outputs = outcome["outputs"]
    assert all(o.finished and not o.errors for o in outputs.values())
    assert (len(outputs["lenta"].items), len(outputs["feed-rapido"].items)) == (PAGES, 1)


def test_a_killed_harvest_takes_its_crawls_down_and_a_rerun_completes_it(vigia_home, slow_site):
    sources, base_url = slow_site
    env = {**os.environ, "PYTHONPATH": str(REPO), "VIGIA_HOME": str(vigia_home)}
    parent = subprocess.Popen([sys.executable, "-m", "flows.cli", "harvest", "--sources", str(sources),
                               "--base-url", base_url], cwd=REPO, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        crawl = kill_first_crawl(psutil.Process(parent.pid), after=0.0, sig=0)  # signal 0: only find it
        time.sleep(1.0)
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        crawl.wait(10)  # PR_SET_PDEATHSIG: the orphaned crawl ends too
    finally:
        if parent.poll() is None:
            parent.kill()
    assert stored("lenta") == (0, 0, 0)
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(HarvestRun).where(HarvestRun.source_id == "lenta")) == 0

    results = {r.source_id: r for r in harvest(sources, base_url=base_url)}
    assert (results["lenta"].inserted, results["feed-rapido"].inserted + results["feed-rapido"].unchanged) == (PAGES, 1)
    assert stored("lenta") == (PAGES, PAGES, 0)
