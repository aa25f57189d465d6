"""The new ways in — wordpress, sitemap, json with alternative paths and detail requests — checked where they
can go wrong: a catalogue entry that cannot work, and answers that are not what the entry expects."""
from __future__ import annotations

import json
import os
import textwrap

import pytest

from models.errors import InputErrors
from spiders.source_fixtures import crawl_fixtures
from spiders.sources import SourceConfig, load_sources


def catalogue_errors(tmp_path, entry: str) -> list[str]:
    path = tmp_path / "fuentes.yaml"
    path.write_text("sources:\n" + textwrap.indent(textwrap.dedent(entry), "  "), encoding="utf-8")
    with pytest.raises(InputErrors) as caught:
        load_sources(path)
    return [str(e) for e in caught.value.errors]


BASE = """\
- id: x
  name: X
  funder: X
  funder_type: city_networks
"""


@pytest.mark.parametrize("entry, message", [
    ("kind: sitemap\nurl: https://x.org/sitemap.xml\nfields: {title: 'css:h1'}\n",
     "sources[0].follow: falta la expresión regular"),
    ("kind: sitemap\nurl: https://x.org/sitemap.xml\nfollow: '/conv(ocatorias'\nfields: {title: 'css:h1'}\n",
     "sources[0].follow: expresión regular inválida"),
    ("kind: sitemap\nurl: https://x.org/sitemap.xml\nfollow: '/c/'\nfields: {summary: 'css:p'}\n",
     "sources[0].fields.title: falta el selector del título"),
    ("kind: wordpress\nurl: https://x.org/wp-json/wp/v2/posts\nlinks: 'css:a'\n",
     "sources[0].links: clave desconocida para kind 'wordpress'"),
    ("kind: wordpress\nurl: https://x.org/wp-json/wp/v2/posts\ndeadline_pattern: 'plazo (.*'\n",
     "sources[0].deadline_pattern: expresión regular inválida"),
    ("kind: json\nurl: https://x.org/api\nitems_path: rows\nfields: {title: t, url: u}\n"
     "detail_fields: {deadline: fin}\n", "sources[0].detail_fields: solo tiene sentido con detail_url"),
    ("kind: json\nurl: https://x.org/api\nitems_path: rows\nfields: {title: t, url: u}\n"
     "detail_url: https://x.org/api/detalle\n", "sources[0].detail_url: debe ser una plantilla"),
    ("kind: json\nurl: https://x.org/api\nitems_path: rows\nfields: {title: t, url: u}\n"
     "detail_url: 'https://x.org/api/{id}'\ndetail_fields: {plazo: fin}\n", "sources[0].detail_fields.plazo: campo desconocido"),
], ids=["sitemap-without-follow", "sitemap-bad-regex", "sitemap-without-title", "wordpress-unknown-key",
        "wordpress-bad-pattern", "detail-fields-without-url", "detail-url-not-template", "detail-unknown-field"])
def test_an_entry_that_cannot_work_is_refused_naming_the_field(tmp_path, entry, message):
    errors = catalogue_errors(tmp_path, BASE + textwrap.indent(entry, "  "))
    assert any(message in e for e in errors), errors


PAGE = '<html><head><meta charset="utf-8"></head><body><h1>{title}</h1><p class="plazo">{deadline}</p></body></html>'


def fixture(root, source_id: str, files: dict[str, tuple[str, str]]) -> None:
    """A fixture folder in `root`: {url: (file name, content)}."""
    folder = root / source_id
    folder.mkdir(parents=True)
    lines = ["origin: reconstructed", "note: RECONSTRUCTED for this test", "responses:"]
    for url, (name, content) in files.items():
        (folder / name).write_text(content, encoding="utf-8")
        lines += [f"  - url: {json.dumps(url)}", f"    file: {name}"]
    (folder / "fixture.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def source(source_id: str, kind: str, url: str, **settings) -> SourceConfig:
    return SourceConfig(id=source_id, name=source_id, funder="Red X", funder_type="city_networks", kind=kind, url=url,
                        timezone="America/Bogota", settings=settings)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Four small sources crawled together against their replayed answers (one crawl process)."""
    root = tmp_path_factory.mktemp("fixtures")
    site = "https://red.example.org"
    fixture(root, "wp-sin-api", {f"{site}/wp-json/wp/v2/posts?search=convocatoria":
                                 ("posts.json", json.dumps({"code": "rest_no_route", "message": "No route was found"}))})
    fixture(root, "indice", {
        f"{site}/sitemap.xml": ("index.xml", f"""<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>{site}/sitemap-es.xml</loc></sitemap>
  <sitemap><loc>{site}/sitemap-en.xml</loc></sitemap>
</sitemapindex>"""),
        f"{site}/sitemap-es.xml": ("es.xml", f"""<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>{site}/es/convocatorias/antigua</loc><lastmod>2026-01-10</lastmod></url>
  <url><loc>{site}/es/convocatorias/nueva</loc><lastmod>2026-11-02</lastmod></url>
  <url><loc>{site}/es/noticias/otra</loc><lastmod>2026-11-20</lastmod></url>
</urlset>"""),
        f"{site}/es/convocatorias/nueva": ("nueva.html", PAGE.format(title="Convocatoria nueva", deadline="2027-03-01")),
        f"{site}/es/convocatorias/antigua": ("antigua.html", PAGE.format(title="Convocatoria antigua", deadline="2026-02-01")),
    })
    fixture(root, "api-sin-lista", {f"{site}/api/buscar": ("buscar.json", json.dumps({"total": 0, "hits": None}))})
    fixture(root, "api-detalle-roto", {
        f"{site}/api/buscar": ("buscar.json", json.dumps({"content": [{"n": "7", "t": "Convocatoria siete"}]})),
        f"{site}/api/detalle?n=7": ("detalle.html", "<html>mantenimiento</html>"),
    })
    sources = [
        source("wp-sin-api", "wordpress", f"{site}/wp-json/wp/v2/posts?search=convocatoria"),
        replace_max(source("indice", "sitemap", f"{site}/sitemap.xml", follow="/convocatorias/", sitemaps="-es",
                           fields={"title": "css:h1", "deadline": "css:p.plazo::text"}), 1),
        source("api-sin-lista", "json", f"{site}/api/buscar", items_path="data.hits|hits|results",
               fields={"title": "t", "url": f"{site}/c/{{n}}"}),
        source("api-detalle-roto", "json", f"{site}/api/buscar", items_path="data|content",
               fields={"title": "t", "url": f"{site}/c/{{n}}"}, detail_url=f"{site}/api/detalle?n={{n}}",
               detail_fields={"deadline": "fin"}),
    ]
    home = tmp_path_factory.mktemp("home")
    previous, os.environ["VIGIA_HOME"] = os.environ.get("VIGIA_HOME"), str(home)
    try:
        return crawl_fixtures(sources, root, processes=1)
    finally:
        os.environ.pop("VIGIA_HOME") if previous is None else os.environ.__setitem__("VIGIA_HOME", previous)


def replace_max(config: SourceConfig, max_items: int) -> SourceConfig:
    from dataclasses import replace

    return replace(config, max_items=max_items)


def test_a_site_without_the_wordpress_api_fails_saying_so(runs):
    run = runs["wp-sin-api"]
    assert run.items == []
    assert run.errors == ["la API de WordPress de https://red.example.org/wp-json/wp/v2/posts?search=convocatoria "
                          "no devolvió una lista de entradas (No route was found)"]


def test_a_sitemap_index_is_followed_and_the_newest_call_pages_read_first(runs):
    run = runs["indice"]
    assert run.errors == []
    [item] = run.items  # max_items 1: the newest of the two call pages; the news page and English sitemap skipped
    assert (item.url, item.title) == ("https://red.example.org/es/convocatorias/nueva", "Convocatoria nueva")
    assert item.deadline.isoformat() == "2027-03-02T04:59:59+00:00"  # end of 1 March in Bogotá


def test_an_api_answer_without_the_list_fails_naming_the_paths_tried(runs):
    assert runs["api-sin-lista"].errors == [
        "no se encontró la lista de ítems en 'data.hits|hits|results' de https://red.example.org/api/buscar "
        "(claves presentes: total, hits)"]


def test_an_unreadable_detail_keeps_the_search_row_and_says_why(runs):
    run = runs["api-detalle-roto"]
    assert run.errors == []
    [item] = run.items
    assert (item.url, item.title, item.deadline) == ("https://red.example.org/c/7", "Convocatoria siete", None)
    assert item.extra["detail_error"].startswith(
        "el detalle https://red.example.org/api/detalle?n=7 no es JSON válido")
