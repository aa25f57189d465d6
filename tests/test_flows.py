"""The Prefect flows under Prefect's test harness: they run the real steps and leave artifacts."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

from flows.monitoring import match_flow
from flows.schedules import TIMEZONE, build_deployments
from models.db import session_scope
from models.schema import Axis, City, Opportunity, Plan, Source


def latest_artifact(key: str) -> str:
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])))
    assert artifacts, f"no artifact {key!r}"
    return max(artifacts, key=lambda a: a.created).data


def test_deployments_schedules_are_in_bogota_time():
    deployments = {d.name: d for d in build_deployments()}
    crons = {name: d.schedules[0].schedule.cron for name, d in deployments.items() if d.schedules}
    assert crons == {
        "harvest-daily": "0 6 * * *",
        "track-weekly": "0 7 * * 1",
        "deliver-every-10-minutes": "*/10 * * * *",
        "quarterly-report": "0 7 10 1,4,7,10 *",
    }
    assert {d.schedules[0].schedule.timezone for d in deployments.values() if d.schedules} == {TIMEZONE}
    # Matching is event-driven: it runs when a harvest completes.
    [trigger] = deployments["match-after-harvest"].triggers
    assert trigger.expect == {"prefect.flow-run.Completed"}


def test_match_flow_scores_and_leaves_an_artifact(prefect_harness, vigia_home):
    with session_scope() as s:
        s.add(City(dane_code="05001", name="Medellín"))
        s.add(Source(id="t", name="T", funder="F", funder_type="city_networks", kind="feed", url="http://127.0.0.1/"))
        s.flush()
        plan = Plan(city_code="05001", name="PAI Medellín", version=1, is_current=True)
        s.add(plan)
        s.flush()
        s.add(Axis(plan_id=plan.id, code="INNO", name="Innovación y ciudad inteligente",
                   description="Transformación digital", keywords=["innovación"], ods=[9]))
        s.add(Opportunity(source_id="t", url="http://127.0.0.1/o", title="Smart city innovation challenge",
                          summary="Digital transformation grants", funder="F", category="convocatorias", language="en",
                          deadline=datetime.now(timezone.utc) + timedelta(days=40), content_hash="h"))
    result = match_flow()
    assert result["opportunities"] == 1 and result["matches"] == 1
    assert "Coincidencias: **1**" in latest_artifact("match-summary")
