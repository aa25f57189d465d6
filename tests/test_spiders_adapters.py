"""Each adapter against its recorded fixture, over real HTTP on 127.0.0.1, one small assertion per field."""
from __future__ import annotations

import json
import urllib.request
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest

from spiders.crawl import crawler_settings
from spiders.fixture_server import serve_directory
from spiders.pipeline.prepare import from_records
from spiders.records import CrawlOutput
from spiders.runner import crawl_source, crawl_sources
from spiders.sources import SourceConfig, load_sources
from tests.conftest import FIXTURES, REPO

DEMO = REPO / "spiders" / "demo"
TEST_SITE = FIXTURES / "harvest" / "site"
UTC = timezone.utc
UCCI = "https://ciudadesiberoamericanas.org"


@pytest.fixture(scope="module")
def demo_base_url():
    with serve_directory(DEMO / "site") as base_url:
        yield base_url


@pytest.fixture(scope="module")
def test_base_url():
    with serve_directory(TEST_SITE) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def demo(demo_base_url) -> dict[str, tuple[SourceConfig, CrawlOutput]]:
    """One crawl of every demo source, shared by the field tests below."""
    sources = load_sources(DEMO / "sources.yaml", base_url=demo_base_url)
    outputs = crawl_sources(sources)
    return {s.id: (s, outputs[s.id]) for s in sources}


def items_of(demo, source_id: str) -> dict[str, object]:
    """The source's normalised items, by canonical URL."""
    source, output = demo[source_id]
    assert output.finished and not output.errors, output.errors
    return {item.url: item for item in from_records(output.items).items}


def one(demo, source_id: str, url_part: str):
    [item] = [i for url, i in items_of(demo, source_id).items() if url_part in url]
    return item


# --- the crawler identifies itself and obeys robots.txt ----------------------------------------

def test_the_crawler_names_itself_and_obeys_robots_txt():
    settings = crawler_settings()
    assert settings["USER_AGENT"].startswith("Vigia/0.1 (+https://github.com/vigia-ori/vigia;")
    assert settings.getbool("ROBOTSTXT_OBEY") is True


def test_a_path_robots_txt_disallows_is_not_crawled(tmp_path):
    site = tmp_path / "site"
    (site / "privado").mkdir(parents=True)
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /privado/\n", encoding="utf-8")
    (site / "privado" / "feed.xml").write_bytes((TEST_SITE / "privado" / "feed.xml").read_bytes())
    with serve_directory(site) as base_url:
        source = SourceConfig(id="privado", name="Privado", funder="X", funder_type="city_networks", kind="feed",
                              url=f"{base_url}/privado/feed.xml", download_delay=0, timeout=10)
        output = crawl_source(source)
    assert output.errors == [f"el robots.txt del sitio no permite rastrear {base_url}/privado/feed.xml"]


# --- feed -------------------------------------------------------------------------------------

def test_feed_keeps_only_the_wanted_categories(demo):
    assert len(items_of(demo, "ucci-convocatorias")) == 6  # the news item is left out


def test_feed_url_loses_tracking_parameters(demo):
    assert f"{UCCI}/premio-movilidad-urbana-sostenible-2027/" in items_of(demo, "ucci-convocatorias")


def test_feed_url_loses_its_fragment(demo):
    assert f"{UCCI}/buenas-practicas-integracion-migrante/" in items_of(demo, "ucci-convocatorias")


def test_feed_title_is_unescaped(demo):
    assert one(demo, "ucci-convocatorias", "laboratorio").title.startswith("Ciudades inteligentes & innovación pública")


def test_feed_summary_uses_the_full_content_without_scripts(demo):
    summary = one(demo, "ucci-convocatorias", "laboratorio").summary
    assert "hasta EUR 40.000" in summary and "trackEvent" not in summary


def test_feed_published_at(demo):
    assert one(demo, "ucci-convocatorias", "turismo").published_at == datetime(2026, 9, 3, 9, 30, tzinfo=UTC)


def test_feed_deadline_from_the_text_with_its_zone(demo):
    assert one(demo, "ucci-convocatorias", "adaptacion").deadline == datetime(2027, 2, 26, 13, tzinfo=UTC)


def test_feed_amount_from_the_text(demo):
    item = one(demo, "ucci-convocatorias", "adaptacion")
    assert (item.amount, item.currency) == (150000.0, "EUR")


def test_feed_category(demo):
    assert one(demo, "ucci-convocatorias", "becas").category == "educacion"


def test_feed_language(demo):
    assert one(demo, "ucci-convocatorias", "premio").language == "es"


def test_feed_funder_is_the_sources(demo):
    assert one(demo, "ucci-convocatorias", "premio").funder == "Unión de Ciudades Capitales Iberoamericanas (UCCI)"


def test_feed_tags_are_kept(demo):
    assert one(demo, "ucci-convocatorias", "migrante").extra["tags"] == ["Convocatorias", "Migraciones"]


# --- html -------------------------------------------------------------------------------------

def test_html_follows_every_detail_link(demo):
    assert len(items_of(demo, "apc-colombia-convocatorias")) == 5


def test_html_url_is_the_canonical_link(demo):
    assert "https://www.apccolombia.gov.co/convocatorias/premio-innovacion-paz-territorial" in \
        items_of(demo, "apc-colombia-convocatorias")


def test_html_title(demo):
    assert one(demo, "apc-colombia-convocatorias", "becas").title == \
        "Becas de bilingüismo & internacionalización para equipos de oficinas de relaciones internacionales"


def test_html_summary_keeps_paragraphs(demo):
    assert one(demo, "apc-colombia-convocatorias", "movilidad").summary.count("\n") == 2


def test_html_funder_per_call(demo):
    assert one(demo, "apc-colombia-convocatorias", "movilidad").funder == \
        "Agencia de Cooperación Internacional de Corea (KOICA)"


def test_html_published_at(demo):
    assert one(demo, "apc-colombia-convocatorias", "resiliencia").published_at == datetime(2026, 8, 4, 14, tzinfo=UTC)


def test_html_deadline(demo):
    assert one(demo, "apc-colombia-convocatorias", "resiliencia").deadline == datetime(2027, 3, 19, 22, tzinfo=UTC)


def test_html_amount_in_cop(demo):
    item = one(demo, "apc-colombia-convocatorias", "premio")
    assert (item.amount, item.currency) == (120_000_000.0, "COP")


def test_html_eligibility(demo):
    assert one(demo, "apc-colombia-convocatorias", "premio").eligibility.startswith("Gobiernos locales de municipios PDET")


def test_html_category_from_title(demo):
    assert one(demo, "apc-colombia-convocatorias", "premio").category == "premios"


def test_html_extra_by_xpath(demo):
    assert one(demo, "apc-colombia-convocatorias", "migratoria").extra["reference"] == "Referencia: APC-CONV-2026-006"


# --- json (the real grants.gov response) ------------------------------------------------------

def test_json_maps_every_hit(demo):
    assert len(items_of(demo, "grantsgov")) == 25


def test_json_url_from_template(demo):
    assert "https://www.grants.gov/search-results-detail/329381" in items_of(demo, "grantsgov")


def test_json_title_entities_are_decoded(demo):
    assert one(demo, "grantsgov", "/329381").title.startswith(
        "Request for Information on Office of Energy Efficiency & Renewable Energy’s Medium-")


def test_json_mm_dd_yyyy_published_at(demo):
    assert one(demo, "grantsgov", "/329382").published_at == datetime(2020, 10, 9, 4, tzinfo=UTC)


def test_json_deadline_ends_the_day_in_washington(demo):
    assert one(demo, "grantsgov", "/329382").deadline == datetime(2020, 12, 18, 4, 59, 59, tzinfo=UTC)


def test_json_forecasts_have_no_deadline(demo):
    forecasts = [i for i in items_of(demo, "grantsgov").values() if i.extra["status"] == "forecasted"]
    assert forecasts and all(i.deadline is None for i in forecasts)


def test_json_funder_is_the_agency(demo):
    assert one(demo, "grantsgov", "/329382").funder == "NASA Headquarters"


def test_json_language_and_category(demo):
    item = one(demo, "grantsgov", "/329382")
    assert (item.language, item.category) == ("en", "subvenciones")


def test_json_extra_keeps_lists(demo):
    assert one(demo, "grantsgov", "/329382").extra["cfda"] == ["43.001"]


def test_the_catalogues_grantsgov_entry_reads_the_search2_shape(test_base_url):
    """The live entry (POST, data.oppHits) against the real response wrapped as search2 answers."""
    [live] = [s for s in load_sources() if s.id == "grantsgov"]
    output = crawl_source(replace(live, url=f"{test_base_url}/api/search2.json", download_delay=0, timeout=10))
    assert (len(output.items), output.errors) == (25, [])


# --- failures are said plainly ------------------------------------------------------------------

def test_json_without_the_list_says_which_keys_it_found(demo, test_base_url):
    source, _ = demo["grantsgov"]  # items_path: oppHits, but search2 wraps the hits in data
    output = crawl_source(replace(source, url=f"{test_base_url}/api/search2.json"))
    assert output.errors == [f"no se encontró la lista de ítems en 'oppHits' de {test_base_url}/api/search2.json "
                             "(claves presentes: errorcode, msg, token, data)"]


@pytest.mark.parametrize(("path", "message"), [
    ("feeds/malformed.xml", "el feed está mal formado (línea 15): no element found"),
    ("feeds/not-a-feed.html", "la respuesta no es un feed RSS ni Atom"),
    ("feeds/no-existe.xml", "el servidor respondió HTTP 404"),
])
def test_feed_failures_are_source_errors(test_base_url, path, message):
    source = SourceConfig(id="roto", name="Roto", funder="X", funder_type="city_networks", kind="feed",
                          url=f"{test_base_url}/{path}", download_delay=0, timeout=10)
    output = crawl_source(source)
    assert output.items == [] and len(output.errors) == 1 and output.errors[0].startswith(message)


# --- the fixture server -------------------------------------------------------------------------

def test_fixture_server_answers_post_with_the_file_and_its_content_type(demo_base_url):
    request = urllib.request.Request(f"{demo_base_url}/grantsgov/grantsgov-search.json", method="POST",
                                     data=json.dumps({"rows": 25}).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=5) as response:
        body, content_type = response.read(), response.headers["Content-Type"]
    assert content_type == "application/json; charset=utf-8"
    assert body == (DEMO / "site" / "grantsgov" / "grantsgov-search.json").read_bytes()


def test_fixture_server_serves_feeds_as_xml(demo_base_url):
    with urllib.request.urlopen(f"{demo_base_url}/ucci/feed.xml", timeout=5) as response:
        assert response.headers["Content-Type"] == "application/xml; charset=utf-8"


def test_the_demo_json_is_the_real_grantsgov_response_unchanged():
    real = Path("/work/shared/data/real/grantsgov-search.json")
    if not real.exists():
        pytest.skip("the shared real-data folder is not on this machine")
    assert (DEMO / "site" / "grantsgov" / "grantsgov-search.json").read_bytes() == real.read_bytes()
