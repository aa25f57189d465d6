"""Matching v0: score opportunities against every axis of every current plan, with reasons.

Signals, strongest first: the axis's own keywords (all words of a keyword phrase present), the
ODS the axis serves (cited as "ODS 11"/"SDG 11" or recognisable by theme words), and the
meaningful words of the axis's name and description. Words are folded to accent-free prefix
stems, which lets a Spanish axis meet an English call (innovación / innovation).
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from models.schema import Axis, Match, Opportunity, Plan, utcnow
from models.text import content_stems, ods_mentioned, ods_themes

KEYWORD_WEIGHT = 1.0
ODS_WEIGHT = 0.6
TERM_WEIGHT = 0.4
SCALE = 1.5  # raw evidence 1.5 ≈ score 0.63
MIN_SCORE = 0.25  # below this a pair is not worth keeping
DEFAULT_ALERT_THRESHOLD = 0.5  # per city: plan.settings["match_threshold"]


@dataclass(frozen=True)
class AxisProfile:
    """What an axis is about, precomputed once per run."""

    axis_id: int
    plan_id: int
    city_code: str
    code: str
    name: str
    keywords: tuple[tuple[str, frozenset[str]], ...]
    terms: frozenset[str]
    ods: frozenset[int]
    alert_threshold: float


@dataclass
class Scored:
    profile: AxisProfile
    score: float
    reasons: dict[str, list]


@dataclass
class MatchSummary:
    opportunities: int = 0
    axes: int = 0
    matches: int = 0
    alerts_queued: int = 0
    by_city: dict[str, int] = field(default_factory=dict)


def profile_for(axis: Axis, city_code: str, alert_threshold: float) -> AxisProfile:
    """Fold an axis's keywords, name, description and ODS into the sets scoring compares."""
    keywords = tuple(
        (str(k), frozenset(content_stems(str(k), drop_generic=False))) for k in (axis.keywords or []) if str(k).strip()
    )
    return AxisProfile(
        axis_id=axis.id,
        plan_id=axis.plan_id,
        city_code=city_code,
        code=axis.code,
        name=axis.name,
        keywords=tuple(k for k in keywords if k[1]),
        terms=frozenset(content_stems(f"{axis.name} {axis.description or ''}")),
        ods=frozenset(int(o) for o in (axis.ods or [])),
        alert_threshold=alert_threshold,
    )


def current_plans(session: Session) -> list[Plan]:
    return list(session.scalars(select(Plan).where(Plan.is_current.is_(True)).options(selectinload(Plan.axes))))


def profiles_of(plans: list[Plan]) -> list[AxisProfile]:
    """Profiles of every axis of these plans, with each city's alert threshold."""
    profiles = []
    for plan in plans:
        threshold = float((plan.settings or {}).get("match_threshold", DEFAULT_ALERT_THRESHOLD))
        profiles.extend(profile_for(axis, plan.city_code, threshold) for axis in plan.axes)
    return profiles


class AxisIndex:
    """Inverted index stem -> axes, so each opportunity only meets the axes it shares a word with."""

    def __init__(self, profiles: list[AxisProfile]):
        self.profiles = profiles
        self.by_stem: dict[str, set[int]] = defaultdict(set)
        self.by_ods: dict[int, set[int]] = defaultdict(set)
        for i, p in enumerate(profiles):
            for stem in p.terms:
                self.by_stem[stem].add(i)
            for _, stems in p.keywords:
                for stem in stems:
                    self.by_stem[stem].add(i)
            for ods in p.ods:
                self.by_ods[ods].add(i)

    def score(self, text: str) -> list[Scored]:
        """Every axis scoring at least MIN_SCORE for this text, best first."""
        stems = content_stems(text, drop_generic=False)
        ods = ods_mentioned(text) | ods_themes(stems)
        candidates: set[int] = set()
        for stem in stems:
            candidates |= self.by_stem.get(stem, set())
        for o in ods:
            candidates |= self.by_ods.get(o, set())
        results = []
        for i in candidates:
            scored = score_against(self.profiles[i], stems, ods)
            if scored.score >= MIN_SCORE:
                results.append(scored)
        results.sort(key=lambda s: (-s.score, s.profile.city_code, s.profile.code))
        return results


def score_against(profile: AxisProfile, stems: set[str], ods: set[int]) -> Scored:
    """Score one axis against an opportunity's stems and ODS, keeping the evidence."""
    keywords = [text for text, kstems in profile.keywords if kstems <= stems]
    terms = sorted(profile.terms & stems)
    shared_ods = sorted(profile.ods & ods)
    raw = KEYWORD_WEIGHT * len(keywords) + ODS_WEIGHT * len(shared_ods) + TERM_WEIGHT * len(terms)
    score = round(1 - math.exp(-raw / SCALE), 3)
    return Scored(profile, score, {"keywords": keywords, "terms": terms, "ods": shared_ods})


def opportunity_text(opp: Opportunity) -> str:
    return f"{opp.title}\n{opp.summary or ''}\n{opp.eligibility or ''}"


def is_open(opp: Opportunity, now: datetime) -> bool:
    """Still possible to apply: no deadline known, or the deadline is ahead."""
    return opp.deadline is None or opp.deadline >= now


def pending_opportunities(session: Session) -> list[Opportunity]:
    """New opportunities and those whose content changed since they were last scored."""
    return list(
        session.scalars(
            select(Opportunity).where(
                or_(Opportunity.matched_at.is_(None), Opportunity.matched_at < Opportunity.changed_at)
            ).order_by(Opportunity.id)
        )
    )


def match(session: Session, rescore_all: bool = False, now: datetime | None = None) -> MatchSummary:
    """Score what changed and store matches; queue one alert per city and open call.

    What changed: new or edited opportunities meet every axis; a newly imported plan version
    meets every opportunity. Work is proportional to the change. Alerts are written in the same
    transaction as the matches (outbox pattern) and are never queued twice for a city and call.
    """
    now = now or utcnow()
    plans = current_plans(session)
    summary = MatchSummary(axes=sum(len(p.axes) for p in plans))
    if rescore_all:
        work = [(list(session.scalars(select(Opportunity).order_by(Opportunity.id))), plans)]
    else:
        pending = pending_opportunities(session)
        work = [(pending, plans)]
        fresh_plans = [p for p in plans if p.matched_at is None]
        if fresh_plans:
            pending_ids = {o.id for o in pending}
            others = [o for o in session.scalars(select(Opportunity).order_by(Opportunity.id)) if o.id not in pending_ids]
            work.append((others, fresh_plans))
    for opportunities, against in work:
        _score_and_alert(session, opportunities, AxisIndex(profiles_of(against)), now, summary)
    for plan in plans:
        plan.matched_at = now
    session.flush()
    return summary


def _score_and_alert(session: Session, opportunities: list[Opportunity], index: AxisIndex, now: datetime,
                     summary: MatchSummary) -> None:
    from notifications.messages import opportunity_alert
    from notifications.outbox import enqueue

    existing = _existing_matches(session, [o.id for o in opportunities])
    for opp in opportunities:
        summary.opportunities += 1
        per_city: dict[str, list[Match]] = defaultdict(list)
        for scored in index.score(opportunity_text(opp)):
            row = existing.get((opp.id, scored.profile.axis_id))
            if row is None:
                row = Match(opportunity_id=opp.id, axis_id=scored.profile.axis_id,
                            city_code=scored.profile.city_code, created_at=now)
                session.add(row)
            row.score, row.reasons, row.updated_at = scored.score, scored.reasons, now
            summary.matches += 1
            summary.by_city[scored.profile.city_code] = summary.by_city.get(scored.profile.city_code, 0) + 1
            if scored.score >= scored.profile.alert_threshold:
                per_city[scored.profile.city_code].append(row)
        opp.matched_at = now
        session.flush()
        if not is_open(opp, now):
            continue
        for city_code, rows in per_city.items():
            title, body = opportunity_alert(opp, rows)
            summary.alerts_queued += enqueue(session, city_code, "opportunities", f"opportunity:{opp.id}", title, body)


def _existing_matches(session: Session, opportunity_ids: list[int]) -> dict[tuple[int, int], Match]:
    found: dict[tuple[int, int], Match] = {}
    for chunk_start in range(0, len(opportunity_ids), 500):
        chunk = opportunity_ids[chunk_start:chunk_start + 500]
        for m in session.scalars(select(Match).where(Match.opportunity_id.in_(chunk))):
            found[(m.opportunity_id, m.axis_id)] = m
    return found
