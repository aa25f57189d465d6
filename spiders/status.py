"""An opportunity's status, from the calendar and its sources: forecast, open, closing soon, closed, withdrawn.

Computed when asked rather than stored, because the calendar moves every day while the row does not;
only the withdrawal (gone from every fully crawled source before its deadline) is stored, by the harvest.
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.schema import Opportunity, OpportunityLink

FORECAST, OPEN, CLOSING_SOON, CLOSED, WITHDRAWN = "forecast", "open", "closing_soon", "closed", "withdrawn"
STATUSES = (FORECAST, OPEN, CLOSING_SOON, CLOSED, WITHDRAWN)
STATUS_LABELS = {FORECAST: "próxima", OPEN: "abierta", CLOSING_SOON: "cierra pronto", CLOSED: "cerrada",
                 WITHDRAWN: "retirada"}
STATUS_PLURALS = {FORECAST: "próximas", OPEN: "abiertas", CLOSING_SOON: "cierran pronto", CLOSED: "cerradas",
                  WITHDRAWN: "retiradas"}
# simpler-grants-gov reminds its users 14 days before a saved opportunity closes.
CLOSING_SOON_DAYS = 14


class Dated(Protocol):
    opens_at: datetime | None
    deadline: datetime | None
    withdrawn_at: datetime | None


def opportunity_status(opp: Dated, now: datetime, closing_soon_days: int = CLOSING_SOON_DAYS) -> str:
    """Withdrawn wins (the call is gone from every source); then closed, forecast, closing soon, open."""
    if opp.withdrawn_at is not None:
        return WITHDRAWN
    if opp.deadline is not None and opp.deadline < now:
        return CLOSED
    if opp.opens_at is not None and opp.opens_at > now:
        return FORECAST
    if opp.deadline is not None and opp.deadline - now <= timedelta(days=closing_soon_days):
        return CLOSING_SOON
    return OPEN


def status_counts(session: Session, source_id: str, now: datetime) -> dict[str, int]:
    """How many of the opportunities a source publishes (or published) are in each status, in STATUSES order."""
    linked = select(OpportunityLink.opportunity_id).where(OpportunityLink.source_id == source_id)
    rows = session.scalars(select(Opportunity).where(Opportunity.id.in_(linked)))
    counted = Counter(opportunity_status(opp, now) for opp in rows)
    return {status: counted[status] for status in STATUSES if counted[status]}
