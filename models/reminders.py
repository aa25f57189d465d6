"""Reminders to the responsible people who have not reported a quarter's progress yet.

The reporting window opens the day after a quarter ends and lasts the city's
`reporting_window_days` (15 by default). Three reminders, each sent at most once per person, quarter
and stage (outbox dedupe key `reminder:CITY:QUARTER:EMAIL:STAGE`):
- apertura: from the first day of the window;
- mitad: from the middle of the window;
- víspera: the day before the window closes, and on the closing day.
A run sends only the stage in force that day, so a missed day is caught up by the next run but the
earlier stages are not sent late. People whose milestones are all reported get nothing.

How they are delivered: reminders go through the outbox and apprise like every alert. A city names
the mailbox they leave from in its plan settings (`reminder_sender`, an apprise mailto URL without
`to=`); Vigía adds `to=<milestone.responsible_email>` (the action's e-mail when the milestone has
none) and keeps one Subscription per person, of kind "reminders", created here and listed by
`vigia subscriptions` like any other. A city without `reminder_sender` gets no reminders; the run
says so.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.locale_co import fecha, porcentaje
from models.quarters import Quarter
from models.schema import Notification, Subscription
from models.tracking import MilestoneStatus, PlanStatus, evaluate_all, reporting_deadline

KIND = "reminders"
STAGES = ("apertura", "mitad", "vispera")
STAGE_TITLES = {"apertura": "se abrió el plazo", "mitad": "va la mitad del plazo",
                "vispera": "mañana se cierra el plazo"}


@dataclass
class ReminderSummary:
    quarter: str
    today: date
    cities: int = 0  # cities whose reporting window is open today
    stage_by_city: dict[str, str] = field(default_factory=dict)
    people: int = 0  # people who still owe a report
    milestones: int = 0  # milestones still without a report
    queued: int = 0
    already_sent: int = 0
    without_email: int = 0  # milestones nobody can be reminded about (no e-mail in the plan)
    without_sender: list[str] = field(default_factory=list)  # cities with pending reports but no reminder_sender


def stage_dates(quarter: Quarter, window_days: int) -> list[tuple[str, date]]:
    """The day each reminder stage starts for a quarter's reporting window (a short window may merge them)."""
    opens = quarter.end + timedelta(days=1)
    closes = reporting_deadline(quarter, window_days)
    dates = {"apertura": opens, "mitad": quarter.end + timedelta(days=math.ceil(window_days / 2)),
             "vispera": closes - timedelta(days=1)}
    stages: list[tuple[str, date]] = []
    for stage in STAGES:
        day = max(dates[stage], opens)
        stages = [(s, d) for s, d in stages if d < day]  # a later stage on the same day wins
        stages.append((stage, day))
    return stages


def stage_on(quarter: Quarter, window_days: int, today: date) -> str | None:
    """The reminder stage in force on `today`, or None outside the reporting window."""
    if not quarter.end < today <= reporting_deadline(quarter, window_days):
        return None
    current = None
    for stage, day in stage_dates(quarter, window_days):
        if day <= today:
            current = stage
    return current


def sender_url(sender: str, email: str) -> str:
    """The apprise URL that delivers to one person: the city's sender plus to=."""
    return f"{sender}{'&' if '?' in sender else '?'}to={quote(email, safe='@')}"


def reminder_message(status: PlanStatus, stage: str, email: str, pending: list[MilestoneStatus]) -> tuple[str, str]:
    """Spanish title and escaped HTML body listing the milestones the person still has to report."""
    names = sorted({m.responsible for m in pending if m.responsible})
    title = (f"Recordatorio · {status.city_name}: reporte de avance {status.quarter} pendiente — "
             f"{STAGE_TITLES[stage]}")
    items = "".join(
        f"<li><strong>{escape(m.code)}</strong> — {escape(m.name)} (debía ir en {escape(porcentaje(m.planned))} "
        f"al {escape(fecha(status.cutoff))})</li>" for m in pending)
    greeting = f"Hola, {escape(', '.join(names))}:" if names else "Hola:"
    body = (
        f"<p>{greeting}</p>"
        f"<p>La Oficina de Relaciones Internacionales de {escape(status.city_name)} aún no ha recibido el "
        f"reporte de avance del trimestre {escape(status.quarter)} de estos hitos a su cargo. El plazo para "
        f"reportar a tiempo vence el <strong>{escape(fecha(status.reporting_deadline))}</strong>.</p>"
        f"<ul>{items}</ul>"
        f"<p>Reporte el avance físico, el presupuesto ejecutado y la evidencia en la hoja de avance del "
        f"trimestre. Si ya lo envió, ignore este mensaje.</p>"
        f"<p><small>Enviado a {escape(email)} por Vigía.</small></p>"
    )
    return title, body


def queue_reminders(session: Session, today: date) -> ReminderSummary:
    """Queue today's reminder for every person who still owes a report for the quarter whose window is open."""
    q = Quarter.last_completed(today)
    summary = ReminderSummary(quarter=str(q), today=today)
    statuses = [s for s in evaluate_all(session, str(q), today)
                if stage_on(q, s.settings["reporting_window_days"], today)]
    if not statuses:
        return summary
    subscriptions = {(s.city_code, s.url): s for s in session.scalars(select(Subscription))}
    sent = set(session.execute(select(Notification.subscription_id, Notification.dedupe_key).where(
        Notification.kind == KIND, Notification.dedupe_key.like(f"reminder:%:{q}:%"))).tuples())
    for status in statuses:
        stage = stage_on(q, status.settings["reporting_window_days"], today)
        summary.cities += 1
        summary.stage_by_city[status.city_code] = stage
        by_person: dict[str, list[MilestoneStatus]] = defaultdict(list)
        for m in status.milestones():
            if m.pending_report:
                summary.milestones += 1
                if m.responsible_email:
                    by_person[m.responsible_email.strip().lower()].append(m)
                else:
                    summary.without_email += 1
        if not by_person:
            continue
        sender = status.settings.get("reminder_sender")
        if not sender:
            summary.without_sender.append(status.city_code)
            continue
        for email, pending in sorted(by_person.items()):
            summary.people += 1
            subscription = _subscription(session, subscriptions, status.city_code, sender_url(sender, email))
            key = f"reminder:{status.city_code}:{q}:{email}:{stage}"
            if not subscription.active:  # the person asked not to receive them
                continue
            if (subscription.id, key) in sent:
                summary.already_sent += 1
                continue
            title, body = reminder_message(status, stage, email, pending)
            session.add(Notification(subscription_id=subscription.id, kind=KIND, dedupe_key=key,
                                     title=title, body=body))
            sent.add((subscription.id, key))
            summary.queued += 1
    session.flush()
    return summary


def _subscription(session: Session, known: dict[tuple[str, str], Subscription], city_code: str,
                  url: str) -> Subscription:
    """The person's subscription of kind "reminders", created on first use (or the kind added to theirs)."""
    sub = known.get((city_code, url))
    if sub is None:
        sub = Subscription(city_code=city_code, url=url, kinds=[KIND], active=True)
        session.add(sub)
        session.flush()
        known[(city_code, url)] = sub
    elif KIND not in (sub.kinds or []):
        sub.kinds = [*(sub.kinds or []), KIND]
    return sub
