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
        "remind-daily": "0 8 * * *",
        "deliver-every-10-minutes": "*/10 * * * *",
        "quarterly-report": "0 7 10 1,4,7,10 *",
    }
    assert {d.schedules[0].schedule.timezone for d in deployments.values() if d.schedules} == {TIMEZONE}
    # Matching is event-driven: it runs when a harvest completes.
    [trigger] = deployments["match-after-harvest"].triggers
    assert trigger.expect == {"prefect.flow-run.Completed"}


def test_the_daily_harvest_is_distributed_only_when_asked(monkeypatch):
    def harvest_parameters() -> dict:
        return {d.name: d for d in build_deployments()}["harvest-daily"].parameters

    assert not harvest_parameters().get("distributed")
    monkeypatch.setenv("VIGIA_HARVEST_DISTRIBUTED", "1")
    assert harvest_parameters()["distributed"] is True


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


def _demo_site_with_a_broken_feed(tmp_path):
    """A copy of the demo site and its sources, plus one source whose feed is malformed."""
    import shutil

    from tests.conftest import FIXTURES, REPO

    site = tmp_path / "site"
    shutil.copytree(REPO / "spiders" / "demo" / "site", site)
    shutil.copy(FIXTURES / "harvest" / "site" / "feeds" / "malformed.xml", site / "malformed.xml")
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        (REPO / "spiders" / "demo" / "sources.yaml").read_text(encoding="utf-8")
        + "\n  - id: feed-roto\n    name: Feed roto\n    funder: Prueba\n    funder_type: city_networks\n"
        "    kind: feed\n    url: malformed.xml\n",
        encoding="utf-8",
    )
    return site, sources


def test_harvest_flow_is_partial_when_one_source_breaks(prefect_harness, vigia_home, tmp_path):
    """One task per source: the broken one fails alone, the others are stored, the run completes."""
    from flows.monitoring import harvest_flow
    from spiders.fixture_server import serve_directory

    site, sources = _demo_site_with_a_broken_feed(tmp_path)
    with serve_directory(site) as base_url:
        state = harvest_flow(sources_file=str(sources), base_url=base_url, return_state=True)
    assert state.is_completed() and "Parcial" in state.message
    result = state.result()
    assert [f["source_id"] for f in result["failed"]] == ["feed-roto"]
    assert {r["source_id"] for r in result["ok"]} == {"ucci-convocatorias", "apc-colombia-convocatorias", "grantsgov"}
    assert result["inserted"] > 0
    artifact = latest_artifact("harvest-summary")
    assert "feed-roto" in artifact and "mal formado" in artifact


def test_harvest_workers_take_the_sources_of_a_distributed_harvest(prefect_harness, vigia_home, tmp_path):
    """`vigia harvest-worker` in its own process runs the source tasks; the flow collects them, partial as ever."""
    import os
    import subprocess
    import sys

    from prefect.settings import PREFECT_API_URL, PREFECT_LOCAL_STORAGE_PATH

    from flows.monitoring import harvest_flow
    from spiders.fixture_server import serve_directory
    from tests.conftest import REPO

    site, sources = _demo_site_with_a_broken_feed(tmp_path)
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(),
           "PREFECT_LOCAL_STORAGE_PATH": str(PREFECT_LOCAL_STORAGE_PATH.value()), "PYTHONPATH": str(REPO)}
    worker = subprocess.Popen([sys.executable, "-m", "flows.cli", "harvest-worker", "--limit", "2"], cwd=REPO, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with serve_directory(site) as base_url:
            state = harvest_flow(sources_file=str(sources), base_url=base_url, distributed=True, return_state=True)
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    assert state.is_completed() and "Parcial" in state.message
    result = state.result()
    assert [f["source_id"] for f in result["failed"]] == ["feed-roto"]
    assert {r["source_id"] for r in result["ok"]} == {"ucci-convocatorias", "apc-colombia-convocatorias", "grantsgov"}
    assert result["inserted"] > 0


def test_a_distributed_harvest_with_no_worker_left_gives_up_and_says_so(prefect_harness, vigia_home, monkeypatch):
    """Runs after the worker test: its undelivered task must not be picked up by a later worker."""
    import flows.monitoring
    from flows.monitoring import harvest_flow
    from tests.conftest import REPO

    monkeypatch.setattr(flows.monitoring, "WORKERS_WAIT_SECONDS", 2.0)
    state = harvest_flow(sources_file=str(REPO / "spiders" / "demo" / "sources.yaml"), only=["grantsgov"],
                         base_url="http://127.0.0.1:9", distributed=True, return_state=True)
    assert state.is_completed() and "Parcial" in state.message
    assert state.result()["failed"] == [{"source_id": "grantsgov",
                                         "error": "ningún trabajador de cosecha terminó esta fuente a tiempo"}]


def test_track_report_and_deliver_flows(prefect_harness, vigia_home):
    """A sample plan with no progress reported: deviations, the report and delivery over loopback SMTP."""
    from flows.demo import PLANS_DIR
    from flows.monitoring import deliver_flow, report_flow, track_flow
    from models.plans import import_plan_file
    from notifications.smtp_sink import SmtpSink
    from notifications.subscriptions import add_subscription

    with session_scope() as s:
        import_plan_file(s, PLANS_DIR / "bogota.yaml")
    with SmtpSink(vigia_home / "outbox") as sink:
        with session_scope() as s:
            add_subscription(s, "11001", sink.sink_url("ori@bogota.gov.co"), ["deviations", "reports"])
        tracked = track_flow(quarter="2026-T3")
        assert tracked["deviations_opened"] > 0 and tracked["notifications_queued"] > 0
        assert "Seguimiento trimestral" in latest_artifact("track-summary")
        published = report_flow(quarter="2026-T3", city="11001")
        assert published["reports"][0]["path"].endswith("2026-T3.html")
        delivered = deliver_flow()
        assert delivered["sent"] == tracked["notifications_queued"] + 1 and delivered["failed"] == 0
        assert len(list((vigia_home / "outbox").glob("*.eml"))) == delivered["sent"]
        assert deliver_flow()["sent"] == 0


def test_the_harvest_artifact_tells_each_sources_state_in_spanish(prefect_harness, vigia_home, tmp_path):
    """Coordinators read the harvest artifact in the Prefect UI: its state column says «correcta», «vacía» or
    «ERROR», as `vigia harvest` and `vigia sources status` do, not the stored codes ok / empty / error."""
    from flows.monitoring import harvest_flow
    from spiders.fixture_server import serve_directory

    site, sources = _demo_site_with_a_broken_feed(tmp_path)
    with serve_directory(site) as base_url:
        harvest_flow(sources_file=str(sources), base_url=base_url, return_state=True)
    rows = {line.split("|")[1].strip(): line.split("|")[2].strip()
            for line in latest_artifact("harvest-summary").split("## Fuentes con problemas")[0].splitlines()
            if line.startswith("| ") and not line.startswith("| fuente")}
    assert rows == {"ucci-convocatorias": "correcta", "apc-colombia-convocatorias": "correcta", "grantsgov": "correcta",
                    "feed-roto": "ERROR"}
