"""The same migrations and steps on PostgreSQL (loopback server; CI starts one and sets the URL)."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, inspect, text

from tests.test_migrations import EXPECTED_TABLES

ADMIN_URL = os.environ.get("VIGIA_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not ADMIN_URL, reason="set VIGIA_TEST_POSTGRES_URL to a PostgreSQL server on loopback")


@pytest.fixture
def postgres_url(monkeypatch: pytest.MonkeyPatch, tmp_path) -> Iterator[str]:
    """A throw-away database on the loopback server, used as VIGIA_DATABASE_URL."""
    name = f"vigia_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    monkeypatch.setenv("VIGIA_DATABASE_URL", url)
    monkeypatch.setenv("VIGIA_HOME", str(tmp_path / "home"))
    try:
        yield url
    finally:
        from models.db import get_engine

        get_engine(url).dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_migrations_build_every_table_on_postgres(postgres_url):
    from models.db import migrate

    migrate(postgres_url)
    assert EXPECTED_TABLES <= set(inspect(create_engine(postgres_url)).get_table_names())
