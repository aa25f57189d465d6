"""The outbox: an event and the notifications it causes are written in one transaction."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.schema import Notification, Subscription

KINDS = ("opportunities", "deviations", "reports", "sources")
# Alerts about the harvest itself (a source broke, came back empty or lost fields) concern coordinators,
# not one city: every active subscription with kind "sources" gets them, whatever its city.
GLOBAL_KINDS = frozenset({"sources"})


def subscribers(session: Session, city_code: str | None, kind: str) -> list[Subscription]:
    """Active subscriptions that asked for this kind of alert: of the city, or of any city (None)."""
    query = select(Subscription).where(Subscription.active.is_(True)).order_by(Subscription.id)
    if city_code is not None:
        query = query.where(Subscription.city_code == city_code)
    return [s for s in session.scalars(query) if kind in (s.kinds or [])]


def enqueue(session: Session, city_code: str | None, kind: str, dedupe_key: str, title: str, body: str) -> int:
    """Queue one message per interested subscription; a (subscription, key) pair is queued only once.

    `city_code` is None for the kinds in GLOBAL_KINDS (every city's subscribers of that kind).

    `body` is HTML whose scraped parts the caller has already escaped. Returns how many were queued.
    The caller's transaction commits the event and these rows together.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown notification kind {kind!r}")
    if (city_code is None) != (kind in GLOBAL_KINDS):
        raise ValueError(f"kind {kind!r} is queued {'for every city' if kind in GLOBAL_KINDS else 'per city'}")
    queued = 0
    for sub in subscribers(session, city_code, kind):
        exists = session.scalar(
            select(Notification.id).where(
                Notification.subscription_id == sub.id, Notification.dedupe_key == dedupe_key
            )
        )
        if exists is None:
            session.add(Notification(subscription_id=sub.id, kind=kind, dedupe_key=dedupe_key,
                                     title=title, body=body))
            queued += 1
    session.flush()
    return queued
