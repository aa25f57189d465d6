"""`vigia sources new` on a scratch catalogue: the three parts appear, the source's test fails saying what to
fill in, and passes once the fixture is recorded and expected.json written; bad input writes nothing."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from flows.cli import main
from spiders.sources import load_sources
from tests.conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "sources"
NEW_URL = "https://nueva-red.org/wp-json/wp/v2/posts?search=convocatoria"
CATALOGUE_TEXT = """# Scratch catalogue: one finished source (a copy of ICLEI's).
sources:
  - id: iclei
    name: ICLEI
    funder: ICLEI – Local Governments for Sustainability
    funder_type: city_networks
    kind: feed
    url: https://iclei.org/feed/
    language: en
    timezone: Europe/Berlin
"""


@pytest.fixture
def scratch(tmp_path, vigia_home):
    """A catalogue with one finished source and its fixture, outside the repository."""
    catalogue, fixtures = tmp_path / "catalogue.yaml", tmp_path / "sources"
    catalogue.write_text(CATALOGUE_TEXT, encoding="utf-8")
    shutil.copytree(FIXTURES / "iclei", fixtures / "iclei")
    return catalogue, fixtures


def new(catalogue, fixtures, *args: str) -> int:
    return main(["sources", "new", *args, "--catalogue", str(catalogue), "--fixtures", str(fixtures)])


def catalogue_test(catalogue, fixtures) -> subprocess.CompletedProcess[str]:
    """tests/test_catalogue_sources.py run on the scratch catalogue, as a person adding a source would run it."""
    env = {**os.environ, "VIGIA_TEST_CATALOGUE": str(catalogue), "VIGIA_TEST_SOURCE_FIXTURES": str(fixtures)}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", "test_source",
                           "tests/test_catalogue_sources.py"], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120)


def test_new_source_fails_its_test_until_filled_in_then_passes(scratch, capsys):
    catalogue, fixtures = scratch
    assert new(catalogue, fixtures, "nueva-red", "--kind", "wordpress", "--url", NEW_URL,
               "--name", "Nueva red — convocatorias", "--funder-type", "city_networks") == 0
    printed = capsys.readouterr().out
    assert "Fuente 'nueva-red' creada" in printed and "vigia sources expected nueva-red" in printed

    # 1. the catalogue entry, appended with the file's comments kept
    text = catalogue.read_text(encoding="utf-8")
    assert text.startswith(CATALOGUE_TEXT) and "TODO: how sure is this address" in text
    [added] = [s for s in load_sources(catalogue) if s.id == "nueva-red"]
    assert (added.kind, added.url, added.name) == ("wordpress", NEW_URL, "Nueva red — convocatorias")
    # 2. the fixture folder, with a placeholder that says to replace it
    folder = fixtures / "nueva-red"
    assert "REPLACE THIS FILE" in (folder / "posts.json").read_text(encoding="utf-8")
    assert "origin: placeholder" in (folder / "fixture.yaml").read_text(encoding="utf-8")

    # 3. the test: fails, naming the source and what to do; the finished source still passes
    done = catalogue_test(catalogue, fixtures)
    assert done.returncode == 1, done.stdout
    assert "1 failed, 1 passed" in done.stdout
    assert "test_source[nueva-red]" in done.stdout and "aún no tiene su respuesta grabada" in done.stdout

    # filling it in: a recorded answer (here: another WordPress site's), then the expected values
    shutil.copy(FIXTURES / "segib" / "posts.json", folder / "posts.json")
    manifest = folder / "fixture.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("origin: placeholder", "origin: recorded"),
                        encoding="utf-8")
    assert main(["sources", "expected", "nueva-red", "--catalogue", str(catalogue), "--fixtures", str(fixtures)]) == 0
    assert "nueva-red: 2 ítems" in capsys.readouterr().out
    done = catalogue_test(catalogue, fixtures)
    assert done.returncode == 0, done.stdout
    assert "2 passed" in done.stdout


def test_an_unfinished_expected_file_is_reported(scratch):
    catalogue, fixtures = scratch
    assert new(catalogue, fixtures, "otra", "--kind", "feed", "--url", "https://otra.org/feed/") == 0
    shutil.copy(FIXTURES / "iclei" / "feed.xml", fixtures / "otra" / "feed.xml")
    manifest = fixtures / "otra" / "fixture.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("origin: placeholder", "origin: recorded"),
                        encoding="utf-8")
    from spiders.source_fixtures import FixtureNotReady, load_expected

    with pytest.raises(FixtureNotReady, match="aún no tiene los valores esperados"):
        load_expected("otra", fixtures)


@pytest.mark.parametrize("args, message", [
    (["iclei", "--kind", "feed", "--url", "https://iclei.org/otro/feed/"], "ya está en el catálogo"),
    (["Mala Id", "--kind", "feed", "--url", "https://x.org/feed/"], "ID: use solo minúsculas"),
    (["buena", "--kind", "feed", "--url", "ftp://x.org/feed"], "--url: 'ftp://x.org/feed' no es una dirección"),
])
def test_bad_input_names_the_problem_and_writes_nothing(scratch, capsys, args, message):
    catalogue, fixtures = scratch
    before = catalogue.read_text(encoding="utf-8")
    assert new(catalogue, fixtures, *args) == 2
    assert message in capsys.readouterr().err
    assert catalogue.read_text(encoding="utf-8") == before
    assert sorted(p.name for p in fixtures.iterdir()) == ["iclei"]


def test_a_settings_key_the_catalogue_rejects_leaves_the_catalogue_as_it_was(scratch, capsys):
    catalogue, fixtures = scratch
    broken = catalogue.read_text(encoding="utf-8") + "    colour: red\n"  # an unknown key in the last entry
    catalogue.write_text(broken, encoding="utf-8")
    assert new(catalogue, fixtures, "nueva", "--kind", "feed", "--url", "https://x.org/feed/") == 2
    assert "sources[0].colour" in capsys.readouterr().err
    assert catalogue.read_text(encoding="utf-8") == broken
    assert not (fixtures / "nueva").exists()
