"""Sources that watch themselves: per-run figures, flags, one alert per flagged state, `vigia sources status`."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from flows.cli import main
from flows.monitoring import _problem_sources
from models.db import session_scope
from models.errors import InputErrors
from models.schema import City, HarvestRun, Notification, utcnow
from notifications.subscriptions import add_subscription
from spiders.harvest import import_crawl
from spiders.pipeline.prepare import prepare_item
from spiders.health import fully_crawled, traffic
from spiders.records import CrawlOutput
from spiders.sources import SourceConfig, load_sources

SOURCE = SourceConfig(id="red-ejemplo", name="Red <b>Ejemplo</b>", funder="Red de ciudades",
                      funder_type="city_networks", kind="html", url="http://127.0.0.1:9/red/", language="es")
STATS = {"downloader/request_count": 7, "downloader/response_status_count/200": 6,
         "downloader/response_status_count/404": 1, "elapsed_time_seconds": 1.25, "reason": "finished"}
COORDINATOR = "mailto://127.0.0.1:2525?from=vigia@localhost&to=coordinacion@apc.gov.co&mode=insecure"


def raws(n: int = 4, deadline: bool = True) -> list[dict]:
    out = []
    for i in range(n):
        raw = {"title": f"Convocatoria de cooperación número {i}", "url": f"https://red.org/c/{i}",
               "summary": "Apoyo a gobiernos locales.", "amount": "EUR 20.000"}
        if deadline:
            raw["deadline"] = "2027-03-15"
        out.append(raw)
    return out


def crawl(items=None, errors=(), rejects=(), stats=STATS) -> CrawlOutput:
    """What a crawl process writes for these raw items: the valid ones normalised, the others rejected."""
    records, invalid = [], []
    for position, raw in enumerate(items or [], start=1):
        result = prepare_item(raw, SOURCE, position)
        if isinstance(result, str):
            invalid.append(result)
        else:
            records.append(result.to_record())
    return CrawlOutput(source_id=SOURCE.id, items=records, rejects=list(rejects), invalid=invalid,
                       errors=list(errors), finished=True, stats=dict(stats))


def run(output: CrawlOutput, source: SourceConfig = SOURCE):
    return import_crawl(source, output, utcnow())


def runs() -> list[HarvestRun]:
    with session_scope() as session:
        rows = session.scalars(select(HarvestRun).order_by(HarvestRun.id)).all()
        session.expunge_all()
        return rows


def alerts() -> list[tuple[str, str]]:
    with session_scope() as session:
        return [(n.title, n.body) for n in session.scalars(select(Notification).order_by(Notification.id))]


@pytest.fixture
def coordinator(vigia_home):
    with session_scope() as session:
        session.add_all([City(dane_code="11001", name="Bogotá"), City(dane_code="13001", name="Cartagena")])
        session.flush()
        add_subscription(session, "11001", COORDINATOR, ["sources"])
        add_subscription(session, "13001", COORDINATOR.replace("coordinacion", "ori"), ["opportunities"])


def test_traffic_reads_requests_responses_and_duration_from_scrapy_stats():
    measured = traffic(STATS)
    assert (measured.requests, measured.responses, measured.duration_s) == (7, {"200": 6, "404": 1}, 1.25)


def test_only_a_clean_complete_crawl_may_withdraw():
    assert fully_crawled(SOURCE, crawl(raws()))
    # an item seen but invalid (no title) does not hide the rest of the listing
    assert fully_crawled(SOURCE, crawl(raws() + [{"title": "", "url": "https://red.org/x"}]))
    assert not fully_crawled(SOURCE, crawl(raws(), rejects=["HTTP 404 (https://red.org/c/9)"]))
    assert not fully_crawled(SOURCE, crawl(raws(), errors=["HTTP 500"]))
    assert not fully_crawled(SOURCE, crawl(raws(), stats={**STATS, "reason": "closespider_timeout"}))
    from dataclasses import replace
    assert not fully_crawled(replace(SOURCE, max_items=4), crawl(raws(4)))


def test_every_run_records_its_figures(vigia_home):
    result = run(crawl(raws() + [{"title": "", "url": "https://red.org/x"}], rejects=["HTTP 404 (https://red.org/9)"]))
    [row] = runs()
    assert (result.status, result.inserted, result.rejected, result.flags) == ("ok", 4, 2, [])
    assert (row.requests, row.responses, row.duration_s, row.items, row.inserted, row.rejected) == (
        7, {"200": 6, "404": 1}, 1.25, 6, 4, 2)
    assert row.details["fill"]["deadline"] == 1.0 and row.details["fill"]["summary"] == 1.0
    assert any("falta el título" in reason for reason in row.details["rejects"])


def test_an_error_is_flagged_and_alerted_once_to_every_sources_subscriber(coordinator):
    run(crawl(raws()))
    for _ in range(2):
        failed = run(crawl(errors=["el servidor respondió HTTP 500 en http://127.0.0.1:9/red/"]))
        assert [f["code"] for f in failed.flags] == ["error"]
    [(title, body)] = alerts()
    assert title == "Vigía: la fuente «Red <b>Ejemplo</b>» tiene problemas"
    assert "Red &lt;b&gt;Ejemplo&lt;/b&gt;" in body and "HTTP 500" in body, "scraped or configured text is escaped"

    run(crawl(raws()))
    assert [t for t, _ in alerts()][-1] == "Vigía: la fuente «Red <b>Ejemplo</b>» volvió a funcionar"
    assert len(alerts()) == 2


def test_an_empty_run_is_flagged_unless_the_source_allows_it(coordinator):
    from dataclasses import replace

    run(crawl(raws()))
    empty = run(crawl([]))
    assert empty.status == "empty" and [f["code"] for f in empty.flags] == ["empty"]
    assert "traía 4" in empty.flags[0]["message"]
    quiet = run(crawl([]), replace(SOURCE, allow_empty=True))
    assert quiet.flags == []


def test_a_sharp_drop_in_a_key_fields_fill_rate_is_flagged(coordinator):
    run(crawl(raws()))
    run(crawl(raws()))
    dropped = run(crawl(raws(deadline=False)))
    assert [f["code"] for f in dropped.flags] == ["fill_drop"]
    assert "fecha de cierre 0 %" in dropped.flags[0]["message"] and "antes 100 %" in dropped.flags[0]["message"]
    again = run(crawl(raws(deadline=False)))
    assert [f["code"] for f in again.flags] == ["fill_drop"], "still below its recent runs"
    assert len(alerts()) == 1, "one alert per flagged state, not one per run"


def test_the_harvest_artifact_lists_the_sources_with_problems(vigia_home):
    run(crawl(errors=["el feed está mal formado | línea 3"]))
    section = _problem_sources([SOURCE.id, "otra"])
    assert "## Fuentes con problemas" in section
    assert "| red-ejemplo | falla | el feed está mal formado \\| línea 3 |" in section


def test_the_harvest_artifact_says_when_no_source_has_problems(vigia_home):
    run(crawl(raws()))
    assert "Ninguna" in _problem_sources([SOURCE.id])


def test_cli_sources_status_lists_each_source_and_exits_1_when_one_is_flagged(vigia_home, capsys):
    run(crawl(raws()))
    assert main(["sources", "status"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:4] == ["Fuente", "Última", "cosecha", "Estado"]
    assert "red-ejemplo" in out and "200×6 404×1" in out and "1,2 s" in out
    assert "Fuentes con problemas: ninguna" in out

    run(crawl(errors=["HTTP 500"]))
    assert main(["sources", "status"]) == 1
    out = capsys.readouterr().out
    assert "Fuentes con problemas: 1 de 1 fuente." in out and "Problema en red-ejemplo" in out and "falla: HTTP 500" in out


def test_cli_sources_status_of_one_source_shows_its_runs_fill_rates_and_rejects(vigia_home, capsys):
    run(crawl(raws() + [{"title": "", "url": "https://red.org/x"}]))
    assert main(["sources", "status", "--source", "red-ejemplo"]) == 0
    out = capsys.readouterr().out
    assert "fecha de cierre 100 %" in out and "Rechazada: https://red.org/x: falta el título" in out
    assert "Convocatorias publicadas aquí: 4 abiertas" in out


def test_cli_sources_status_of_one_source_says_what_the_cache_spared(vigia_home, capsys):
    stats = {**STATS, "httpcache/revalidate": 6, "vigia/replayed": 5, "vigia/replayed_unasked": 2}
    run(crawl(raws(), stats=stats))
    assert main(["sources", "status", "--source", "red-ejemplo"]) == 0
    assert ("Sin cambios en la última cosecha: 6 páginas respondidas con 304 o desde la caché; 5 repetidas sin "
            "volver a leerlas, 2 de ellas sin pedirlas al sitio") in capsys.readouterr().out


def test_cli_sources_status_names_an_unknown_source(vigia_home, capsys):
    run(crawl(raws()))
    assert main(["sources", "status", "--source", "nada"]) == 2
    assert "--source" in capsys.readouterr().err


def test_allow_empty_must_be_true_or_false(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("sources:\n  - {id: a, name: A, funder: F, funder_type: banks, kind: feed, "
                    "url: 'http://x.org/f', allow_empty: quizás}\n", encoding="utf-8")
    with pytest.raises(InputErrors, match=r"sources\[0\]\.allow_empty: debe ser true o false"):
        load_sources(path)
    path.write_text(path.read_text(encoding="utf-8").replace("quizás", "true"), encoding="utf-8")
    assert load_sources(path)[0].allow_empty is True


def test_harvest_durations_are_never_negative(vigia_home):
    result = run(crawl(raws(), stats={"reason": "finished"}))
    [row] = runs()
    assert result.status == "ok" and row.requests is None and timedelta(seconds=row.duration_s) >= timedelta(0)


def test_traffic_lists_pages_the_cache_served_without_a_request_apart_from_the_statuses():
    stats = {"downloader/request_count": 6, "downloader/response_status_count/304": 6, "httpcache/hit": 1}
    measured = traffic(stats)
    assert (measured.requests, measured.responses) == (6, {"304": 6, "cache": 1})


def test_a_second_harvest_records_the_304s_its_site_answered_and_the_pages_the_cache_served_unasked(
        vigia_home, site, base_url, capsys):
    """Real crawls against the fixture server on 127.0.0.1, which answers 304 to every conditional request of the
    second harvest; its robots.txt promises an hour of freshness, so the second harvest does not even ask for it."""
    from spiders.harvest import harvest
    from tests.conftest import REPO

    (site / "robots.txt.headers.json").write_text('{"Cache-Control": "max-age=3600"}', encoding="utf-8")
    sources = REPO / "spiders" / "demo" / "sources.yaml"
    for _ in range(2):
        [result] = harvest(sources, only=["apc-colombia-convocatorias"], base_url=base_url)
        assert result.status == "ok"
    first, second = runs()
    assert (first.requests, first.responses) == (7, {"200": 7})  # robots.txt, the list and 5 calls
    assert second.details["crawl"]["httpcache/revalidate"] == 6 and second.details["crawl"]["httpcache/hit"] == 1
    assert (second.requests, second.responses) == (6, {"304": 6, "cache": 1})
    assert main(["sources", "status"]) == 0
    assert "304×6 caché×1" in capsys.readouterr().out
    assert main(["sources", "status", "--source", "apc-colombia-convocatorias"]) == 0
    out = capsys.readouterr().out
    assert "304×6 caché×1" in out and "200×7" in out
