"""Vigía's tables, in SQLAlchemy 2.0 typed style; migrations in models/migrations mirror them."""
from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def as_utc(value: datetime | str | None) -> datetime | None:
    """A datetime, or ISO text, made aware; naive means UTC (SQL aggregates and stored text bypass UTCDateTime)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


class UTCDateTime(TypeDecorator):
    """Stores aware datetimes as UTC and always returns them aware (SQLite forgets time zones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: Vigía stores only timezone-aware datetimes")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


# --- Harvest -------------------------------------------------------------------------------


class Source(Base):
    """A site or API Vigía harvests; the catalogue YAML is the truth, this row keeps its history."""

    __tablename__ = "source"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    funder: Mapped[str] = mapped_column(String(300))
    funder_type: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    url: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class HarvestRun(Base):
    """One crawl of one source, with its insert/update/unchanged/rejected counts."""

    __tablename__ = "harvest_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("source.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(20), default="running")  # ok | empty | error
    items: Mapped[int] = mapped_column(default=0)
    inserted: Mapped[int] = mapped_column(default=0)
    updated: Mapped[int] = mapped_column(default=0)
    unchanged: Mapped[int] = mapped_column(default=0)
    rejected: Mapped[int] = mapped_column(default=0)
    error: Mapped[str | None] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)  # reject reasons, crawl stats, fill rates
    # Source health (spiders/health.py): HTTP traffic, duration, and the problems a coordinator must see.
    requests: Mapped[int | None]
    responses: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"200": 12, "404": 1}
    duration_s: Mapped[float | None] = mapped_column(Float)
    flags: Mapped[list[Any]] = mapped_column(default=list)  # [{"code": "empty", "message": "..."}]


class Opportunity(Base):
    """An open call, normalised; one row per canonical URL."""

    __tablename__ = "opportunity"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("source.id"), index=True)
    url: Mapped[str] = mapped_column(String(1000), unique=True)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    funder: Mapped[str] = mapped_column(String(300))
    funder_type: Mapped[str | None] = mapped_column(String(40))
    category: Mapped[str] = mapped_column(String(40))  # GLOBO: subvenciones | convocatorias | premios | educacion
    language: Mapped[str] = mapped_column(String(8))
    published_at: Mapped[datetime | None]
    opens_at: Mapped[datetime | None]
    deadline: Mapped[datetime | None] = mapped_column(index=True)
    amount: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(3))
    eligibility: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    content_hash: Mapped[str] = mapped_column(String(64))
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Set when matching has scored this version; NULL or older than changed_at means "to match".
    matched_at: Mapped[datetime | None] = mapped_column(index=True)
    # Set when every source link vanished from fully crawled listings while the deadline was ahead.
    withdrawn_at: Mapped[datetime | None]

    matches: Mapped[list[Match]] = relationship(back_populates="opportunity")
    links: Mapped[list[OpportunityLink]] = relationship(back_populates="opportunity", order_by="OpportunityLink.id")


class OpportunityLink(Base):
    """One place that publishes an opportunity (funder site, network news, aggregator); url is canonical."""

    __tablename__ = "opportunity_link"

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id"), index=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("source.id"), index=True)
    url: Mapped[str] = mapped_column(String(1000), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64))  # of the item as this source published it
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    gone_at: Mapped[datetime | None]  # no longer listed by a fully crawled run of its source
    # deadline, amount and currency as this source last stated them: a source that changes its own is news
    stated: Mapped[dict[str, Any] | None]

    opportunity: Mapped[Opportunity] = relationship(back_populates="links")


class OpportunityChange(Base):
    """A deadline, amount or withdrawal that changed after first sight: an event later alerts can use."""

    __tablename__ = "opportunity_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id"), index=True)
    source_id: Mapped[str | None] = mapped_column(ForeignKey("source.id"))
    field: Mapped[str] = mapped_column(String(40))  # deadline | amount | currency | withdrawn
    old_value: Mapped[str | None] = mapped_column(Text)  # ISO date or number as text
    new_value: Mapped[str | None] = mapped_column(Text)
    detected_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    opportunity: Mapped[Opportunity] = relationship()


# --- Cities and their International Action Plans --------------------------------------------


class City(Base):
    """A municipality, district or department, keyed by its DANE/DIVIPOLA code."""

    __tablename__ = "city"

    dane_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    department: Mapped[str | None] = mapped_column(String(200))

    plans: Mapped[list[Plan]] = relationship(back_populates="city")


class Plan(Base):
    """A city's PAI; a re-import adds a new version and leaves the older ones for history."""

    __tablename__ = "plan"
    __table_args__ = (UniqueConstraint("city_code", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    city_code: Mapped[str] = mapped_column(ForeignKey("city.dane_code"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    version: Mapped[int] = mapped_column(default=1)
    is_current: Mapped[bool] = mapped_column(default=True)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)  # semáforo thresholds, match threshold
    source_file: Mapped[str | None] = mapped_column(Text)
    # sha256 of the validated plan content: re-importing an unchanged file keeps the current version.
    content_hash: Mapped[str | None] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Set once every existing opportunity has been scored against this version's axes.
    matched_at: Mapped[datetime | None]

    city: Mapped[City] = relationship(back_populates="plans")
    axes: Mapped[list[Axis]] = relationship(back_populates="plan", order_by="Axis.position")


class Axis(Base):
    """An eje estratégico / línea de acción of a plan."""

    __tablename__ = "axis"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[list[Any]] = mapped_column(default=list)
    ods: Mapped[list[Any]] = mapped_column(default=list)
    budget: Mapped[float | None] = mapped_column(Float)

    plan: Mapped[Plan] = relationship(back_populates="axes")
    objectives: Mapped[list[Objective]] = relationship(back_populates="axis", order_by="Objective.position")
    indicators: Mapped[list[Indicator]] = relationship(back_populates="axis")


class Objective(Base):
    __tablename__ = "objective"
    __table_args__ = (UniqueConstraint("axis_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    axis_id: Mapped[int] = mapped_column(ForeignKey("axis.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(Text)
    budget: Mapped[float | None] = mapped_column(Float)

    axis: Mapped[Axis] = relationship(back_populates="objectives")
    actions: Mapped[list[Action]] = relationship(back_populates="objective", order_by="Action.position")


class Action(Base):
    """An action or project of the operative plan (PO)."""

    __tablename__ = "action"
    __table_args__ = (UniqueConstraint("objective_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("objective.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str | None] = mapped_column(String(300))
    responsible_email: Mapped[str | None] = mapped_column(String(300))
    responsible_area: Mapped[str | None] = mapped_column(String(300))
    budget: Mapped[float | None] = mapped_column(Float)
    partners: Mapped[list[Any]] = mapped_column(default=list)  # socios: other bodies taking part
    # Planned span of the action (migration 0002); a milestone without its own start starts with it.
    start: Mapped[date | None] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)

    objective: Mapped[Objective] = relationship(back_populates="actions")
    milestones: Mapped[list[Milestone]] = relationship(back_populates="action", order_by="Milestone.position")


class Milestone(Base):
    """A hito: what must happen, who answers for it, by when and with what budget."""

    __tablename__ = "milestone"
    __table_args__ = (UniqueConstraint("action_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id"), index=True)
    # Stable across plan versions within a city: progress is attached through (city, code).
    code: Mapped[str] = mapped_column(String(40), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str | None] = mapped_column(String(300))
    responsible_email: Mapped[str | None] = mapped_column(String(300))
    responsible_area: Mapped[str | None] = mapped_column(String(300))
    start: Mapped[date | None] = mapped_column(Date)
    due: Mapped[date] = mapped_column(Date)
    budget: Mapped[float | None] = mapped_column(Float)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    # Optional planned cumulative progress per quarter, e.g. {"2025-T1": 25, "2025-T2": 60}.
    planned_progress: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # True for invented demo milestones, so reports can say the figures are an example.
    example: Mapped[bool] = mapped_column(default=False)

    action: Mapped[Action] = relationship(back_populates="milestones")


class Indicator(Base):
    """A follow-up indicator with baseline and targets per quarter."""

    __tablename__ = "indicator"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"), index=True)
    axis_id: Mapped[int | None] = mapped_column(ForeignKey("axis.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(String(40))
    direction: Mapped[str] = mapped_column(String(10), default="up")  # up | down
    baseline: Mapped[float | None] = mapped_column(Float)
    targets: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"2025-T1": 5, ...}
    example: Mapped[bool] = mapped_column(default=False)  # invented demo targets
    measure: Mapped[str] = mapped_column(String(20), default="number")  # number|percentage|money|yes_no|qualitative
    accumulation: Mapped[str] = mapped_column(String(20), default="flow")  # stock|flow|cumulative|capacity|reduction
    catalogue_code: Mapped[str | None] = mapped_column(String(20))  # an entry of the guide's Anexo I

    axis: Mapped[Axis | None] = relationship(back_populates="indicators")


class ProgressReport(Base):
    """What a responsible person reported for a milestone in a quarter."""

    __tablename__ = "progress_report"
    __table_args__ = (UniqueConstraint("city_code", "milestone_code", "quarter"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    city_code: Mapped[str] = mapped_column(ForeignKey("city.dane_code"), index=True)
    milestone_code: Mapped[str] = mapped_column(String(40))
    quarter: Mapped[str] = mapped_column(String(7))  # 2025-T1
    physical_progress: Mapped[float] = mapped_column(Float)  # cumulative %, 0..100
    budget_executed: Mapped[float | None] = mapped_column(Float)
    comment: Mapped[str | None] = mapped_column(Text)
    reported_by: Mapped[str | None] = mapped_column(String(300))
    reported_at: Mapped[datetime] = mapped_column(default=utcnow)
    evidence_url: Mapped[str | None] = mapped_column(Text)  # link to the evidence (acta, informe, foto)
    # The version of the city's plan the quarter was reported against (models/plans.plan_for_quarter);
    # None for reports saved before migration 0004.
    plan_version: Mapped[int | None] = mapped_column()


class IndicatorValue(Base):
    """An indicator's measured value in a quarter."""

    __tablename__ = "indicator_value"
    __table_args__ = (UniqueConstraint("city_code", "indicator_code", "quarter"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    city_code: Mapped[str] = mapped_column(ForeignKey("city.dane_code"), index=True)
    indicator_code: Mapped[str] = mapped_column(String(40))
    quarter: Mapped[str] = mapped_column(String(7))
    value: Mapped[float] = mapped_column(Float)
    reported_at: Mapped[datetime] = mapped_column(default=utcnow)
    reported_by: Mapped[str | None] = mapped_column(String(300))
    comment: Mapped[str | None] = mapped_column(Text)
    plan_version: Mapped[int | None] = mapped_column()  # as for ProgressReport


class ProgressHistory(Base):
    """A progress report or indicator value as it was before a re-import replaced it, so history is kept."""

    __tablename__ = "progress_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    city_code: Mapped[str] = mapped_column(ForeignKey("city.dane_code"), index=True)
    subject: Mapped[str] = mapped_column(String(20))  # milestone | indicator
    code: Mapped[str] = mapped_column(String(40))
    quarter: Mapped[str] = mapped_column(String(7))
    values: Mapped[dict[str, Any]] = mapped_column(default=dict)  # the replaced row's fields
    reported_at: Mapped[datetime | None] = mapped_column()  # when the replaced values had been reported
    replaced_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- Matching, tracking, alerts, reports ------------------------------------------------------


class Match(Base):
    """An opportunity scored against one axis, with the reasons that explain the score."""

    __tablename__ = "match"
    __table_args__ = (UniqueConstraint("opportunity_id", "axis_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id"), index=True)
    axis_id: Mapped[int] = mapped_column(ForeignKey("axis.id"), index=True)
    city_code: Mapped[str] = mapped_column(ForeignKey("city.dane_code"), index=True)
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # apply: the city government can apply | pass_on: for local actors only | excluded: nobody here can.
    kind: Mapped[str] = mapped_column(String(10), default="apply")
    # The ORI's mark (interesante, descartada, en_preparacion, postulada, ganada, no_ganada); NULL = unmarked.
    status: Mapped[str | None] = mapped_column(String(20))
    status_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    opportunity: Mapped[Opportunity] = relationship(back_populates="matches")
    axis: Mapped[Axis] = relationship()


class OpportunityFeature(Base):
    """Inverted index opportunity ← word stem or ODS, so a new plan version meets only the calls that share one."""

    __tablename__ = "opportunity_feature"

    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"), primary_key=True)
    feature: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)


class Deviation(Base):
    """A desvío found by tracking for one milestone in one quarter."""

    __tablename__ = "deviation"
    __table_args__ = (UniqueConstraint("city_code", "milestone_code", "quarter", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    city_code: Mapped[str] = mapped_column(ForeignKey("city.dane_code"), index=True)
    milestone_code: Mapped[str] = mapped_column(String(40))
    quarter: Mapped[str] = mapped_column(String(7), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # behind_schedule | overdue | missing_report
    semaforo: Mapped[str] = mapped_column(String(10))  # verde | amarillo | rojo
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    # Set once: rojo two quarters running, or slipping more than the city's escalate_after_days.
    escalated_at: Mapped[datetime | None]
    subject: Mapped[str] = mapped_column(String(20), default="milestone")  # milestone | indicator
    # States already announced ("rojo", "escalated", "resolved"…): DHIS2's notificationSent, per state.
    notified: Mapped[list[Any]] = mapped_column(default=list)


class Subscription(Base):
    """Someone at an ORI who wants alerts of some kinds for a city, at one apprise URL."""

    __tablename__ = "subscription"
    __table_args__ = (UniqueConstraint("city_code", "url"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    city_code: Mapped[str] = mapped_column(ForeignKey("city.dane_code"), index=True)
    # May hold ${ENV_VAR} placeholders for secrets, expanded only when sending.
    url: Mapped[str] = mapped_column(Text)
    kinds: Mapped[list[Any]] = mapped_column(default=list)  # opportunities | deviations | reports
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Notification(Base):
    """The outbox: written with the event that causes it, sent later by `vigia deliver`."""

    __tablename__ = "notification"
    __table_args__ = (UniqueConstraint("subscription_id", "dedupe_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscription.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    dedupe_key: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)  # HTML, scraped parts already escaped
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)  # pending | sending | sent
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]

    subscription: Mapped[Subscription] = relationship()


class PublishedReport(Base):
    """A quarterly report written to the public site."""

    __tablename__ = "published_report"
    __table_args__ = (UniqueConstraint("city_code", "quarter"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    city_code: Mapped[str] = mapped_column(ForeignKey("city.dane_code"), index=True)
    quarter: Mapped[str] = mapped_column(String(7))
    path: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[datetime] = mapped_column(default=utcnow)
