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
        _drop(admin, name)
        admin.dispose()


def _drop(admin, name: str, attempts: int = 20) -> None:
    """Drop the throw-away database; an autovacuum worker still in it (a server process the test role may not
    terminate) refuses the drop for a moment, so retry briefly before failing."""
    import time

    from sqlalchemy.exc import DBAPIError

    for attempt in range(attempts):
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except DBAPIError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.5)


def test_migrations_build_every_table_on_postgres(postgres_url):
    from models.db import migrate

    migrate(postgres_url)
    assert EXPECTED_TABLES <= set(inspect(create_engine(postgres_url)).get_table_names())


def test_migrations_and_schema_agree_on_postgres(postgres_url):
    from models.db import migrate
    from tests.test_migrations import schema_differences

    migrate(postgres_url)
    assert schema_differences(postgres_url) == []


def test_the_loop_runs_on_postgres(postgres_url, tmp_path):
    """Plans, imported opportunities, matching, tracking, report and outbox, all on PostgreSQL."""
    import json

    from sqlalchemy import func, select

    from models.db import session_scope
    from models.matching import match
    from models.plans import import_plan_file
    from models.progress import import_progress_file
    from models.schema import Match, Notification, Opportunity
    from models.tracking import track
    from notifications.report import publish_reports
    from notifications.subscriptions import add_subscription
    from spiders.importer import import_opportunities
    from tests.conftest import REPO

    data = REPO / "models" / "data"
    for city in ("bogota", "cartagena"):
        with session_scope() as s:
            import_plan_file(s, data / "plans" / f"{city}.yaml")
    with session_scope() as s:
        import_progress_file(s, data / "progress" / "2026-T3.csv")
        add_subscription(s, "11001", "mailto://127.0.0.1:2525?from=vigia@localhost&to=ori@bogota.gov.co&mode=insecure",
                         ["opportunities", "deviations", "reports"])
    calls = tmp_path / "calls.jsonl"
    calls.write_text(json.dumps({
        "title": "Convocatoria de cooperación descentralizada para turismo sostenible",
        "url": "https://example.org/convocatoria-turismo", "summary": "Subvención para ciudades (ODS 8, ODS 11).",
        "funder": "Fondo Ejemplo", "language": "es", "deadline": "2099-01-31T23:59:00-05:00",
    }) + "\n", encoding="utf-8")
    import_opportunities(calls)
    with session_scope() as s:
        assert match(s).matches >= 1
        summary = track(s, quarter="2026-T3")
        assert summary.milestones > 0
        [report] = publish_reports(s, quarter="2026-T3", city_code="11001")
    with session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Opportunity)) == 1
        assert s.scalar(select(func.count()).select_from(Match)) >= 1
        kinds = set(s.scalars(select(Notification.kind)))
    assert kinds == {"opportunities", "deviations", "reports"}
