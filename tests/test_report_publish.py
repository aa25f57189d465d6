"""publish_reports end to end on real SQLite rows: files, index, PublishedReport upsert and report alerts."""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import select

from flows.cli import main
from models.db import session_scope
from models.schema import (
    Action,
    Axis,
    City,
    Match,
    Milestone,
    Notification,
    Objective,
    Opportunity,
    Plan,
    ProgressReport,
    PublishedReport,
    Source,
    Subscription,
)
from notifications.report import publish_reports

TODAY = date(2026, 10, 10)


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def build_city(session) -> None:
    """Bogotá with a one-axis plan, two milestones, one progress report, four opportunities and a subscriber."""
    session.add(City(dane_code="11001", name="Bogotá D.C."))
    plan = Plan(city_code="11001", name="PAI Bogotá 2024-2027", version=1, is_current=True,
                period_start=date(2024, 1, 1), period_end=date(2027, 12, 31), settings={})
    session.add(plan)
    session.flush()
    axis = Axis(plan_id=plan.id, code="E1", name="Bogotá conectada con el mundo", keywords=["redes de ciudades"], ods=[11])
    session.add(axis)
    session.flush()
    objective = Objective(axis_id=axis.id, code="O1", name="Posicionar a Bogotá")
    session.add(objective)
    session.flush()
    action = Action(objective_id=objective.id, code="A1", name="Participar en redes", responsible="DRI")
    session.add(action)
    session.flush()
    session.add_all([
        Milestone(action_id=action.id, code="H1", name="Cumbre de alcaldes", responsible="DRI",
                  start=date(2026, 1, 1), due=date(2026, 12, 31), budget=100_000_000.0),
        Milestone(action_id=action.id, code="H2", name="Informe a la red <C40>", responsible="Despacho",
                  start=date(2026, 4, 1), due=date(2026, 8, 31)),
    ])
    session.add(ProgressReport(city_code="11001", milestone_code="H1", quarter="2026-T3", physical_progress=60.0,
                               budget_executed=40_000_000.0))
    session.add(Source(id="demo", name="Demo", funder="Demo", funder_type="city_networks", kind="feed",
                       url="http://127.0.0.1/"))
    session.flush()
    calls = [
        ("in", "<script>alert(1)</script> Premio de redes de ciudades", utc(2026, 8, 10), utc(2026, 8, 11), 0.8),
        ("first-seen", "Convocatoria vista en septiembre", None, utc(2026, 9, 1, 12), 0.7),
        ("weak", "Coincidencia débil del trimestre", utc(2026, 8, 20), utc(2026, 8, 20), 0.3),
        ("before", "Convocatoria del trimestre anterior", utc(2026, 5, 1), utc(2026, 5, 1), 0.9),
    ]
    for slug, title, published, seen, score in calls:
        opp = Opportunity(source_id="demo", url=f"https://example.org/{slug}", title=title, funder="Red <Global>",
                          category="premios", language="es", published_at=published, first_seen_at=seen,
                          deadline=utc(2026, 11, 30), content_hash=slug)
        session.add(opp)
        session.flush()
        session.add(Match(opportunity_id=opp.id, axis_id=axis.id, city_code="11001", score=score,
                          reasons={"keywords": ["redes de ciudades"], "ods": [11], "terms": []}))
    session.add(Subscription(city_code="11001", url="mailto://127.0.0.1:2525?from=vigia@localhost&to=ori@bogota.gov.co&mode=insecure",
                             kinds=["reports"]))
    session.flush()


def report_notifications(session) -> list[Notification]:
    return list(session.scalars(select(Notification).where(Notification.kind == "reports").order_by(Notification.id)))


def test_publish_writes_report_index_row_and_one_alert(session, vigia_home):
    build_city(session)
    [row] = publish_reports(session, "2026-T3", today=TODAY)
    path = vigia_home / "site" / "11001" / "2026-T3.html"
    assert row.city_code == "11001" and row.quarter == "2026-T3" and row.path == str(path) and path.exists()
    html = path.read_text(encoding="utf-8")
    assert '<html lang="es-CO">' in html and "Bogotá D.C." in html and "30 de septiembre de 2026" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Premio de redes de ciudades" in html and "<script>" not in html
    assert "Convocatoria vista en septiembre" in html  # no publication date: first seen in the quarter
    assert "vista por primera vez el 1 de septiembre de 2026" in html and "publicada el 9 de agosto de 2026" in html  # 10 Aug 00:00 UTC is 9 Aug in Bogotá
    assert "Coincidencia débil" not in html and "trimestre anterior" not in html
    assert "Informe a la red &lt;C40&gt;" in html and "sin reporte" in html
    index = (vigia_home / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="11001/2026-T3.html"' in index and "Bogotá D.C." in index
    [alert] = report_notifications(session)
    assert alert.title == "Informe trimestral 2026-T3 de Bogotá D.C. publicado"
    assert path.resolve().as_uri() in alert.body and alert.status == "pending"


def test_publishing_again_is_idempotent_and_a_change_is_announced_once(session, vigia_home):
    build_city(session)
    [first] = publish_reports(session, "2026-T3", today=TODAY)
    digest, published_at = first.content_hash, first.published_at
    [again] = publish_reports(session, "2026-T3", today=TODAY)
    assert again.id == first.id and again.content_hash == digest and again.published_at == published_at
    assert len(report_notifications(session)) == 1
    session.add(ProgressReport(city_code="11001", milestone_code="H2", quarter="2026-T3", physical_progress=100.0))
    session.flush()
    [changed] = publish_reports(session, "2026-T3", today=TODAY)
    assert changed.content_hash != digest
    alerts = report_notifications(session)
    assert len(alerts) == 2 and alerts[1].title.endswith("actualizado")
    assert session.scalar(select(PublishedReport.id).where(PublishedReport.quarter == "2026-T3")) == first.id


def test_default_quarter_is_the_last_completed_and_site_url_is_used(session, vigia_home, monkeypatch):
    build_city(session)
    monkeypatch.setenv("VIGIA_SITE_URL", "https://vigia.example.gov.co/informes/")
    [row] = publish_reports(session, today=TODAY)
    assert row.quarter == "2026-T3"
    [alert] = report_notifications(session)
    assert 'href="https://vigia.example.gov.co/informes/11001/2026-T3.html"' in alert.body


def test_cli_prints_paths_and_rejects_bad_input(vigia_home, capsys):
    with session_scope() as s:
        build_city(s)
    assert main(["report", "--quarter", "2026-T3", "--today", "2026-10-10"]) == 0
    out = capsys.readouterr().out
    assert "Informes trimestrales escritos (1)" in out and str(vigia_home / "site" / "11001" / "2026-T3.html") in out
    assert str(vigia_home / "site" / "index.html") in out
    assert main(["report", "--city", "99999"]) == 2
    assert "vigia plan import" in capsys.readouterr().err
    assert main(["report", "--quarter", "2026-Q3"]) == 2
    assert "AAAA-T1" in capsys.readouterr().err
    assert main(["report", "--quarter", "2027-T1", "--today", "2026-10-10"]) == 2
    assert "aún no ha comenzado" in capsys.readouterr().err


def test_a_call_withdrawn_from_its_sources_says_so_in_the_report(session, vigia_home):
    """The ORI reading the quarter's calls must not take a withdrawn one (gone from every source before its
    deadline) for one still open: its row says it was withdrawn, like a closed one says «cerrada al corte»."""
    build_city(session)
    withdrawn = session.scalar(select(Opportunity).where(Opportunity.content_hash == "first-seen"))
    withdrawn.withdrawn_at = utc(2026, 9, 15, 12)
    session.flush()
    publish_reports(session, "2026-T3", today=TODAY)
    html = (vigia_home / "site" / "11001" / "2026-T3.html").read_text(encoding="utf-8")
    rows = {row.split("</a>")[0].rsplit(">", 1)[-1]: row for row in html.split("<tr>") if "</a>" in row}
    assert "retirada de su fuente el 15 de septiembre de 2026" in rows["Convocatoria vista en septiembre"]
    assert "retirada" not in rows["&lt;script&gt;alert(1)&lt;/script&gt; Premio de redes de ciudades"]


def test_a_call_withdrawn_from_its_sources_says_so_in_the_match_list(vigia_home, capsys):
    """`vigia match list` shows a withdrawn call's deadline as «retirada», not as a call one can still apply to."""
    with session_scope() as s:
        build_city(s)
        s.scalar(select(Opportunity).where(Opportunity.content_hash == "first-seen")).withdrawn_at = utc(2026, 9, 15)
    assert main(["match", "list", "--city", "11001", "--todas"]) == 0
    out = capsys.readouterr().out.splitlines()
    [withdrawn] = [line for line in out if "Convocatoria vista en septiembre" in line]
    [still_listed] = [line for line in out if "Convocatoria del trimestre anterior" in line]
    assert "retirada" in withdrawn and "retirada" not in still_listed


def test_a_call_the_ori_dismissed_is_counted_in_the_funnel_not_listed_among_the_related_calls(session, vigia_home):
    build_city(session)
    dismissed = session.scalar(select(Opportunity).where(Opportunity.content_hash == "first-seen"))
    for match in session.scalars(select(Match).where(Match.opportunity_id == dismissed.id)):
        match.status = "descartada"
    session.flush()
    publish_reports(session, "2026-T3", today=TODAY)
    html = (vigia_home / "site" / "11001" / "2026-T3.html").read_text(encoding="utf-8")
    listed = html.split('id="convocatorias"')[1].split("</section>")[0]
    assert "Convocatoria vista en septiembre" not in listed
    assert "Premio de redes de ciudades" in listed
