"""Shared fixtures: a fresh VIGIA_HOME with a migrated SQLite database per test."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from models.db import ensure_schema, session_scope

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def vigia_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """VIGIA_HOME in a temporary folder, with the schema built by running the migrations."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("VIGIA_HOME", str(home))
    monkeypatch.delenv("VIGIA_DATABASE_URL", raising=False)
    ensure_schema()
    return home


@pytest.fixture
def session(vigia_home: Path) -> Iterator[Session]:
    """A session on the test database, committed when the test ends without error."""
    with session_scope() as s:
        yield s


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A writable copy of the demo site plus the harvest test fixtures, so a test can change a source."""
    import shutil

    root = tmp_path / "site"
    shutil.copytree(REPO / "spiders" / "demo" / "site", root)
    shutil.copytree(FIXTURES / "harvest" / "site", root, dirs_exist_ok=True)
    return root


@pytest.fixture
def base_url(site: Path) -> Iterator[str]:
    """That site served over real HTTP on 127.0.0.1."""
    from spiders.fixture_server import serve_directory

    with serve_directory(site) as url:
        yield url


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect server for the whole test session (it takes seconds to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
