"""Delivery: send the outbox through apprise, each notification claimed atomically, sent once.

Each pending notification is claimed with `UPDATE … SET status='sending' WHERE id=? AND
status='pending'`; only the process whose update touched the row sends it, so two delivers
running at once (two workers, a cron job and a manual run) never send the same one. The claim,
the send and the outcome are three short steps with no transaction held open while apprise talks
to the network, and each outcome is committed on its own.

A process that dies between claiming and recording the outcome leaves the row in 'sending'. After
`stale_after` (default 30 minutes) a later run puts it back to pending. That run cannot know if
the message went out before the crash, so in that rare case delivery is at-least-once: the
recipient may get it twice. The alternative (never retrying) would lose alerts silently.

Failures are detected from notify()'s result and from apprise's own log: apprise reports most
problems (connection refused, HTTP 4xx/5xx) only by logging them. The failed row goes back to
pending with attempts + 1 and the error, secrets masked, in last_error; the next run retries it.
"""
from __future__ import annotations

import ipaddress
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import apprise
from apprise import NotifyFormat
from apprise.conversion import convert_between
from apprise.plugins.base import NotifyBase
from markupsafe import escape
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from models.db import database_url, ensure_schema, get_engine
from models.schema import Notification, Subscription, utcnow
from notifications.apprise_logs import captured_apprise_logs, problems, records
from notifications.url_secrets import (
    MissingVariable,
    display_url,
    expand,
    instantiate,
    placeholders,
    redact,
    secrets_of,
)

log = logging.getLogger(__name__)

DEFAULT_STALE_AFTER = timedelta(minutes=30)
MAX_ERROR_CHARS = 1000
ELLIPSIS = "…"

SessionFactory = Callable[[], Session]



@dataclass
class DeliverySummary:
    """What one delivery run did; `errors` are Spanish lines with secrets masked."""

    sent: int = 0
    failed: int = 0
    skipped: int = 0  # pending but not for sending now: inactive subscription, kind dropped, claimed elsewhere
    reclaimed: int = 0  # abandoned 'sending' claims put back to pending
    pending: int = 0  # left pending after the run (failed, skipped, beyond the limit)
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Claimed:
    """A notification this process owns until it records the outcome."""

    id: int
    subscription_id: int
    url: str
    title: str
    body: str


@dataclass
class Target:
    """One subscription's destination for this run: its apprise object, or why it cannot be used."""

    apprise: apprise.Apprise | None
    plugin: NotifyBase | None
    secrets: set[str]
    error: str | None = None


def deliver_pending(
    session_factory_or_url: SessionFactory | str | None = None,
    limit: int | None = None,
    stale_after: timedelta = DEFAULT_STALE_AFTER,
    environ: Mapping[str, str] | None = None,
) -> DeliverySummary:
    """Send every pending notification once (at most `limit`), committing each outcome on its own."""
    factory = _session_factory(session_factory_or_url)
    summary = DeliverySummary(reclaimed=reclaim_stale(factory, utcnow() - stale_after))
    candidates, summary.skipped = _candidates(factory, limit)
    targets: dict[int, Target] = {}
    for notification_id in candidates:
        claimed = claim(factory, notification_id)
        if claimed is None:
            summary.skipped += 1
            continue
        if claimed.subscription_id not in targets:
            targets[claimed.subscription_id] = build_target(claimed.url, environ)
        error = send(targets[claimed.subscription_id], claimed.title, claimed.body)
        if error is None:
            mark_sent(factory, claimed.id)
            summary.sent += 1
        else:
            mark_failed(factory, claimed.id, error)
            summary.failed += 1
            line = f"alerta {claimed.id} (suscripción {claimed.subscription_id}): {error}"
            summary.errors.append(line)
            log.warning("no se pudo enviar la %s", line)
    summary.pending = _pending_count(factory)
    return summary


def _session_factory(arg: SessionFactory | str | None) -> SessionFactory:
    """Own sessions per step, so each claim and outcome commits on its own."""
    if arg is None or isinstance(arg, str):
        url = arg or database_url()
        ensure_schema(url)
        return sessionmaker(bind=get_engine(url), expire_on_commit=False)
    return arg


def reclaim_stale(factory: SessionFactory, claimed_before: datetime) -> int:
    """Put claims abandoned by a crashed process back to pending (see the module note on duplicates)."""
    with factory() as session, session.begin():
        result = session.execute(
            update(Notification)
            .where(Notification.status == "sending", Notification.claimed_at < claimed_before)
            .values(status="pending", claimed_at=None, attempts=Notification.attempts + 1,
                    last_error="envío interrumpido sin confirmar; se reintenta (puede llegar repetido)")
            .execution_options(synchronize_session=False)
        )
        return result.rowcount or 0


def _candidates(factory: SessionFactory, limit: int | None) -> tuple[list[int], int]:
    """Ids of pending notifications to try now, oldest first, and how many pending ones wait aside."""
    with factory() as session:
        rows = session.execute(
            select(Notification.id, Notification.kind, Subscription.active, Subscription.kinds)
            .join(Subscription, Subscription.id == Notification.subscription_id)
            .where(Notification.status == "pending")
            .order_by(Notification.id)
        ).all()
    wanted = [r.id for r in rows if r.active and r.kind in (r.kinds or [])]
    chosen = wanted if limit is None else wanted[: max(limit, 0)]
    return chosen, len(rows) - len(wanted)


def _pending_count(factory: SessionFactory) -> int:
    """What a later run still has to send."""
    with factory() as session:
        return session.scalar(select(func.count()).select_from(Notification).where(Notification.status == "pending")) or 0


def claim(factory: SessionFactory, notification_id: int) -> Claimed | None:
    """Atomically take one pending notification; None when another process took it first."""
    with factory() as session, session.begin():
        result = session.execute(
            update(Notification)
            .where(Notification.id == notification_id, Notification.status == "pending")
            .values(status="sending", claimed_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:
            return None
        row = session.execute(
            select(Notification.subscription_id, Subscription.url, Notification.title, Notification.body)
            .join(Subscription, Subscription.id == Notification.subscription_id)
            .where(Notification.id == notification_id)
        ).one()
        return Claimed(notification_id, row.subscription_id, row.url, row.title, row.body)


def mark_sent(factory: SessionFactory, notification_id: int) -> None:
    """Record the send at once, so no later run repeats it."""
    with factory() as session, session.begin():
        session.execute(
            update(Notification)
            .where(Notification.id == notification_id)
            .values(status="sent", sent_at=utcnow(), attempts=Notification.attempts + 1, last_error=None)
            .execution_options(synchronize_session=False)
        )


def mark_failed(factory: SessionFactory, notification_id: int, error: str) -> None:
    """Back to pending for the next run, unless a stale-claim reclaim already took it back."""
    with factory() as session, session.begin():
        session.execute(
            update(Notification)
            .where(Notification.id == notification_id, Notification.status == "sending")
            .values(status="pending", claimed_at=None, attempts=Notification.attempts + 1,
                    last_error=error[:MAX_ERROR_CHARS])
            .execution_options(synchronize_session=False)
        )


def build_target(url: str, environ: Mapping[str, str] | None = None) -> Target:
    """One Apprise object for one subscription, with its secrets expanded from the environment."""
    env = os.environ if environ is None else environ
    try:
        expanded = expand(url, env)
    except MissingVariable as exc:
        return Target(None, None, set(), f"{exc}; defínala en el entorno del proceso que envía")
    used = [env[name] for name in placeholders(url)]
    with captured_apprise_logs() as captured:
        plugin = instantiate(expanded)
    secrets = secrets_of(expanded, plugin, used)
    if plugin is None:
        detail = "; ".join(problems(captured))
        reason = f"apprise no acepta la URL {display_url(url)} con los valores del entorno"
        return Target(None, None, secrets, redact(f"{reason}: {detail}" if detail else reason, secrets))
    if _is_loopback(plugin):
        # apprise waits 5.5 s between two messages to the same e-mail server, to be gentle with
        # remote providers; a relay on this machine (the demo's sink, a local postfix) needs no pacing.
        plugin.request_rate_per_sec = 0
    target = apprise.Apprise()
    target.add(plugin)
    return Target(target, plugin, secrets)


def _is_loopback(plugin: NotifyBase) -> bool:
    """True when every host the service talks to is this machine."""
    hosts = {getattr(plugin, "host", None), getattr(plugin, "smtp_host", None)} - {None, ""}
    return bool(hosts) and all(_loopback_name(h) for h in hosts)


def _loopback_name(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host.lower() == "localhost"


def send(target: Target, title: str, body_html: str) -> str | None:
    """Send one message; None on success, else the reason in Spanish with secrets masked."""
    if target.apprise is None or target.plugin is None:
        return target.error or "destino no disponible"
    title, body, body_format = fit_to_service(target.plugin, title, body_html)
    try:
        with captured_apprise_logs() as captured:
            ok = target.apprise.notify(body=body, title=title, body_format=body_format)
    except Exception as exc:  # apprise plugins are third-party code; a crash is a failed send
        return redact(f"error inesperado de apprise: {exc!r}", target.secrets)
    logged_errors = [m for level, m in records(captured) if level in ("ERROR", "CRITICAL")]
    if ok and not logged_errors:
        return None
    reason = "; ".join(problems(captured)) or "apprise no pudo enviar y no dio detalles"
    return redact(f"apprise informó un fallo: {reason}", target.secrets)


def fit_to_service(plugin: NotifyBase, title: str, body_html: str) -> tuple[str, str, NotifyFormat]:
    """Title, body and format for this service: HTML when its text fits the limit, else plain text cut short.

    A service without a title field (Telegram) gets the title as the body's first line; apprise
    would paste it there unescaped, so it is escaped here. apprise's default overflow mode
    ('upstream') sends an over-long body untouched and Telegram refuses more than 4096
    characters; apprise's 'truncate' would cut HTML inside a tag, which Telegram also refuses.
    So the cut is made here, on the text, at a word boundary.
    """
    if plugin.title_maxlen <= 0 and title:
        body_html, title = f"<b>{escape(title)}</b><br>\n{body_html}", ""
    limit = int(plugin.body_maxlen)
    text = convert_between(NotifyFormat.HTML, NotifyFormat.TEXT, body_html).strip()
    if limit <= 0 or len(text) <= limit:
        return title, body_html, NotifyFormat.HTML
    cut = text[: limit - len(ELLIPSIS)]
    boundary = max(cut.rfind("\n"), cut.rfind(" "))
    if boundary > limit // 2:
        cut = cut[:boundary]
    return title, cut.rstrip() + ELLIPSIS, NotifyFormat.TEXT
