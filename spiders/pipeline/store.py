"""Last step: insert new opportunities, update changed ones (changed_at moves, so matching re-scores them),
touch unchanged ones, and keep a HarvestRun and the Source row of every crawl."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.schema import HarvestRun, Opportunity, Source, utcnow
from spiders.pipeline.dedupe import content_hash
from spiders.pipeline.normalise import NormalisedItem
from spiders.sources import SourceConfig

_CHUNK = 500
_CONTENT_COLUMNS = ("title", "summary", "funder", "funder_type", "category", "language", "published_at",
                    "opens_at", "deadline", "amount", "currency", "eligibility", "extra")


@dataclass
class StoreCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0


def upsert_source(session: Session, source: SourceConfig, overwrite: bool = True) -> Source:
    """The Source row for a catalogue entry, created or refreshed from the YAML (the YAML is the truth)."""
    row = session.get(Source, source.id)
    if row is None:
        row = Source(id=source.id)
        session.add(row)
    elif not overwrite:
        return row
    row.name, row.funder, row.funder_type = source.name[:300], source.funder[:300], source.funder_type
    row.kind, row.url = source.kind, source.url
    session.flush()
    return row


def store_items(
    session: Session, source_id: str, items: list[NormalisedItem], now: datetime | None = None
) -> StoreCounts:
    """Write deduplicated items; an item is 'updated' only when its content hash changed."""
    now = now or utcnow()
    counts = StoreCounts()
    existing = _existing(session, [item.url for item in items])
    for item in items:
        digest = content_hash(item)
        row = existing.get(item.url)
        if row is None:
            row = Opportunity(source_id=source_id, url=item.url, content_hash=digest, first_seen_at=now,
                              last_seen_at=now, changed_at=now, matched_at=None)
            _assign(row, item)
            session.add(row)
            existing[item.url] = row
            counts.inserted += 1
        elif row.content_hash == digest:
            row.last_seen_at = now
            counts.unchanged += 1
        else:
            _assign(row, item)
            row.content_hash, row.changed_at, row.last_seen_at = digest, now, now
            counts.updated += 1
    session.flush()
    return counts


def record_run(
    session: Session,
    source_id: str,
    started_at: datetime,
    status: str,
    items: int = 0,
    counts: StoreCounts | None = None,
    rejected: int = 0,
    error: str | None = None,
    details: dict[str, Any] | None = None,
) -> HarvestRun:
    """One harvest_run row with the counts a coordinator reads in the flow's summary."""
    counts = counts or StoreCounts()
    run = HarvestRun(
        source_id=source_id, started_at=started_at, finished_at=utcnow(), status=status, items=items,
        inserted=counts.inserted, updated=counts.updated, unchanged=counts.unchanged, rejected=rejected,
        error=error, details=details or {},
    )
    session.add(run)
    session.flush()
    return run


def _assign(row: Opportunity, item: NormalisedItem) -> None:
    for column in _CONTENT_COLUMNS:
        setattr(row, column, getattr(item, column))


def _existing(session: Session, urls: list[str]) -> dict[str, Opportunity]:
    found: dict[str, Opportunity] = {}
    for start in range(0, len(urls), _CHUNK):
        chunk = urls[start:start + _CHUNK]
        for row in session.scalars(select(Opportunity).where(Opportunity.url.in_(chunk))):
            found[row.url] = row
    return found
