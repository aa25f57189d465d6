"""Hostile input: broken XML, wrong or missing encodings, markup and scripts in titles, enormous documents,
redirect loops, empty responses — each item or source is rejected with a reason and the run goes on."""
from __future__ import annotations

import os
import shutil

import pytest
from sqlalchemy import select

from models.db import ensure_schema, session_scope
from models.schema import Opportunity
from spiders.fixture_server import serve_directory
from spiders.harvest import harvest
from tests.conftest import FIXTURES

HOSTILE = FIXTURES / "hostile"
MAXSIZE = 1_000_000


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One harvest of every hostile source (with an enormous page written here), in its own VIGIA_HOME."""
    root = tmp_path_factory.mktemp("hostile")
    site = root / "site"
    shutil.copytree(HOSTILE / "site", site)
    (site / "convocatorias" / "enorme.html").write_text("<html><body>" + "<p>relleno</p>" * 120_000 + "</body></html>",
                                                        encoding="utf-8")
    previous = os.environ.get("VIGIA_HOME")
    os.environ["VIGIA_HOME"] = str(root / "home")
    try:
        ensure_schema()
        with serve_directory(site) as base_url:
            results = harvest(HOSTILE / "sources.yaml", base_url=base_url,
                              crawl_settings={"DOWNLOAD_MAXSIZE": MAXSIZE, "VIGIA_RETRY_BACKOFF": 0.05})
        with session_scope() as session:
            stored = {o.url: (o.source_id, o.title, o.summary) for o in session.scalars(select(Opportunity))}
    finally:
        if previous is None:
            os.environ.pop("VIGIA_HOME", None)
        else:
            os.environ["VIGIA_HOME"] = previous
    return base_url, {r.source_id: r for r in results}, stored


def titles(stored, source_id: str) -> list[str]:
    return sorted(title for source, title, _ in stored.values() if source == source_id)


def test_a_truncated_feed_fails_its_source_with_the_line(run):
    _, results, _ = run
    assert results["feed-cortado"].status == "error"
    assert results["feed-cortado"].error.startswith("el feed está mal formado (línea 12)")


def test_an_empty_response_fails_its_source_with_a_reason(run):
    _, results, _ = run
    assert results["feed-vacio"].error.startswith("la respuesta no es un feed RSS ni Atom")


def test_a_redirect_loop_fails_its_source_with_a_reason(run):
    base_url, results, _ = run
    assert results["feed-en-bucle"].error == (f"el sitio redirige en bucle o demasiadas veces desde "
                                              f"{base_url}/_loop/a; se descartó")


def test_latin1_that_claims_utf8_is_still_read_right(run):
    _, _, stored = run
    assert titles(stored, "feed-latin1") == ["Convocatoria de cooperación para municipios: gestión migratoria 2027"]


def test_a_feed_with_no_declared_encoding_is_still_read_right(run):
    _, _, stored = run
    assert titles(stored, "feed-sin-codificacion") == [
        "Convocatoria de cooperación para municipios: seguridad alimentaria 2027"]


def test_markup_and_scripts_are_stripped_from_titles_and_summaries(run):
    _, _, stored = run
    assert titles(stored, "feed-marcado") == ["Premio a la innovación pública local 2027"]
    assert titles(stored, "html-hostil") == ["Beca de gobierno abierto para funcionarios municipales",
                                             "Fondo para ciudades intermedias: agua y saneamiento 2027"]
    summaries = " ".join(summary or "" for _, _, summary in stored.values())
    assert "<" not in summaries and "robar" not in summaries and "document.cookie" not in summaries


def test_a_title_that_is_only_markup_is_rejected_with_a_reason(run):
    _, results, _ = run
    assert results["feed-marcado"].rejects == ["https://red-sucia.example.org/solo-una-imagen/: falta el título"]


def test_bad_detail_pages_lose_only_their_own_item_each_with_a_reason(run):
    base_url, results, _ = run
    result = results["html-hostil"]
    assert (result.status, result.inserted, result.rejected) == ("ok", 2, 4)
    assert sorted(result.rejects) == sorted([
        f"el documento de {base_url}/convocatorias/enorme.html supera el tamaño máximo permitido (1.000.000 bytes); "
        f"se descartó sin leerlo ({base_url}/convocatorias/enorme.html)",
        f"el sitio redirige en bucle desde {base_url}/_loop/a; se descartó ({base_url}/_loop/a)",
        f"el servidor respondió HTTP 500 en {base_url}/_status/500 ({base_url}/_status/500)",
        f"{base_url}/convocatorias/vacia.html: falta el título",
    ])


def test_the_run_goes_on_past_every_broken_source(run):
    _, results, stored = run
    assert len(results) == 7 and len(stored) == 5
    assert {sid for sid, r in results.items() if r.status == "ok"} == {
        "feed-latin1", "feed-sin-codificacion", "feed-marcado", "html-hostil"}


def test_a_detail_page_in_latin1_that_claims_utf8_is_still_read_right(tmp_path, monkeypatch):
    """A list-page source whose detail page is written in Latin-1 while its server and its <meta> say UTF-8 (as
    old CMSs do): the title is stored without replacement characters and the deadline is still found."""
    site = tmp_path / "site"
    (site / "lista").mkdir(parents=True)
    (site / "lista" / "index.html").write_text(
        '<html><body><ul class="l"><li><a href="c.html">C</a></li></ul></body></html>', encoding="utf-8")
    (site / "lista" / "c.html").write_bytes(
        "<!doctype html><html lang='es'><head><meta charset='utf-8'><title>Cooperación técnica para municipios 2027"
        "</title></head><body><article><h1>Cooperación técnica para municipios 2027</h1><p>Convocatoria para "
        "alcaldías de Colombia: gestión del riesgo. Fecha límite: 5 de julio de 2027.</p></article></body></html>"
        .encode("latin-1"))
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - id: html-latin1\n    name: Lista Latin-1\n    funder: Agencia\n    funder_type: "
        "cooperation_agencies\n    kind: html\n    url: lista/index.html\n    links: 'css:ul.l a::attr(href)'\n"
        "    fields: {title: 'css:article h1'}\n    language: es\n    timezone: America/Bogota\n"
        "    download_delay: 0\n    timeout: 10\n", encoding="utf-8")
    monkeypatch.setenv("VIGIA_HOME", str(tmp_path / "home"))
    ensure_schema()
    with serve_directory(site) as base_url:
        [result] = harvest(tmp_path / "sources.yaml", base_url=base_url)
    assert (result.status, result.inserted) == ("ok", 1)
    with session_scope() as session:
        [opp] = session.scalars(select(Opportunity)).all()
        assert opp.title == "Cooperación técnica para municipios 2027"
        assert opp.deadline is not None and opp.deadline.date().isoformat() == "2027-07-06"  # 23:59 Bogotá in UTC


def test_a_utf8_detail_page_with_one_stray_byte_keeps_its_accents(tmp_path, monkeypatch):
    """The Latin-1 fallback is for pages written in Latin-1: a UTF-8 page with one corrupt byte stays UTF-8
    (one character lost), rather than every accent turned into mojibake."""
    site = tmp_path / "site"
    (site / "lista").mkdir(parents=True)
    (site / "lista" / "index.html").write_text(
        '<html><body><ul class="l"><li><a href="c.html">C</a></li></ul></body></html>', encoding="utf-8")
    (site / "lista" / "c.html").write_bytes(
        "<!doctype html><html lang='es'><head><meta charset='utf-8'></head><body><article><h1>Gestión del riesgo en "
        "municipios 2027</h1><p>Convocatoria para alcaldías de Colombia. Fecha límite: 5 de julio de 2027.</p>"
        .encode("utf-8") + b"<p>Nota \xff final.</p></article></body></html>")
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - id: html-utf8\n    name: Lista UTF-8\n    funder: Agencia\n    funder_type: "
        "cooperation_agencies\n    kind: html\n    url: lista/index.html\n    links: 'css:ul.l a::attr(href)'\n"
        "    fields: {title: 'css:article h1'}\n    language: es\n    timezone: America/Bogota\n"
        "    download_delay: 0\n    timeout: 10\n", encoding="utf-8")
    monkeypatch.setenv("VIGIA_HOME", str(tmp_path / "home"))
    ensure_schema()
    with serve_directory(site) as base_url:
        harvest(tmp_path / "sources.yaml", base_url=base_url)
    with session_scope() as session:
        [opp] = session.scalars(select(Opportunity)).all()
        assert opp.title == "Gestión del riesgo en municipios 2027"
