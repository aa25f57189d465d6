"""Matching v0 on real SQLite rows: scores, reasons, incremental runs and the outbox."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from sqlalchemy import func, select

from models.matching import AxisIndex, match, profile_for
from models.schema import Action, Axis, City, Match, Notification, Objective, Opportunity, Plan, Source, Subscription

# Later than the rows' creation time, which stamps changed_at with the real clock.
NOW = datetime.now(timezone.utc) + timedelta(minutes=5)


def _plan(session, code="11001", name="Bogotá D.C.", axes=()):
    session.add(City(dane_code=code, name=name))
    plan = Plan(city_code=code, name=f"PAI {name}", version=1, is_current=True)
    session.add(plan)
    session.flush()
    for i, (acode, aname, desc, keywords, ods) in enumerate(axes):
        axis = Axis(plan_id=plan.id, code=acode, position=i, name=aname, description=desc, keywords=keywords, ods=ods)
        session.add(axis)
    session.flush()
    return plan


def _opportunity(session, url, title, summary="", deadline=NOW + timedelta(days=60)):
    if session.get(Source, "test") is None:
        session.add(Source(id="test", name="Test", funder="Test", funder_type="city_networks", kind="feed", url="http://127.0.0.1/"))
        session.flush()
    opp = Opportunity(source_id="test", url=url, title=title, summary=summary, funder="Fondo X", category="convocatorias",
                      language="es", deadline=deadline, content_hash=url)
    session.add(opp)
    session.flush()
    return opp


CLIMATE_AXIS = ("CLIMA", "Ciudad resiliente y baja en carbono", "Adaptación al cambio climático y movilidad sostenible",
                ["cambio climático", "movilidad sostenible"], [11, 13])
CULTURE_AXIS = ("CULT", "Cultura y economía creativa", "Industrias culturales, patrimonio y turismo",
                ["industrias creativas"], [8])


def test_keyword_and_ods_reasons_are_kept(session):
    _plan(session, axes=[CLIMATE_AXIS, CULTURE_AXIS])
    opp = _opportunity(session, "http://127.0.0.1/a", "Fondo para la adaptación al cambio climático en ciudades",
                       "Apoya proyectos de resiliencia urbana alineados con el ODS 13.")
    summary = match(session, now=NOW)
    assert summary.opportunities == 1 and summary.axes == 2
    row = session.scalar(select(Match).where(Match.opportunity_id == opp.id))
    assert row.axis.code == "CLIMA"
    assert "cambio climático" in row.reasons["keywords"]
    assert 13 in row.reasons["ods"]
    assert row.score >= 0.5


def test_english_call_meets_spanish_axis(session):
    _plan(session, axes=[CLIMATE_AXIS])
    _opportunity(session, "http://127.0.0.1/b", "Climate adaptation and sustainable mobility challenge for cities",
                 "Grants for urban resilience and low-carbon transport (SDG 11).")
    match(session, now=NOW)
    row = session.scalar(select(Match))
    assert row is not None and row.score >= 0.5
    assert 11 in row.reasons["ods"]


def test_unrelated_call_is_not_matched(session):
    _plan(session, axes=[CLIMATE_AXIS, CULTURE_AXIS])
    _opportunity(session, "http://127.0.0.1/c", "Research on molecular biology of proteins", "Laboratory equipment grant.")
    summary = match(session, now=NOW)
    assert summary.matches == 0
    assert session.scalar(select(func.count()).select_from(Match)) == 0


def test_only_new_or_changed_opportunities_are_scored_again(session):
    _plan(session, axes=[CLIMATE_AXIS])
    opp = _opportunity(session, "http://127.0.0.1/d", "Convocatoria de movilidad sostenible", "ODS 11")
    assert match(session, now=NOW).opportunities == 1
    assert match(session, now=NOW + timedelta(minutes=1)).opportunities == 0
    opp.changed_at = NOW + timedelta(minutes=2)
    assert match(session, now=NOW + timedelta(minutes=3)).opportunities == 1
    assert session.scalar(select(func.count()).select_from(Match)) == 1  # updated, not duplicated


def test_alert_is_queued_once_per_city_and_only_for_open_calls(session):
    _plan(session, axes=[CLIMATE_AXIS])
    session.add(Subscription(city_code="11001", url="mailto://127.0.0.1:1?to=a@b.co", kinds=["opportunities"]))
    session.add(Subscription(city_code="11001", url="mailto://127.0.0.1:1?to=c@d.co", kinds=["reports"]))
    session.flush()
    open_call = _opportunity(session, "http://127.0.0.1/e", "Movilidad sostenible y cambio climático <script>x</script>",
                             "ODS 13")
    _opportunity(session, "http://127.0.0.1/f", "Cambio climático y movilidad sostenible (cerrada)", "ODS 13",
                 deadline=NOW - timedelta(days=1))
    summary = match(session, now=NOW)
    assert summary.alerts_queued == 1
    [note] = session.scalars(select(Notification)).all()
    assert note.kind == "opportunities" and note.dedupe_key == f"opportunity:{open_call.id}"
    assert "<script>" not in note.body
    open_call.changed_at = NOW + timedelta(minutes=1)
    assert match(session, now=NOW + timedelta(minutes=2)).alerts_queued == 0


def test_index_returns_same_scores_as_direct_scoring(session):
    plan = _plan(session, axes=[CLIMATE_AXIS, CULTURE_AXIS])
    profiles = [profile_for(a, plan.city_code, 0.5) for a in session.scalars(select(Axis)).all()]
    index = AxisIndex(profiles)
    results = index.score("Premio a las industrias creativas y el turismo cultural")
    assert [r.profile.code for r in results] == ["CULT"]
    assert results[0].reasons["keywords"] == ["industrias creativas"]


def test_a_new_plan_version_meets_the_opportunities_already_stored(session):
    plan = _plan(session, axes=[CLIMATE_AXIS])
    _opportunity(session, "http://127.0.0.1/g", "Industrias creativas y turismo cultural", "ODS 8")
    assert match(session, now=NOW).matches == 0
    plan.is_current = False
    v2 = Plan(city_code="11001", name="PAI v2", version=2, is_current=True)
    session.add(v2)
    session.flush()
    session.add(Axis(plan_id=v2.id, code="CULT", name=CULTURE_AXIS[1], description=CULTURE_AXIS[2],
                     keywords=CULTURE_AXIS[3], ods=CULTURE_AXIS[4]))
    session.flush()
    summary = match(session, now=NOW + timedelta(minutes=1))
    assert (summary.opportunities, summary.matches) == (1, 1)
    assert match(session, now=NOW + timedelta(minutes=2)).opportunities == 0
