"""Replay what an unchanged detail page yielded last time instead of extracting it again.

Generic extraction costs about 10 ms a page, most of an incremental harvest once the HTTP cache turns
every download into a 304. The page's bytes, the callback, its arguments, the source entry and the
extraction code decide what a detail page yields, so a page whose key matches a stored one writes the
stored records again (the parent still sees every item, so withdrawal and health checks are unchanged).
One SQLite file per source sits beside its HTTP cache; losing it costs only one slower run.
"""
from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from spiders.sources import SourceConfig

REPO_SPIDERS = Path(__file__).resolve().parent
# The code whose change must invalidate every stored result: adapters, extraction, cleaning, vocabulary.
CODE_PARTS = ("adapters", "extract", "pipeline", "vocabulary.py", "replay.py")
COMMIT_EVERY = 200  # records are a cache: a crash loses at most this many pages' worth, never correctness
STAT = "vigia/replayed"


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
    """The records each detail page produced, keyed by everything that decides them."""

    def __init__(self, path: Path, source: SourceConfig):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, isolation_level="DEFERRED")
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("CREATE TABLE IF NOT EXISTS page (key TEXT PRIMARY KEY, records TEXT NOT NULL, "
                        "run INTEGER NOT NULL)")
        self.run = (self.db.execute("SELECT COALESCE(MAX(run), 0) FROM page").fetchone()[0] or 0) + 1
        entry = json.dumps(asdict(source), sort_keys=True, ensure_ascii=False, default=str)
        self.salt = hashlib.sha1(f"{code_fingerprint()}\n{entry}".encode()).hexdigest()
        self.hits = self._pending = 0

    def key(self, callback: str, url: str, body: bytes, arguments: dict[str, Any]) -> str:
        digest = hashlib.sha1(self.salt.encode())
        for part in (callback, url, json.dumps(arguments, sort_keys=True, ensure_ascii=False, default=str)):
            digest.update(part.encode() + b"\0")
        digest.update(body)
        return digest.hexdigest()

    def get(self, key: str) -> list[dict[str, Any]] | None:
        row = self.db.execute("SELECT records FROM page WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        self.db.execute("UPDATE page SET run = ? WHERE key = ?", (self.run, key))
        self.hits += 1
        self._tick()
        return json.loads(row[0])

    def put(self, key: str, records: list[dict[str, Any]]) -> None:
        self.db.execute("INSERT OR REPLACE INTO page (key, records, run) VALUES (?, ?, ?)",
                        (key, json.dumps(records, ensure_ascii=False, default=str), self.run))
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


def replayable(callback: Callable[..., None]) -> Callable[..., None]:
    """For detail callbacks that only write records (no requests): replay them for an unchanged page."""

    @functools.wraps(callback)
    def wrapper(spider: Any, response: Any, **kwargs: Any) -> None:
        memo: ReplayMemo | None = getattr(spider, "replay", None)
        if memo is None:
            return callback(spider, response, **kwargs)
        key = memo.key(callback.__qualname__, response.url, response.body, kwargs)
        saved = memo.get(key)
        if saved is not None:
            spider.crawler.stats.inc_value(STAT)
            for record in saved:
                spider.writer.write(**record)
            return None
        with spider.writer.capturing() as records:
            callback(spider, response, **kwargs)
        memo.put(key, records)
        return None

    return wrapper
