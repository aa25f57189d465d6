"""The life of a deviation — opened, escalated, resolved — and the alerts its changes of state cause.

One Deviation row per (city, milestone or indicator code, quarter, kind). In each tracking run:
- opened: found and no open row (a new row, or a resolved one that came back); a change of colour of
  an open deviation is announced too (recoloured);
- escalated (once): rojo in this quarter after an unresolved rojo deviation of the same code in the
  previous quarter (red two quarters running), or overdue by more than the city's
  `escalate_after_days` (30 by default);
- resolved: an open row the run no longer finds.
Alerts go out only on those changes, and each (deviation, state[, colour]) has its own outbox dedupe
key, so nothing is announced twice — DHIS2's notificationSent idea. With the city setting
`digest: true` a city gets one message per run listing every change instead of one per deviation.
Everything is read and written in bulk: a fixed number of queries whatever the number of cities.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import date
from types import SimpleNamespace

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from models.quarters import Quarter
from models.schema import Deviation, Notification, Subscription, utcnow
from models.tracking import SCHEDULE_KINDS, DeviationInfo, PlanStatus, TrackSummary
from models.tracking_alerts import deviation_alert, digest_alert

# (opened|recoloured|escalated|resolved, info, previous colour, the row)
Event = tuple[str, DeviationInfo, "str | None", Deviation]


def _detail(info: DeviationInfo, status: PlanStatus) -> dict:
    detail = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in vars(info).items()
              if k not in ("milestone_code", "kind", "semaforo")}
    detail["cutoff"] = status.cutoff.isoformat()
    return detail


def _info_from_row(row: Deviation) -> DeviationInfo:
    """What an alert about a resolved deviation can say: the facts saved when it was last seen."""
    d = row.detail or {}
    due = d.get("due")
    return DeviationInfo(
        milestone_code=row.milestone_code, milestone_name=d.get("milestone_name", ""),
        axis_code=d.get("axis_code", ""), kind=row.kind, semaforo=row.semaforo,
        message=f"Ya no aparece en el seguimiento. Último estado: {d.get('message', '')}",
        axis_name=d.get("axis_name", ""), responsible=d.get("responsible"),
        due=date.fromisoformat(due) if due else None, planned=d.get("planned") or 0.0, reported=d.get("reported"),
        ratio=d.get("ratio"), overdue_days=d.get("overdue_days") or 0, example=bool(d.get("example")),
        subject=row.subject or "milestone", target=d.get("target"), actual=d.get("actual"),
        budget_planned=d.get("budget_planned"), budget_executed=d.get("budget_executed"),
        budget_index=d.get("budget_index"),
    )


def state_of(event: str, info: DeviationInfo) -> str:
    """The announced state: the colour for opened/recoloured, else the event (escalated, resolved)."""
    return info.semaforo if event in ("opened", "recoloured") else event


def dedupe_key(city_code: str, quarter: str, event: str, info: DeviationInfo) -> str:
    """One outbox key per announced state of a deviation."""
    return f"deviation:{city_code}:{quarter}:{info.milestone_code}:{info.kind}:{state_of(event, info)}"


def sync_deviations(session: Session, summary: TrackSummary) -> None:
    """Make the quarter's Deviation rows match the statuses in `summary`, queuing alerts on changes of state."""
    quarter = summary.quarter
    previous = str(Quarter.parse(quarter).previous())
    rows: dict[str, dict[tuple[str, str], Deviation]] = defaultdict(dict)
    for row in session.scalars(select(Deviation).where(Deviation.quarter == quarter)):
        rows[row.city_code][(row.milestone_code, row.kind)] = row
    red_before = set(session.execute(
        select(Deviation.city_code, Deviation.milestone_code).where(
            Deviation.quarter == previous, Deviation.semaforo == "rojo", Deviation.resolved_at.is_(None))).tuples())
    outbox = _Outbox(session, quarter)
    now = utcnow()
    new_rows: list[SimpleNamespace] = []
    for status in summary.statuses:
        events = _sync_city(new_rows, status, rows.get(status.city_code, {}), red_before, now, summary)
        if events and outbox.listening(status.city_code):
            _queue(outbox, status, events, summary)
    session.flush()  # changes to existing rows first, then the new rows and messages in two bulk inserts
    if new_rows:
        session.execute(insert(Deviation), [vars(row) for row in new_rows])
    if outbox.new:
        session.execute(insert(Notification), outbox.new)


class _Outbox:
    """notifications.outbox.enqueue's rule — one message per (subscription, dedupe key), ever — in bulk.

    Subscriptions and the quarter's deviation keys already queued are read once, not per message.
    """

    def __init__(self, session: Session, quarter: str):
        self.subscriptions: dict[str, list[int]] = defaultdict(list)
        for sub_id, city, kinds in session.execute(
                select(Subscription.id, Subscription.city_code, Subscription.kinds)
                .where(Subscription.active.is_(True)).order_by(Subscription.id)).tuples():
            if "deviations" in (kinds or []):
                self.subscriptions[city].append(sub_id)
        self.sent = set(session.execute(
            select(Notification.subscription_id, Notification.dedupe_key).where(
                Notification.kind == "deviations", Notification.dedupe_key.like(f"deviation%:{quarter}:%"))).tuples())
        self.new: list[dict] = []
        self.now = utcnow()

    def listening(self, city_code: str) -> bool:
        return bool(self.subscriptions.get(city_code))

    def enqueue(self, city_code: str, dedupe_key: str, title: str, body: str) -> int:
        queued = 0
        for sub_id in self.subscriptions.get(city_code, ()):
            if (sub_id, dedupe_key) not in self.sent:
                self.sent.add((sub_id, dedupe_key))
                self.new.append({"subscription_id": sub_id, "kind": "deviations", "dedupe_key": dedupe_key,
                                 "title": title, "body": body, "created_at": self.now})
                queued += 1
        return queued


def _sync_city(new_rows: list[SimpleNamespace], status: PlanStatus, rows: dict[tuple[str, str], Deviation],
               red_before: set[tuple[str, str]], now, summary: TrackSummary) -> list[Event]:
    events: list[Event] = []
    escalate_after = status.settings.get("escalate_after_days", 30)
    found = {(d.milestone_code, d.kind): d for d in status.deviations}
    for key, info in found.items():
        row, event, before = rows.get(key), None, None
        if row is None:  # inserted in bulk at the end of the run
            row = SimpleNamespace(city_code=status.city_code, milestone_code=info.milestone_code,
                                  quarter=status.quarter, kind=info.kind, semaforo=info.semaforo, detected_at=now,
                                  subject=info.subject, detail={}, notified=[], escalated_at=None, resolved_at=None)
            new_rows.append(row)
            event = "opened"
            summary.deviations_opened += 1
        elif row.resolved_at is not None:  # back again after being resolved
            row.resolved_at, row.detected_at = None, now
            event = "opened"
            summary.deviations_opened += 1
        elif row.semaforo != info.semaforo:
            event, before = "recoloured", row.semaforo
            summary.deviations_changed += 1
        detail = _detail(info, status)
        if row.semaforo != info.semaforo:
            row.semaforo = info.semaforo
        if row.detail != detail:  # an unchanged deviation is not rewritten
            row.detail = detail
        if row.escalated_at is None and (
                (info.semaforo == "rojo" and (status.city_code, info.milestone_code) in red_before)
                or (info.kind in SCHEDULE_KINDS and info.overdue_days > escalate_after)):
            row.escalated_at = now
            summary.deviations_escalated += 1
            event = "escalated"  # one message says both what changed and that it is escalated
        if event is not None:
            events.append((event, info, before, row))
    for key, row in rows.items():
        if key not in found and row.resolved_at is None:
            row.resolved_at = now
            summary.deviations_resolved += 1
            events.append(("resolved", _info_from_row(row), None, row))
    summary.deviations_open += len(found)
    return events


def _queue(outbox: _Outbox, status: PlanStatus, events: list[Event], summary: TrackSummary) -> None:
    """One message per change of state not announced before, or one digest of them when the city asks."""
    fresh = [e for e in events if state_of(e[0], e[1]) not in (e[3].notified or [])]
    if not fresh:
        return
    if status.settings.get("digest"):
        keys = sorted(dedupe_key(status.city_code, status.quarter, e[0], e[1]) for e in fresh)
        digest = hashlib.sha256("\n".join(keys).encode()).hexdigest()[:20]
        title, body = digest_alert(status, [(event, info, before) for event, info, before, _ in fresh])
        queued = outbox.enqueue(status.city_code, f"deviation-digest:{status.city_code}:{status.quarter}:{digest}",
                                title, body)
        summary.notifications_queued += queued
        summary.digests += 1 if queued else 0
    else:
        for event, info, before, _ in fresh:
            title, body = deviation_alert(status, info, before, event)
            summary.notifications_queued += outbox.enqueue(
                status.city_code, dedupe_key(status.city_code, status.quarter, event, info), title, body)
    for event, info, _, row in fresh:
        row.notified = [*(row.notified or []), state_of(event, info)]
