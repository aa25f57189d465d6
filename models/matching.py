"""Matching: score opportunities against every axis of every current plan, decide what to alert, with reasons.

Signals, strongest first: the axis's own keywords (all words of a keyword phrase present; a Spanish
keyword and its English twin count once), the ODS the axis serves (cited as "ODS 11"/"SDG 11" or
recognisable by theme words), and the meaningful words of the axis's name and description, weighted
by how rare they are among all axes (IDF), so a word every axis shares says little. Words are folded
to accent-free prefix stems and cross-language concepts (models.text), so a Spanish axis meets an
English, Portuguese or French call.

What is alerted as an opportunity to apply for (see `alert_choice`): the city government can apply
(models.eligibility), the score reaches the city's threshold, enough days are left to prepare, the
ORI has not dismissed the call, and at most `max_per_alert` calls per city in one run.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from models.axis_purpose import (
    CAPACITY_STEM, CAPACITY_TA_KEYWORD, CAPACITY_TA_MARK, COURSE_MARK, COURSE_PENALTY, DOMESTIC_MARK, DOMESTIC_PENALTY,
    EDUCATION_STEMS, FUNDING_KEYWORD, FUNDING_MARK, GRANT_KEYWORD, GRANT_MARK, HOSTING_KEYWORD, HOST_MARK,
    MARKS_VERSION, MONEY_COURSE_PENALTY, NETWORK_KEYWORD, NETWORK_MARK, PRACTICE_OFFER_KEYWORD, PRACTICE_OFFER_MARK,
    PRIZE_MARK, PRIZE_PENALTY, PURPOSE_BONUS, PURPOSE_KIND_STEMS, RECEIVING_MARK, RECEIVING_PENALTY, RECIPROCAL_KEYWORD,
    RECIPROCAL_MARK, SDG_KEYWORD, SDG_MARK, SHOWCASE_KEYWORD, SHOWCASE_MARK, STAFF_COURSE_KEYWORD, STAFF_COURSE_MARK,
    STAFF_COURSE_PENALTY, TWINNING_KEYWORD, TWINNING_MARK,
    capacity_ta_mark, course_mark, domestic_mark, funding_mark, grant_mark, hosting_mark, implied_keywords,
    is_event_axis, is_money_axis, is_network_axis, is_offering_axis, is_resource_axis, is_sdg_axis, is_showcase_axis,
    network_mark, practice_offer_mark, prize_mark, purpose_stems, receiving_mark, reciprocal_mark, sdg_mark,
    showcase_mark, staff_course_mark, twinning_mark,
)
from models.eligibility import APPLY, assess_call, for_city, population_of
from models.settings import networks_of
from models.schema import Match, Opportunity, OpportunityFeature, Plan, utcnow
from models.text import (
    GENERIC_STEMS, LEXICON_VERSION, content_stems, ods_mentioned, ods_themes, phrases, stem_sequence,
)

PHRASE_WEIGHT = 1.1  # a keyword of several words found as a phrase
LOOSE_PHRASE_WEIGHT = 0.35  # ... its words all present but apart (or in another language's order)
WORD_WEIGHT = 0.7  # a one-word keyword
# a keyword made only of generic words ("convocatoria", "grant", "financiación internacional"): nearly every call has them
GENERIC_KEYWORD_WEIGHT = LOOSE_PHRASE_WEIGHT
ODS_CITED_WEIGHT = 0.6  # the call cites the ODS by number
ODS_THEME_WEIGHT = 0.25  # the call only uses theme words of the ODS
TERM_WEIGHT = 0.45  # times the term's IDF share among axes (1.0 for a term unique to one axis)
KEYWORD_TERM_WEIGHT = 0.3  # the same for a word of a phrase keyword found without the rest of the phrase
BARE_TERM_WEIGHT = 0.6  # the same for an axis with no keywords: its words are all the evidence there is
DESCRIPTION_PHRASE_WEIGHT = 0.8  # two consecutive words of a keyword-less axis's name or description
SCALE = 1.5  # raw evidence 1.5 ≈ score 0.63
MIN_SCORE = 0.25  # below this a pair is not worth keeping
# per city: plan.settings["match_threshold"]. 0.45 is where precision and recall on labelled sets the matcher had not
# seen (24 blind sets at first sight, 2026-12-04) are both highest at once: 0.888 and 0.833 (0.475: 0.910 and 0.810;
# 0.425: 0.881 and 0.834). Over all 370 sets pooled, fixes included, 0.45 and 0.475 tie: 0.872 and 0.890 against
# 0.895 and 0.873.
DEFAULT_ALERT_THRESHOLD = 0.45
DEFAULT_MAX_PER_ALERT = 10  # per city and run: plan.settings["max_per_alert"]
DEFAULT_MIN_DAYS_LEFT = 10  # per city: plan.settings["min_days_left"]
DISMISSED = "descartada"
FEW_CITIES = 50  # up to this many cities scored, stored matches are read for those cities only


@dataclass(frozen=True)
class AlertRules:
    """A city's alert settings, read defensively from plan.settings (validated elsewhere)."""

    threshold: float = DEFAULT_ALERT_THRESHOLD
    max_per_alert: int = DEFAULT_MAX_PER_ALERT
    min_days_left: int = DEFAULT_MIN_DAYS_LEFT


def rules_of(settings: dict[str, Any] | None) -> AlertRules:
    """AlertRules from plan.settings; a missing or unusable value falls back to its default."""
    settings = settings if isinstance(settings, dict) else {}

    def pick(key: str, default: float, cast: type, low: float, high: float) -> Any:
        value = settings.get(key, default)
        try:
            value = cast(value)
        except (TypeError, ValueError):
            return default
        return value if not isinstance(settings.get(key), bool) and low <= value <= high else default

    return AlertRules(pick("match_threshold", DEFAULT_ALERT_THRESHOLD, float, 0.0, 1.0),
                      pick("max_per_alert", DEFAULT_MAX_PER_ALERT, int, 1, 1000),
                      pick("min_days_left", DEFAULT_MIN_DAYS_LEFT, int, 0, 365))


@dataclass(frozen=True)
class AxisProfile:
    """What an axis is about, precomputed once per run."""

    axis_id: int
    plan_id: int
    city_code: str
    code: str
    name: str
    keywords: tuple[tuple[str, tuple[str, ...]], ...]  # (keyword as written, its stems in order)
    terms: frozenset[str]
    ods: frozenset[int]
    alert_threshold: float
    rules: AlertRules = AlertRules()
    population: int | None = None
    networks: frozenset[str] | None = None  # the city's network memberships; None when its plan does not list them
    # For an axis with no keywords: pairs of consecutive words of its name and description.
    description_phrases: frozenset[tuple[str, ...]] = frozenset()
    # Words of its phrase keywords found alone (weaker evidence than a description term).
    keyword_terms: frozenset[str] = frozenset()
    # Raw evidence lost when the call carries the receiving mark (an axis about offering the city's practices or
    # positioning it abroad).
    receiving_penalty: float = 0.0
    # evidence a resource axis loses when the call's money is domestic (a Colombian national funder, a gobernación)
    domestic_penalty: float = 0.0
    # evidence an offering or positioning axis, or one seeking only money and partners, loses when the call is a course,
    # scholarship or training
    course_penalty: float = 0.0
    # evidence an axis about capacity building loses when the call is a prize, award or competition
    prize_penalty: float = 0.0
    # Stems of the keywords the axis's purpose implies (premio, foro, evento for positioning): they weigh more.
    purpose: frozenset[str] = frozenset()
    # an axis that seeks to bring events keeps a hosting call's evidence, though the event's title marks it domestic
    hosts_events: bool = False
    # evidence an axis about the citizens' education loses when the call is a course for the administration's staff
    staff_course_penalty: float = 0.0


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
    pass_on: int = 0
    not_eligible: int = 0
    too_late: int = 0
    dismissed: int = 0
    over_limit: int = 0


def profile_for(axis: Any, city_code: str, alert_threshold: float | None = None, rules: AlertRules | None = None,
                population: int | None = None, networks: frozenset[str] | None = None) -> AxisProfile:
    """Fold an axis's keywords, name, description and ODS into the sets scoring compares.

    Keywords with the same stems (a Spanish keyword and its English twin) are kept once.
    """
    rules = rules or AlertRules(threshold=DEFAULT_ALERT_THRESHOLD if alert_threshold is None else alert_threshold)
    seen: set[tuple[str, ...]] = set()
    keywords = []
    for k in [*(axis.keywords or []), *implied_keywords(axis.name, axis.description)]:
        stems = tuple(dict.fromkeys(stem_sequence(str(k), drop_generic=False)))
        if str(k).strip() and stems and stems not in seen:
            seen.add(stems)
            keywords.append((str(k), stems))
    # Words of phrase keywords found alone are weaker evidence; the funding mark's Spanish label is no keyword.
    partial_terms = _partial_keyword_terms(keywords)
    if is_resource_axis(axis.name):
        keywords.append((FUNDING_KEYWORD, FUNDING_MARK))
        keywords.append((GRANT_KEYWORD, GRANT_MARK))  # a network's or foundation's grant or TA
        keywords.append((TWINNING_KEYWORD, TWINNING_MARK))  # twinning is decentralised cooperation
    hosts_events = is_event_axis(list(axis.keywords or []), axis.description)
    if hosts_events:  # a call to host an international event brings one
        keywords.append((HOSTING_KEYWORD, HOST_MARK))
    if is_network_axis(keywords):  # joining a network is what an axis naming city networks seeks, whatever its theme
        keywords.append((NETWORK_KEYWORD, NETWORK_MARK))
    showcase, offering = is_showcase_axis(axis.name, axis.description), is_offering_axis(axis.name, axis.description)
    if showcase:  # calls where cities present their practices serve the axes about showing or offering them
        keywords.append((SHOWCASE_KEYWORD, SHOWCASE_MARK))
    if offering:  # and a two-way exchange serves the axes about offering the city's cooperation
        keywords.append((RECIPROCAL_KEYWORD, RECIPROCAL_MARK))
        keywords.append((PRACTICE_OFFER_KEYWORD, PRACTICE_OFFER_MARK))  # and a call gathering practices for others
    if is_sdg_axis(axis.name, keywords):  # a call naming the SDGs serves an axis named after them
        keywords.append((SDG_KEYWORD, SDG_MARK))
    capacity = any(CAPACITY_STEM in k for _, k in keywords)
    education = bool({s for _, k in keywords for s in k} & EDUCATION_STEMS) and not capacity
    if capacity:  # a course for the city's staff is what capacity building means
        keywords.append((STAFF_COURSE_KEYWORD, STAFF_COURSE_MARK))
        keywords.append((CAPACITY_TA_KEYWORD, CAPACITY_TA_MARK))  # and TA that builds its systems
    bare = not keywords
    described = f"{axis.name}. {axis.description or ''}"
    single_keywords = {k[0] for _, k in keywords if len(k) == 1}  # a described word that is a keyword alone
    return AxisProfile(
        description_phrases=frozenset(p for p in phrases(stem_sequence(described), 2)) if bare else frozenset(),
        axis_id=axis.id,
        plan_id=axis.plan_id,
        city_code=city_code,
        code=axis.code,
        name=axis.name,
        keywords=tuple(keywords),
        terms=frozenset(content_stems(described) - single_keywords),
        keyword_terms=frozenset(partial_terms - content_stems(described)),
        ods=frozenset(int(o) for o in (axis.ods or [])),
        alert_threshold=rules.threshold,
        rules=rules,
        population=population,
        networks=networks,
        receiving_penalty=RECEIVING_PENALTY if showcase else 0.0,
        domestic_penalty=DOMESTIC_PENALTY if is_resource_axis(axis.name) else 0.0,
        course_penalty=(COURSE_PENALTY if showcase
                        else MONEY_COURSE_PENALTY if is_money_axis(axis.name, axis.description) else 0.0),
        purpose=purpose_stems(axis.name, axis.description),
        prize_penalty=PRIZE_PENALTY if capacity else 0.0,
        hosts_events=hosts_events,
        staff_course_penalty=STAFF_COURSE_PENALTY if education else 0.0,
    )


def _partial_keyword_terms(keywords: list[tuple[str, tuple[str, ...]]]) -> set[str]:
    """Meaningful words of the axis's phrase keywords that are not keywords on their own.

    "cambio climático" is a phrase keyword, but a call about "climate risks" still says something about it.
    """
    single = {k[0] for _, k in keywords if len(k) == 1}
    return {s for text, k in keywords if len(k) > 1 for s in content_stems(text)} - single


def current_plans(session: Session) -> list[Plan]:
    return list(session.scalars(select(Plan).where(Plan.is_current.is_(True)).options(selectinload(Plan.axes))))


def profiles_of(plans: list[Plan]) -> list[AxisProfile]:
    """Profiles of every axis of these plans, with each city's alert rules and population."""
    profiles = []
    for plan in plans:
        rules = rules_of(plan.settings)
        population, networks = population_of(plan.city_code, plan.settings), networks_of(plan.settings)
        profiles.extend(profile_for(axis, plan.city_code, rules=rules, population=population, networks=networks)
                        for axis in plan.axes)
    return profiles


class AxisIndex:
    """Inverted index stem -> axes, so each opportunity only meets the axes it shares a word with.

    It also holds each description term's IDF share among the indexed axes (1.0 when one axis has it).
    """

    def __init__(self, profiles: list[AxisProfile]):
        self.profiles = profiles
        self.by_stem: dict[str, list[int]] = defaultdict(list)
        self.by_ods: dict[int, list[int]] = defaultdict(list)
        term_df: dict[str, int] = defaultdict(int)
        for i, p in enumerate(profiles):
            stems = set(p.terms)
            for _, kstems in p.keywords:
                stems.update(kstems)
            for stem in stems:
                self.by_stem[stem].append(i)
            for stem in p.terms | p.keyword_terms:
                term_df[stem] += 1
            for ods in p.ods:
                self.by_ods[ods].append(i)
        self.idf = idf_table(term_df, len(profiles))

    def score(self, text: str) -> list[Scored]:
        """Every axis scoring at least MIN_SCORE for this text, best first."""
        stems, runs, cited, themed = features(text)
        candidates: set[int] = set()
        for stem in stems:
            candidates.update(self.by_stem.get(stem, ()))
        for o in cited | themed:
            candidates.update(self.by_ods.get(o, ()))
        results = []
        for i in candidates:
            scored = score_against(self.profiles[i], stems, cited, themed, self.idf, runs)
            if scored.score >= MIN_SCORE:
                results.append(scored)
        results.sort(key=lambda s: (-s.score, s.profile.city_code, s.profile.code))
        return results


def idf_table(document_frequency: dict[str, int], documents: int) -> dict[str, float]:
    """Each term's weight in (0, 1]: 1 for a term one axis has, less the more axes share it."""
    if documents <= 1:
        return {t: 1.0 for t in document_frequency}
    top = math.log(1 + documents)
    return {t: math.log(1 + documents / df) / top for t, df in document_frequency.items()}


def features(text: str) -> tuple[set[str], set[tuple[str, ...]], set[int], set[int]]:
    """A text's stems, its runs of consecutive stems, the ODS it cites by number, and those its words suggest."""
    sequence = stem_sequence(text, drop_generic=False)
    stems = set(sequence)
    cited = ods_mentioned(text)
    return stems, phrases(sequence), cited, ods_themes(stems) - cited


def score_against(profile: AxisProfile, stems: set[str], cited: set[int], themed: set[int] | None = None,
                  idf: dict[str, float] | None = None, runs: set[tuple[str, ...]] | None = None) -> Scored:
    """Score one axis against an opportunity's stems, phrases and ODS, keeping the evidence."""
    themed = themed or set()
    raw = 0.0
    hits = []
    for text, kstems in profile.keywords:
        if set(kstems) <= stems:
            raw += keyword_weight(kstems, runs)
            hits.append(text)
    found = sorted(profile.description_phrases & (runs or set()))
    raw += DESCRIPTION_PHRASE_WEIGHT * len(found)
    terms = sorted(profile.terms & stems)
    ods_cited = profile.ods & cited
    ods_themed = (profile.ods & themed) - ods_cited
    partial = sorted(profile.keyword_terms & stems)
    raw += (ODS_CITED_WEIGHT * len(ods_cited) + ODS_THEME_WEIGHT * len(ods_themed)
            + (TERM_WEIGHT if profile.keywords else BARE_TERM_WEIGHT) * sum((idf or {}).get(t, 1.0) for t in terms)
            + KEYWORD_TERM_WEIGHT * sum((idf or {}).get(t, 1.0) for t in partial))
    raw += PURPOSE_BONUS * len(profile.purpose & stems)
    receiving = bool(profile.receiving_penalty) and all(s in stems for s in RECEIVING_MARK)
    raw = max(0.0, raw - profile.receiving_penalty) if receiving else raw
    hosted = profile.hosts_events and all(s in stems for s in HOST_MARK)
    if profile.domestic_penalty and all(s in stems for s in DOMESTIC_MARK) and not hosted:
        raw = max(0.0, raw - profile.domestic_penalty)
    if profile.course_penalty and all(s in stems for s in COURSE_MARK):
        raw = max(0.0, raw - profile.course_penalty)
    if profile.prize_penalty and all(s in stems for s in PRIZE_MARK):
        raw = max(0.0, raw - profile.prize_penalty)
    if profile.staff_course_penalty and all(s in stems for s in STAFF_COURSE_MARK):
        raw = max(0.0, raw - profile.staff_course_penalty)
    score = round(1 - math.exp(-raw / SCALE), 3)
    return Scored(profile, score, {"keywords": hits, "phrases": [" ".join(p) for p in found],
                                   "terms": terms + partial,
                                   "ods": sorted(ods_cited | ods_themed)})


def keyword_weight(kstems: tuple[str, ...], runs: set[tuple[str, ...]] | None) -> float:
    """Evidence of a keyword whose stems are all in the text: a word, a phrase, or a phrase's words apart; a keyword
    made only of words almost every call uses weighs as little as a phrase's words apart."""
    if all(s in GENERIC_STEMS and s not in PURPOSE_KIND_STEMS for s in kstems):
        return GENERIC_KEYWORD_WEIGHT
    if len(kstems) == 1:
        return WORD_WEIGHT
    return PHRASE_WEIGHT if runs is None or kstems in runs else LOOSE_PHRASE_WEIGHT


def opportunity_text(opp: Any) -> str:
    """What a call is about: who funds it, title and summary (who may apply is eligibility's business, not a theme).

    The funder's name says what kind of money it is ("Banco Interamericano de Desarrollo", "OIM"), which the
    axes about banks, agencies and the United Nations look for.
    """
    funder = getattr(opp, "funder", None) or ""
    text = f"{funder}\n{opp.title}\n{opp.summary or ''}" if funder else f"{opp.title}\n{opp.summary or ''}"
    marks = " ".join(m for m in (funding_mark(opp), grant_mark(opp), hosting_mark(opp), receiving_mark(opp),
                                 domestic_mark(opp), course_mark(opp), staff_course_mark(opp), capacity_ta_mark(opp),
                                 showcase_mark(opp), reciprocal_mark(opp), practice_offer_mark(opp), prize_mark(opp),
                                 twinning_mark(opp), network_mark(opp), sdg_mark(opp))
                     if m)
    return f"{text}\n{marks}" if marks else text


def is_open(opp: Any, now: datetime) -> bool:
    """Still possible to apply: not withdrawn from its sources, and no deadline known or the deadline is ahead."""
    if getattr(opp, "withdrawn_at", None) is not None:
        return False
    return opp.deadline is None or opp.deadline >= now


def days_to_prepare(opp: Any, now: datetime) -> float | None:
    """Days left before the deadline (None when the call publishes none)."""
    if opp.deadline is None:
        return None
    deadline = opp.deadline if opp.deadline.tzinfo or not now.tzinfo else opp.deadline.replace(tzinfo=now.tzinfo)
    return (deadline - now) / timedelta(days=1)


@dataclass
class CityDecision:
    """What one call means for one city: its kind, eligibility facts, axes scored and the verdict."""

    city_code: str
    kind: str
    facts: list[str]
    scored: list[Scored]
    verdict: str  # alert | below_threshold | pass_on | excluded | too_late
    best: float


def decide(opp: Any, results: list[Scored], now: datetime, call: Any = None) -> list[CityDecision]:
    """Group an opportunity's scored axes by city and decide, per city, whether it is alerted to apply."""
    if not results:
        return []  # nothing scored: who may apply need not be read
    call = call or assess_call(opp)
    by_city: dict[str, list[Scored]] = defaultdict(list)
    for scored in results:
        by_city[scored.profile.city_code].append(scored)
    left = days_to_prepare(opp, now)
    decisions = []
    for city_code, scored in by_city.items():
        profile = scored[0].profile
        kind, facts = for_city(call, profile.population, profile.city_code, profile.networks)
        best = max(s.score for s in scored)
        if kind != APPLY:
            verdict = kind
        elif best < profile.rules.threshold:
            verdict = "below_threshold"
        elif left is not None and left < profile.rules.min_days_left:
            verdict = "too_late"
        else:
            verdict = "alert"
        decisions.append(CityDecision(city_code, kind, facts, scored, verdict, best))
    return decisions


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
    """Score what changed and store matches; queue alerts for the calls each city can apply to.

    What changed: new or edited opportunities meet every axis; a newly imported plan version
    meets every opportunity. Work is proportional to the change. Alerts are written in the same
    transaction as the matches (outbox pattern) and are never queued twice for a city and call.
    """
    now = now or utcnow()
    plans = current_plans(session)
    summary = MatchSummary(axes=sum(len(p.axes) for p in plans))
    if rescore_all:
        work = [(list(session.scalars(select(Opportunity).order_by(Opportunity.id))), plans, True)]
    else:
        pending = pending_opportunities(session)
        seen = {o.id for o in pending}
        # Calls indexed with another lexicon (models.text changed) are scored and indexed again, once.
        pending += [o for o in stale_index(session) if o.id not in seen]
        work = [(pending, plans, True)]
        fresh_plans = [p for p in plans if p.matched_at is None]
        if fresh_plans:
            others = calls_sharing_features(session, profiles_of(fresh_plans), exclude={o.id for o in pending})
            work.append((others, fresh_plans, False))
    from models.match_engine import profiles_idf

    to_alert: dict[str, list[tuple[float, Opportunity, list[AlertedAxis]]]] = defaultdict(list)
    idf = profiles_idf(profiles_of(plans))  # over every current axis, whatever subset is scored
    for opportunities, against, reindex in work:
        if opportunities:
            _score(session, opportunities, profiles_of(against), idf, now, summary, to_alert, reindex)
    _queue_alerts(session, to_alert, {p.city_code: rules_of(p.settings) for p in plans}, summary)
    for plan in plans:
        plan.matched_at = now
    session.flush()
    return summary


@dataclass
class AlertedAxis:
    """An axis as an alert shows it: the axis (code, name), its score and the reasons, in Spanish later."""

    axis: AxisProfile
    score: float
    reasons: dict[str, Any]


def _score(session: Session, opportunities: list[Opportunity], profiles: list[AxisProfile], idf: dict[str, float],
           now: datetime,
           summary: MatchSummary, to_alert: dict[str, list[tuple[float, Opportunity, list[AlertedAxis]]]],
           reindex: bool = True) -> None:
    """Store every scored pair with its kind and reasons (bulk writes); collect the calls to alert per city."""
    from models.call_reading import read_calls
    from models.match_engine import BulkMatcher, extract

    cities = sorted({p.city_code for p in profiles})
    # Rows of other cities are neither updated nor read (dismissals are per city): skip them when few cities score.
    existing = _existing_matches(session, [o.id for o in opportunities],
                                 cities if len(cities) <= FEW_CITIES else None)
    dismissed_calls = {(m.opportunity_id, m.city_code) for m in existing.values() if m.status == DISMISSED}
    matcher = BulkMatcher(profiles, idf)
    read: list[Any] = [None] * len(opportunities)  # who may apply, read beside the features (else when decided)
    if reindex:  # (over the machine's cores when there are many calls: models.call_reading)
        readings = read_calls(opportunities)
        found = [r.features for r in readings]
        read = [r.eligibility for r in readings]
        index_features(session, opportunities, found)
    else:  # calls met only by a new plan version kept their text: their features are in the index
        stored = indexed_features(session, [o.id for o in opportunities])
        found = [stored.get(o.id) or extract(opportunity_text(o)) for o in opportunities]
    results: dict[int, list[Scored]] = {i: matcher.scored(found[i], axes) for i, axes, _ in matcher.kept(found)}
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for i, opp in enumerate(opportunities):
        summary.opportunities += 1
        for decision in decide(opp, results.get(i, []), now, call=read[i]):
            shown = []
            for scored in decision.scored:
                values = {"score": scored.score, "kind": decision.kind, "updated_at": now,
                          "reasons": {**scored.reasons, "eligibility": decision.facts}}
                row = existing.get((opp.id, scored.profile.axis_id))
                if row is None:
                    inserts.append({"opportunity_id": opp.id, "axis_id": scored.profile.axis_id,
                                    "city_code": scored.profile.city_code, "created_at": now, **values})
                else:
                    updates.append({"id": row.id, **values})
                shown.append(AlertedAxis(scored.profile, scored.score, values["reasons"]))
            summary.matches += len(shown)
            summary.by_city[decision.city_code] = summary.by_city.get(decision.city_code, 0) + len(shown)
            # A call the ORI dismissed on any of its axes stays dismissed for the whole city.
            dismissed = (opp.id, decision.city_code) in dismissed_calls
            if decision.verdict == "pass_on":
                summary.pass_on += 1
            elif decision.verdict == "excluded":
                summary.not_eligible += 1
            elif decision.verdict == "too_late":
                summary.too_late += 1
            elif decision.verdict == "alert" and dismissed:
                summary.dismissed += 1
            elif decision.verdict == "alert" and is_open(opp, now):
                threshold = decision.scored[0].profile.rules.threshold
                to_alert[decision.city_code].append((decision.best, opp, [a for a in shown if a.score >= threshold]))
        set_committed_value(opp, "matched_at", now)  # written below in one bulk UPDATE
    session.flush()
    ids = [o.id for o in opportunities]
    for start in range(0, len(ids), 500):
        session.execute(update(Opportunity).where(Opportunity.id.in_(ids[start:start + 500])).values(matched_at=now),
                        execution_options={"synchronize_session": False})
    if inserts:
        session.execute(insert(Match), inserts)
    if updates:
        session.execute(update(Match), updates)
    for row in existing.values():  # the bulk writes bypassed these loaded rows
        session.expire(row)


def feature_keys(stems: Iterable[str], ods: Iterable[int]) -> set[str]:
    """The keys of the feature index a plan's axes are looked up by: word stems, and ODS as 'ods:N'."""
    return set(stems) | {f"ods:{o}" for o in ods}


SEQUENCE_MARK = "~"  # index keys holding the stem sequence: '~' + 3-digit base-36 position + ' ' + stems
CITED_MARK = "odc:"  # index keys of the ODS a call cites by number ('ods:N' holds cited and themed alike)
_KEY_LENGTH = 40  # OpportunityFeature.feature is String(40)


VERSION_KEY = f"odv:{LEXICON_VERSION}{MARKS_VERSION}"  # the lexicon and marks the call's stems were made with


def index_keys(f: Any) -> set[str]:
    """Every index key of one call: its stems and ODS (for lookup), and its stem sequence and cited ODS, so a
    new plan version scores the call from the index without reading and extracting its text again."""
    keys = {k[:_KEY_LENGTH] for k in feature_keys(f.stems, f.cited | f.themed)} | {VERSION_KEY}
    keys |= {f"{CITED_MARK}{o}" for o in f.cited}
    chunk: list[str] = []
    position = 0
    for s in f.sequence:
        if len(s) > _KEY_LENGTH - 5:
            return keys  # a stem too long to store (never with models.text's stems): no stored sequence
        if chunk and 5 + len(" ".join(chunk)) + 1 + len(s) > _KEY_LENGTH:
            keys.add(_sequence_key(position, chunk))
            position, chunk = position + 1, []
        chunk.append(s)
    if chunk and position < 36 ** 3:
        keys.add(_sequence_key(position, chunk))
    return keys


def _sequence_key(position: int, chunk: list[str]) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    code = "".join(digits[(position // 36 ** i) % 36] for i in (2, 1, 0))
    return f"{SEQUENCE_MARK}{code} {' '.join(chunk)}"


def index_features(session: Session, opportunities: list[Opportunity], found: list[Any]) -> None:
    """Replace the indexed features of these calls with the ones just extracted."""
    ids = [o.id for o in opportunities]
    for start in range(0, len(ids), 500):
        session.execute(delete(OpportunityFeature).where(OpportunityFeature.opportunity_id.in_(ids[start:start + 500])))
    rows = [{"opportunity_id": o.id, "feature": key} for o, f in zip(opportunities, found) for key in index_keys(f)]
    if rows:
        session.execute(insert(OpportunityFeature), rows)


def stale_index(session: Session) -> list[Opportunity]:
    """Scored calls whose indexed stems were made with another lexicon (or before the index kept its version)."""
    current = select(OpportunityFeature.opportunity_id).where(OpportunityFeature.feature == VERSION_KEY)
    return list(session.scalars(select(Opportunity).where(Opportunity.matched_at.is_not(None),
                                                          Opportunity.id.not_in(current)).order_by(Opportunity.id)))


def indexed_features(session: Session, opportunity_ids: list[int]) -> dict[int, Any]:
    """The features of these calls rebuilt from the index (calls indexed with their stem sequence only)."""
    from models.match_engine import from_sequence

    chunks: dict[int, list[str]] = defaultdict(list)
    cited: dict[int, set[int]] = defaultdict(set)
    for start in range(0, len(opportunity_ids), 500):
        rows = session.execute(
            select(OpportunityFeature.opportunity_id, OpportunityFeature.feature)
            .where(OpportunityFeature.opportunity_id.in_(opportunity_ids[start:start + 500]),
                   or_(OpportunityFeature.feature.like(f"{SEQUENCE_MARK}%"),
                       OpportunityFeature.feature.like(f"{CITED_MARK}%"))))
        for opp_id, key in rows:
            if key.startswith(SEQUENCE_MARK):
                chunks[opp_id].append(key)
            else:
                cited[opp_id].add(int(key[len(CITED_MARK):]))
    return {opp_id: from_sequence([s for key in sorted(keys) for s in key[5:].split(" ")], cited.get(opp_id, set()))
            for opp_id, keys in chunks.items()}


def calls_sharing_features(session: Session, profiles: list[AxisProfile], exclude: set[int]) -> list[Opportunity]:
    """Calls that share a stem or an ODS with these axes: the only ones that can score against them.

    This keeps the cost of a newly imported plan proportional to the calls it can meet, not to all calls.
    """
    keys: set[str] = set()
    for p in profiles:
        keys |= feature_keys(p.terms, p.ods)
        keys |= {stem for _, kstems in p.keywords for stem in kstems}
        keys |= {stem for phrase in p.description_phrases for stem in phrase}
    ids: set[int] = set()
    ordered = sorted(keys)
    for start in range(0, len(ordered), 500):
        ids |= set(session.scalars(select(OpportunityFeature.opportunity_id)
                                   .where(OpportunityFeature.feature.in_(ordered[start:start + 500]))))
    ids -= exclude
    found: list[Opportunity] = []
    ordered_ids = sorted(ids)
    for start in range(0, len(ordered_ids), 500):
        found += session.scalars(select(Opportunity).where(Opportunity.id.in_(ordered_ids[start:start + 500])))
    return sorted(found, key=lambda o: o.id)


def _queue_alerts(session: Session, to_alert: dict[str, list[tuple[float, Opportunity, list[AlertedAxis]]]],
                  rules: dict[str, AlertRules], summary: MatchSummary) -> None:
    """One alert per city and call, best first, at most max_per_alert per city in this run."""
    from notifications.messages import opportunity_alert
    from notifications.outbox import enqueue

    for city_code, items in to_alert.items():
        items.sort(key=lambda item: (-item[0], item[1].id))
        limit = rules.get(city_code, AlertRules()).max_per_alert
        summary.over_limit += max(0, len(items) - limit)
        for _, opp, rows in items[:limit]:
            title, body = opportunity_alert(opp, rows)
            summary.alerts_queued += enqueue(session, city_code, "opportunities", f"opportunity:{opp.id}", title, body)


def _existing_matches(session: Session, opportunity_ids: list[int],
                      cities: list[str] | None = None) -> dict[tuple[int, int], Match]:
    """Stored matches of these calls, only those of `cities` when given (a new plan meets one city's rows)."""
    found: dict[tuple[int, int], Match] = {}
    for chunk_start in range(0, len(opportunity_ids), 500):
        chunk = opportunity_ids[chunk_start:chunk_start + 500]
        query = select(Match).where(Match.opportunity_id.in_(chunk))
        if cities is not None:
            query = query.where(Match.city_code.in_(cities))
        for m in session.scalars(query):
            found[(m.opportunity_id, m.axis_id)] = m
    return found
