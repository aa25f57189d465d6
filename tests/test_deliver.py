"""Delivery through apprise to a real SMTP server on loopback: once, retried, claimed safely, secrets hidden."""
from __future__ import annotations

import logging
import socket
import threading
from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from sqlalchemy import select, update

from flows.cli import main
from models.db import database_url, session_scope
from models.schema import City, Notification, Subscription, utcnow
from notifications.deliver import claim, deliver_pending, _session_factory
from notifications.outbox import enqueue
from notifications.smtp_sink import SmtpSink

HOSTILE = "<script>alert(1)</script> Fondo & ciudades"


@pytest.fixture
def sink(tmp_path):
    with SmtpSink(tmp_path / "outbox") as running:
        yield running


def closed_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def subscribe(url: str, city: str = "11001", kinds=("opportunities", "reports")) -> int:
    with session_scope() as s:
        if s.get(City, city) is None:
            s.add(City(dane_code=city, name="Bogotá D.C."))
        sub = Subscription(city_code=city, url=url, kinds=list(kinds))
        s.add(sub)
        s.flush()
        return sub.id


def queue(key: str = "opportunity:1", title: str = "Convocatoria: Fondo verde", city: str = "11001",
          body: str = "<p>Una convocatoria <b>nueva</b>.</p>") -> None:
    with session_scope() as s:
        enqueue(s, city, "opportunities", key, title, body)


def notifications() -> list[Notification]:
    with session_scope() as s:
        return list(s.scalars(select(Notification).order_by(Notification.id)))


def read(path):
    return message_from_bytes(path.read_bytes(), policy=policy.default)


def test_one_notification_becomes_one_email_with_subject_and_escaped_html(vigia_home, sink):
    subscribe(sink.sink_url("ori@bogota.gov.co"))
    from markupsafe import escape

    queue(title=f"Convocatoria: {HOSTILE}", body=f"<p>{escape(HOSTILE)}</p>")
    summary = deliver_pending()
    assert (summary.sent, summary.failed, summary.skipped) == (1, 0, 0)
    [eml] = sink.messages()
    message = read(eml)
    assert message["Subject"] == f"Convocatoria: {HOSTILE}"
    assert message["To"] == "ori@bogota.gov.co"
    assert message.get_content_type() == "multipart/alternative"
    html = message.get_body(("html",)).get_content()
    text = message.get_body(("plain",)).get_content()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html
    assert "Fondo & ciudades" in text
    [row] = notifications()
    assert row.status == "sent" and row.sent_at is not None and row.attempts == 1 and row.last_error is None


def test_deliver_twice_sends_nothing_twice(vigia_home, sink):
    subscribe(sink.sink_url("ori@bogota.gov.co"))
    queue()
    assert deliver_pending().sent == 1
    again = deliver_pending()
    assert (again.sent, again.failed) == (0, 0)
    queue()  # the same dedupe key is not queued again either
    assert deliver_pending().sent == 0
    assert len(sink.messages()) == 1


def test_failed_destination_stays_pending_then_is_retried(vigia_home, sink, monkeypatch):
    # The port is a placeholder, read from the environment only when sending.
    subscribe("mailto://127.0.0.1:${VIGIA_TEST_SMTP_PORT}?from=vigia@localhost&to=ori@bogota.gov.co&mode=insecure")
    queue()
    monkeypatch.setenv("VIGIA_TEST_SMTP_PORT", str(closed_port()))
    failed = deliver_pending()
    assert (failed.sent, failed.failed) == (0, 1)
    [row] = notifications()
    assert row.status == "pending" and row.attempts == 1 and row.claimed_at is None
    assert "apprise informó un fallo" in row.last_error and "Connection refused" in row.last_error
    assert sink.messages() == []

    monkeypatch.setenv("VIGIA_TEST_SMTP_PORT", str(sink.port))
    retried = deliver_pending()
    assert (retried.sent, retried.failed) == (1, 0)
    [row] = notifications()
    assert row.status == "sent" and row.attempts == 2 and row.last_error is None
    assert len(sink.messages()) == 1


def test_missing_environment_variable_is_a_failed_send_not_a_crash(vigia_home, monkeypatch):
    monkeypatch.delenv("VIGIA_NOT_SET_PORT", raising=False)
    subscribe("mailto://127.0.0.1:${VIGIA_NOT_SET_PORT}?from=vigia@localhost&to=ori@bogota.gov.co&mode=insecure")
    queue()
    summary = deliver_pending()
    assert summary.failed == 1
    [row] = notifications()
    assert row.status == "pending" and "VIGIA_NOT_SET_PORT" in row.last_error


def test_secrets_never_reach_last_error_logs_or_output(vigia_home, sink, monkeypatch, caplog, capsys):
    # The sink offers no AUTH, so logging in fails after the password has been handed to apprise.
    secret_env, secret_literal = "Env-S3creto-9f8e7d", "Lit3ral-Cl4ve-1a2b3c"
    monkeypatch.setenv("VIGIA_TEST_SMTP_PASSWORD", secret_env)
    subscribe(f"mailto://ori:${{VIGIA_TEST_SMTP_PASSWORD}}@127.0.0.1:{sink.port}"
              "?from=vigia@localhost&to=ori@bogota.gov.co&mode=insecure")
    subscribe(f"mailto://ori:{secret_literal}@127.0.0.1:{closed_port()}"
              "?from=vigia@localhost&to=ori@bogota.gov.co&mode=insecure", city="13001")
    queue()
    queue(city="13001")
    caplog.set_level(logging.DEBUG)
    assert main(["deliver"]) == 1  # failures give a non-zero exit for schedulers
    out = capsys.readouterr()
    rows = notifications()
    assert [r.status for r in rows] == ["pending", "pending"]
    assert all(r.last_error and r.attempts == 1 for r in rows)
    for text in [out.out, out.err, caplog.text, *(r.last_error for r in rows)]:
        assert secret_env not in text and secret_literal not in text
    assert "fallidas (quedan pendientes): 2" in out.out and "pendientes tras el envío: 2" in out.out
    assert "AUTH" in caplog.text and "Connection refused" in caplog.text  # the reasons, masked, are logged
    assert sink.messages() == []


def test_stale_claim_returns_to_pending_fresh_claim_is_left_alone(vigia_home, sink):
    subscribe(sink.sink_url("ori@bogota.gov.co"))
    queue("opportunity:1")
    queue("opportunity:2")
    with session_scope() as s:  # two claims left by other processes: one crashed long ago, one at work now
        ids = [n.id for n in s.scalars(select(Notification).order_by(Notification.id))]
        s.execute(update(Notification).where(Notification.id == ids[0])
                  .values(status="sending", claimed_at=utcnow() - timedelta(hours=2)))
        s.execute(update(Notification).where(Notification.id == ids[1])
                  .values(status="sending", claimed_at=utcnow() - timedelta(minutes=1)))
    summary = deliver_pending(stale_after=timedelta(minutes=30))
    assert (summary.reclaimed, summary.sent) == (1, 1)
    stale, fresh = notifications()
    assert stale.status == "sent" and stale.attempts == 2
    assert fresh.status == "sending"  # still someone else's
    assert deliver_pending().sent == 0
    assert len(sink.messages()) == 1


def test_a_notification_can_be_claimed_only_once(vigia_home):
    subscribe("mailto://127.0.0.1:2525?from=vigia@localhost&to=ori@bogota.gov.co&mode=insecure")
    queue()
    factory = _session_factory(database_url())
    [row] = notifications()
    first, second = claim(factory, row.id), claim(factory, row.id)
    assert first is not None and first.title == "Convocatoria: Fondo verde"
    assert second is None
    [row] = notifications()
    assert row.status == "sending" and row.claimed_at is not None


def test_concurrent_delivers_send_each_notification_exactly_once(vigia_home, sink):
    subscribe(sink.sink_url("ori@bogota.gov.co"))
    for i in range(8):
        queue(f"opportunity:{i}", title=f"Convocatoria {i}")
    results = []
    workers = [threading.Thread(target=lambda: results.append(deliver_pending())) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=60)
    assert sum(r.sent for r in results) == 8 and sum(r.failed for r in results) == 0
    subjects = sorted(read(p)["Subject"] for p in sink.messages())
    assert subjects == sorted(f"Convocatoria {i}" for i in range(8))
    assert all(n.status == "sent" and n.attempts == 1 for n in notifications())


def test_inactive_subscription_is_skipped_and_limit_is_respected(vigia_home, sink):
    active = subscribe(sink.sink_url("ori@bogota.gov.co"))
    paused = subscribe(sink.sink_url("otra@bogota.gov.co"))
    for i in range(3):
        queue(f"opportunity:{i}")
    with session_scope() as s:
        s.get(Subscription, paused).active = False
    first = deliver_pending(limit=2)
    assert (first.sent, first.skipped) == (2, 3)
    assert first.pending == 4  # one beyond the limit, three for the paused subscription
    rest = deliver_pending()
    assert (rest.sent, rest.skipped, rest.pending) == (1, 3, 3)
    assert {n.subscription_id for n in notifications() if n.status == "sent"} == {active}
