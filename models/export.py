"""Tables for inspection: opportunities, matches and deviations as pandas DataFrames."""
from __future__ import annotations

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.schema import Axis, Deviation, Match, Opportunity

DATASETS = ("opportunities", "matches", "deviations")


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def opportunities_frame(session: Session) -> pd.DataFrame:
    rows = [
        {
            "id": o.id, "source_id": o.source_id, "title": o.title, "url": o.url, "funder": o.funder,
            "funder_type": o.funder_type, "category": o.category, "language": o.language,
            "published_at": _iso(o.published_at), "deadline": _iso(o.deadline), "amount": o.amount,
            "currency": o.currency, "withdrawn_at": _iso(o.withdrawn_at), "summary": o.summary,
        }
        for o in session.scalars(select(Opportunity).order_by(Opportunity.id))
    ]
    return pd.DataFrame(rows, columns=["id", "source_id", "title", "url", "funder", "funder_type", "category",
                                       "language", "published_at", "deadline", "amount", "currency", "withdrawn_at",
                                       "summary"])


def matches_frame(session: Session) -> pd.DataFrame:
    query = (
        select(Match, Axis, Opportunity)
        .join(Axis, Match.axis_id == Axis.id)
        .join(Opportunity, Match.opportunity_id == Opportunity.id)
        .order_by(Match.city_code, Match.score.desc())
    )
    rows = [
        {
            "city_code": m.city_code, "axis_code": a.code, "axis_name": a.name, "opportunity_id": o.id,
            "opportunity_title": o.title, "score": m.score, "kind": m.kind, "status": m.status,
            "keywords": ", ".join(m.reasons.get("keywords", [])), "terms": ", ".join(m.reasons.get("terms", [])),
            "ods": ", ".join(str(x) for x in m.reasons.get("ods", [])), "url": o.url,
        }
        for m, a, o in session.execute(query)
    ]
    return pd.DataFrame(rows, columns=["city_code", "axis_code", "axis_name", "opportunity_id", "opportunity_title",
                                       "score", "kind", "status", "keywords", "terms", "ods", "url"])


def deviations_frame(session: Session) -> pd.DataFrame:
    rows = [
        {
            "city_code": d.city_code, "quarter": d.quarter, "milestone_code": d.milestone_code, "kind": d.kind,
            "semaforo": d.semaforo, "detected_at": _iso(d.detected_at), "resolved_at": _iso(d.resolved_at),
            "detail": d.detail,
        }
        for d in session.scalars(select(Deviation).order_by(Deviation.city_code, Deviation.quarter, Deviation.id))
    ]
    return pd.DataFrame(rows, columns=["city_code", "quarter", "milestone_code", "kind", "semaforo",
                                       "detected_at", "resolved_at", "detail"])


FRAMES = {"opportunities": opportunities_frame, "matches": matches_frame, "deviations": deviations_frame}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet reads as the start of a formula


def inert(value: object) -> object:
    """A text cell that a spreadsheet would run as a formula (a scraped title can start with "="), kept as text
    by a leading apostrophe, as OWASP advises against CSV injection."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def export(session: Session, dataset: str, fmt: str) -> str:
    """The dataset as JSON (an array of objects) or CSV text."""
    frame = FRAMES[dataset](session)
    if fmt == "csv":
        return frame.map(inert).to_csv(index=False)
    return frame.to_json(orient="records", force_ascii=False, indent=2) + "\n"
