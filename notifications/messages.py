"""Alert texts in Spanish (Colombia): a title for the subject line and an HTML body, all escaped.

Everything scraped (titles, funders, summaries) goes through Jinja's autoescaping; the subject
line is plain text, kept to one line.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from models.locale_co import BOGOTA, dinero, fecha, fecha_hora
from models.schema import as_utc
from notifications.labels import ods_label
from notifications.templating import render

TITLE_MAX = 160
SUMMARY_MAX = 600


class AxisLike(Protocol):
    code: str
    name: str


class MatchLike(Protocol):
    score: float
    reasons: dict[str, Any]
    axis: AxisLike


class OpportunityLike(Protocol):
    title: str
    url: str
    funder: str
    category: str
    summary: str
    eligibility: str | None
    deadline: datetime | None
    amount: float | None
    currency: str | None


@dataclass(frozen=True)
class MatchedAxis:
    """One axis an opportunity matched, ready to show: its reasons already in words."""

    code: str
    name: str
    score: float
    reasons: list[str]


def one_line(text: str, limit: int = TITLE_MAX) -> str:
    """Plain text for a subject line: one line, no control characters, at most `limit` characters."""
    clean = " ".join(str(text).split())
    return clean if len(clean) <= limit else clean[: limit - 1].rstrip() + "…"


def shorten(text: str | None, limit: int = SUMMARY_MAX) -> str:
    """A scraped summary cut to a readable length for an alert."""
    clean = " ".join((text or "").split())
    return clean if len(clean) <= limit else clean[: limit - 1].rstrip() + "…"


def today_in_bogota() -> date:
    """Deadlines are counted in the ORI's calendar, not the server's."""
    return datetime.now(BOGOTA).date()


def days_left(deadline: datetime | date | None, today: date) -> int | None:
    """Whole days from today (Bogotá) to the deadline's Bogotá date; negative once it has closed."""
    if deadline is None:
        return None
    day = deadline.astimezone(BOGOTA).date() if isinstance(deadline, datetime) else deadline
    return (day - today).days


def deadline_phrase(deadline: datetime | date | None, today: date) -> str:
    """'23 de noviembre de 2026 (faltan 12 días)', '… (cierra hoy)', '… (cerró hace 3 días)'."""
    left = days_left(deadline, today)
    if left is None:
        return "sin fecha de cierre publicada"
    if left > 1:
        tail = f"faltan {left} días"
    elif left == 1:
        tail = "cierra mañana"
    elif left == 0:
        tail = "cierra hoy"
    else:
        tail = f"cerró hace {-left} día{'s' if left < -1 else ''}"
    return f"{fecha(deadline)} ({tail})"


def reason_phrases(reasons: dict[str, Any] | None) -> list[str]:
    """Why an opportunity matched an axis, in words: keywords, ODS, and shared terms."""
    reasons = reasons or {}
    phrases = []
    if reasons.get("keywords"):
        phrases.append("palabras clave del eje: " + ", ".join(f"«{k}»" for k in reasons["keywords"]))
    if reasons.get("ods"):
        phrases.append("ODS en común: " + ", ".join(ods_label(o) for o in reasons["ods"]))
    if reasons.get("phrases"):
        phrases.append("frases del eje: " + ", ".join(f"«{p}»" for p in reasons["phrases"][:5]))
    if reasons.get("terms"):
        phrases.append("términos en común (raíz): " + ", ".join(str(t) for t in reasons["terms"][:10]))
    if reasons.get("eligibility"):
        phrases.append("elegibilidad: " + "; ".join(str(f) for f in reasons["eligibility"][:4]))
    return phrases or ["coincidencia general de temas"]


def matched_axes(matches: Sequence[MatchLike]) -> list[MatchedAxis]:
    """Axes an opportunity matched, best score first."""
    rows = [MatchedAxis(m.axis.code, m.axis.name, float(m.score), reason_phrases(m.reasons)) for m in matches]
    return sorted(rows, key=lambda r: (-r.score, r.code))


def opportunity_alert(opportunity: OpportunityLike, matches: Sequence[MatchLike],
                      today: date | None = None) -> tuple[str, str]:
    """Subject and HTML body telling an ORI about a call that fits its plan, and why."""
    today = today or today_in_bogota()
    left = days_left(opportunity.deadline, today)
    subject = f"Convocatoria para su plan: {opportunity.title}"
    if left is not None and left >= 0:
        subject += " (cierra hoy)" if left == 0 else f" (cierra en {left} día{'s' if left != 1 else ''})"
    body = render(
        "alert_opportunity.html",
        opp=opportunity,
        deadline=deadline_phrase(opportunity.deadline, today),
        summary=shorten(opportunity.summary),
        eligibility=shorten(opportunity.eligibility),
        axes=matched_axes(matches),
    )
    return one_line(subject), body


def report_alert(city_name: str, quarter: str, url_or_path: str, *, semaforo: str | None = None,
                 updated: bool = False) -> tuple[str, str]:
    """Subject and HTML body announcing a published (or corrected) quarterly report."""
    verb = "actualizado" if updated else "publicado"
    subject = f"Informe trimestral {quarter} de {city_name} {verb}"
    body = render("alert_report.html", city=city_name, quarter=quarter, link=str(url_or_path),
                  semaforo=semaforo, updated=updated)
    return one_line(subject), body


CHANGE_HEADLINES = {
    "withdrawn": "La convocatoria «{title}» ya no aparece publicada en su fuente, aunque su fecha de cierre no ha pasado",
    "reopened": "La convocatoria «{title}», que había sido retirada de su fuente, vuelve a estar publicada",
}
CHANGE_SUBJECTS = {
    "deadline": "Cambió la fecha de cierre: ahora {new} (antes {old}) · {title}",
    "amount": "Cambió el monto: ahora {new} (antes {old}) · {title}",
    "withdrawn": "Convocatoria retirada de su fuente · {title}",
    "reopened": "Convocatoria publicada de nuevo · {title}",
}


class ChangeLike(Protocol):
    kind: str
    old: str | None
    new: str | None
    old_currency: str | None
    new_currency: str | None
    detected_at: datetime


class FollowLike(Protocol):
    alerted_at: datetime | None
    mark: str | None


def _money(value: str | None, currency: str | None) -> str:
    if value in (None, ""):
        return "sin monto publicado"
    return dinero(float(value), currency or "USD")


def change_values(change: ChangeLike) -> tuple[str, str]:
    """The old and new value of a deadline or amount change, as an ORI reads them (es-CO)."""
    if change.kind == "deadline":
        old, new = as_utc(change.old), as_utc(change.new)  # ISO text as stored in opportunity_change
        if old is not None and new is not None and fecha(old) == fecha(new):  # same day, another hour
            return fecha_hora(old), fecha_hora(new)
        return (fecha(old) if old else "sin fecha"), (fecha(new) if new else "sin fecha")
    return _money(change.old, change.old_currency), _money(change.new, change.new_currency)


def change_alert(opportunity: OpportunityLike, change: ChangeLike, follow: FollowLike | None = None,
                 today: date | None = None) -> tuple[str, str]:
    """Subject and HTML body telling a city that a call it follows changed: what, before and now, and why it hears."""
    from models.match_marks import STATES

    today = today or today_in_bogota()
    old = new = ""
    if change.kind in ("deadline", "amount"):
        old, new = change_values(change)
        what = "la fecha de cierre" if change.kind == "deadline" else "el monto"
        headline = f'Cambió {what} de "{one_line(opportunity.title, 10_000)}": antes {old}, ahora {new}'
    else:
        headline = CHANGE_HEADLINES[change.kind].format(title=one_line(opportunity.title, 10_000))
    subject = CHANGE_SUBJECTS[change.kind].format(old=old, new=new, title=opportunity.title)
    reason = None
    if follow is not None and follow.alerted_at is not None:
        reason = f"Su ciudad recibió la alerta de esta convocatoria el {fecha(follow.alerted_at)}."
    if follow is not None and follow.mark:
        mark = f"Su ciudad marcó esta convocatoria como «{STATES.get(follow.mark, follow.mark)}»."
        reason = f"{reason} {mark}" if reason else mark
    body = render(
        "alert_change.html",
        opp=opportunity,
        kind=change.kind,
        headline=headline,
        detected=fecha(change.detected_at),
        deadline=deadline_phrase(opportunity.deadline, today),
        reason=reason,
    )
    return one_line(subject), body
