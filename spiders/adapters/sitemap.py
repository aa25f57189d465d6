"""`sitemap` sources: a site's sitemap.xml lists its new pages; the matching ones are read like `html` detail pages.

For sites with neither feed nor API: `follow` (a regex) keeps the call pages, the newest first by <lastmod>,
and a sitemap index is followed one level down (its child sitemaps filtered by `sitemaps`, a regex). A page
whose <lastmod> is the same as last run (or whose call closed long ago) is replayed without being asked
for (spiders/replay.py).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

import scrapy
from parsel import Selector
from scrapy.http import Response

from spiders.adapters.html import HtmlSpider
from spiders.replay import ALIAS, alias_key, replayed_unasked

DEFAULT_MAX_ITEMS = 50


def sitemap_entries(body: str) -> tuple[str, list[tuple[str, str]]]:
    """('urlset' | 'sitemapindex' | '', [(loc, lastmod)]) of a sitemap document, namespaces ignored."""
    doc = Selector(text=body, type="xml")
    doc.remove_namespaces()
    root = doc.xpath("name(/*)").get() or ""
    child = "url" if root == "urlset" else "sitemap"
    entries = [((node.xpath("loc/text()").get() or "").strip(), (node.xpath("lastmod/text()").get() or "").strip())
               for node in doc.xpath(f"/*/{child}")]
    return root, [(loc, lastmod) for loc, lastmod in entries if loc]


class SitemapSpider(HtmlSpider):
    name = "sitemap"

    def read_source(self, response: Response) -> Iterator[scrapy.Request]:
        yield from self.read_sitemap(response, depth=0)

    def read_sitemap(self, response: Response, depth: int) -> Iterator[scrapy.Request]:
        root, entries = sitemap_entries(response.text)
        if root not in ("urlset", "sitemapindex"):
            raise ValueError("la respuesta no es un sitemap (se esperaba <urlset> o <sitemapindex>)")
        settings = self.source.settings
        if root == "sitemapindex":
            if depth:
                return
            wanted = re.compile(settings.get("sitemaps") or ".")
            for loc, _ in entries:
                if wanted.search(loc):
                    yield scrapy.Request(loc, callback=self.child_sitemap, errback=self.item_failed)
            return
        follow = re.compile(settings["follow"])
        pages = sorted(((lastmod, loc) for loc, lastmod in entries if follow.search(loc)), reverse=True)
        limit = self.source.max_items or DEFAULT_MAX_ITEMS
        for lastmod, loc in pages:
            if self.emitted >= limit:
                return
            self.emitted += 1  # reserved now; the item is written when its page arrives (or is replayed)
            if replayed_unasked(self, loc, lastmod or None):
                continue
            alias = alias_key(self.replay, loc, lastmod) if self.replay is not None and lastmod else None
            yield scrapy.Request(loc, callback=self.parse_detail, errback=self.item_failed,
                                 cb_kwargs={ALIAS: alias} if alias else {})

    def child_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """A sitemap listed in the index; if it cannot be read, the other sitemaps still count."""
        try:
            yield from self.read_sitemap(response, depth=1)
        except Exception as exc:
            self.writer.reject(f"no se pudo leer el sitemap: {type(exc).__name__}: {exc}", response.url)
