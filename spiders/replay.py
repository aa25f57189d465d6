"""Replay what an unchanged page yielded last time instead of reading and extracting it again.

Generic extraction costs about 10 ms a page, most of an incremental harvest once the HTTP cache turns
every download into a 304. The page's bytes, the callback, its arguments, the source entry and the
extraction code decide what a detail page yields, so a page whose key matches a stored one writes the
stored records again (the parent still sees every item, so withdrawal and health checks are unchanged).
One SQLite file per source sits beside its HTTP cache; losing it costs only one slower run.

A page can also be kept under a second key, so that it is not even asked for (no request, no politeness
delay), for a week at most: the version its site announces (a sitemap's <lastmod>), or its URL alone
once the call it describes closed more than a month ago (a funder's list keeps old calls for years).
"""
from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from spiders.records import ERROR, ITEM
from spiders.sources import SourceConfig

REPO_SPIDERS = Path(__file__).resolve().parent
# The code whose change must invalidate every stored result: adapters, extraction, cleaning, vocabulary.
CODE_PARTS = ("adapters", "extract", "pipeline", "vocabulary.py", "replay.py")
COMMIT_EVERY = 200  # records are a cache: a crash loses at most this many pages' worth, never correctness
STAT = "vigia/replayed"
STAT_UNASKED = "vigia/replayed_unasked"  # of those, pages not even requested (same <lastmod>, or long closed)
ALIAS = "replay_alias"  # a callback argument: a second key the page's result is also kept under
ALIAS_MAX_AGE = 7 * 86400  # seconds: a page its site calls unchanged is still asked for again after a week
CLOSED_FOR = 30 * 86400  # seconds since its deadline after which a call's page is only asked for weekly


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of the extraction code, so an upgraded extractor never replays an old answer."""
    digest = hashlib.sha1()
    for part in CODE_PARTS:
        path = REPO_SPIDERS / part
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


class ReplayMemo:
    """The records each page produced (a detail page, a feed, an API answer), keyed by all that decides them."""

    def __init__(self, path: Path, source: SourceConfig):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, isolation_level="DEFERRED")
        # synchronous first: a new file switched to WAL with the default FULL waits for the disk (16 ms a file,
        # two files a source, all before the crawl's first request)
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS page (key TEXT PRIMARY KEY, records TEXT NOT NULL, "
                        "run INTEGER NOT NULL)")
        self.run = (self.db.execute("SELECT COALESCE(MAX(run), 0) FROM page").fetchone()[0] or 0) + 1
        entry = json.dumps(asdict(source), sort_keys=True, ensure_ascii=False, default=str)
        self.salt = hashlib.sha1(f"{code_fingerprint()}\n{entry}".encode()).hexdigest()
        self._pending = 0

    def key(self, callback: str, url: str, body: bytes, arguments: dict[str, Any]) -> str:
        digest = hashlib.sha1(self.salt.encode())
        for part in (callback, url, json.dumps(arguments, sort_keys=True, ensure_ascii=False, default=str)):
            digest.update(part.encode() + b"\0")
        digest.update(body)
        return digest.hexdigest()

    def get(self, key: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT records FROM page WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        self.db.execute("UPDATE page SET run = ? WHERE key = ?", (self.run, key))
        self._tick()
        return json.loads(row[0])

    def put(self, key: str, result: dict[str, Any]) -> None:
        self.db.execute("INSERT OR REPLACE INTO page (key, records, run) VALUES (?, ?, ?)",
                        (key, json.dumps(result, ensure_ascii=False, default=str), self.run))
        self._tick()

    def close(self, complete: bool) -> None:
        """Commit; after a complete crawl, forget pages this run did not see (moved, changed, gone)."""
        if complete:
            self.db.execute("DELETE FROM page WHERE run != ?", (self.run,))
        self.db.commit()
        self.db.close()

    def _tick(self) -> None:
        self._pending += 1
        if self._pending >= COMMIT_EVERY:
            self.db.commit()
            self._pending = 0


def replayable(callback: Callable[..., Any]) -> Callable[..., Any]:
    """For callbacks that read a page into records: an unchanged page's records are written again unread.

    A call that returned requests (a list page) is not stored, since requests cannot be replayed.
    """

    @functools.wraps(callback)
    def wrapper(spider: Any, response: Any, **kwargs: Any) -> Any:
        alias = kwargs.pop(ALIAS, None)
        memo: ReplayMemo | None = getattr(spider, "replay", None)
        if memo is None:
            return callback(spider, response, **kwargs)
        key = memo.key(callback.__qualname__, response.url, response.body, kwargs)
        saved = memo.get(key)
        if saved is not None:
            spider.crawler.stats.inc_value(STAT)
            _replay(spider, saved)
            _keep_aliases(memo, response, alias, saved)
            return ()
        before = spider.emitted
        with spider.writer.capturing() as records:
            requests = list(callback(spider, response, **kwargs) or ())
        if not requests:
            result = {"records": records, "emitted": spider.emitted - before}
            memo.put(key, result)
            _keep_aliases(memo, response, alias, result)
        return requests

    return wrapper


def _keep_aliases(memo: ReplayMemo, response: Any, alias: str | None, result: dict[str, Any]) -> None:
    """Store a page just checked under its second keys: the one its caller gave, and its URL if its call is
    long closed (the URL the list linked to, before any redirect)."""
    stamped = {**result, "at": time.time()}
    if alias:
        memo.put(alias, stamped)
    if closed_long_ago(result["records"]):
        request = getattr(response, "request", None)
        first = ((request.meta.get("redirect_urls") if request is not None else None) or [response.url])[0]
        memo.put(closed_key(memo, first), stamped)


def closed_long_ago(records: list[dict[str, Any]]) -> bool:
    """Whether a page's records are items only, each with a deadline more than CLOSED_FOR ago."""
    if not records or any(record["kind"] != ITEM for record in records):
        return False
    for record in records:
        deadline = (record.get("data") or {}).get("deadline")
        try:
            if not deadline or time.time() - datetime.fromisoformat(deadline).timestamp() < CLOSED_FOR:
                return False
        except (TypeError, ValueError):
            return False
    return True


def closed_key(memo: ReplayMemo, url: str) -> str:
    """The second key of a page whose call is long closed: its URL alone."""
    return memo.key("closed", url, b"", {})


def replayed_unasked(spider: Any, url: str, version: str | None = None) -> bool:
    """Whether a page was just replayed without being asked for: its call closed long ago, or its site
    announces the same version as last time (both checked within ALIAS_MAX_AGE)."""
    memo: ReplayMemo | None = getattr(spider, "replay", None)
    if memo is None:
        return False
    keys = [closed_key(memo, url), *([alias_key(memo, url, version)] if version else [])]
    return any(replay_alias(spider, key) for key in keys)


def alias_key(memo: ReplayMemo, url: str, version: str) -> str:
    """The second key of a page: its URL and the version its site announces (a sitemap's <lastmod>)."""
    return memo.key("alias", url, version.encode(), {})


def replay_alias(spider: Any, alias: str) -> bool:
    """Write a page's stored records without asking for it, when its site says it has not changed since
    (same alias) and that was checked less than ALIAS_MAX_AGE ago; False when the page must be asked for."""
    memo: ReplayMemo | None = getattr(spider, "replay", None)
    saved = memo.get(alias) if memo is not None else None
    if saved is None or time.time() - saved.get("at", 0) > ALIAS_MAX_AGE:
        return False
    spider.crawler.stats.inc_value(STAT)
    spider.crawler.stats.inc_value(STAT_UNASKED)
    _replay(spider, saved)
    return True


def _replay(spider: Any, saved: dict[str, Any]) -> None:
    """Write the stored records; an error goes through fail() so the source ends failed, as it did."""
    for record in saved["records"]:
        if record["kind"] == ERROR:
            spider.fail(record["message"])
        else:
            spider.writer.write(**record)
    spider.emitted += saved["emitted"]
