"""Subscriptions: who at which city wants which alerts, at one apprise URL checked when saved."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.errors import InputError
from models.schema import City, Subscription
from notifications.outbox import KINDS
from notifications.url_secrets import display_url, instantiate_with_dummies

EXAMPLE_URLS = (
    "mailtos://ori:${VIGIA_SMTP_PASSWORD}@smtp.ejemplo.gov.co?to=ori@ejemplo.gov.co",
    "tgram://${VIGIA_TELEGRAM_TOKEN}/-1001234567890",
)

# Spanish words an ORI may type for each kind of alert.
KIND_ALIASES = {
    "opportunities": "opportunities", "oportunidades": "opportunities", "convocatorias": "opportunities",
    "deviations": "deviations", "desvios": "deviations", "desvíos": "deviations",
    "reports": "reports", "informes": "reports",
    "sources": "sources", "fuentes": "sources",
}

KIND_LABELS = {"opportunities": "convocatorias", "deviations": "desvíos", "reports": "informes",
               "sources": "fuentes con problemas"}


def parse_kinds(kinds: Iterable[str]) -> list[str]:
    """Normalise kinds (English or Spanish, any case) in KINDS order; unknown ones are an InputError."""
    wanted: set[str] = set()
    for raw in kinds:
        word = raw.strip().lower()
        if not word:
            continue
        if word not in KIND_ALIASES:
            raise InputError(
                f"tipo de alerta desconocido {raw.strip()!r}; use uno o varios de: {', '.join(KINDS)}", "--kinds"
            )
        wanted.add(KIND_ALIASES[word])
    if not wanted:
        raise InputError(f"indique al menos un tipo de alerta: {', '.join(KINDS)}", "--kinds")
    return [k for k in KINDS if k in wanted]


def validate_url(url: str) -> None:
    """Reject at once a URL apprise cannot use, naming it masked and showing valid examples."""
    url = url.strip()
    plugin, _ = instantiate_with_dummies(url) if url else (None, {})
    if plugin is None:
        raise InputError(
            f"la URL de notificación {display_url(url)!r} no es una URL de apprise válida. "
            f"Ejemplos válidos: {EXAMPLE_URLS[0]} (correo) o {EXAMPLE_URLS[1]} (Telegram); "
            "escriba las contraseñas como ${VARIABLE} y defínalas en el entorno.",
            "--url",
        )


def add_subscription(session: Session, city_code: str, url: str, kinds: list[str]) -> Subscription:
    """Subscribe an apprise URL to a city's alerts; the same city and URL again updates its kinds."""
    city_code = city_code.strip()
    if session.get(City, city_code) is None:
        raise InputError(
            f"la ciudad con código DANE {city_code!r} no está en Vigía; importe primero su plan "
            "con `vigia plan import ARCHIVO`",
            "--city",
        )
    normalised = parse_kinds(kinds)
    url = url.strip()
    validate_url(url)
    existing = session.scalar(select(Subscription).where(Subscription.city_code == city_code, Subscription.url == url))
    if existing is not None:
        existing.kinds, existing.active = normalised, True
        session.flush()
        return existing
    subscription = Subscription(city_code=city_code, url=url, kinds=normalised, active=True)
    session.add(subscription)
    session.flush()
    return subscription


def list_subscriptions(session: Session, city_code: str | None = None) -> list[Subscription]:
    """Subscriptions ordered by city and id, optionally of one city."""
    query = select(Subscription).order_by(Subscription.city_code, Subscription.id)
    if city_code:
        query = query.where(Subscription.city_code == city_code.strip())
    return list(session.scalars(query))


def describe(subscription: Subscription) -> dict[str, str]:
    """One subscription as ORI staff read it: Spanish labels and the URL with secrets masked."""
    return {
        "id": str(subscription.id),
        "ciudad": subscription.city_code,
        "alertas": ", ".join(KIND_LABELS.get(k, k) for k in subscription.kinds or []),
        "estado": "activa" if subscription.active else "inactiva",
        "destino": display_url(subscription.url),
    }
