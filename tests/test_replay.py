"""An unchanged detail page is not extracted again: its stored records are replayed (spiders/replay.py)."""
from __future__ import annotations

from dataclasses import replace

from spiders.runner import crawl_source
from spiders.sources import load_sources
from tests.conftest import REPO

DEMO = REPO / "spiders" / "demo" / "sources.yaml"
DETAIL_PAGES = 5  # spiders/demo/site/apc/convocatorias/*.html besides index.html


def apc(base_url: str):
    [source] = [s for s in load_sources(DEMO, base_url=base_url) if s.id == "apc-colombia-convocatorias"]
    return source


def by_url(items: list[dict]) -> dict[str, dict]:
    return {item["url"]: item for item in items}


def test_a_second_crawl_replays_every_unchanged_detail_page(vigia_home, base_url):
    source = apc(base_url)
    first, second = crawl_source(source), crawl_source(source)
    assert "vigia/replayed" not in first.stats
    assert second.stats["vigia/replayed"] == DETAIL_PAGES
    assert second.stats["httpcache/revalidate"] == second.stats["downloader/request_count"]
    assert by_url(second.items) == by_url(first.items) and len(first.items) == DETAIL_PAGES
    assert (vigia_home / "httpcache" / source.id / "replay.sqlite").is_file()


def test_a_changed_page_is_extracted_again_and_the_others_replayed(vigia_home, site, base_url):
    source = apc(base_url)
    crawl_source(source)
    page = site / "apc" / "convocatorias" / "premio-innovacion-paz-territorial.html"
    page.write_text(page.read_text(encoding="utf-8").replace(">Premio a la", ">Gran Premio a la"), encoding="utf-8")
    again = crawl_source(source)
    assert again.stats["vigia/replayed"] == DETAIL_PAGES - 1
    assert any("Gran Premio" in (item["title"] or "") for item in again.items)


def test_an_edited_source_entry_extracts_everything_again(vigia_home, base_url):
    source = apc(base_url)
    crawl_source(source)
    fields = {**source.settings["fields"], "summary": "css:article.convocatoria h1.titulo"}
    edited = replace(source, settings={**source.settings, "fields": fields})
    again = crawl_source(edited)
    assert "vigia/replayed" not in again.stats
    assert all(item["summary"] == item["title"] for item in again.items)


def test_a_crawl_without_the_cache_keeps_no_replay_file(vigia_home, base_url):
    source = apc(base_url)
    output = crawl_source(source, settings={"HTTPCACHE_ENABLED": False})
    assert len(output.items) == DETAIL_PAGES
    assert not (vigia_home / "httpcache" / source.id).exists()


def ucci(base_url: str):
    [source] = [s for s in load_sources(DEMO, base_url=base_url) if s.id == "ucci-convocatorias"]
    return source


def test_an_unchanged_feed_is_not_parsed_again(vigia_home, base_url):
    source = ucci(base_url)
    first, second = crawl_source(source), crawl_source(source)
    assert second.stats["vigia/replayed"] == 1 and second.stats["httpcache/revalidate"] == 2
    assert second.items == first.items and first.items
    assert second.finished and not second.errors


def test_a_broken_feed_stays_broken_when_replayed(vigia_home, site, base_url):
    path = site / "ucci" / "feed.xml"
    path.write_text(path.read_text(encoding="utf-8").replace("</channel>", "<item><title>sin cerrar"),
                    encoding="utf-8")
    source = ucci(base_url)
    first, second = crawl_source(source), crawl_source(source)
    assert first.errors and second.errors == first.errors
    assert second.stats["vigia/replayed"] == 1 and not second.items


def write_sitemap(site, base_url: str, lastmods: dict[str, str]) -> None:
    entries = "".join(f"<url><loc>{base_url}/apc/convocatorias/{name}</loc><lastmod>{lastmod}</lastmod></url>"
                      for name, lastmod in lastmods.items())
    (site / "apc" / "sitemap.xml").write_text(
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>',
        encoding="utf-8")


def test_a_sitemap_page_whose_lastmod_is_unchanged_is_not_even_asked_for(vigia_home, site, base_url):
    names = sorted(p.name for p in (site / "apc" / "convocatorias").glob("*.html") if p.name != "index.html")
    lastmods = dict.fromkeys(names, "2026-11-01")
    write_sitemap(site, base_url, lastmods)
    entry = apc(base_url)
    source = replace(entry, kind="sitemap", url=f"{base_url}/apc/sitemap.xml",
                     settings={**entry.settings, "follow": "/convocatorias/"})
    first = crawl_source(source)
    assert len(first.items) == DETAIL_PAGES and "vigia/replayed" not in first.stats

    lastmods[names[0]] = "2026-11-20"  # the site says this page changed (its text did not: it is read again)
    write_sitemap(site, base_url, lastmods)
    second = crawl_source(source)
    assert second.stats["vigia/replayed_unasked"] == DETAIL_PAGES - 1
    assert second.stats["downloader/request_count"] == 3  # robots.txt, the sitemap and the one changed page
    assert by_url(second.items) == by_url(first.items)

    import sqlite3

    with sqlite3.connect(vigia_home / "httpcache" / source.id / "replay.sqlite") as db:  # a week and more later
        db.execute("UPDATE page SET records = json_set(records, '$.at', 0) WHERE json_extract(records, '$.at') > 0")
    third = crawl_source(source)
    assert "vigia/replayed_unasked" not in third.stats and third.stats["downloader/request_count"] == 2 + DETAIL_PAGES
    assert by_url(third.items) == by_url(first.items)


def test_the_page_of_a_call_closed_long_ago_is_not_even_asked_for(vigia_home, site, base_url):
    page = site / "apc" / "convocatorias" / "premio-innovacion-paz-territorial.html"
    page.write_text(page.read_text(encoding="utf-8").replace('datetime="2027-01-29T18:00:00-05:00"',
                                                             'datetime="2025-01-29T18:00:00-05:00"'),
                    encoding="utf-8")
    source = apc(base_url)
    first = crawl_source(source)
    second = crawl_source(source)
    assert second.stats["vigia/replayed_unasked"] == 1  # the closed call; the open ones are asked (304)
    assert second.stats["downloader/request_count"] == first.stats["downloader/request_count"] - 1
    assert by_url(second.items) == by_url(first.items)
