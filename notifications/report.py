"""Quarterly reports: evaluate each city's plan, publish it as static HTML, announce what changed.

Files go to VIGIA_HOME/site/<dane_code>/<quarter>.html with VIGIA_HOME/site/index.html listing
them all. A report's content hash decides whether it is new or changed; only then is a "reports"
alert queued, in the caller's transaction, so publishing the same data twice announces nothing.
Links in alerts point to VIGIA_SITE_URL/<dane_code>/<quarter>.html when that variable is set
(the site's public address), else to the local file.

The opportunities listed are the city's matches it can apply to (match.kind "apply") at or above its
alert threshold (plan.settings.match_threshold) whose opportunity was published in the quarter, or first seen in
it when the source gives no publication date.
"""
from __future__ import annotations

import hashlib
import os
from datetime import date, datetime, time, timezone
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from models.db import vigia_home
from models.errors import InputError
from models.locale_co import BOGOTA
from models.matching import DEFAULT_ALERT_THRESHOLD
from models.plans import current_plan
from models.quarters import Quarter
from models.schema import City, Match, Opportunity, Plan, PublishedReport, utcnow
from models.match_marks import funnel
from notifications.messages import MatchedAxis, reason_phrases, report_alert, today_in_bogota
from notifications.outbox import enqueue
from notifications.report_html import IndexEntry, ReportOpportunity, render_index, render_report

SITE_URL_VARIABLE = "VIGIA_SITE_URL"


def site_dir() -> Path:
    """The static site's root: VIGIA_HOME/site."""
    return vigia_home() / "site"


def publish_reports(session: Session, quarter: str | None = None, city_code: str | None = None,
                    today: date | None = None) -> list[PublishedReport]:
    """Publish the quarter's report (default: the last completed quarter) for one city or every city with a plan."""
    today = today or today_in_bogota()
    q = resolve_quarter(quarter, today)
    site = site_dir()
    published = [publish_city_report(session, code, q, today, site) for code in cities_to_report(session, city_code)]
    write_index(session, site)
    return published


def resolve_quarter(quarter: str | None, today: date) -> Quarter:
    """The quarter asked for, or the last completed one; a quarter not yet begun is an InputError."""
    if not quarter:
        return Quarter.last_completed(today)
    try:
        q = Quarter.parse(quarter)
    except ValueError as exc:
        raise InputError(str(exc), "--quarter") from None
    if q.start > today:
        raise InputError(f"el trimestre {q} aún no ha comenzado (hoy es {today.isoformat()})", "--quarter")
    return q


def cities_to_report(session: Session, city_code: str | None) -> list[str]:
    """The city asked for (it must have a current plan), or every city that has one."""
    if city_code is None:
        return list(session.scalars(select(Plan.city_code).where(Plan.is_current.is_(True)).distinct()
                                    .order_by(Plan.city_code)))
    code = city_code.strip()
    if session.get(City, code) is None:
        raise InputError(f"la ciudad con código DANE {code!r} no está en Vigía; importe primero su plan "
                         "con `vigia plan import ARCHIVO`", "--city")
    if current_plan(session, code) is None:
        raise InputError(f"la ciudad {code} no tiene un plan vigente; importe su plan con `vigia plan import ARCHIVO`",
                         "--city")
    return [code]


def publish_city_report(session: Session, city_code: str, quarter: Quarter, today: date, site: Path) -> PublishedReport:
    """Render, write and record one report; queue an alert when it is new or its content changed."""
    from models.tracking import evaluate_plan

    status = evaluate_plan(session, city_code, str(quarter), today)
    # The version the quarter is judged against (a past quarter keeps the one in force when it ended).
    plan = session.scalar(select(Plan).where(Plan.city_code == city_code, Plan.version == status.plan_version))
    threshold = float((plan.settings or {}).get("match_threshold", DEFAULT_ALERT_THRESHOLD))
    html = render_report(
        status,
        quarter_opportunities(session, city_code, quarter, status.cutoff, threshold),
        period=(plan.period_start, plan.period_end),
    )
    html = with_funnel(html, funnel(session, city_code, _bogota_midnight(quarter.start),
                                    _bogota_midnight(quarter.next().start), threshold))
    digest = hashlib.sha256(html.encode("utf-8")).hexdigest()
    path = site / city_code / f"{quarter}.html"
    write_atomically(path, html)

    row = session.scalar(select(PublishedReport).where(PublishedReport.city_code == city_code,
                                                       PublishedReport.quarter == str(quarter)))
    is_new = row is None
    changed = is_new or row.content_hash != digest
    if row is None:
        row = PublishedReport(city_code=city_code, quarter=str(quarter))
        session.add(row)
    row.path = str(path)
    if changed:
        row.content_hash, row.published_at = digest, utcnow()
    session.flush()
    if changed:
        title, body = report_alert(status.city_name, str(quarter), report_link(city_code, quarter, path),
                                   semaforo=status.semaforo, updated=not is_new)
        enqueue(session, city_code, "reports", f"report:{city_code}:{quarter}:{digest[:16]}", title, body)
    return row


def quarter_opportunities(session: Session, city_code: str, quarter: Quarter, cutoff: date,
                          threshold: float) -> list[ReportOpportunity]:
    """The city's matches at or above its threshold whose opportunity appeared in the quarter, one per call; a call
    the ORI dismissed (descartada) is counted in the funnel, not listed among the related calls."""
    start, end = _bogota_midnight(quarter.start), _bogota_midnight(quarter.next().start)
    seen = func.coalesce(Opportunity.published_at, Opportunity.first_seen_at)
    rows = session.execute(
        select(Match, Opportunity)
        .join(Opportunity, Opportunity.id == Match.opportunity_id)
        .options(selectinload(Match.axis))
        .where(Match.city_code == city_code, Match.kind == "apply", Match.score >= threshold, seen >= start, seen < end,
               or_(Match.status.is_(None), Match.status != "descartada"))
    ).all()
    grouped: dict[int, tuple[Opportunity, dict[str, MatchedAxis]]] = {}
    for match, opp in rows:
        _, axes = grouped.setdefault(opp.id, (opp, {}))
        found = MatchedAxis(match.axis.code, match.axis.name, float(match.score), reason_phrases(match.reasons))
        if match.axis.code not in axes or axes[match.axis.code].score < found.score:
            axes[match.axis.code] = found
    cutoff_end = _bogota_midnight(cutoff)
    result = []
    for opp, axes in grouped.values():
        ordered = sorted(axes.values(), key=lambda a: (-a.score, a.code))
        result.append(ReportOpportunity(
            title=opp.title, url=opp.url, funder=opp.funder, category=opp.category, deadline=opp.deadline,
            seen=opp.published_at or opp.first_seen_at, score=ordered[0].score, axes=ordered,
            deadline_passed=opp.deadline is not None and opp.deadline < cutoff_end,
            seen_is_published=opp.published_at is not None, withdrawn_at=opp.withdrawn_at,
        ))
    return result


def with_funnel(html: str, counts: dict[str, int]) -> str:
    """Add the "Embudo de oportunidades" section (what the ORI did with the quarter's calls) before the closing
    note (<footer>), else before </main>."""
    from notifications.templating import environment

    section = environment().from_string(FUNNEL_SECTION).render(counts=counts, labels=FUNNEL_LABELS)
    head, sep, tail = html.rpartition("<footer>") if "<footer>" in html else html.rpartition("</main>")
    return f"{head}{section}{sep}{tail}" if sep else html + section


FUNNEL_LABELS = (("para_postular", "Convocatorias para postular"),
                 ("para_difundir", "Para difundir a actores locales (la alcaldía no puede postular)"),
                 ("interesante", "Marcadas como interesantes"), ("en_preparacion", "En preparación"),
                 ("postulada", "Postuladas"), ("ganada", "Ganadas"), ("no_ganada", "No ganadas"),
                 ("descartada", "Descartadas"))
FUNNEL_SECTION = """<section aria-labelledby="embudo">
<h2 id="embudo">Embudo de oportunidades</h2>
<table><thead><tr><th scope="col">Etapa</th><th scope="col">Convocatorias</th></tr></thead><tbody>
{% for key, label in labels %}<tr><td>{{ label }}</td><td>{{ counts[key] | numero }}</td></tr>
{% endfor %}</tbody></table>
<p>Convocatorias vistas en el trimestre que superan el umbral de la ciudad; las marcas las pone la ORI con
<code>vigia match mark</code>.</p>
</section>
"""


def _bogota_midnight(day: date) -> datetime:
    """Quarters begin and end in Bogotá time, while timestamps are stored in UTC."""
    return datetime.combine(day, time.min, tzinfo=BOGOTA).astimezone(timezone.utc)


def report_link(city_code: str, quarter: Quarter, path: Path) -> str:
    """The public address of a report when VIGIA_SITE_URL is set, else its local file URI."""
    base = os.environ.get(SITE_URL_VARIABLE, "").strip()
    if base:
        return f"{base.rstrip('/')}/{city_code}/{quarter}.html"
    return path.resolve().as_uri()


def write_index(session: Session, site: Path) -> Path:
    """Regenerate site/index.html from every published report."""
    rows = session.execute(
        select(PublishedReport, City.name).join(City, City.dane_code == PublishedReport.city_code)
    ).all()
    entries = [IndexEntry(r.city_code, name, r.quarter, f"{r.city_code}/{r.quarter}.html", r.published_at)
               for r, name in rows]
    path = site / "index.html"
    write_atomically(path, render_index(entries))
    return path


def write_atomically(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so the site never serves half a page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
