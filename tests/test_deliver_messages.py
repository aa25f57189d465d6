"""Alert texts (Spanish, es-CO dates, everything scraped escaped) and trimming per service."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone

import apprise
from apprise import NotifyFormat

from notifications.deliver import fit_to_service
from notifications.messages import opportunity_alert, report_alert

TODAY = date(2026, 8, 1)


@dataclass
class Axis:
    code: str
    name: str


@dataclass
class MatchRow:
    score: float
    axis: Axis
    reasons: dict = field(default_factory=dict)


@dataclass
class Opp:
    title: str = "<script>alert(1)</script> Fondo de adaptación climática"
    url: str = "https://fondo.example.org/convocatoria?id=1&lang=es"
    funder: str = "Fondo <b>Verde</b> & Asociados"
    category: str = "subvenciones"
    summary: str = "Apoya <img src=x onerror=alert(2)> proyectos urbanos."
    eligibility: str | None = "Gobiernos locales de América Latina"
    deadline: datetime | None = datetime(2026, 8, 13, 4, 59, tzinfo=timezone.utc)  # 12 de agosto, 23:59 en Bogotá
    amount: float | None = 50000.0
    currency: str | None = "USD"


MATCHES = [
    MatchRow(0.55, Axis("CULT", "Cultura"), {"terms": ["cultur"]}),
    MatchRow(0.82, Axis("CLIMA", "Ciudad resiliente"), {"keywords": ["cambio climático"], "ods": [13], "terms": ["adapta"]}),
]


def test_opportunity_alert_is_spanish_escaped_and_explains_the_match():
    title, body = opportunity_alert(Opp(), MATCHES, today=TODAY)
    assert title == "Convocatoria para su plan: <script>alert(1)</script> Fondo de adaptación climática (cierra en 11 días)"
    assert "<script>" not in body and "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<img" not in body and "<b>Verde</b>" not in body and "Fondo &lt;b&gt;Verde&lt;/b&gt; &amp; Asociados" in body
    assert "12 de agosto de 2026 (faltan 11 días)" in body
    assert "Subvenciones y financiamiento" in body and "US$" in body
    assert body.index("CLIMA") < body.index("CULT")  # best match first
    assert "«cambio climático»" in body and "ODS 13 (Acción por el clima)" in body and "afinidad 82 %" in body
    assert 'href="https://fondo.example.org/convocatoria?id=1&amp;lang=es"' in body


def test_dangerous_link_and_closed_or_undated_calls():
    opp = Opp(url="javascript:alert(3)", deadline=None, amount=None)
    title, body = opportunity_alert(opp, MATCHES[:1], today=TODAY)
    assert 'href="#"' in body and "javascript:" not in body
    assert "sin fecha de cierre publicada" in body and "cierra en" not in title
    _, closed = opportunity_alert(Opp(deadline=datetime(2026, 7, 29, 12, tzinfo=timezone.utc)), MATCHES, today=TODAY)
    assert "cerró hace 3 días" in closed


def test_subject_is_one_line_and_bounded():
    title, _ = opportunity_alert(Opp(title="Línea 1\nLínea 2 " + "x" * 400), MATCHES, today=TODAY)
    assert "\n" not in title and len(title) <= 160 and title.endswith("…")


def test_report_alert_links_the_report():
    title, body = report_alert("Bogotá D.C.", "2026-T3", "https://vigia.example.gov.co/11001/2026-T3.html", semaforo="amarillo")
    assert title == "Informe trimestral 2026-T3 de Bogotá D.C. publicado"
    assert 'href="https://vigia.example.gov.co/11001/2026-T3.html"' in body and "amarillo" in body
    assert report_alert("Bogotá D.C.", "2026-T3", "/x.html", updated=True)[0].endswith("actualizado")


def test_telegram_body_over_4096_characters_is_cut_as_text():
    telegram = apprise.Apprise.instantiate("tgram://123456789:AAHdKq3vTokenDePrueba/-1001234567890")
    assert telegram.body_maxlen == 4096 and telegram.title_maxlen == 0
    long_html = "<p>" + " ".join(f"palabra{i}" for i in range(1500)) + "</p>"
    title, body, fmt = fit_to_service(telegram, "Convocatoria para su plan", long_html)
    assert title == "" and body.startswith("Convocatoria para su plan")  # no title field: first line
    assert fmt == NotifyFormat.TEXT and body.endswith("…") and "<p>" not in body and len(body) <= 4096
    title, body, fmt = fit_to_service(telegram, "<script>x</script> & co", "<p>Breve</p>")
    assert (title, fmt) == ("", NotifyFormat.HTML)
    assert body == "<b>&lt;script&gt;x&lt;/script&gt; &amp; co</b><br>\n<p>Breve</p>"  # apprise would not escape it
    email = apprise.Apprise.instantiate("mailto://127.0.0.1:2525?from=vigia@localhost&to=a@b.co&mode=insecure")
    assert fit_to_service(email, "Asunto <x>", long_html) == ("Asunto <x>", long_html, NotifyFormat.HTML)
