"""What every adapter shares: one source entry, a record writer, and failures said plainly in Spanish."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import scrapy
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectError, DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure

from spiders.pipeline.prepare import prepare_item
from spiders.records import RecordWriter
from spiders.replay import ReplayMemo
from spiders.sources import SourceConfig


_MAXSIZE = re.compile(r"max size \((\d+)\)")


def describe_failure(failure: Failure, url: str, timeout: float) -> str:
    """A download failure as a coordinator can act on it: HTTP status, robots.txt, DNS, refused, timeout."""
    if failure.check(HttpError):
        response = failure.value.response
        return f"el servidor respondió HTTP {response.status} en {response.url}"
    if failure.check(IgnoreRequest) and "robots.txt" in str(failure.value):
        return f"el robots.txt del sitio no permite rastrear {url}"
    if failure.check(IgnoreRequest) and "max redirections" in str(failure.value):
        return f"el sitio redirige en bucle o demasiadas veces desde {url}; se descartó"
    if failure.check(DownloadCancelledError) and "max size" in str(failure.value):
        from models.locale_co import numero  # Babel: only for this rare message, not in every crawl process

        limit = _MAXSIZE.search(str(failure.value))
        size = f" ({numero(int(limit.group(1)))} bytes)" if limit else ""
        return f"el documento de {url} supera el tamaño máximo permitido{size}; se descartó sin leerlo"
    if failure.check(CannotResolveHostError, DNSLookupError):
        return f"no se encontró el servidor (DNS) de {url}"
    if failure.check(DownloadTimeoutError, TimeoutError, TCPTimedOutError):
        return f"el servidor no respondió en {timeout:.0f} s: {url}"
    if failure.check(DownloadConnectionRefusedError, ConnectError):
        return f"no se pudo conectar con {url} (conexión rechazada o red inaccesible)"
    if failure.check(ResponseDataLossError):
        return f"la respuesta de {url} llegó incompleta"
    return f"falló la descarga de {url}: {failure.getErrorMessage()}"


class SourceSpider(scrapy.Spider):
    """Base adapter: the first request's failure fails the source; later failures lose one item each."""

    name = "source"

    def __init__(self, source: SourceConfig, writer: RecordWriter, **kwargs: Any):
        super().__init__(name=f"{self.name}:{source.id}", **kwargs)
        self.source = source
        self.writer = writer
        self.emitted = 0
        self.written = 0  # items handed to write_item, for naming one that has neither URL nor title
        self.failed = False
        self.replay: ReplayMemo | None = None  # set by from_crawler when the HTTP cache is on

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> SourceSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        cache = Path(settings.get("HTTPCACHE_DIR") or "")
        if settings.getbool("HTTPCACHE_ENABLED") and settings.getbool("VIGIA_REPLAY", True) and cache.is_absolute():
            spider.replay = ReplayMemo(cache / spider.source.id / "replay.sqlite", spider.source)
        return spider

    async def start(self):
        yield self.first_request()

    def first_request(self) -> scrapy.Request:
        """The request for the source's own URL (a feed, a list page, an API call)."""
        return scrapy.Request(self.source.url, callback=self.parse, errback=self.source_failed, dont_filter=True)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[scrapy.Request]:
        """Read the source's response; any exception while reading it fails the source with its reason."""
        try:
            yield from self.read_source(response)
        except Exception as exc:  # a bug or an unexpected shape must not pass for "no items"
            self.fail(f"no se pudo leer la respuesta de {response.url}: {type(exc).__name__}: {exc}")

    def read_source(self, response: Response) -> Iterable[scrapy.Request]:
        """Emit the items found in the source's response and return the requests still to make."""
        raise NotImplementedError

    def fail(self, message: str) -> None:
        self.failed = True
        self.writer.error(message)

    def source_failed(self, failure: Failure) -> None:
        """Errback of the source's own request: nothing of this source will be stored."""
        url = getattr(getattr(failure, "request", None), "url", None) or self.source.url
        self.fail(describe_failure(failure, url, self.source.timeout))

    def item_failed(self, failure: Failure) -> None:
        """Errback of a detail or next-page request: only that page is lost."""
        url = getattr(getattr(failure, "request", None), "url", None) or self.source.url
        self.writer.reject(describe_failure(failure, url, self.source.timeout), url)

    def room_left(self) -> bool:
        return self.source.max_items is None or self.emitted < self.source.max_items

    def emit(self, raw: dict[str, Any]) -> None:
        """Hand one raw item to the parent process, unless the source's max_items is reached."""
        if self.room_left():
            self.write_item(raw)
            self.emitted += 1

    def write_item(self, raw: dict[str, Any]) -> None:
        """Validate and clean one raw item here, in the crawl process: the harvest receives it ready to
        store, or its reject with the reason."""
        self.written += 1
        result = prepare_item(raw, self.source, self.written)
        if isinstance(result, str):
            self.writer.reject(result, invalid=True)
        else:
            self.writer.item(result.to_record())

    def closed(self, reason: str) -> None:
        if self.replay is not None:
            self.replay.close(complete=reason == "finished" and not self.failed)
        if reason == "closespider_timeout":
            budget = self.crawler.settings.getfloat("CLOSESPIDER_TIMEOUT")
            self.fail(f"la fuente superó su tiempo máximo de {budget:.0f} s y se detuvo para no demorar a las demás")
        elif reason != "finished":
            self.fail(f"el rastreo se interrumpió ({reason})")
        self.writer.done({"reason": reason, "items": self.emitted, "failed": self.failed, **crawl_counts(self)})


def crawl_counts(spider: scrapy.Spider) -> dict[str, int | float]:
    """Requests, responses by status and cache use of one crawl, for the run record and the bench."""
    stats = spider.crawler.stats.get_stats() if getattr(spider, "crawler", None) else {}
    wanted = ("downloader/request_count", "downloader/response_count", "downloader/response_bytes",
              "downloader/exception_count", "downloader/response_status_count/", "retry/count",
              "retry/max_reached", "httpcache/", "vigia/")
    return {key: value for key, value in stats.items() if key.startswith(wanted) and isinstance(value, (int, float))}
