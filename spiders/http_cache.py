"""Scrapy HTTP cache storage in one SQLite file per source: one row per response instead of seven files.

Scrapy's filesystem storage writes seven files for every page and opens four to revalidate it; on an
incremental harvest, where every page answers 304, that file work was a tenth of the crawl's CPU. The
RFC 2616 policy (spiders.crawl.RevalidatingPolicy) is unchanged: this only changes where copies live.
The file sits beside the source's replay memo (spiders/replay.py); a cache is never the only copy of
anything, so a crash may lose the last few entries (re-downloaded next time) but nothing else.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from time import time
from typing import Any

from scrapy.http import Request, Response
from scrapy.http.headers import Headers
from scrapy.responsetypes import responsetypes
from scrapy.settings import BaseSettings
from scrapy.utils.project import data_path

COMMIT_EVERY = 100  # stored responses between commits


def cache_folder(cachedir: Path, spider: Any) -> Path:
    """A source's own folder in the cache (its id), shared with its replay memo."""
    source = getattr(spider, "source", None)
    return cachedir / (source.id if source is not None else spider.name)


class SqliteCacheStorage:
    """HTTPCACHE_STORAGE for Vigía: responses keyed by Scrapy's request fingerprint."""

    def __init__(self, settings: BaseSettings):
        self.cachedir = Path(data_path(settings["HTTPCACHE_DIR"]))
        self.expiration_secs = settings.getint("HTTPCACHE_EXPIRATION_SECS")
        self.db: sqlite3.Connection | None = None
        self._pending = 0

    def open_spider(self, spider: Any) -> None:
        self._fingerprinter = spider.crawler.request_fingerprinter
        folder = cache_folder(self.cachedir, spider)
        folder.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(folder / "responses.sqlite", isolation_level="DEFERRED")
        # synchronous first: a new file switched to WAL with the default FULL waits for the disk (16 ms a file,
        # two files a source, all before the crawl's first request)
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS response (key BLOB PRIMARY KEY, stored REAL NOT NULL, "
                        "url TEXT NOT NULL, status INTEGER NOT NULL, headers BLOB NOT NULL, body BLOB NOT NULL)")

    def close_spider(self, spider: Any) -> None:
        if self.db is not None:
            self.db.commit()
            self.db.close()
            self.db = None

    def retrieve_response(self, spider: Any, request: Request) -> Response | None:
        """The stored copy of this request's response, or None when there is none (or it expired)."""
        assert self.db is not None
        row = self.db.execute("SELECT stored, url, status, headers, body FROM response WHERE key = ?",
                              (self._fingerprinter.fingerprint(request),)).fetchone()
        if row is None:
            return None
        stored, url, status, raw_headers, body = row
        if 0 < self.expiration_secs < time() - stored:
            return None
        request.meta["cache_timestamp"] = stored
        headers = Headers(_headers_from_raw(raw_headers))
        cls = responsetypes.from_args(headers=headers, url=url, body=body)
        return cls(url=url, status=status, headers=headers, body=body)

    def store_response(self, spider: Any, request: Request, response: Response) -> None:
        assert self.db is not None
        self.db.execute("INSERT OR REPLACE INTO response (key, stored, url, status, headers, body) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        (self._fingerprinter.fingerprint(request), time(), response.url, response.status,
                         _headers_to_raw(response.headers), response.body))
        self._pending += 1
        if self._pending >= COMMIT_EVERY:
            self.db.commit()
            self._pending = 0


def _headers_to_raw(headers: Headers) -> bytes:
    return b"\r\n".join(key + b": " + value for key, values in headers.items() for value in values)


def _headers_from_raw(raw: bytes) -> dict[bytes, list[bytes]]:
    headers: dict[bytes, list[bytes]] = {}
    for line in raw.split(b"\r\n"):
        key, sep, value = line.partition(b": ")
        if sep:
            headers.setdefault(key, []).append(value)
    return headers
