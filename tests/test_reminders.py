"""Reminders: at the window's opening, halfway and the day before it closes; only to who has not reported."""
from __future__ import annotations

from datetime import date
from email import message_from_bytes, policy

from sqlalchemy import select, update

from flows.cli import main
from models.db import session_scope
from models.plans import import_plan_file
from models.progress import ProgressRow, save_progress
from models.quarters import Quarter
from models.reminders import queue_reminders, sender_url, stage_dates, stage_on
from models.schema import Milestone, Notification, Plan, Subscription
from notifications.deliver import deliver_pending
from notifications.smtp_sink import SmtpSink
from tests.conftest import FIXTURES

MINIMAL = FIXTURES / "plans" / "minimal.yaml"
CITY = "99999"
T3 = Quarter.parse("2026-T3")
SENDER = "mailto://127.0.0.1:2525?from=ori@prueba.gov.co&mode=insecure"


def setup_city(session, sender: str | None = SENDER) -> None:
    import_plan_file(session, MINIMAL)
    emails = {"H1": "coop@prueba.gov.co", "H2": "Coop@Prueba.gov.co", "H3": "proy@prueba.gov.co"}
    for code, email in emails.items():
        session.execute(update(Milestone).where(Milestone.code == code).values(responsible_email=email))
    if sender:
        plan = session.scalar(select(Plan).where(Plan.city_code == CITY))
        plan.settings = {"reminder_sender": sender}
    session.flush()


def report(session, code: str) -> None:
    save_progress(session, [ProgressRow(0, CITY, "2026-T3", code, 60, None, "ORI", None)])


def queued(session) -> list[tuple[str, str]]:
    rows = session.execute(select(Subscription.url, Notification.dedupe_key).join(Subscription)
                           .where(Notification.kind == "reminders").order_by(Notification.id)).tuples()
    return [(url.rsplit("to=", 1)[1], key.rsplit(":", 1)[1]) for url, key in rows]


def test_stages_of_a_15_day_window_and_of_a_short_one():
    assert stage_dates(T3, 15) == [("apertura", date(2026, 10, 1)), ("mitad", date(2026, 10, 8)),
                                   ("vispera", date(2026, 10, 14))]
    assert [stage_on(T3, 15, date(2026, 10, d)) for d in (1, 7, 8, 13, 14, 15, 16)] == [
        "apertura", "apertura", "mitad", "mitad", "vispera", "vispera", None]
    assert stage_on(T3, 15, date(2026, 9, 30)) is None  # the quarter has not ended
    assert stage_dates(T3, 2) == [("vispera", date(2026, 10, 1))]  # everything falls on one day: the last wins


def test_only_people_who_have_not_reported_get_one_reminder_per_stage(session):
    setup_city(session)
    report(session, "H1")  # coop reported H1 but still owes H2; proy owes H3

    first = queue_reminders(session, date(2026, 10, 1))
    assert (first.quarter, first.cities, first.people, first.milestones, first.queued) == ("2026-T3", 1, 2, 2, 2)
    assert queued(session) == [("coop@prueba.gov.co", "apertura"), ("proy@prueba.gov.co", "apertura")]
    coop = session.scalar(select(Notification).where(Notification.dedupe_key.like("%coop%")))
    assert "H2" in coop.body and "H1" not in coop.body and "15 de octubre de 2026" in coop.body
    assert coop.title == ("Recordatorio · Municipio de Prueba: reporte de avance 2026-T3 pendiente — "
                          "se abrió el plazo")

    again = queue_reminders(session, date(2026, 10, 3))  # same stage: nothing twice
    assert (again.queued, again.already_sent) == (0, 2)

    report(session, "H2")  # coop is done now
    assert queue_reminders(session, date(2026, 10, 8)).queued == 1
    assert queue_reminders(session, date(2026, 10, 14)).queued == 1
    assert queue_reminders(session, date(2026, 10, 16)).cities == 0  # window closed
    assert queued(session)[2:] == [("proy@prueba.gov.co", "mitad"), ("proy@prueba.gov.co", "vispera")]
    subs = session.scalars(select(Subscription).where(Subscription.kinds == ["reminders"])).all()
    assert sorted(s.url for s in subs) == [sender_url(SENDER, "coop@prueba.gov.co"),
                                           sender_url(SENDER, "proy@prueba.gov.co")]


def test_a_city_without_sender_is_reported_and_gets_nothing(session):
    setup_city(session, sender=None)
    summary = queue_reminders(session, date(2026, 10, 1))
    assert (summary.queued, summary.without_sender, summary.milestones) == (0, [CITY], 3)


def test_reminder_reaches_the_responsible_person_by_smtp(vigia_home, tmp_path, capsys):
    with SmtpSink(tmp_path / "mail") as sink:
        with session_scope() as session:
            setup_city(session, sender=f"mailto://{sink.host}:{sink.port}?from=ori@prueba.gov.co&mode=insecure")
            report(session, "H1")
            report(session, "H2")
        assert main(["remind", "--today", "2026-10-14"]) == 0
        out = capsys.readouterr().out
        assert "Recordatorios del reporte 2026-T3 (14 de octubre de 2026): mañana se cierra el plazo" in out
        assert "Recordatorios en cola: 1 (ya enviados antes: 0)" in out
        summary = deliver_pending()
        assert summary.sent == 1
        [eml] = sink.messages()
        message = message_from_bytes(eml.read_bytes(), policy=policy.default)
        assert message["To"] == "proy@prueba.gov.co"
        assert message["Subject"].endswith("mañana se cierra el plazo")
        assert main(["remind", "--today", "2026-10-15"]) == 0
        assert "Recordatorios en cola: 0 (ya enviados antes: 1)" in capsys.readouterr().out
