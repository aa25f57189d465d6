"""Change alerts: tell each city that already follows a call when its deadline or amount changes, or when it is
withdrawn from its source or published again (the opportunity_change rows the harvest's store step writes).

A city follows a call when it was sent the call's opportunity alert (outbox key `opportunity:<id>`) or marked
it interesante, en preparación or postulada — in both cases before the change was detected, since a city
alerted afterwards already read the new values. A call the city marked descartada, ganada or no ganada is
never announced to it again. Each change is queued once per city, to its `opportunities` subscriptions,
under the outbox key `change:<id>`: rerunning queues nothing, and no schema change is needed.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.schema import Match, Notification, Opportunity, OpportunityChange, Subscription, as_utc, utcnow

KIND = "opportunities"  # the same subscriptions (and outbox kind) as the opportunity alerts
FOLLOWED_MARKS = ("interesante", "en_preparacion", "postulada")
CLOSED_MARKS = ("descartada", "ganada", "no_ganada")  # the ORI is done with the call: no more news about it
# Changes older than this are not looked at again (it bounds the query). The flow runs after every daily
# harvest; two months leave room for weeks of a broken flow without losing a change — one already sent
# is never sent again whatever the window, thanks to its outbox key.
LOOKBACK = timedelta(days=60)
AMOUNT_FIELDS = ("amount", "currency")
_CHUNK = 500


@dataclass(frozen=True)
class ChangeEvent:
    """One announceable change of a call: a deadline, an amount (with its currency), a withdrawal or a return."""

    key: str  # the outbox dedupe key
    kind: str  # deadline | amount | withdrawn | reopened
    opportunity_id: int
    detected_at: datetime
    old: str | None = None  # deadline: ISO datetime; amount: number as text
    new: str | None = None
    old_currency: str | None = None
    new_currency: str | None = None


@dataclass(frozen=True)
class Follow:
    """Why and since when a city follows a call: the alert it was sent, or its mark."""

    since: datetime | None  # None: a mark with no time recorded (counts as always)
    alerted_at: datetime | None
    mark: str | None


@dataclass
class ChangeAlertSummary:
    changes: int = 0  # change events looked at
    queued: int = 0  # notifications queued (one per subscription)
    cities: int = 0  # (change, city) pairs announced in this run
    closed: int = 0  # (change, city) pairs skipped: the city dismissed the call or already closed it
    by_kind: dict[str, int] = field(default_factory=dict)


def change_key(change_id: int) -> str:
    return f"change:{change_id}"


def pending_changes(session: Session, since: datetime) -> list[OpportunityChange]:
    """Changes detected since `since`, oldest first (whether a city still needs them is decided per city)."""
    return list(session.scalars(select(OpportunityChange).where(OpportunityChange.detected_at >= since)
                                .order_by(OpportunityChange.detected_at, OpportunityChange.id)))


def change_events(rows: list[OpportunityChange], opportunities: dict[int, Opportunity]) -> list[ChangeEvent]:
    """Turn change rows into events; an amount and a currency changed in the same harvest are one event."""
    events: list[ChangeEvent] = []
    money: dict[tuple[int, datetime], dict[str, OpportunityChange]] = defaultdict(dict)
    for row in rows:
        if row.field in AMOUNT_FIELDS:
            money[(row.opportunity_id, row.detected_at)][row.field] = row
        elif row.field == "deadline":
            events.append(ChangeEvent(change_key(row.id), "deadline", row.opportunity_id, row.detected_at,
                                      row.old_value, row.new_value))
        elif row.field == "withdrawn":
            kind = "withdrawn" if row.new_value is not None else "reopened"
            events.append(ChangeEvent(change_key(row.id), kind, row.opportunity_id, row.detected_at,
                                      row.old_value, row.new_value))
    for (opp_id, detected_at), found in money.items():
        opp = opportunities.get(opp_id)
        amount, currency = found.get("amount"), found.get("currency")
        current_amount = None if opp is None or opp.amount is None else str(opp.amount)
        current_currency = None if opp is None else opp.currency
        first = min(row.id for row in found.values())
        events.append(ChangeEvent(
            change_key(first), "amount", opp_id, detected_at,
            amount.old_value if amount else current_amount, amount.new_value if amount else current_amount,
            currency.old_value if currency else current_currency, currency.new_value if currency else current_currency,
        ))
    events.sort(key=lambda e: (e.detected_at, e.key))
    return events


def followers(session: Session, opportunity_ids: list[int]) -> tuple[dict[int, dict[str, Follow]], set[tuple[int, str]]]:
    """Per call, the cities that follow it; and the (call, city) pairs the city closed (dismissed, won, lost)."""
    alerted: dict[tuple[int, str], datetime] = {}
    marks: dict[tuple[int, str], list[tuple[str, datetime | None]]] = defaultdict(list)
    for start in range(0, len(opportunity_ids), _CHUNK):
        chunk = opportunity_ids[start:start + _CHUNK]
        keys = {f"opportunity:{i}": i for i in chunk}
        query = (select(Notification.dedupe_key, Subscription.city_code, func.min(Notification.created_at))
                 .join(Subscription, Subscription.id == Notification.subscription_id)
                 .where(Notification.kind == KIND, Notification.dedupe_key.in_(list(keys)))
                 .group_by(Notification.dedupe_key, Subscription.city_code))
        for key, city, first in session.execute(query):
            alerted[(keys[key], city)] = as_utc(first)
        query = (select(Match.opportunity_id, Match.city_code, Match.status, Match.status_at)
                 .where(Match.opportunity_id.in_(chunk), Match.status.is_not(None)))
        for opp_id, city, status, status_at in session.execute(query):
            marks[(opp_id, city)].append((status, status_at))
    closed = {pair for pair, rows in marks.items() if any(status in CLOSED_MARKS for status, _ in rows)}
    result: dict[int, dict[str, Follow]] = defaultdict(dict)
    for pair in (set(alerted) | set(marks)) - closed:
        followed = [(status, at) for status, at in marks.get(pair, []) if status in FOLLOWED_MARKS]
        alerted_at = alerted.get(pair)
        if alerted_at is None and not followed:
            continue
        times = [alerted_at] if alerted_at else []
        times += [as_utc(at) for _, at in followed]
        since = None if None in times else min(times)  # a mark without a time counts as always
        result[pair[0]][pair[1]] = Follow(since, alerted_at, followed[0][0] if followed else None)
    return result, closed


def announced(session: Session, keys: list[str]) -> set[tuple[str, str]]:
    """(change key, city) pairs already in the outbox for some subscription of the city."""
    done: set[tuple[str, str]] = set()
    for start in range(0, len(keys), _CHUNK):
        query = (select(Notification.dedupe_key, Subscription.city_code)
                 .join(Subscription, Subscription.id == Notification.subscription_id)
                 .where(Notification.dedupe_key.in_(keys[start:start + _CHUNK])).distinct())
        done |= {(key, city) for key, city in session.execute(query)}
    return done


def queue_change_alerts(session: Session, now: datetime | None = None, lookback: timedelta = LOOKBACK,
                        today: date | None = None) -> ChangeAlertSummary:
    """Queue one Spanish message per following city (to each of its subscriptions) for every new change.

    Written in the caller's transaction (outbox pattern); a change already queued for a city is skipped,
    so a rerun queues nothing and a subscriber who arrives later is not sent old news.
    """
    from notifications.messages import change_alert
    from notifications.outbox import enqueue

    now = now or utcnow()
    summary = ChangeAlertSummary()
    rows = pending_changes(session, now - lookback)
    if not rows:
        return summary
    ids = sorted({row.opportunity_id for row in rows})
    opportunities: dict[int, Opportunity] = {}
    for start in range(0, len(ids), _CHUNK):
        for opp in session.scalars(select(Opportunity).where(Opportunity.id.in_(ids[start:start + _CHUNK]))):
            opportunities[opp.id] = opp
    events = change_events(rows, opportunities)
    follows, closed = followers(session, ids)
    done = announced(session, [e.key for e in events])
    summary.changes = len(events)
    closed_by_call: dict[int, int] = defaultdict(int)
    for opp_id, _ in closed:
        closed_by_call[opp_id] += 1
    for event in events:
        opp = opportunities[event.opportunity_id]
        summary.closed += closed_by_call[event.opportunity_id]
        for city, follow in sorted(follows.get(event.opportunity_id, {}).items()):
            if (event.key, city) in done or (follow.since is not None and follow.since > event.detected_at):
                continue
            title, body = change_alert(opp, event, follow, today=today)
            queued = enqueue(session, city, KIND, event.key, title, body)
            if queued:
                summary.queued += queued
                summary.cities += 1
                summary.by_kind[event.kind] = summary.by_kind.get(event.kind, 0) + 1
    return summary

