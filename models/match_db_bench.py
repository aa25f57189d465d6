"""`vigia bench match-db`: the real `vigia match` path on a generated SQLite database, timed.

Builds a database with synthetic cities (plans of `axes` axes drawn from models.match_bench.THEMES)
and calls (models.match_bench.synthetic_calls), runs a first full `match` (which stores the scored
pairs and the feature index), then imports a new version of one city's plan and times the `match`
that follows: only that plan's axes against the calls the feature index says can meet them.
"""
from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import insert, select, update

from models.db import session_scope
from models.match_bench import THEMES, synthetic_calls
from models.matching import match
from models.schema import Axis, City, Opportunity, Plan, Source


@dataclass
class DbBenchResult:
    cities: int
    axes: int
    opportunities: int
    first_match_seconds: float
    plan_edit_seconds: float
    plan_edit_calls: int
    plan_edit_matches: int


def build(url: str, n_cities: int, axes_per_city: int, n_calls: int, now: datetime, seed: int = 7) -> None:
    """A database with n_cities current plans and n_calls calls, nothing matched yet."""
    rng = random.Random(seed)
    with session_scope(url) as session:
        session.add(Source(id="bench", name="Bench", funder="Fondo de prueba", funder_type="multilateral",
                           kind="feed", url="http://127.0.0.1/"))
        for c in range(n_cities):
            code = f"{c + 1:05d}"
            session.add(City(dane_code=code, name=f"Municipio {code}"))
            plan = Plan(city_code=code, name=f"PAI {code}", version=1, is_current=True,
                        settings={"population": rng.randint(20_000, 3_000_000)})
            session.add(plan)
            session.flush()
            _add_axes(session, plan, rng, axes_per_city)
        rows = [{"source_id": "bench", "url": f"http://127.0.0.1/c/{i}", "title": call.title, "summary": call.summary,
                 "funder": "Fondo de prueba", "funder_type": "multilateral", "category": "convocatorias",
                 "language": "es", "deadline": call.deadline, "eligibility": call.eligibility, "extra": {},
                 "content_hash": f"h{i}", "first_seen_at": now, "last_seen_at": now, "changed_at": now}
                for i, call in enumerate(synthetic_calls(n_calls, rng, now))]
        for start in range(0, len(rows), 2000):
            session.execute(insert(Opportunity), rows[start:start + 2000])


def _add_axes(session, plan: Plan, rng: random.Random, n: int) -> None:
    for a, (name, description, keywords, ods, _) in enumerate(rng.sample(THEMES, n)):
        session.add(Axis(plan_id=plan.id, code=f"E{a + 1}", position=a, name=name, description=description,
                         keywords=rng.sample(keywords, rng.randint(2, len(keywords))), ods=ods))


def edit_plan(url: str, city_code: str, axes_per_city: int, seed: int = 11) -> None:
    """Import a new version of one city's plan (other axes), as `vigia plan import` of an edited file does."""
    rng = random.Random(seed)
    with session_scope(url) as session:
        old = session.scalar(select(Plan).where(Plan.city_code == city_code, Plan.is_current.is_(True)))
        session.execute(update(Plan).where(Plan.id == old.id).values(is_current=False))
        plan = Plan(city_code=city_code, name=f"{old.name} (v{old.version + 1})", version=old.version + 1,
                    is_current=True, settings=old.settings)
        session.add(plan)
        session.flush()
        _add_axes(session, plan, rng, axes_per_city)


def run_db_bench(folder: Path, n_cities: int = 50, axes_per_city: int = 5, n_calls: int = 10_000,
                 seed: int = 7) -> DbBenchResult:
    """Build, match everything once, edit one plan, and time the match of the new plan version."""
    path = folder / "bench-match.db"
    path.unlink(missing_ok=True)
    url = f"sqlite:///{path}"
    now = datetime(2026, 12, 2, 12, tzinfo=timezone.utc)
    build(url, n_cities, axes_per_city, n_calls, now, seed)
    started = time.perf_counter()
    with session_scope(url) as session:
        match(session, now=now)
    first = time.perf_counter() - started
    edit_plan(url, "00001", axes_per_city)
    started = time.perf_counter()
    with session_scope(url) as session:
        summary = match(session, now=now + timedelta(minutes=5))
    edit = time.perf_counter() - started
    return DbBenchResult(n_cities, n_cities * axes_per_city, n_calls, round(first, 2), round(edit, 2),
                         summary.opportunities, summary.matches)
