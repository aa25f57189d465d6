"""Every catalogue source against its own fixture, over real HTTP on 127.0.0.1: one test id per source id.

Each source's recorded (or reconstructed) responses are replayed by spiders.source_fixtures, crawled by the
real Scrapy adapter in a subprocess, prepared as a harvest would, and compared with the source's expected.json.
A source added with `vigia sources new` fails here, saying what to fill in, until its fixture is complete.

VIGIA_TEST_CATALOGUE and VIGIA_TEST_SOURCE_FIXTURES point this module at another catalogue and fixture folder
(tests/test_scaffold.py uses them on a scratch copy, so the real catalogue is never touched by the tests).
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from spiders.source_fixtures import (
    DEFAULT_FIXTURES_DIR,
    EXPECTED,
    MANIFEST,
    FixtureNotReady,
    compare,
    crawl_fixtures,
    load_expected,
    load_fixture,
)
from spiders.sources import DEFAULT_SOURCES_FILE, load_sources
from spiders.vocabulary import FUNDER_TYPES

CATALOGUE = Path(os.environ.get("VIGIA_TEST_CATALOGUE") or DEFAULT_SOURCES_FILE)
FIXTURES_ROOT = Path(os.environ.get("VIGIA_TEST_SOURCE_FIXTURES") or DEFAULT_FIXTURES_DIR)
SOURCES = load_sources(CATALOGUE)
IDS = [s.id for s in SOURCES]

# The real API responses of /work/shared/data/real/, which must be served exactly as captured.
REAL_FILES = {
    "grantsgov/grantsgov-search.json": "ca2778b4bf43bdc93b38e23cec73da77b09229fb2934990a8dda33545fc25cc7",
    "bdns/bdns-busqueda.json": "ad6c8904590c45ddcfc6117a8be8ce233c89328f983d1d80fb39d4467eb0aa14",
    "bdns-cooperacion/bdns-convocatoria-802038.json": "1f6fa1880d6a9fe9023932d3441f44557feffba11b7c2beeca230fcb9b23459d",
    "bdns-cooperacion/bdns-convocatoria-802049.json": "bb58e17e96a4aaf5bb7a503460c2b93cdc1d7c149d932dd38e9ad27e6d567835",
    "bdns-cooperacion/bdns-convocatoria-802074.json": "f89c0840147ef4be96bd2c8c8b4f9f7ae2e395d5adf4ba8a321f24151d2e937c",
}


@pytest.fixture(scope="module")
def runs(request, tmp_path_factory):
    """One crawl of the sources whose tests were selected, all at once (two processes), shared by their tests."""
    wanted = {item.callspec.params["source_id"] for item in request.session.items
              if getattr(item, "module", None) is request.module and hasattr(item, "callspec")
              and "source_id" in item.callspec.params}
    home = tmp_path_factory.mktemp("vigia-home")
    previous = os.environ.get("VIGIA_HOME")
    os.environ["VIGIA_HOME"] = str(home)
    try:
        return crawl_fixtures([s for s in SOURCES if s.id in wanted], FIXTURES_ROOT)
    finally:
        if previous is None:
            os.environ.pop("VIGIA_HOME", None)
        else:
            os.environ["VIGIA_HOME"] = previous


@pytest.mark.parametrize("source_id", IDS)
def test_source(source_id, runs):
    run = runs[source_id]
    if run.not_ready:
        pytest.fail(f"fuente sin terminar — {run.not_ready}", pytrace=False)
    try:
        expected = load_expected(source_id, FIXTURES_ROOT)
    except FixtureNotReady as exc:
        pytest.fail(f"fuente sin terminar — {exc}", pytrace=False)
    assert run.errors == [], f"{source_id}: la fuente falló contra su fixture: {run.errors}"
    problems = compare(expected, run.items)
    assert not problems, f"{source_id} ({FIXTURES_ROOT / source_id / EXPECTED}):\n" + "\n".join(problems)


def test_the_catalogue_covers_the_guides_funders_and_the_grant_databases():
    if CATALOGUE != DEFAULT_SOURCES_FILE:
        pytest.skip("only the shipped catalogue")
    assert len(SOURCES) >= 30
    assert {s.funder_type for s in SOURCES} == set(FUNDER_TYPES)
    hosts = " ".join(s.url for s in SOURCES)
    for address in ("api.grants.gov/v1/api/search2", "api.tech.ec.europa.eu/search-api/prod/rest/search",
                    "infosubvenciones.es/bdnstrans/api/convocatorias/busqueda", "apccolombia.gov.co"):
        assert address in hosts


def test_every_fixture_folder_belongs_to_a_catalogue_source():
    folders = {p.name for p in FIXTURES_ROOT.iterdir() if p.is_dir()}
    assert folders - set(IDS) == set(), "carpetas de fixture sin fuente en el catálogo"


@pytest.mark.parametrize("relative, digest", sorted(REAL_FILES.items()))
def test_real_api_responses_are_served_unchanged(relative, digest):
    if CATALOGUE != DEFAULT_SOURCES_FILE:
        pytest.skip("only the shipped fixtures")
    assert hashlib.sha256((FIXTURES_ROOT / relative).read_bytes()).hexdigest() == digest


def test_a_reconstructed_fixture_says_so():
    for source_id in IDS:
        try:
            fixture = load_fixture(source_id, FIXTURES_ROOT)
        except FixtureNotReady:
            continue  # reported by test_source
        if fixture.origin != "reconstructed":
            continue
        assert "RECONSTRUCTED" in fixture.note.upper(), f"{source_id}/{MANIFEST}: la nota debe decirlo"
        for path, _ in fixture.responses.values():
            text = path.read_text(encoding="utf-8")
            if path.suffix in (".xml", ".html"):
                assert "RECONSTRUCTED" in text, f"{path} debe decir en un comentario que fue reconstruido"
            elif path.suffix == ".json" and isinstance(json.loads(text), dict) and path.name not in \
                    {Path(r).name for r in REAL_FILES}:
                assert "RECONSTRUCTED" in text, f"{path} debe decirlo en una clave _fixture_note"
