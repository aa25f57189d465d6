"""What an ORI did with a matched call: marks (interesante … ganada), the list it marks from, and the funnel.

A mark is kept on every match of the same call for the same city (the ORI marks a call, not an axis).
A call marked `descartada` is never alerted again to that city (models.matching reads the mark).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.errors import InputError
from models.matching import rules_of
from models.plans import current_plan
from models.schema import Match, Opportunity, utcnow
from models.text import fold

# Stored value -> how ORI staff write and read it.
STATES = {
    "interesante": "interesante",
    "descartada": "descartada",
    "en_preparacion": "en preparación",
    "postulada": "postulada",
    "ganada": "ganada",
    "no_ganada": "no ganada",
}
KIND_LABELS = {"apply": "para postular", "pass_on": "para difundir a actores locales", "excluded": "no elegible"}


def parse_state(text: str) -> str:
    """'En preparación', 'en-preparacion', 'no ganada' … -> the stored state; anything else is an InputError."""
    key = "_".join(fold(text).replace("-", " ").replace("_", " ").split())
    if key not in STATES:
        raise InputError(f"estado desconocido {text!r}; use uno de: {', '.join(STATES.values())}", "ESTADO")
    return key


def mark(session: Session, match_id: int, state_text: str, now: datetime | None = None) -> list[Match]:
    """Mark a matched call for its city; returns every match of that call and city, now marked."""
    state = parse_state(state_text)
    found = session.get(Match, match_id)
    if found is None:
        raise InputError(f"no existe la coincidencia {match_id}; vea los números con `vigia match list --city DANE`",
                         "MATCH_ID")
    rows = list(session.scalars(select(Match).where(Match.opportunity_id == found.opportunity_id,
                                                    Match.city_code == found.city_code)))
    for row in rows:
        row.status, row.status_at = state, now or utcnow()
    session.flush()
    return rows


@dataclass(frozen=True)
class ListedCall:
    """One matched call for a city, as `vigia match list` shows it: its best match stands for it."""

    match_id: int
    score: float
    kind: str
    status: str | None
    opportunity: Opportunity
    axes: list[str]


def list_calls(session: Session, city_code: str, *, kind: str | None = None, state: str | None = None,
               everything: bool = False) -> list[ListedCall]:
    """The city's matched calls, best first: at or above its threshold unless `everything`."""
    plan = current_plan(session, city_code)
    if plan is None:
        raise InputError(f"la ciudad {city_code} no tiene un plan vigente; importe su plan con "
                         "`vigia plan import ARCHIVO`", "--city")
    threshold = rules_of(plan.settings).threshold
    query = select(Match, Opportunity).join(Opportunity, Opportunity.id == Match.opportunity_id).where(
        Match.city_code == city_code)
    if not everything:
        query = query.where(Match.score >= threshold)
    if kind:
        query = query.where(Match.kind == kind)
    if state:
        query = query.where(Match.status == parse_state(state))
    grouped: dict[int, list[Match]] = {}
    opps: dict[int, Opportunity] = {}
    for m, opp in session.execute(query):
        grouped.setdefault(opp.id, []).append(m)
        opps[opp.id] = opp
    calls = []
    for opp_id, rows in grouped.items():
        rows.sort(key=lambda r: (-r.score, r.id))
        best = rows[0]
        calls.append(ListedCall(best.id, float(best.score), best.kind, best.status, opps[opp_id],
                                [r.axis.code for r in rows]))
    calls.sort(key=lambda c: (-c.score, c.match_id))
    return calls


def funnel(session: Session, city_code: str, start: datetime, end: datetime, threshold: float) -> dict[str, int]:
    """Counts of the opportunity pipeline for a city, for calls first seen in [start, end): one per call."""
    seen = Opportunity.first_seen_at
    rows = session.execute(
        select(Match.opportunity_id, Match.kind, Match.status, Match.score)
        .join(Opportunity, Opportunity.id == Match.opportunity_id)
        .where(Match.city_code == city_code, seen >= start, seen < end)
    ).all()
    calls: dict[int, tuple[str, str | None, float]] = {}
    for opp_id, kind, status, score in rows:
        _, _, best = calls.get(opp_id, (kind, status, -1.0))
        if score > best:
            calls[opp_id] = (kind, status, score)
    counts = {"para_postular": 0, "para_difundir": 0, **{s: 0 for s in STATES}}
    for kind, status, score in calls.values():
        if score < threshold:
            continue
        if kind == "apply":
            counts["para_postular"] += 1
        elif kind == "pass_on":
            counts["para_difundir"] += 1
        if status in STATES:
            counts[status] += 1
    return counts
