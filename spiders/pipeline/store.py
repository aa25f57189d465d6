"""Last step: insert new opportunities, link a call already published elsewhere to its opportunity, update
changed ones (changed_at moves, so matching re-scores them), touch unchanged ones, mark what a fully crawled
source no longer lists, and keep a HarvestRun and the Source row of every crawl."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from models.schema import HarvestRun, Opportunity, OpportunityChange, OpportunityLink, Source, utcnow
from spiders.pipeline.dedupe import CandidatePool, content_hash, find_same_call, merge_candidates
from spiders.pipeline.normalise import NormalisedItem
from spiders.sources import SourceConfig

_CHUNK = 500
_CONTENT_COLUMNS = ("title", "summary", "funder", "funder_type", "category", "language", "published_at",
                    "opens_at", "deadline", "amount", "currency", "eligibility", "extra")
# Changes worth an event (opportunity_change): they decide whether and how an ORI applies.
TRACKED_FIELDS = ("deadline", "amount", "currency")
# Calls whose deadline passed longer ago than this are not candidates for the fuzzy merge.
CANDIDATE_AGE = timedelta(days=30)
EMPTY: tuple[Any, ...] = (None, "", {}, [])


@dataclass
class StoreCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    linked: int = 0     # items that are a call already stored from another source: one more link
    gone: int = 0       # links this source no longer lists (fully crawled runs only)
    withdrawn: int = 0  # opportunities gone from every source while their deadline is ahead
    changes: int = 0    # deadline/amount/currency changes recorded


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
    session: Session, source_id: str, items: list[NormalisedItem], now: datetime | None = None,
    complete: bool = False,
) -> StoreCounts:
    """Write deduplicated items (canonical URLs); an opportunity is 'updated' only when its content changed.

    `complete` says the source was crawled in full this run, so links it no longer lists are gone and an
    opportunity gone from every source before its deadline is withdrawn. Never pass it for a run that erred.
    """
    return _Store(session, source_id, now or utcnow()).run(items, complete)


def opportunity_content(row: Opportunity) -> dict[str, Any]:
    """The stored content in NormalisedItem.content() shape, so both hash alike."""
    def iso(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    content = {column: getattr(row, column) for column in _CONTENT_COLUMNS}
    for column in ("published_at", "opens_at", "deadline"):
        content[column] = iso(content[column])
    content["extra"] = content["extra"] or {}
    return content


class _Store:
    """One source's items against what is stored: by link URL first, then by the fuzzy same-call test."""

    def __init__(self, session: Session, source_id: str, now: datetime) -> None:
        self.session, self.source_id, self.now = session, source_id, now
        self.counts = StoreCounts()
        self._candidates: CandidatePool | None = None
        self._linked: set[int] = set()  # opportunities this source joined in this run

    def run(self, items: list[NormalisedItem], complete: bool) -> StoreCounts:
        links = self._links([item.url for item in items])
        digests = {item.url: content_hash(item) for item in items if item.url in links}
        # Most items of an incremental run are unchanged calls still listed: they only get seen again, in
        # two UPDATE statements, without loading their opportunities. Only the others need them.
        unchanged = {url for url, digest in digests.items()
                     if links[url].gone_at is None and links[url].content_hash == digest}
        self._load_opportunities([links[url] for url in digests if url not in unchanged])
        touched: list[OpportunityLink] = []
        for item in items:
            link = links.get(item.url)
            if link is None:
                links[item.url] = self._new_link(item)
            elif item.url in unchanged:
                touched.append(link)
                self.counts.unchanged += 1
            else:
                self._seen(link, item, digests.get(item.url) or content_hash(item))  # or a repeated URL
        self.session.flush()
        self._touch(touched)
        if complete:
            self._retire_unseen(set(links), items)
            self.session.flush()
        return self.counts

    # --- items --------------------------------------------------------------------------------

    def _new_link(self, item: NormalisedItem) -> OpportunityLink:
        digest = content_hash(item)
        same = find_same_call(item, self.source_id, self._candidate_pool(), self._linked)
        if same is None:
            opp = Opportunity(source_id=self.source_id, url=item.url, content_hash=digest, first_seen_at=self.now,
                              last_seen_at=self.now, changed_at=self.now, matched_at=None)
            _assign(opp, item)
            self.session.add(opp)
            self.counts.inserted += 1
        else:
            opp = self.session.get(Opportunity, same.id)
            self._linked.add(opp.id)
            self.counts.linked += 1
            self._merge(opp, item, primary=False)
            opp.last_seen_at = self.now
            if opp.withdrawn_at is not None:  # back under another address (a moved page, another site)
                self._change(opp, "withdrawn", opp.withdrawn_at.isoformat(), None)
                opp.withdrawn_at = None
        link = OpportunityLink(opportunity=opp, source_id=self.source_id, url=item.url, content_hash=digest,
                               first_seen_at=self.now, last_seen_at=self.now, stated=_stated(item))
        self.session.add(link)
        return link

    def _touch(self, links: list[OpportunityLink]) -> None:
        """Seen again, content unchanged: last_seen_at moves for these links and their opportunities.

        The links and opportunities the session holds get the new time by hand rather than by the session
        evaluating each UPDATE's criteria against every object it holds (a fifth of what storing an unchanged
        source cost)."""
        unsynchronised = {"synchronize_session": False}
        for start in range(0, len(links), _CHUNK):
            chunk = links[start:start + _CHUNK]
            self.session.execute(update(OpportunityLink).where(OpportunityLink.id.in_([link.id for link in chunk]))
                                 .values(last_seen_at=self.now), execution_options=unsynchronised)
            self.session.execute(update(Opportunity)
                                 .where(Opportunity.id.in_(sorted({link.opportunity_id for link in chunk})))
                                 .values(last_seen_at=self.now), execution_options=unsynchronised)
        # The objects the session holds, as the UPDATEs left the rows (set_committed_value: nothing to flush).
        for link in links:
            set_committed_value(link, "last_seen_at", self.now)
        for opportunity_id in {link.opportunity_id for link in links}:
            opp = self.session.identity_map.get(identity_key(Opportunity, opportunity_id))
            if opp is not None:
                set_committed_value(opp, "last_seen_at", self.now)

    def _seen(self, link: OpportunityLink, item: NormalisedItem, digest: str) -> None:
        opp = link.opportunity
        link.last_seen_at = opp.last_seen_at = self.now
        if link.gone_at is not None:
            link.gone_at = None
            if opp.withdrawn_at is not None:  # published again: no longer withdrawn
                self._change(opp, "withdrawn", opp.withdrawn_at.isoformat(), None)
                opp.withdrawn_at = None
        if link.content_hash == digest:
            self.counts.unchanged += 1
            return
        link.content_hash = digest
        # what this source itself changed since it last stated it (an extension on the funder's page) is news,
        # whichever link came first; a link stored before sources kept what they stated only records it now
        before, link.stated = link.stated, _stated(item)
        news = {f for f, value in link.stated.items() if before is not None and before.get(f) != value}
        if self._merge(opp, item, primary=link.url == opp.url, news=news):
            self.counts.updated += 1
        else:
            self.counts.unchanged += 1

    def _merge(self, opp: Opportunity, item: NormalisedItem, primary: bool, news: set[str] = frozenset()) -> bool:
        """Apply an item to its opportunity; True when the stored content really changed.

        The primary link (Opportunity.url) sets every field it states; another source only fills fields
        still empty, so two sources that word a call differently never make it flip at every run, except the
        tracked fields it has itself just changed (`news`: a deadline extended on the funder's own page).
        """
        before = opportunity_content(opp)
        for column in _CONTENT_COLUMNS:
            new, old = getattr(item, column), getattr(opp, column)
            if new in EMPTY or (not primary and old not in EMPTY and column not in news):
                continue
            setattr(opp, column, new)
        after = opportunity_content(opp)
        if after == before:
            return False
        for field in TRACKED_FIELDS:
            if before[field] is not None and after[field] != before[field]:
                self._change(opp, field, _text(before[field]), _text(after[field]))
        opp.content_hash, opp.changed_at = content_hash(after), self.now
        return True

    def _change(self, opp: Opportunity, field: str, old: str | None, new: str | None) -> None:
        self.session.add(OpportunityChange(opportunity=opp, source_id=self.source_id, field=field,
                                           old_value=old, new_value=new, detected_at=self.now))
        self.counts.changes += 1

    # --- what the source no longer lists --------------------------------------------------------

    def _retire_unseen(self, seen: set[str], items: list[NormalisedItem]) -> None:
        """Mark unlisted links gone; withdraw a call gone everywhere while its deadline is ahead.

        A feed that shows only its latest entries drops older ones without withdrawing them: a call
        published before the oldest entry of this run is taken as scrolled off, not withdrawn.
        """
        published = [item.published_at for item in items if item.published_at is not None]
        oldest = min(published) if published else None
        live = self.session.scalars(select(OpportunityLink).where(
            OpportunityLink.source_id == self.source_id, OpportunityLink.gone_at.is_(None)))
        for link in [link for link in live if link.url not in seen]:
            link.gone_at = self.now
            self.counts.gone += 1
            opp = link.opportunity
            if opp.withdrawn_at is not None or any(other.gone_at is None for other in opp.links):
                continue
            if opp.deadline is None or opp.deadline <= self.now:
                continue
            if oldest is not None and opp.published_at is not None and opp.published_at < oldest:
                continue
            opp.withdrawn_at = self.now
            self._change(opp, "withdrawn", None, self.now.isoformat())
            self.counts.withdrawn += 1

    # --- queries --------------------------------------------------------------------------------

    def _links(self, urls: list[str]) -> dict[str, OpportunityLink]:
        """Links by URL; an opportunity stored without a link (older rows, tests) gets its primary link."""
        found: dict[str, OpportunityLink] = {}
        for start in range(0, len(urls), _CHUNK):
            chunk = urls[start:start + _CHUNK]
            query = select(OpportunityLink).where(OpportunityLink.url.in_(chunk))
            for link in self.session.scalars(query):
                found[link.url] = link
            missing = [url for url in chunk if url not in found]
            if not missing:
                continue
            for opp in self.session.scalars(select(Opportunity).where(Opportunity.url.in_(missing))):
                link = OpportunityLink(opportunity=opp, source_id=opp.source_id, url=opp.url,
                                       content_hash=opp.content_hash, first_seen_at=opp.first_seen_at,
                                       last_seen_at=opp.last_seen_at)
                self.session.add(link)
                found[opp.url] = link
        return found

    def _load_opportunities(self, links: list[OpportunityLink]) -> None:
        """The opportunities of these links in a few queries, so that reaching each through link.opportunity
        finds it in the session: changed calls must not cost one lazy load (and its autoflush) each."""
        ids = sorted({link.opportunity_id for link in links if link.opportunity_id is not None})
        for start in range(0, len(ids), _CHUNK):
            self.session.scalars(select(Opportunity).where(Opportunity.id.in_(ids[start:start + _CHUNK]))).all()

    def _candidate_pool(self) -> CandidatePool:
        """Current opportunities (deadline unknown, ahead, or recent), loaded once per source and run."""
        if self._candidates is None:
            rows = self.session.execute(
                select(Opportunity.id, Opportunity.title, Opportunity.funder, Opportunity.deadline,
                       OpportunityLink.source_id)
                .outerjoin(OpportunityLink, (OpportunityLink.opportunity_id == Opportunity.id)
                           & OpportunityLink.gone_at.is_(None))
                .where(or_(Opportunity.deadline.is_(None), Opportunity.deadline >= self.now - CANDIDATE_AGE))
            )
            self._candidates = merge_candidates(rows)
        return self._candidates


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
    details = dict(details or {})
    details.setdefault("store", {"linked": counts.linked, "gone": counts.gone, "withdrawn": counts.withdrawn,
                                 "changes": counts.changes})
    run = HarvestRun(
        source_id=source_id, started_at=started_at, finished_at=utcnow(), status=status, items=items,
        inserted=counts.inserted, updated=counts.updated, unchanged=counts.unchanged, rejected=rejected,
        error=error, details=details,
    )
    session.add(run)
    session.flush()
    return run


def _stated(item: NormalisedItem) -> dict[str, str]:
    """The tracked fields an item states, as text (what its source said, to tell its own changes later)."""
    return {field: _text(value) for field in TRACKED_FIELDS if (value := getattr(item, field)) not in EMPTY}


def _assign(row: Opportunity, item: NormalisedItem) -> None:
    for column in _CONTENT_COLUMNS:
        setattr(row, column, getattr(item, column))


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
