"""Where the database lives, how to open it, and how to bring its schema up to date."""
from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def vigia_home() -> Path:
    """The folder for the SQLite file, the published site and saved e-mails (VIGIA_HOME, default ./var)."""
    home = Path(os.environ.get("VIGIA_HOME", "var")).resolve()
    home.mkdir(parents=True, exist_ok=True)
    return home


def database_url() -> str:
    """Any SQLAlchemy URL from VIGIA_DATABASE_URL, else a SQLite file under VIGIA_HOME."""
    return os.environ.get("VIGIA_DATABASE_URL") or f"sqlite:///{vigia_home() / 'vigia.db'}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


@lru_cache(maxsize=8)
def _engine_for(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def get_engine(url: str | None = None) -> Engine:
    """One engine per URL per process, so connection pools are shared."""
    return _engine_for(url or database_url())


def alembic_config(url: str | None = None) -> Config:
    """Alembic configured in code, so no alembic.ini has to be found at run time."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", (url or database_url()).replace("%", "%%"))
    return cfg


def migrate(url: str | None = None) -> None:
    """Bring the schema to the newest migration; cheap when it already is."""
    command.upgrade(alembic_config(url), "head")


_migrated: set[str] = set()
_migrate_lock = threading.Lock()


def ensure_schema(url: str | None = None) -> None:
    """Migrate once per process per URL; every CLI command and flow calls this first.

    Locked because flow tasks run in threads and two concurrent migrations crash SQLite.
    """
    url = url or database_url()
    if url in _migrated:
        return
    with _migrate_lock:
        if url not in _migrated:
            migrate(url)
            _migrated.add(url)


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """A session that commits at the end of the block, or rolls everything back on error."""
    ensure_schema(url)
    factory = sessionmaker(bind=get_engine(url), expire_on_commit=False)
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
