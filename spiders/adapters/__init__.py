"""The Scrapy adapters, chosen by a source's `kind`."""
from __future__ import annotations

from spiders.adapters.api import ApiSpider
from spiders.adapters.base import SourceSpider
from spiders.adapters.feed import FeedSpider
from spiders.adapters.html import HtmlSpider
from spiders.adapters.sitemap import SitemapSpider
from spiders.adapters.wordpress import WordPressSpider

ADAPTERS: dict[str, type[SourceSpider]] = {
    "feed": FeedSpider, "html": HtmlSpider, "json": ApiSpider, "wordpress": WordPressSpider, "sitemap": SitemapSpider,
}
