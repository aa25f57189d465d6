"""Second step: turn a valid raw item into clean typed fields (text, aware UTC dates, money, category, language)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from spiders.extract.fill import add_second_reading
from spiders.pipeline.amounts import AmountError, parse_amount
from spiders.pipeline.categories import infer_category
from spiders.pipeline.dates import DateError, parse_datetime
from spiders.pipeline.language import detect_language
from spiders.pipeline.text import clean_summary, clean_text, clean_title
from spiders.pipeline.urls import canonical_url
from spiders.sources import SourceConfig
from spiders.vocabulary import FUNDER_TYPES, LANGUAGES, UNKNOWN_LANGUAGE

DATE_FIELDS = {"published_at": "fecha de publicación", "opens_at": "fecha de apertura", "deadline": "fecha de cierre"}
FUNDER_MAX = 300


class Rejected(ValueError):
    """The item cannot be stored as it is; the message is the reason shown to coordinators."""


@dataclass(frozen=True)
class NormalisedItem:
    """An opportunity ready to compare with what is stored: every field clean, every date aware UTC."""

    url: str
    title: str
    summary: str
    funder: str
    funder_type: str | None
    category: str
    language: str
    published_at: datetime | None = None
    opens_at: datetime | None = None
    deadline: datetime | None = None
    amount: float | None = None
    currency: str | None = None
    eligibility: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def content(self) -> dict[str, Any]:
        """Everything that, when it changes, makes the opportunity 'changed' (JSON-ready)."""
        def iso(value: datetime | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "title": self.title, "summary": self.summary, "funder": self.funder, "funder_type": self.funder_type,
            "category": self.category, "language": self.language, "published_at": iso(self.published_at),
            "opens_at": iso(self.opens_at), "deadline": iso(self.deadline), "amount": self.amount,
            "currency": self.currency, "eligibility": self.eligibility, "extra": self.extra,
        }

    def to_record(self) -> dict[str, Any]:
        """The item as a crawl process writes it for the harvest (JSON-ready; from_record reads it back)."""
        return {"url": self.url, **self.content()}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> NormalisedItem:
        """The item a crawl process wrote with to_record."""
        values = dict(record)
        for name in DATE_FIELDS:
            values[name] = datetime.fromisoformat(values[name]) if values.get(name) else None
        return cls(**values)


def normalise(raw: dict[str, Any], source: SourceConfig) -> NormalisedItem:
    """Clean and type one validated raw item; raises Rejected when a date is there but unreadable."""
    title = clean_title(raw.get("title"))
    summary = clean_summary(raw.get("summary"))
    dates = {name: _date(raw.get(name), name, source) for name in DATE_FIELDS}
    extra = _extra(raw.get("extra"))
    currency_field = clean_text(raw.get("currency")).upper()
    default_currency = currency_field if len(currency_field) == 3 and currency_field.isalpha() else source.currency
    try:
        amount, currency = parse_amount(raw.get("amount"), default_currency)
    except AmountError:
        amount, currency = None, None
        extra["amount_text"] = clean_text(raw.get("amount"), limit=200)
    language = clean_text(raw.get("language")).lower()[:2]
    if language not in LANGUAGES:
        language = detect_language(f"{title}. {summary}") or source.language or UNKNOWN_LANGUAGE
    funder_type = clean_text(raw.get("funder_type"))
    eligibility = clean_summary(raw.get("eligibility")) or source.eligibility
    add_second_reading(extra, title, summary, eligibility, language)
    try:  # here, in the crawl process: a replayed page's items carry it, and the harvest need not work it out
        url = canonical_url(str(raw["url"]).strip())
    except ValueError as exc:  # e.g. a port that is not a number
        raise Rejected(f"URL no válida '{str(raw['url']).strip()[:200]}' ({exc})") from exc
    return NormalisedItem(
        url=url,
        title=title,
        summary=summary,
        funder=(clean_title(raw.get("funder")) or source.funder)[:FUNDER_MAX],
        funder_type=funder_type if funder_type in FUNDER_TYPES else source.funder_type,
        category=infer_category(title, clean_text(raw.get("category")) or None, source.category,
                                offers_money=amount is not None),
        language=language,
        amount=amount,
        currency=currency,
        eligibility=eligibility,
        extra=extra,
        **dates,
    )


def _date(value: Any, name: str, source: SourceConfig) -> datetime | None:
    try:
        deadline = name == "deadline"
        return parse_datetime(value, source.timezone, source.date_format, end_of_day=deadline,
                              midnight_is_date=deadline and source.deadline_is_date)
    except DateError as exc:
        raise Rejected(f"{DATE_FIELDS[name]}: {exc}") from None


def _extra(value: Any) -> dict[str, Any]:
    """Source-specific facts kept for display and matching; text is cleaned like any scraped text."""
    if not isinstance(value, dict):
        return {}
    out: dict[str, Any] = {}
    for key, item in value.items():
        if isinstance(item, str):
            item = clean_text(item, limit=1000)
        elif isinstance(item, list):
            item = [clean_text(v, limit=300) if isinstance(v, str) else v for v in item
                    if isinstance(v, (str, int, float))]
        elif not isinstance(item, (int, float, type(None))):
            continue
        if item not in (None, "", []):
            out[str(key)] = item
    return out
