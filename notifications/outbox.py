"""The outbox: an event and the notifications it causes are written in one transaction."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.schema import Notification, Subscription

KINDS = ("opportunities", "deviations", "reports")


def subscribers(session: Session, city_code: str, kind: str) -> list[Subscription]:
    """Active subscriptions of a city that asked for this kind of alert."""
    rows = session.scalars(
        select(Subscription).where(Subscription.city_code == city_code, Subscription.active.is_(True))
    )
    return [s for s in rows if kind in (s.kinds or [])]


def enqueue(session: Session, city_code: str, kind: str, dedupe_key: str, title: str, body: str) -> int:
    """Queue one message per interested subscription; a (subscription, key) pair is queued only once.

    `body` is HTML whose scraped parts the caller has already escaped. Returns how many were queued.
    The caller's transaction commits the event and these rows together.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown notification kind {kind!r}")
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
