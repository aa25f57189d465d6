from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import create_engine, inspect, select

from models.db import alembic_config, migrate
from models.quarters import Quarter
from models.schema import City, HarvestRun, Source


EXPECTED_TABLES = {
    "source", "harvest_run", "opportunity", "city", "plan", "axis", "objective", "action", "milestone",
    "indicator", "progress_report", "indicator_value", "match", "deviation", "subscription",
    "notification", "published_report",
}


def test_migrations_build_every_table(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    migrate(url)
    tables = set(inspect(create_engine(url)).get_table_names())
    assert EXPECTED_TABLES <= tables
    assert "alembic_version" in tables


def test_migrations_run_down_and_up_again(tmp_path):
    from alembic import command

    url = f"sqlite:///{tmp_path / 'm.db'}"
    migrate(url)
    command.downgrade(alembic_config(url), "base")
    assert not (EXPECTED_TABLES & set(inspect(create_engine(url)).get_table_names()))
    migrate(url)
    assert EXPECTED_TABLES <= set(inspect(create_engine(url)).get_table_names())


def test_datetimes_come_back_timezone_aware(session):
    session.add(Source(id="s", name="S", funder="F", funder_type="banks", kind="feed", url="http://x"))
    session.flush()
    started = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
    session.add(HarvestRun(source_id="s", started_at=started))
    session.flush()
    session.expire_all()
    run = session.scalar(select(HarvestRun))
    assert run.started_at == started
    assert run.started_at.tzinfo is not None


def test_naive_datetimes_are_refused(session):
    session.add(Source(id="s", name="S", funder="F", funder_type="banks", kind="feed", url="http://x"))
    session.flush()
    session.add(HarvestRun(source_id="s", started_at=datetime(2025, 3, 1)))
    with pytest.raises(Exception, match="naive datetime"):
        session.flush()
    session.rollback()


def test_quarter_bounds_and_parsing():
    q = Quarter.parse("2025-T4")
    assert (q.start, q.end) == (date(2025, 10, 1), date(2025, 12, 31))
    assert str(q.next()) == "2026-T1"
    assert str(Quarter.last_completed(date(2026, 1, 5))) == "2025-T4"
    with pytest.raises(ValueError, match="AAAA-T1"):
        Quarter.parse("2025Q1")


def test_city_roundtrip(session):
    session.add(City(dane_code="11001", name="Bogotá D.C."))
    session.flush()
    assert session.get(City, "11001").name == "Bogotá D.C."
