"""Status follows the calendar and the sources: forecast, open, closing soon, closed, withdrawn."""
from __future__ import annotations

import re
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from models.db import session_scope
from models.schema import HarvestRun, Opportunity, OpportunityChange, Source
from spiders.fixture_server import serve_directory
from spiders.harvest import harvest
from spiders.pipeline.normalise import NormalisedItem
from spiders.pipeline.store import store_items
from spiders.status import CLOSED, CLOSING_SOON, FORECAST, OPEN, WITHDRAWN, opportunity_status
from tests.conftest import REPO

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=timezone.utc)
AHEAD = NOW + timedelta(days=60)


def dated(opens=None, deadline=None, withdrawn=None):
    return SimpleNamespace(opens_at=opens, deadline=deadline, withdrawn_at=withdrawn)


@pytest.mark.parametrize("opp, expected", [
    (dated(opens=NOW + timedelta(days=10), deadline=AHEAD), FORECAST),
    (dated(deadline=AHEAD), OPEN),
    (dated(), OPEN),
    (dated(deadline=NOW + timedelta(days=14)), CLOSING_SOON),
    (dated(deadline=NOW + timedelta(days=14, minutes=1)), OPEN),
    (dated(deadline=NOW - timedelta(minutes=1)), CLOSED),
    (dated(deadline=AHEAD, withdrawn=NOW), WITHDRAWN),
])
def test_status_from_the_calendar(opp, expected):
    assert opportunity_status(opp, NOW) == expected


def item(url: str, title: str, deadline: datetime | None = AHEAD, published: datetime | None = None) -> NormalisedItem:
    return NormalisedItem(url=url, title=title, summary="", funder="UCCI", funder_type="city_networks",
                          category="convocatorias", language="es", deadline=deadline, published_at=published)


CALL = "Premio Iberoamericano de Movilidad Urbana Sostenible 2027"


@pytest.fixture
def sources(session):
    for sid in ("ucci", "red"):
        session.add(Source(id=sid, name=sid, funder=sid, funder_type="city_networks", kind="html", url="x"))
    session.flush()
    return session


def only(session) -> Opportunity:
    [opp] = session.scalars(select(Opportunity)).all()
    return opp


def test_a_call_is_withdrawn_only_when_gone_from_every_source_before_its_deadline(sources):
    session = sources
    store_items(session, "ucci", [item("https://ucci.org/p", CALL)], now=NOW, complete=True)
    store_items(session, "red", [item("https://red.org/p", CALL)], now=NOW, complete=True)
    other = item("https://ucci.org/otra", "Convocatoria de buenas prácticas en integración migrante")

    gone_once = store_items(session, "ucci", [other], now=NOW + timedelta(days=1), complete=True)
    assert (gone_once.gone, gone_once.withdrawn, only_call(session).withdrawn_at) == (1, 0, None)

    gone_twice = store_items(session, "red", [], now=NOW + timedelta(days=2), complete=True)
    opp = only_call(session)
    assert (gone_twice.withdrawn, opp.withdrawn_at) == (1, NOW + timedelta(days=2))
    assert opportunity_status(opp, NOW + timedelta(days=2)) == WITHDRAWN
    [change] = session.scalars(select(OpportunityChange)).all()
    assert (change.field, change.old_value, change.source_id) == ("withdrawn", None, "red")

    store_items(session, "red", [item("https://red.org/p", CALL)], now=NOW + timedelta(days=3), complete=True)
    assert only_call(session).withdrawn_at is None, "published again: open again"
    assert [c.field for c in session.scalars(select(OpportunityChange))] == ["withdrawn", "withdrawn"]


def only_call(session) -> Opportunity:
    return session.scalar(select(Opportunity).where(Opportunity.title == CALL))


def test_a_run_that_did_not_see_the_whole_listing_never_withdraws(sources):
    session = sources
    store_items(session, "ucci", [item("https://ucci.org/p", CALL)], now=NOW, complete=True)
    counts = store_items(session, "ucci", [], now=NOW + timedelta(days=1), complete=False)
    assert (counts.gone, only(session).withdrawn_at, only(session).links[0].gone_at) == (0, None, None)


@pytest.mark.parametrize("deadline", [None, NOW + timedelta(hours=12)])
def test_a_call_without_a_deadline_ahead_is_not_withdrawn(sources, deadline):
    session = sources
    store_items(session, "ucci", [item("https://ucci.org/p", CALL, deadline=deadline)], now=NOW, complete=True)
    counts = store_items(session, "ucci", [], now=NOW + timedelta(days=1), complete=True)
    assert (counts.gone, counts.withdrawn, only(session).withdrawn_at) == (1, 0, None)


def test_an_entry_that_scrolled_off_a_feed_is_gone_but_not_withdrawn(sources):
    session = sources
    old = item("https://ucci.org/p", CALL, published=NOW - timedelta(days=90))
    store_items(session, "ucci", [old], now=NOW, complete=True)
    newer = [item(f"https://ucci.org/n{i}", f"Convocatoria número {i} de la red", published=NOW - timedelta(days=i))
             for i in range(1, 4)]
    counts = store_items(session, "ucci", newer, now=NOW + timedelta(days=1), complete=True)
    assert (counts.gone, counts.withdrawn, only_call(session).withdrawn_at) == (1, 0, None)


# --- end to end: a real crawl over HTTP on 127.0.0.1 ------------------------------------------

DEMO = REPO / "spiders" / "demo"
EXCHANGE = "https://ciudadesiberoamericanas.org/intercambio-turismo-cultural-industrias-creativas/"


@pytest.fixture
def site(tmp_path: Path):
    root = tmp_path / "site"
    shutil.copytree(DEMO / "site", root)
    with serve_directory(root) as url:
        yield root, url


def test_a_call_removed_from_a_feed_is_withdrawn_and_a_broken_feed_withdraws_nothing(vigia_home, site):
    root, base_url = site
    sources_file = DEMO / "sources.yaml"
    feed = root / "ucci" / "feed.xml"
    original = feed.read_text(encoding="utf-8")
    [first] = harvest(sources_file, only=["ucci-convocatorias"], base_url=base_url)
    with session_scope() as session:
        run = session.scalar(select(HarvestRun))
        assert first.flags == [] and run.requests >= 1 and run.responses.get("200", 0) >= 1, "Scrapy's own counts"

    feed.write_text("<rss><channel><item><title>roto", encoding="utf-8")
    [broken] = harvest(sources_file, only=["ucci-convocatorias"], base_url=base_url)
    assert broken.status == "error"
    with session_scope() as session:
        assert session.scalar(select(Opportunity).where(Opportunity.url == EXCHANGE)).withdrawn_at is None

    without = re.sub(r"<item>(?:(?!</item>).)*intercambio-turismo(?:(?!</item>).)*</item>", "", original, flags=re.S)
    assert without != original
    feed.write_text(without, encoding="utf-8")
    harvest(sources_file, only=["ucci-convocatorias"], base_url=base_url)
    with session_scope() as session:
        rows = {o.url: o for o in session.scalars(select(Opportunity))}
        assert rows[EXCHANGE].withdrawn_at is not None and rows[EXCHANGE].links[0].gone_at is not None
        assert [o.url for o in rows.values() if o.withdrawn_at] == [EXCHANGE]


def test_sources_list_shows_the_shipped_catalogue_with_each_sources_way_in(capsys):
    """A coordinator sees what is watched before any harvest: every catalogue entry, its funder kind and way in."""
    from flows.cli import main
    from spiders.sources import load_sources

    assert main(["sources", "list"]) == 0
    out = capsys.readouterr().out
    catalogue = load_sources()
    assert len(catalogue) >= 30 and all(s.id in out and s.url in out for s in catalogue)
    assert "API WordPress" in out and "RSS/Atom" in out and "Agencias de cooperación" in out
    assert f"{len(catalogue)} fuentes:" in out
