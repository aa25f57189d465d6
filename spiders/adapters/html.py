"""`html` sources: a list page whose links lead to one detail page per call, read with CSS/XPath selectors."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import scrapy
from parsel import Selector
from scrapy.http import Response, TextResponse

from spiders.adapters.base import SourceSpider
from spiders.extract.fill import fill_missing
from spiders.replay import replayable, replayed_unasked
from spiders.sources import split_selector

DEFAULT_MAX_PAGES = 5


def select_all(selector: Selector | TextResponse, expr: str) -> list[str]:
    """Every match of `css:…` or `xpath:…` (CSS when unprefixed), as strings (markup included)."""
    how, query = split_selector(expr)
    found = selector.xpath(query) if how == "xpath" else selector.css(query)
    return [value for value in found.getall() if value and value.strip()]


def select_text(selector: Selector | TextResponse, expr: str) -> str | None:
    """The matches joined with spaces; markup is left for normalise to strip."""
    values = [v.strip() for v in select_all(selector, expr)]
    return " ".join(values) if values else None


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")  # a multi-byte UTF-8 character: rare in Latin-1 text


def readable(response: Response) -> Response:
    """The page as its bytes are written: a body that its declared charset cannot decode (Latin-1 served as UTF-8,
    as old CMSs do) is read as Windows-1252, the web's fallback (feedparser's too), not with replacement marks.
    A UTF-8 page with a stray bad byte (it has UTF-8 characters elsewhere) stays UTF-8."""
    if not isinstance(response, TextResponse):
        return response
    try:
        response.body.decode(response.encoding)
        return response
    except (UnicodeDecodeError, LookupError):
        if _UTF8_SEQUENCE.search(response.body):
            return response
    try:
        response.body.decode("cp1252")
    except UnicodeDecodeError:
        return response
    return response.replace(encoding="cp1252")


class HtmlSpider(SourceSpider):
    name = "html"

    def read_source(self, response: Response) -> Iterator[scrapy.Request]:
        """The first list page: its failure fails the source (see SourceSpider.parse)."""
        yield from self.list_page(response, page=1)

    def list_page(self, response: Response, page: int) -> Iterator[scrapy.Request]:
        """Follow each detail link (up to max_items) and the next list page (up to max_pages)."""
        settings = self.source.settings
        for link in dict.fromkeys(select_all(response, settings["links"])):
            if not self.room_left():
                return
            self.emitted += 1  # reserved now; the item is written when its page arrives
            if replayed_unasked(self, response.urljoin(link.strip())):  # a call closed long ago
                continue
            yield response.follow(link.strip(), callback=self.parse_detail, errback=self.item_failed)
        next_expr = settings.get("next_page")
        next_link = select_text(response, next_expr) if next_expr else None
        if next_link and page < settings.get("max_pages", DEFAULT_MAX_PAGES):
            yield response.follow(next_link.split()[0], callback=self.parse_more, errback=self.item_failed,
                                  cb_kwargs={"page": page + 1})

    def parse_more(self, response: Response, page: int) -> Iterator[scrapy.Request]:
        """A later list page; if it cannot be read, the items of the earlier pages still count."""
        try:
            yield from self.list_page(response, page)
        except Exception as exc:
            reason = f"no se pudo leer la página {page} de la lista: {type(exc).__name__}: {exc}"
            self.writer.reject(reason, response.url)

    @replayable
    def parse_detail(self, response: Response) -> None:
        """One raw item from a detail page; a page that cannot be read loses only its own item."""
        try:
            response = readable(response)
            fields = self.source.settings["fields"]
            raw: dict[str, Any] = {name: select_text(response, expr) for name, expr in fields.items()}
            raw["url"] = response.urljoin(raw["url"].split()[0]) if raw.get("url") else response.url
            raw["extra"] = {name: select_text(response, expr)
                            for name, expr in (self.source.settings.get("extra") or {}).items()}
            # Fields the entry has no selector for come from the generic extractor; explicit selectors win.
            own = set(fields) | ({"category"} if self.source.category else set())
            notes = fill_missing(raw, response.text, response.url, explicit=own)
            if notes:
                raw["extra"]["extraction"] = notes
        except Exception as exc:
            self.writer.reject(f"no se pudo leer la página de detalle: {type(exc).__name__}: {exc}", response.url)
            return
        self.write_item(raw)
