"""Change alerts on real SQLite rows and a real SMTP sink: a followed call's deadline, amount or withdrawal
reaches each following city once, in Spanish, escaped; dismissed, closed and never-alerted calls get nothing."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy

import apprise
import pytest
from sqlalchemy import select

from models.change_alerts import queue_change_alerts
from models.db import session_scope
from models.matching import match
from models.schema import Axis, City, Match, Notification, Opportunity, Plan, Source, Subscription, utcnow
from notifications.deliver import deliver_pending, fit_to_service
from notifications.smtp_sink import SmtpSink
from spiders.pipeline.normalise import NormalisedItem
from spiders.pipeline.store import store_items

CLIMATE = ("CLIMA", "Ciudad resiliente y baja en carbono", "Adaptación al cambio climático y movilidad sostenible",
           ["cambio climático", "movilidad sostenible"], [11, 13])
CULTURE = ("CULT", "Cultura y economía creativa", "Industrias culturales, patrimonio y turismo",
           ["industrias creativas"], [8])
TITLE = "Fondo de movilidad sostenible y cambio climático 2027"
URL = "https://ucci.org/fondo-clima-2027/"
# Date-only deadlines are stored as 23:59:59 in Bogotá (04:59:59 UTC the next day).
MARCH_15 = datetime(2027, 3, 16, 4, 59, 59, tzinfo=timezone.utc)
APRIL_30 = datetime(2027, 5, 1, 4, 59, 59, tzinfo=timezone.utc)


def item(url: str = URL, title: str = TITLE, deadline: datetime = MARCH_15, **fields) -> NormalisedItem:
    values = {"summary": "Subvenciones para ciudades: adaptación y resiliencia urbana, ODS 13.",
              "funder": "UCCI", "funder_type": "city_networks", "category": "subvenciones", "language": "es", **fields}
    return NormalisedItem(url=url, title=title, deadline=deadline, **values)


@pytest.fixture
def sink(tmp_path):
    with SmtpSink(tmp_path / "outbox") as running:
        yield running


def city(code: str, name: str, axes, url: str | None) -> None:
    """A city with a current plan and, when `url` is given, one opportunities subscription."""
    with session_scope() as s:
        s.add(City(dane_code=code, name=name))
        plan = Plan(city_code=code, name=f"PAI {name}", version=1, is_current=True)
        s.add(plan)
        s.flush()
        for i, (acode, aname, desc, keywords, ods) in enumerate(axes):
            s.add(Axis(plan_id=plan.id, code=acode, position=i, name=aname, description=desc, keywords=keywords,
                       ods=ods))
        if url:
            s.add(Subscription(city_code=code, url=url, kinds=["opportunities"]))


def harvest(*items: NormalisedItem, complete: bool = False) -> None:
    """The store step of a harvest, at the real time (changes are dated when detected)."""
    with session_scope() as s:
        if s.get(Source, "ucci") is None:
            s.add(Source(id="ucci", name="UCCI", funder="UCCI", funder_type="city_networks", kind="feed",
                         url="https://ucci.org/feed"))
            s.flush()
        store_items(s, "ucci", list(items), now=utcnow(), complete=complete)


def run_match() -> int:
    with session_scope() as s:
        return match(s).alerts_queued


def changes():
    with session_scope() as s:
        return queue_change_alerts(s)


def read(path):
    return message_from_bytes(path.read_bytes(), policy=policy.default)


def keys() -> list[tuple[str, str]]:
    with session_scope() as s:
        return [(n.subscription.city_code, n.dedupe_key) for n in s.scalars(select(Notification).order_by(Notification.id))]


def opp_id(url: str = URL) -> int:
    with session_scope() as s:
        return s.scalar(select(Opportunity.id).where(Opportunity.url == url))


def test_a_deadline_change_of_an_alerted_call_reaches_the_city_once(vigia_home, sink):
    city("11001", "Bogotá D.C.", [CLIMATE], sink.sink_url("ori@bogota.gov.co"))
    city("05001", "Medellín", [CULTURE], sink.sink_url("ori@medellin.gov.co"))  # its plan does not match the call
    harvest(item())
    assert run_match() == 1 and deliver_pending().sent == 1  # the opportunity alert

    harvest(item(deadline=APRIL_30))
    run_match()  # the changed call is scored again, but its alert was already sent
    summary = changes()
    assert (summary.changes, summary.queued, summary.by_kind) == (1, 1, {"deadline": 1})
    assert deliver_pending().sent == 1
    first, second = sink.messages()
    message = read(second)
    assert message["To"] == "ori@bogota.gov.co"
    assert message["Subject"] == (f"Cambió la fecha de cierre: ahora 30 de abril de 2027 (antes 15 de marzo de 2027)"
                                  f" · {TITLE}")
    text = message.get_body(("plain",)).get_content()
    assert f'Cambió la fecha de cierre de "{TITLE}": antes 15 de marzo de 2027, ahora 30 de abril de 2027' in text
    assert "Su ciudad recibió la alerta de esta convocatoria" in text

    assert changes().queued == 0, "rerunning queues nothing"
    assert deliver_pending().sent == 0 and len(sink.messages()) == 2
    assert [key for _, key in keys()] == [f"opportunity:{opp_id()}", "change:1"]


def test_a_dismissed_or_closed_call_gets_nothing(vigia_home, sink):
    from models.match_marks import mark

    city("11001", "Bogotá D.C.", [CLIMATE], sink.sink_url("ori@bogota.gov.co"))
    harvest(item())
    run_match()
    with session_scope() as s:
        mark(s, s.scalar(select(Match.id)), "descartada")
    harvest(item(deadline=APRIL_30))
    summary = changes()
    assert (summary.changes, summary.queued, summary.closed) == (1, 0, 1)
    with session_scope() as s:
        mark(s, s.scalar(select(Match.id)), "no ganada")
    harvest(item(deadline=MARCH_15))
    assert changes().queued == 0
    assert [key for _, key in keys()] == [f"opportunity:{opp_id()}"]


def test_a_call_never_alerted_gets_nothing_unless_the_city_marked_it(vigia_home, sink):
    from models.match_marks import mark

    city("11001", "Bogotá D.C.", [CLIMATE], sink.sink_url("ori@bogota.gov.co"))
    # Only companies may apply: matched to pass on to local actors, never alerted to the city.
    harvest(item(eligibility="Empresas emergentes legalmente constituidas en Colombia."))
    assert run_match() == 0
    harvest(item(eligibility="Empresas emergentes legalmente constituidas en Colombia.", deadline=APRIL_30))
    assert changes().queued == 0 and keys() == []

    with session_scope() as s:  # the ORI decides to follow it anyway
        mark(s, s.scalar(select(Match.id)), "interesante")
    harvest(item(eligibility="Empresas emergentes legalmente constituidas en Colombia.", amount=80000.0,
                 currency="EUR", deadline=APRIL_30))
    harvest(item(eligibility="Empresas emergentes legalmente constituidas en Colombia.", amount=95000.0,
                 currency="USD", deadline=APRIL_30))
    summary = changes()
    assert summary.by_kind == {"amount": 1}, "amount and currency changed together are one message"
    assert summary.queued == 1
    assert deliver_pending().sent == 1
    [eml] = sink.messages()
    message = read(eml)
    assert message["Subject"].startswith("Cambió el monto: ahora US$ 95.000,00 (antes EUR 80.000,00)")
    assert "Su ciudad marcó esta convocatoria como «interesante»" in message.get_body(("plain",)).get_content()


def test_a_city_alerted_after_the_change_is_not_told_again(vigia_home, sink):
    city("11001", "Bogotá D.C.", [CLIMATE], sink.sink_url("ori@bogota.gov.co"))
    harvest(item(deadline=utcnow() + timedelta(days=5)))  # too close to prepare: not alerted
    assert run_match() == 0
    harvest(item(deadline=APRIL_30))  # extended: now it is alerted, with the new date
    assert run_match() == 1
    assert changes().queued == 0
    assert [key for _, key in keys()] == [f"opportunity:{opp_id()}"]


def test_a_withdrawn_call_is_announced_and_so_is_its_return(vigia_home, sink):
    city("11001", "Bogotá D.C.", [CLIMATE], sink.sink_url("ori@bogota.gov.co"))
    other = item(url="https://ucci.org/otra/", title="Premio de diseño gráfico", summary="Para estudios de diseño.")
    harvest(item(), other, complete=True)
    assert run_match() == 1
    harvest(other, complete=True)  # the followed call is no longer listed, its deadline still ahead
    summary = changes()
    assert (summary.queued, summary.by_kind) == (1, {"withdrawn": 1})
    harvest(item(), other, complete=True)  # published again
    summary = changes()
    assert (summary.queued, summary.by_kind) == (1, {"reopened": 1})
    assert deliver_pending().sent == 3
    subjects = [read(p)["Subject"] for p in sink.messages()]
    assert subjects[1:] == [f"Convocatoria retirada de su fuente · {TITLE}",
                            f"Convocatoria publicada de nuevo · {TITLE}"]
    text = read(sink.messages()[1]).get_body(("plain",)).get_content()
    assert "ya no aparece publicada en su fuente" in text and "Confirme con el financiador" in text


def test_html_in_a_scraped_title_is_escaped(vigia_home, sink):
    hostile = "Movilidad sostenible y cambio climático <script>alert(1)</script> & <b>ciudades</b>"
    city("11001", "Bogotá D.C.", [CLIMATE], sink.sink_url("ori@bogota.gov.co"))
    harvest(item(title=hostile))
    assert run_match() == 1
    harvest(item(title=hostile, deadline=APRIL_30))
    assert changes().queued == 1
    with session_scope() as s:
        note = s.scalar(select(Notification).where(Notification.dedupe_key.like("change:%")))
        title, body = note.title, note.body
    assert "<script>" not in body and "<b>ciudades" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;ciudades&lt;/b&gt;" in body
    telegram = apprise.Apprise.instantiate("tgram://123456789:AAHdKq3vTokenDePrueba/-1001234567890")
    _, sent, _ = fit_to_service(telegram, title, body)
    assert "<script>" not in sent and "&lt;script&gt;" in sent.split("<br>")[0]
    deliver_pending()
    message = read(sink.messages()[-1])
    assert "<script>" in message["Subject"]  # a plain-text subject line, shown as text
    html = message.get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_harvest_then_the_monitoring_flow_delivers_the_change(prefect_harness, vigia_home, sink):
    from flows.monitoring import deliver_flow, match_flow

    city("11001", "Bogotá D.C.", [CLIMATE], sink.sink_url("ori@bogota.gov.co"))
    harvest(item())
    assert match_flow()["alerts_queued"] == 1
    harvest(item(deadline=APRIL_30))
    result = match_flow()
    assert (result["alerts_queued"], result["change_alerts_queued"]) == (0, 1)
    assert deliver_flow()["sent"] == 2
    assert read(sink.messages()[-1])["Subject"].startswith("Cambió la fecha de cierre")
