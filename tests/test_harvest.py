"""harvest() end to end: real crawls in subprocesses over 127.0.0.1, real SQLite, counts per source."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from flows.cli import main
from models.db import session_scope
from models.schema import HarvestRun, Opportunity, Source, utcnow
from spiders.harvest import harvest
from tests.conftest import REPO

DEMO = REPO / "spiders" / "demo"
UCCI_ADAPTATION = "https://ciudadesiberoamericanas.org/convocatoria-fondo-adaptacion-climatica-2027/"

EXTRA_SOURCES = """
  - id: red-rota
    name: Red con el feed roto
    funder: Red de ciudades
    funder_type: city_networks
    kind: feed
    url: feeds/malformed.xml
    download_delay: 0
    timeout: 10

  - id: red-vacia
    name: Red sin convocatorias este mes
    funder: Red de ciudades
    funder_type: city_networks
    kind: feed
    url: feeds/empty.xml
    download_delay: 0
    timeout: 10

  - id: apc-selectores-viejos
    name: APC-Colombia con un selector que ya no existe
    funder: APC-Colombia
    funder_type: cooperation_agencies
    kind: html
    url: apc/convocatorias/index.html
    links: "css:ul.listado-convocatorias a::attr(href)"
    fields: {title: "css:h2.titulo-antiguo"}
    download_delay: 0
    timeout: 10
"""





@pytest.fixture
def sources_file(tmp_path: Path) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text((DEMO / "sources.yaml").read_text(encoding="utf-8") + EXTRA_SOURCES, encoding="utf-8")
    return path


def by_id(results):
    return {r.source_id: r for r in results}


def opportunities(source_id: str) -> dict[str, Opportunity]:
    with session_scope() as session:
        return {o.url: o for o in session.scalars(select(Opportunity).where(Opportunity.source_id == source_id))}


def test_first_harvest_inserts_every_source_and_records_its_run(vigia_home, sources_file, base_url):
    results = by_id(harvest(sources_file, only=["ucci-convocatorias", "apc-colombia-convocatorias", "grantsgov"],
                            base_url=base_url))
    assert {sid: (r.status, r.inserted) for sid, r in results.items()} == {
        "ucci-convocatorias": ("ok", 6), "apc-colombia-convocatorias": ("ok", 5), "grantsgov": ("ok", 25)}
    with session_scope() as session:
        runs = {r.source_id: r for r in session.scalars(select(HarvestRun))}
        source = session.get(Source, "apc-colombia-convocatorias")
        unmatched = session.scalar(select(func.count()).select_from(Opportunity).where(Opportunity.matched_at.is_(None)))
    assert (runs["grantsgov"].status, runs["grantsgov"].items, runs["grantsgov"].inserted) == ("ok", 25, 25)
    assert runs["grantsgov"].finished_at >= runs["grantsgov"].started_at
    assert (source.kind, source.funder_type, source.url) == ("html", "cooperation_agencies",
                                                             f"{base_url}/apc/convocatorias/index.html")
    assert unmatched == 36, "new opportunities wait for matching"


def test_two_harvests_in_one_process_then_a_changed_call_is_updated(vigia_home, sources_file, base_url, site):
    first = harvest(sources_file, only=["ucci-convocatorias"], base_url=base_url)
    second = harvest(sources_file, only=["ucci-convocatorias"], base_url=base_url)
    assert (first[0].inserted, second[0].unchanged, second[0].inserted, second[0].updated) == (6, 6, 0, 0)

    matched_at = utcnow()
    with session_scope() as session:
        for opp in session.scalars(select(Opportunity)):
            opp.matched_at = matched_at  # as if matching had scored this version
    feed = site / "ucci" / "feed.xml"
    feed.write_text(feed.read_text(encoding="utf-8").replace("26 de febrero de 2027", "12 de marzo de 2027"),
                    encoding="utf-8")

    [third] = harvest(sources_file, only=["ucci-convocatorias"], base_url=base_url)
    assert (third.updated, third.unchanged, third.inserted) == (1, 5, 0)
    changed = opportunities("ucci-convocatorias")[UCCI_ADAPTATION]
    assert changed.deadline.date().isoformat() == "2027-03-12"
    assert changed.matched_at < changed.changed_at, "a changed call must be matched again"
    others = [o for url, o in opportunities("ucci-convocatorias").items() if url != UCCI_ADAPTATION]
    assert all(o.changed_at < matched_at for o in others)


def test_a_malformed_feed_fails_alone_and_the_other_source_is_stored(vigia_home, sources_file, base_url):
    results = by_id(harvest(sources_file, only=["red-rota", "apc-colombia-convocatorias"], base_url=base_url))
    broken, good = results["red-rota"], results["apc-colombia-convocatorias"]
    assert (broken.status, good.status, good.inserted) == ("error", "ok", 5)
    assert broken.error.startswith("el feed está mal formado (línea 15): no element found")
    with session_scope() as session:
        run = session.scalars(select(HarvestRun).where(HarvestRun.source_id == "red-rota")).one()
    assert (run.status, run.error) == ("error", broken.error)
    assert opportunities("red-rota") == {}


def test_a_source_that_breaks_leaves_its_opportunities_as_they_were(vigia_home, sources_file, base_url, site):
    harvest(sources_file, only=["ucci-convocatorias"], base_url=base_url)
    before = {url: (o.content_hash, o.last_seen_at) for url, o in opportunities("ucci-convocatorias").items()}
    shutil.copy(site / "feeds" / "malformed.xml", site / "ucci" / "feed.xml")

    [result] = harvest(sources_file, only=["ucci-convocatorias"], base_url=base_url)

    assert result.status == "error" and "mal formado" in result.error
    after = {url: (o.content_hash, o.last_seen_at) for url, o in opportunities("ucci-convocatorias").items()}
    assert after == before


def test_a_missing_detail_page_loses_only_its_own_call(vigia_home, sources_file, base_url, site):
    (site / "apc" / "convocatorias" / "premio-innovacion-paz-territorial.html").unlink()
    [result] = harvest(sources_file, only=["apc-colombia-convocatorias"], base_url=base_url)
    assert (result.status, result.inserted, result.rejected) == ("ok", 4, 1)
    assert result.rejects[0].startswith("el servidor respondió HTTP 404 en ")


def test_a_source_with_no_items_is_empty_not_an_error(vigia_home, sources_file, base_url):
    [result] = harvest(sources_file, only=["red-vacia"], base_url=base_url)
    assert (result.status, result.items, result.error) == ("empty", 0, None)


def test_when_every_item_is_rejected_the_source_is_in_error(vigia_home, sources_file, base_url):
    [result] = harvest(sources_file, only=["apc-selectores-viejos"], base_url=base_url)
    assert (result.status, result.rejected) == ("error", 5)
    assert result.error.startswith("los 5 ítems fueron rechazados") and "falta el título" in result.error


def test_an_unreachable_server_is_a_clear_error(vigia_home, sources_file):
    [result] = harvest(sources_file, only=["grantsgov"], base_url="http://127.0.0.1:9")
    assert result.status == "error"
    assert result.error.startswith("no se pudo conectar con http://127.0.0.1:9/grantsgov/grantsgov-search.json")


def test_cli_prints_the_spanish_table_and_exits_1_when_a_source_failed(vigia_home, sources_file, base_url, capsys):
    code = main(["harvest", "--sources", str(sources_file), "--base-url", base_url,
                 "--only", "red-rota", "red-vacia"])
    out = capsys.readouterr().out
    assert code == 1
    assert out.splitlines()[0].split() == ["Fuente", "Ítems", "Nuevas", "Actualizadas", "Sin", "cambios",
                                           "Rechazadas", "Estado"]
    assert "red-vacia" in out and "vacía" in out
    assert "Error en red-rota: el feed está mal formado" in out


def test_cli_exits_0_when_every_source_worked(vigia_home, sources_file, base_url, capsys):
    assert main(["harvest", "--sources", str(sources_file), "--base-url", base_url, "--only", "red-vacia"]) == 0


def test_cli_reports_a_bad_sources_file_with_exit_status_2(vigia_home, sources_file, capsys):
    assert main(["harvest", "--sources", str(sources_file)]) == 2
    assert "sources.yaml: sources[0].url:" in capsys.readouterr().err


def test_each_harvest_adds_its_own_run_row(vigia_home, sources_file, base_url):
    harvest(sources_file, only=["red-vacia"], base_url=base_url)
    harvest(sources_file, only=["red-vacia"], base_url=base_url)
    with session_scope() as session:
        runs = session.scalars(select(HarvestRun).order_by(HarvestRun.id)).all()
    assert [(r.source_id, r.status) for r in runs] == [("red-vacia", "empty"), ("red-vacia", "empty")]


SHARED = ["ucci-convocatorias", "apc-colombia-convocatorias", "grantsgov", "red-rota"]


def test_a_shared_crawl_crawls_sources_several_to_a_process_and_each_task_stores_its_own(
        vigia_home, sources_file, base_url, monkeypatch):
    """The harvest flow's path: one crawl process per batch, not per source; a retry stores the same crawl again."""
    import subprocess

    import spiders.runner
    from spiders.harvest import SharedCrawl, harvest_one
    from spiders.sources import load_sources

    started = []
    real_popen = subprocess.Popen

    def counting_popen(command, *args, **kwargs):  # the real process, counted
        started.append(command)
        return real_popen(command, *args, **kwargs)

    monkeypatch.setattr(spiders.runner.subprocess, "Popen", counting_popen)
    monkeypatch.setattr(spiders.runner, "PARALLEL_CRAWLS", 2)  # as on a two-core machine, whatever this one has
    sources = [s for s in load_sources(sources_file, base_url=base_url) if s.id in SHARED]
    with SharedCrawl(sources) as crawl:
        ended = list(crawl.ended())
        results = {sid: harvest_one(sid, sources_file, base_url, crawl.key) for sid in ended}
        retried = harvest_one("grantsgov", sources_file, base_url, crawl.key)
    assert sorted(ended) == sorted(SHARED)
    assert len(started) == 2, "four sources, two crawl processes"
    assert {sid: (r.status, r.inserted) for sid, r in results.items()} == {
        "ucci-convocatorias": ("ok", 6), "apc-colombia-convocatorias": ("ok", 5), "grantsgov": ("ok", 25),
        "red-rota": ("error", 0)}
    assert (retried.status, retried.inserted, retried.unchanged) == ("ok", 0, 25)
    assert len(started) == 2, "the retry did not crawl again"

    alone = harvest_one("grantsgov", sources_file, base_url, crawl.key)  # that flow is over: crawled alone
    assert (alone.status, alone.unchanged) == ("ok", 25) and len(started) == 3


def test_when_the_shared_crawl_cannot_start_each_source_is_handed_over_to_crawl_alone(
        vigia_home, sources_file, base_url, monkeypatch):
    """A crawl process that cannot start fails no source by itself: each task then crawls alone, and an
    OSError there is what the flow's task retries."""
    import spiders.runner
    from spiders.harvest import SharedCrawl, harvest_one
    from spiders.sources import load_sources

    monkeypatch.setattr(spiders.runner.sys, "executable", str(vigia_home / "no-such-python"))
    sources = [s for s in load_sources(sources_file, base_url=base_url) if s.id in SHARED[:2]]
    with SharedCrawl(sources) as crawl:
        assert sorted(crawl.ended()) == sorted(SHARED[:2])
        with pytest.raises(OSError):
            harvest_one(SHARED[0], sources_file, base_url, crawl.key)
