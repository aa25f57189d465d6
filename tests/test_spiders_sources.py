"""The sources YAML: the shipped files load, and every mistake names the file, the entry and the field."""
from __future__ import annotations

from pathlib import Path

import pytest

from models.errors import InputError, InputErrors
from spiders.sources import DEFAULT_SOURCES_FILE, load_sources, resolve_url, select_sources
from spiders.vocabulary import FUNDER_TYPES, KINDS
from tests.conftest import REPO

DEMO_SOURCES = REPO / "spiders" / "demo" / "sources.yaml"

GOOD_FEED = """
  - id: red-feed
    name: Red
    funder: Red de ciudades
    funder_type: city_networks
    kind: feed
    url: feeds/red.xml
"""


def write(tmp_path: Path, entries: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n" + entries, encoding="utf-8")
    return path


def messages(exc: pytest.ExceptionInfo[InputError]) -> list[str]:
    errors = exc.value.errors if isinstance(exc.value, InputErrors) else [exc.value]
    return [str(e) for e in errors]


def test_the_guides_six_funder_types_are_the_vocabulary():
    assert set(FUNDER_TYPES) == {"banks", "local_governments", "multilateral", "cooperation_agencies",
                                 "city_networks", "philanthropic"}


def test_the_live_catalogue_has_one_source_of_each_kind_and_the_grantsgov_post():
    sources = load_sources()
    assert DEFAULT_SOURCES_FILE.name == "catalogue.yaml"
    assert {s.kind for s in sources} == set(KINDS)
    grants = next(s for s in sources if s.id == "grantsgov")
    assert (grants.url, grants.settings["method"]) == ("https://api.grants.gov/v1/api/search2", "POST")


def test_demo_sources_resolve_relative_urls_against_the_base_url():
    sources = load_sources(DEMO_SOURCES, base_url="http://127.0.0.1:8123")
    # The demo shows the three basic adapters; wordpress and sitemap are covered by tests/test_catalogue_sources.py.
    assert len(sources) >= 3 and {s.kind for s in sources} == {"feed", "html", "json"}
    assert all(s.url.startswith("http://127.0.0.1:8123/") for s in sources)


def test_resolve_url_keeps_absolute_addresses_and_treats_the_base_as_a_folder():
    assert resolve_url("https://x.org/feed", "http://127.0.0.1:1") == "https://x.org/feed"
    assert resolve_url("/a/b.xml", "http://127.0.0.1:1/site") == "http://127.0.0.1:1/site/a/b.xml"


def test_a_relative_url_without_base_url_is_an_error_naming_the_entry(tmp_path):
    with pytest.raises(InputError) as exc:
        load_sources(write(tmp_path, GOOD_FEED))
    assert messages(exc) == ["sources.yaml: sources[0].url: 'feeds/red.xml' es una dirección relativa y no se "
                             "indicó una URL base (--base-url)"]


def test_an_unknown_kind_names_entry_and_field(tmp_path):
    path = write(tmp_path, GOOD_FEED + GOOD_FEED.replace("red-feed", "otra").replace("kind: feed", "kind: rss"))
    with pytest.raises(InputError) as exc:
        load_sources(path, base_url="http://127.0.0.1:1")
    assert any(m.startswith("sources.yaml: sources[1].kind: valor 'rss' no válido") for m in messages(exc))


def test_every_problem_is_reported_at_once(tmp_path):
    entry = """
  - id: Mala Fuente
    name: Mala
    funder_type: banco
    kind: html
    url: ftp://x.org/lista
    links: "css:a[href"
    fields: {summary: "css:p"}
    timezone: Marte/Olimpo
    """
    with pytest.raises(InputErrors) as exc:
        load_sources(write(tmp_path, entry))
    found = "\n".join(messages(exc))
    for where in ("sources[0].id", "sources[0].funder:", "sources[0].funder_type", "sources[0].url",
                  "sources[0].links", "sources[0].fields.title", "sources[0].timezone"):
        assert f"sources.yaml: {where}" in found


def test_an_unknown_key_suggests_the_right_one(tmp_path):
    with pytest.raises(InputError) as exc:
        load_sources(write(tmp_path, GOOD_FEED + "    deadline_patern: 'x(.*)'\n"), base_url="http://h")
    assert "¿quiso decir 'deadline_pattern'?" in messages(exc)[0]


def test_json_sources_need_items_path_and_title_and_url_fields(tmp_path):
    entry = GOOD_FEED.replace("kind: feed", "kind: json") + "    body: {a: 1}\n    fields: {title: title}\n"
    with pytest.raises(InputError) as exc:
        load_sources(write(tmp_path, entry), base_url="http://h")
    found = "\n".join(messages(exc))
    assert "sources[0].items_path" in found and "sources[0].fields.url" in found
    assert "sources[0].body: solo una petición POST lleva cuerpo" in found


def test_repeated_ids_and_bad_yaml_are_errors(tmp_path):
    with pytest.raises(InputError) as exc:
        load_sources(write(tmp_path, GOOD_FEED + GOOD_FEED), base_url="http://h")
    assert "sources[1].id: 'red-feed' repetido" in messages(exc)[0]
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources:\n  - id: x\n    name: [sin cerrar\n", encoding="utf-8")
    with pytest.raises(InputError, match="sintaxis YAML inválida"):
        load_sources(bad)


def test_only_selects_by_id_and_rejects_unknown_ids():
    sources = load_sources(DEMO_SOURCES, base_url="http://h")
    assert [s.id for s in select_sources(sources, ["grantsgov"])] == ["grantsgov"]
    with pytest.raises(InputError, match="desconocida.*no-existe"):
        select_sources(sources, ["no-existe"])
