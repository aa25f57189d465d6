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


def schema_differences(url: str) -> list:
    """What models/schema.py has that the migrated database lacks, or the other way round (empty when they agree)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from models.schema import Base

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()


def test_migrations_and_schema_agree(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    migrate(url)
    assert schema_differences(url) == []


def test_0002_adds_action_dates_to_stored_actions_and_goes_back(tmp_path):
    from alembic import command
    from sqlalchemy import text

    url = f"sqlite:///{tmp_path / 'm.db'}"
    command.upgrade(alembic_config(url), "0001")
    engine = create_engine(url)
    with engine.begin() as conn:  # a plan stored before 0002
        conn.execute(text("INSERT INTO city (dane_code, name) VALUES ('99999', 'Municipio de Prueba')"))
        conn.execute(text("INSERT INTO plan (id, city_code, name, version, is_current, settings, imported_at) "
                          "VALUES (1, '99999', 'Plan', 1, 1, '{}', '2026-01-01 00:00:00')"))
        conn.execute(text("INSERT INTO axis (id, plan_id, code, position, name, description, keywords, ods) "
                          "VALUES (1, 1, 'E1', 0, 'Eje', '', '[]', '[]')"))
        conn.execute(text("INSERT INTO objective (id, axis_id, code, position, name) VALUES (1, 1, 'O1', 0, 'Obj')"))
        conn.execute(text("INSERT INTO action (id, objective_id, code, position, name, partners) "
                          "VALUES (1, 1, 'A1', 0, 'Acción', '[]')"))
    assert "start" not in {c["name"] for c in inspect(engine).get_columns("action")}
    migrate(url)
    with engine.connect() as conn:
        assert conn.execute(text('SELECT code, start, "end" FROM action')).all() == [("A1", None, None)]
    command.downgrade(alembic_config(url), "0001")
    assert {"start", "end"}.isdisjoint(c["name"] for c in inspect(engine).get_columns("action"))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT code FROM action")).scalars().all() == ["A1"]
    engine.dispose()
