"""The quarterly report and the site index as self-contained Spanish HTML (no external assets)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone

from models.quarters import Quarter
from models.tracking import PlanStatus
from notifications.messages import MatchedAxis
from notifications.templating import render

_SEVERITY = {"rojo": 0, "amarillo": 1, "verde": 2}
_FAR = datetime.max.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class ReportOpportunity:
    """An opportunity matched to the city's plan in the quarter, with the axes it fits and why."""

    title: str
    url: str
    funder: str
    category: str
    deadline: datetime | None
    seen: datetime  # published_at, or first_seen_at when the source gives no date
    score: float  # best score over the axes
    axes: list[MatchedAxis]
    deadline_passed: bool = False
    seen_is_published: bool = True  # False when `seen` is only when Vigía first found it
    withdrawn_at: datetime | None = None  # gone from every source before its deadline (spiders/status.py)


@dataclass(frozen=True)
class IndexEntry:
    """One published report as the site index lists it."""

    city_code: str
    city_name: str
    quarter: str
    href: str  # relative to the site root
    published_at: datetime


def render_report(status: PlanStatus, opportunities: Sequence[ReportOpportunity], *,
                  period: tuple[date | None, date | None] = (None, None)) -> str:
    """One city's report for one quarter; the same data always gives the same bytes (hashable)."""
    quarter = Quarter.parse(status.quarter)
    milestones = status.milestones()
    deviations = sorted(status.deviations, key=lambda d: (_SEVERITY.get(d.semaforo, 3), d.axis_code, d.milestone_code))
    return render(
        "report.html",
        s=status,
        q_start=quarter.start,
        q_end=quarter.end,
        period_start=period[0],
        period_end=period[1],
        milestones=milestones,
        by_color=status.semaforo_counts(),
        has_examples=any(m.example for m in milestones),
        deviations=deviations,
        opportunities=sorted(opportunities, key=lambda o: (-o.score, o.deadline or _FAR, o.title)),
    )


def render_index(entries: Sequence[IndexEntry]) -> str:
    """The site's front page: every published report, by city, newest quarter first."""
    ordered = sorted(entries, key=lambda e: (e.city_name.lower(), e.city_code, _quarter_key(e.quarter)))
    return render("index.html", entries=ordered)


def _quarter_key(text: str) -> tuple[int, int]:
    q = Quarter.parse(text)
    return (-q.year, -q.number)
