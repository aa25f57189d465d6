"""Subscriptions through the real CLI and SQLite: URL checked at once, kinds and city checked, secrets masked."""
from __future__ import annotations

from sqlalchemy import func, select

from flows.cli import main
from models.db import session_scope
from models.schema import City, Subscription
from notifications.subscriptions import add_subscription, list_subscriptions, parse_kinds
from notifications.url_secrets import display_url

VALID = "mailtos://ori:${VIGIA_SMTP_PASSWORD}@smtp.bogota.gov.co?to=ori@bogota.gov.co"


def _city(code: str = "11001", name: str = "Bogotá D.C.") -> None:
    with session_scope() as s:
        s.add(City(dane_code=code, name=name))


def _count() -> int:
    with session_scope() as s:
        return s.scalar(select(func.count()).select_from(Subscription))


def test_subscribe_stores_url_as_written_with_its_kinds(vigia_home, capsys):
    _city()
    assert main(["subscribe", "--city", "11001", "--url", VALID, "--kinds", "opportunities,reports"]) == 0
    with session_scope() as s:
        row = s.scalar(select(Subscription))
        assert row.url == VALID  # the placeholder, never a password, is what the database holds
        assert row.kinds == ["opportunities", "reports"] and row.active
    out = capsys.readouterr().out
    assert "Suscripción" in out and "convocatorias, informes" in out


def test_invalid_url_exits_2_names_it_masked_and_writes_nothing(vigia_home, capsys):
    _city()
    code = main(["subscribe", "--city", "11001", "--url", "smtp://ori:hunter2secret@mail.example.org", "--kinds", "reports"])
    err = capsys.readouterr().err
    assert code == 2
    assert "no es una URL de apprise válida" in err and "Ejemplos válidos" in err and "mailtos://" in err
    assert "hunter2secret" not in err and "ori:****@mail.example.org" in err
    assert _count() == 0


def test_unknown_kind_exits_2(vigia_home, capsys):
    _city()
    assert main(["subscribe", "--city", "11001", "--url", VALID, "--kinds", "opportunities,newsletters"]) == 2
    err = capsys.readouterr().err
    assert "newsletters" in err and "opportunities, deviations, reports" in err
    assert _count() == 0


def test_unknown_city_tells_to_import_the_plan_first(vigia_home, capsys):
    assert main(["subscribe", "--city", "99999", "--url", VALID]) == 2
    err = capsys.readouterr().err
    assert "99999" in err and "vigia plan import" in err
    assert _count() == 0


def test_listing_masks_passwords_and_keeps_placeholders(vigia_home, capsys):
    _city()
    _city("13001", "Cartagena de Indias")
    literal = "mailtos://ori:Cl4veSecreta99@smtp.cartagena.gov.co?to=ori@cartagena.gov.co"
    telegram = "tgram://123456789:AAHdKq3vTokenSecretoDeTelegram_xyz/-1001234567890"
    assert main(["subscribe", "--city", "11001", "--url", VALID]) == 0
    assert main(["subscribe", "--city", "13001", "--url", literal, "--kinds", "desvíos"]) == 0
    assert main(["subscribe", "--city", "13001", "--url", telegram, "--kinds", "convocatorias"]) == 0
    capsys.readouterr()
    assert main(["subscriptions"]) == 0
    out = capsys.readouterr().out
    assert "Cl4veSecreta99" not in out and "AAHdKq3vTokenSecretoDeTelegram_xyz" not in out
    assert "ori:****@smtp.cartagena.gov.co" in out and "tgram://****/-1001234567890" in out
    assert "${VIGIA_SMTP_PASSWORD}" in out
    assert "DESTINO" in out and "3 suscripción(es)" in out
    assert main(["subscriptions", "--city", "11001"]) == 0
    only = capsys.readouterr().out
    assert "smtp.bogota.gov.co" in only and "cartagena" not in only


def test_same_city_and_url_again_updates_kinds_and_reactivates(session):
    session.add(City(dane_code="11001", name="Bogotá D.C."))
    first = add_subscription(session, "11001", VALID, ["reports"])
    first.active = False
    again = add_subscription(session, "11001", VALID, ["oportunidades", "informes"])
    assert again.id == first.id and again.active and again.kinds == ["opportunities", "reports"]
    assert len(list_subscriptions(session)) == 1


def test_spanish_kind_names_are_understood():
    assert parse_kinds(["Convocatorias", " desvios", "informes"]) == ["opportunities", "deviations", "reports"]


def test_placeholder_in_port_or_whole_token_validates_with_dummy_values():
    assert display_url("mailto://127.0.0.1:${PORT}?from=vigia@localhost&to=a@b.co&mode=insecure").startswith(
        "mailto://127.0.0.1:${PORT}?")
    assert display_url("tgram://${VIGIA_TELEGRAM_TOKEN}/-1001234567890") == "tgram://${VIGIA_TELEGRAM_TOKEN}/-1001234567890"


def test_validation_with_dummy_values_prints_no_apprise_noise(vigia_home, capsys):
    _city()
    assert main(["subscribe", "--city", "11001", "--url", "tgram://${VIGIA_TELEGRAM_TOKEN}/-1001234567890"]) == 0
    assert capsys.readouterr().err == ""  # the first dummy is rejected by apprise; that is not an error to show
